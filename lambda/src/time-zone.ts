import type { HandlerInput } from 'ask-sdk-core';
import { isTimeZone } from './coach/record/record-schema';
import { systemOf } from './envelope';

/**
 * How long the Settings API may take before the coach carries on without it (in the zone it knew, else
 * UTC): the most a slow or unreachable API adds to a turn. A lookup is made at most once per session.
 */
export const LOOKUP_TIMEOUT_MS = 300;

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
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        resolve(undefined);
      }, LOOKUP_TIMEOUT_MS);
      timer.unref();
    });
    // A lookup that loses the race may still fail later: that is caught, not left unhandled.
    const answer = lookup.catch(() => undefined);
    const zone = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    // Only a well-formed zone name is kept (the record and the session keep what the API said).
    return isTimeZone(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}
