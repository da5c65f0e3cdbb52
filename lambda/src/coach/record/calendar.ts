/** Calendar arithmetic on local dates (YYYY-MM-DD), in the user's time zone when known. */

const DAY_MS = 86_400_000;

/** The user's local date at `now`; UTC when the zone is unknown or invalid. */
export function localDate(now: number, timeZone?: string): string {
  if (timeZone) {
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
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
      const hour = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now);
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
