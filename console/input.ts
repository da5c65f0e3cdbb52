import type { Interface as ReadlineInterface } from 'node:readline';
import type { VirtualClock } from './clock';
import type { ScriptLine } from './script';
import { parseDuration } from './script';

/** What the console hears while it waits. */
export type Heard = { kind: 'speech'; text: string; interrupting?: boolean } | { kind: 'timeout' } | { kind: 'eof' };

/** Where the current turn stands on the virtual clock: when its response began, and when it finished playing. */
export interface TurnTiming {
  responseStart: number;
  /** Unset while the response is still playing. */
  listenStart?: number;
  /** When each pause of the response playing now began, in order (for `(after N in pause K)`). */
  pauseStarts?: number[];
}

/** The user's side of the conversation: lets time pass until a deadline or until the user speaks. */
export interface UserInput {
  /**
   * Lets virtual time pass until `deadline` (Infinity: until the user speaks) or until the user speaks,
   * whichever is first; the clock is left at that moment. `onTick` is called as time passes.
   */
  waitUntil(deadline: number, timing: TurnTiming, onTick?: () => void): Promise<Heard>;
  close(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const TICK_MS = 100;

/**
 * Plays a script: each line is said when it is due (at the end of the previous response, after its
 * `(wait …)`, or `(after …)` the response began). Playback takes real time at `speed` > 0; silences don't.
 */
export class ScriptInput implements UserInput {
  private next = 0;

  constructor(
    private readonly lines: readonly ScriptLine[],
    private readonly clock: VirtualClock,
    private readonly speed: number,
  ) {}

  private dueAt(line: ScriptLine, timing: TurnTiming): number {
    if (line.afterMs !== undefined && line.inPause !== undefined) {
      const pauseStart = timing.pauseStarts?.[line.inPause - 1];
      if (pauseStart !== undefined) return pauseStart + line.afterMs;
      // The response ended before that pause: say it once the response is over.
      return timing.listenStart === undefined ? Infinity : timing.listenStart + line.waitMs;
    }
    if (line.afterMs !== undefined) return timing.responseStart + line.afterMs + line.waitMs;
    return timing.listenStart === undefined ? Infinity : timing.listenStart + line.waitMs;
  }

  async waitUntil(deadline: number, timing: TurnTiming, onTick?: () => void): Promise<Heard> {
    const line = this.lines[this.next];
    const playing = timing.listenStart === undefined;
    if (!line && !(playing && Number.isFinite(deadline))) return { kind: 'eof' };
    const due = line ? Math.max(this.dueAt(line, timing), this.clock.now()) : Infinity;
    const until = Math.min(due, deadline);
    await this.pass(until, playing, onTick);
    if (due > deadline || !line) return { kind: 'timeout' };
    this.next++;
    return line.text === undefined ? { kind: 'eof' } : { kind: 'speech', text: line.text };
  }

  private async pass(until: number, playing: boolean, onTick?: () => void): Promise<void> {
    if (!Number.isFinite(until)) return;
    if (this.speed > 0 && playing) {
      let last = performance.now();
      while (this.clock.now() < until) {
        await sleep(Math.min(TICK_MS, (until - this.clock.now()) / this.speed));
        const now = performance.now();
        this.clock.advance(Math.min((now - last) * this.speed, until - this.clock.now()));
        last = now;
        onTick?.();
      }
    }
    this.clock.advanceTo(until);
    onTick?.();
  }

  close(): void {}
}

/**
 * Typed input: a line typed while a response plays interrupts it (barge-in). At `speed` > 0 playback
 * runs N× faster and listening windows run in real time; at 0 playback is instant and the console waits for the user without timing out.
 * `/wait N` lets N seconds of silence pass; `/quit` leaves.
 */
export class InteractiveInput implements UserInput {
  private readonly queue: string[] = [];
  private ended = false;
  private wake: (() => void) | undefined;
  private skipMs = 0;

  constructor(
    private readonly readline: ReadlineInterface,
    private readonly clock: VirtualClock,
    private readonly speed: number,
    private readonly onCommand: (message: string) => void,
  ) {
    readline.on('line', (raw) => { this.accept(raw.trim()); });
    readline.on('close', () => {
      this.ended = true;
      this.wake?.();
    });
  }

  private accept(line: string): void {
    if (!line) return;
    if (line.startsWith('/')) {
      const [command, ...args] = line.slice(1).split(/\s+/);
      if (command === 'quit' || command === 'exit' || command === 'q') {
        this.ended = true;
      } else if (command === 'wait') {
        const ms = parseDuration(args.join(' ') || '8');
        if (ms === undefined) this.onCommand('usage: /wait 12   (seconds; or 2m, 1h, 1d)');
        else this.skipMs += ms;
      } else if (command === 'touch') {
        // A touch on the screen (--display): the conversation sends it as a UserEvent.
        this.queue.push(line);
      } else {
        this.onCommand('console commands: /wait N (let N seconds of silence pass), /touch next|back|pause|hurts (with --display), /quit');
      }
    } else {
      this.queue.push(line);
    }
    this.wake?.();
  }

  /** What the user has typed so far on the current line (shown after a live countdown). */
  partialLine(): string {
    return (this.readline as unknown as { line?: string }).line ?? '';
  }

  async waitUntil(deadline: number, timing: TurnTiming, onTick?: () => void): Promise<Heard> {
    const playing = timing.listenStart === undefined;
    // --speed N speeds up what Hip Coach plays; the time a person has to answer stays real time,
    // so a typed answer still arrives inside Alexa's listening window.
    const rate = playing ? this.speed : 1;
    let last = performance.now();
    for (;;) {
      const typed = this.queue.shift();
      if (typed !== undefined) return { kind: 'speech', text: typed };
      if (this.ended) return { kind: 'eof' };
      if (this.skipMs > 0) {
        const step = Math.min(this.skipMs, deadline - this.clock.now());
        this.skipMs -= step;
        this.clock.advance(step);
        onTick?.();
        last = performance.now();
      }
      if (this.speed > 0) {
        const now = performance.now();
        this.clock.advance(Math.min((now - last) * rate, deadline - this.clock.now()));
        last = now;
        onTick?.();
      } else if (playing && Number.isFinite(deadline)) {
        this.clock.advanceTo(deadline);
        onTick?.();
      }
      if (this.clock.now() >= deadline) return { kind: 'timeout' };
      const waitReal = this.speed > 0 ? Math.min(TICK_MS, (deadline - this.clock.now()) / rate) : undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        if (waitReal !== undefined) setTimeout(resolve, Math.max(1, waitReal));
      });
      this.wake = undefined;
    }
  }

  close(): void {
    this.ended = true;
    this.readline.close();
  }
}
