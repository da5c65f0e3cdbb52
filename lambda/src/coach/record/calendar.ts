/** Calendar arithmetic on local dates (YYYY-MM-DD), in the user's time zone when known. */

const DAY_MS = 86_400_000;

/**
 * Formatters by zone, made once per container: building an Intl.DateTimeFormat costs far more than
 * formatting with one, and every turn of a user with a known zone asks for the date and the hour.
 * Bounded, since the zones come from the users' devices.
 */
const MAX_FORMATTERS = 64;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const hourFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = cache.get(timeZone);
  if (!found) {
    found = make();
    if (cache.size >= MAX_FORMATTERS) cache.clear();
    cache.set(timeZone, found);
  }
  return found;
}

/** The user's local date at `now`; UTC when the zone is unknown or invalid. */
export function localDate(now: number, timeZone?: string): string {
  if (timeZone) {
    try {
      return formatter(dateFormats, timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(now);
    } catch {
      // An unknown zone falls back to UTC.
    }
  }
  return new Date(now).toISOString().slice(0, 10);
}

/** The local hour (0–23) at `now`, for suggesting a routine by time of day. */
export function localHour(now: number, timeZone?: string): number {
  if (timeZone) {
    try {
      const hour = formatter(hourFormats, timeZone, () => new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' })).format(now);
      return Number(hour) % 24;
    } catch {
      // fall through to UTC
    }
  }
  return new Date(now).getUTCHours();
}

function toUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}
