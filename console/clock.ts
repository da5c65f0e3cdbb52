/**
 * The console's clock. Time moves only when the console moves it: while a response plays, while the
 * user is silent, or on `(wait …)`; never while the skill computes. With `--speed N` the console lets
 * real time pass N× slower than this clock; request timestamps come from here, so the skill's view of
 * "how long since that hold began" matches what was played.
 */
export class VirtualClock {
  private nowMs: number;

  constructor(start: number) {
    this.nowMs = start;
  }

  now(): number {
    return this.nowMs;
  }

  advance(ms: number): void {
    if (ms > 0) this.nowMs += ms;
  }

  /** Moves the clock to `at` if that is later. */
  advanceTo(at: number): void {
    if (at > this.nowMs) this.nowMs = at;
  }

  /** Alexa's timestamp format: ISO 8601 in UTC, whole seconds ("2024-05-01T07:30:05Z"). */
  timestamp(): string {
    return new Date(Math.floor(this.nowMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}
