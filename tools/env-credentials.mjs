// Stands in for @aws-sdk/credential-provider-node in the deployed bundle (tools/build.mjs): Lambda always puts
// the function role's credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, so the
// environment provider is the whole chain there. The console resolves profiles and SSO in its own process
// and hands the bundle environment credentials (console/credentials.ts).
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
