import type { HandlerInput } from 'ask-sdk-core';
import { systemOf } from './envelope';

/** How long the Settings API may take before the coach carries on in UTC. */
const LOOKUP_TIMEOUT_MS = 800;

/**
 * The device's time zone from the Alexa Settings API (ask-sdk's UpsServiceClient), or undefined
 * when the request carries no API token or the call fails or is slow: then the day is UTC.
 */
export async function deviceTimeZone(input: HandlerInput): Promise<string | undefined> {
  const system = systemOf(input.requestEnvelope);
  const deviceId = system?.device?.deviceId;
  if (!system?.apiAccessToken || !deviceId || !input.serviceClientFactory) return undefined;
  try {
    const lookup = input.serviceClientFactory.getUpsServiceClient().getSystemTimeZone(deviceId);
    const timeout = new Promise<undefined>((resolve) => {
      setTimeout(() => {
        resolve(undefined);
      }, LOOKUP_TIMEOUT_MS).unref();
    });
    return (await Promise.race([lookup, timeout])) || undefined;
  } catch {
    return undefined;
  }
}
