/**
 * A time zone's offset from UTC, found by asking ICU (Intl.DateTimeFormat), and how long it holds.
 *
 * The first ICU formatting of a process costs a cold start 12–19 ms (ICU loads its locale data), so
 * this is asked only when a zone is learnt or its offset has run out: the record keeps the offset and
 * the instant of the zone's next transition, and local dates and hours are arithmetic until then
 * (calendar.ts). See docs/PERFORMANCE.md, "ICU on the cold path".
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A zone's offset east of UTC (minutes) and the instant (epoch ms) it stops holding: its next transition, or the probe's horizon. */
export interface ZoneOffset {
  readonly minutes: number;
  readonly until: number;
}

/** Real offsets run from −12:00 to +14:00. */
export const MIN_OFFSET_MINUTES = -12 * 60;
export const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * How far ahead a transition is looked for. A zone without one in that time (no daylight saving)
 * keeps its offset until then; zones that have it change at most about eight months apart.
 */
export const PROBE_HORIZON_DAYS = 400;

/**
 * Transitions are looked for a week at a time, then found to the minute. No zone's rules put two
 * transitions within a week of each other (Morocco's Ramadan pause, the shortest, lasts about a month).
 */
const STEP_MS = 7 * DAY_MS;

const MAX_CACHED = 64;
/** Formatters and found offsets by zone, per container; `null` for a zone ICU rejects. */
const formats = new Map<string, Intl.DateTimeFormat | null>();
const found = new Map<string, ZoneOffset & { readonly from: number }>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      // Zone names are checked by form only (record-schema.ts): one this runtime does not know is UTC.
      console.warn(JSON.stringify({ level: 'warn', event: 'timeZoneUnknown', timeZone, fallback: 'UTC' }));
      format = null;
    }
    if (formats.size >= MAX_CACHED) formats.clear();
    formats.set(timeZone, format);
  }
  return format;
}

/** The offset (minutes east of UTC) in force at `at`, read from the local wall time ICU gives. */
function offsetAt(format: Intl.DateTimeFormat, at: number): number {
  const minute = at - (((at % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
  const part: Record<string, number> = {};
  for (const p of format.formatToParts(minute)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wall = Date.UTC(part.year ?? 1970, (part.month ?? 1) - 1, part.day ?? 1, (part.hour ?? 0) % 24, part.minute ?? 0);
  return Math.round((wall - minute) / MINUTE_MS);
}

/** The first minute after `from` (exclusive) and at or before `to` whose offset is not `minutes`. */
function transitionIn(format: Intl.DateTimeFormat, minutes: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(format, mid) === minutes) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The offset of `timeZone` at `at` and until when it holds; undefined when this runtime does not know the zone. */
export function probeZoneOffset(timeZone: string, at: number): ZoneOffset | undefined {
  const format = formatterFor(timeZone);
  if (!format) return undefined;
  const start = at - (((at % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
  const minutes = offsetAt(format, start);
  const horizon = start + PROBE_HORIZON_DAYS * DAY_MS;
  for (let from = start; from < horizon; from += STEP_MS) {
    const to = Math.min(from + STEP_MS, horizon);
    if (offsetAt(format, to) !== minutes) return { minutes, until: transitionIn(format, minutes, from, to) };
  }
  return { minutes, until: horizon };
}

/** The offset of `timeZone` at `at`, probed once per container and zone while it holds. */
export function zoneOffset(timeZone: string, at: number): ZoneOffset | undefined {
  const cached = found.get(timeZone);
  if (cached && cached.from <= at && at < cached.until) return { minutes: cached.minutes, until: cached.until };
  const probed = probeZoneOffset(timeZone, at);
  if (!probed) return undefined;
  if (found.size >= MAX_CACHED) found.clear();
  found.set(timeZone, { ...probed, from: at });
  return probed;
}
