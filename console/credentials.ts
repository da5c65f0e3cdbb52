import { defaultProvider } from '@aws-sdk/credential-provider-node';

/**
 * The deployed bundle reads AWS credentials from the environment only, as Lambda gives them
 * (tools/build.mjs). The console may instead have a profile, SSO or another source: it resolves
 * them here, in its own process, with the SDK's default chain, and hands the bundle the result as
 * environment variables. Credentials already in the environment are left as they are.
 */
export async function environmentCredentials(): Promise<Record<string, string>> {
  // The chain reads this process's environment (AWS_PROFILE, AWS_SHARED_CREDENTIALS_FILE, ...), as the SDK's clients do.
  if (process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY) return {};
  const found = await defaultProvider()();
  return {
    AWS_ACCESS_KEY_ID: found.accessKeyId,
    AWS_SECRET_ACCESS_KEY: found.secretAccessKey,
    ...(found.sessionToken ? { AWS_SESSION_TOKEN: found.sessionToken } : {}),
  };
}
