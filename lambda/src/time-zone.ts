import type { HandlerInput } from 'ask-sdk-core';
import { DefaultApiClient } from 'ask-sdk-core/dist/service/DefaultApiClient';
import { isTimeZone } from './coach/record/record-schema';
import { systemOf } from './envelope';

/**
 * How long the Settings API may take before the coach carries on without it (in the zone it knew, else
 * UTC): the most a slow or unreachable API adds to a turn. A lookup is made at most once per session.
 */
export const LOOKUP_TIMEOUT_MS = 300;

let client: DefaultApiClient | undefined;

/**
 * GET /v2/devices/{deviceId}/settings/System.timeZone, as ask-sdk-model's UpsServiceClient sends it, with
 * ask-sdk-core's API client. Called here rather than through the UpsServiceClient so that a launch does not
 * load ask-sdk-model's 62 KB of service clients (the bundle reads it from beside itself for reminders only).
 * The answer is a JSON string; any other status is a failure.
 */
async function lookUpTimeZone(apiEndpoint: string, token: string, deviceId: string): Promise<unknown> {
  client ??= new DefaultApiClient();
  const response = await client.invoke({
    method: 'GET',
    url: `${apiEndpoint}/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`,
    headers: [{ key: 'Authorization', value: `Bearer ${token}` }],
  });
  if (response.statusCode < 200 || response.statusCode >= 300) throw new Error(`Settings API answered ${response.statusCode}`);
  return response.body ? (JSON.parse(response.body) as unknown) : undefined;
}

/**
 * The device's time zone from the Alexa Settings API, or undefined when the request carries no API
 * token or the call fails or is slow: then the day is UTC.
 */
export async function deviceTimeZone(input: HandlerInput): Promise<string | undefined> {
  const system = systemOf(input.requestEnvelope);
  const deviceId = system?.device?.deviceId;
  const apiEndpoint = system?.apiEndpoint;
  if (!system?.apiAccessToken || !deviceId || !apiEndpoint || !input.serviceClientFactory) return undefined;
  try {
    const lookup = lookUpTimeZone(apiEndpoint, system.apiAccessToken, deviceId);
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
