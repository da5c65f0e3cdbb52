/** Calendar arithmetic on local dates (YYYY-MM-DD), in the user's time zone when known. */
import { zoneOffset, type ZoneOffset } from './zone-offset';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The offset (minutes east of UTC) of `timeZone` at `now`: `known` (the record's) while it holds, else
 * asked of ICU (zone-offset.ts, once per container and zone while it holds); 0 for UTC or a zone ICU rejects.
 */
export function offsetMinutes(now: number, timeZone?: string, known?: ZoneOffset): number {
  if (!timeZone) return 0;
  if (known && now < known.until) return known.minutes;
  return zoneOffset(timeZone, now)?.minutes ?? 0;
}

/** The user's local date at `now`; UTC when the zone is unknown or invalid. `known`: the zone's stored offset. */
export function localDate(now: number, timeZone?: string, known?: ZoneOffset): string {
  return new Date(now + offsetMinutes(now, timeZone, known) * MINUTE_MS).toISOString().slice(0, 10);
}

/** The local hour (0–23) at `now`, for suggesting a routine by time of day. */
export function localHour(now: number, timeZone?: string, known?: ZoneOffset): number {
  return new Date(now + offsetMinutes(now, timeZone, known) * MINUTE_MS).getUTCHours();
}

/** The local time of day (HH:MM) at `now`. */
export function localTime(now: number, timeZone?: string, known?: ZoneOffset): string {
  return new Date(now + offsetMinutes(now, timeZone, known) * MINUTE_MS).toISOString().slice(11, 16);
}

/**
 * The user's local date and hour at one instant, worked out on first read: a turn whose words do not
 * depend on the time (a new user's launch) never reads it, and so never needs the zone's offset.
 * `read` says whether anything did (the turn decides again only then, when the zone turns out other).
 */
export class LocalClock {
  private offset: number | undefined;
  private wasRead = false;

  constructor(
    readonly now: number,
    readonly timeZone?: string,
    private readonly known?: ZoneOffset,
  ) {}

  get today(): string {
    return new Date(this.local()).toISOString().slice(0, 10);
  }

  get hour(): number {
    return new Date(this.local()).getUTCHours();
  }

  get read(): boolean {
    return this.wasRead;
  }

  private local(): number {
    this.wasRead = true;
    this.offset ??= offsetMinutes(this.now, this.timeZone, this.known);
    return this.now + this.offset * MINUTE_MS;
  }
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
