import type { EventSink, SlotShown, TimedEvent } from './events';

/** "0:07.5", "12:30.0", "1:02:03", "+2d 0:00:05": virtual time since the console started. */
export function formatClock(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const rest = ms - days * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest % 3_600_000) / 60_000);
  const s = (rest % 60_000) / 1000;
  const ss = s.toFixed(1).padStart(4, '0');
  const clock = h > 0 || days > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return days > 0 ? `+${days}d ${clock}` : clock;
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function formatSlots(slots: Record<string, SlotShown> | undefined): string {
  if (!slots) return '';
  return Object.entries(slots)
    .filter(([, s]) => s.value !== undefined)
    .map(([name, s]) => {
      if (s.status === 'ER_SUCCESS_MATCH') return ` ${name}="${s.value}"→${s.id}`;
      if (s.status === 'ER_SUCCESS_NO_MATCH') return ` ${name}="${s.value}" (no match)`;
      return ` ${name}="${s.value}"`;
    })
    .join('');
}

const BAR_WIDTH = 24;
const INDENT = '           ';

/**
 * The transcript a person reads: utterances, the request they became, the response line by line, pauses
 * as bars. With `live`, a playing pause is a countdown bar redrawn in place.
 */
export class HumanTranscript implements EventSink {
  private barOpen: { totalMs: number; reprompt: boolean } | undefined;
  private header = false;
  private pendingHeaderAt = 0;

  constructor(
    private readonly write: (text: string) => void,
    private readonly options: {
      live: boolean;
      color: boolean;
      skillName: string;
      partialLine?: () => string;
      /** In a terminal the typed line stays where it was echoed: replace it by the transcript line. */
      erasesEcho?: boolean;
    },
  ) {}

  private dim(text: string): string {
    return this.options.color ? `\x1b[2m${text}\x1b[22m` : text;
  }

  private bold(text: string): string {
    return this.options.color ? `\x1b[1m${text}\x1b[22m` : text;
  }

  private line(text: string): void {
    this.write(`${text}\n`);
  }

  private bar(elapsedMs: number, totalMs: number, done: boolean): string {
    const fraction = totalMs > 0 ? Math.min(1, elapsedMs / totalMs) : 1;
    const filled = Math.round(fraction * BAR_WIDTH);
    const left = Math.max(0, totalMs - elapsedMs);
    const label = done ? formatSeconds(totalMs) : `${(left / 1000).toFixed(1)} s left`;
    return `${INDENT}⏸ ▕${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}▏ ${label}`;
  }

  private closeBar(elapsedMs?: number): void {
    if (!this.barOpen) return;
    const { totalMs } = this.barOpen;
    if (elapsedMs === undefined) this.write(`\r\x1b[K${this.bar(totalMs, totalMs, true)}\n`);
    else this.write(`\r\x1b[K${this.bar(elapsedMs, totalMs, false).replace(/[\d.]+ s left$/, `stopped at ${formatSeconds(Math.round(elapsedMs / 100) * 100)} of ${formatSeconds(totalMs)}`)}\n`);
    this.barOpen = undefined;
  }

  private speaker(t: number, reprompt: boolean): void {
    if (this.header) return;
    this.header = true;
    const who = reprompt ? `${this.options.skillName} (reprompt)` : this.options.skillName;
    this.line(`${this.dim(formatClock(Math.max(t, this.pendingHeaderAt)).padStart(10))} ${this.bold(who)} ›`);
  }

  emit(event: TimedEvent): void {
    if (event.type === 'interrupted') {
      const wasLive = this.barOpen !== undefined;
      if (this.options.erasesEcho) this.write('\x1b[1A\x1b[2K\r');
      if (wasLive) this.closeBar(event.pauseElapsedMs ?? 0);
      const inPause = event.pauseElapsedMs !== undefined && !wasLive ? ` (${formatSeconds(Math.round(event.pauseElapsedMs / 100) * 100)} into that pause)` : '';
      this.line(this.dim(`${INDENT}✋ interrupted ${formatSeconds(Math.round(event.afterMs / 100) * 100)} into the response${inPause}`));
      this.header = false;
      return;
    }
    if (event.type === 'response') return;
    this.closeBar();
    const t = formatClock(event.t).padStart(10);
    switch (event.type) {
      case 'utterance':
        if (this.options.erasesEcho && !event.interrupting) this.write('\x1b[1A\x1b[2K\r');
        this.header = false;
        this.line(`${this.dim(t)} ${this.bold('you')} › ${event.text}`);
        break;
      case 'request': {
        const what = event.intent ? `${event.requestType} ${event.intent}${formatSlots(event.slots)}` : event.requestType;
        const how = [event.newSession ? 'new session' : '', event.oneShot ? 'one-shot' : '', event.reason ?? ''].filter(Boolean).join(', ');
        this.line(this.dim(`${INDENT}→ ${what}${how ? ` (${how})` : ''}`));
        this.header = false;
        break;
      }
      case 'speech':
        this.speaker(event.t, event.reprompt);
        this.line(`${INDENT}${event.text}`);
        break;
      case 'pause':
        this.speaker(event.t, event.reprompt);
        if (this.options.live) {
          this.barOpen = { totalMs: event.ms, reprompt: event.reprompt };
          this.write(this.bar(0, event.ms, false));
        } else {
          this.line(this.dim(`${INDENT}⏸ ${formatSeconds(event.ms)}`));
        }
        break;
      case 'audio':
        this.speaker(event.t, false);
        this.line(this.dim(`${INDENT}♪ audio ${event.src}`));
        break;
      case 'card':
        this.line(this.dim(`${INDENT}[card] ${event.title}: ${event.content.replace(/\s+/g, ' ')}`));
        break;
      case 'directive':
        this.line(this.dim(`${INDENT}[directive] ${event.directiveType}`));
        break;
      case 'screen':
        this.line(this.dim(`${INDENT}[screen] ${event.text}`));
        break;
      case 'listening':
        this.header = false;
        this.line(this.dim(`${INDENT}🎤 listening…`));
        break;
      case 'silence':
        this.header = false;
        this.pendingHeaderAt = event.t;
        this.line(this.dim(`${t} (silence${event.then === 'reprompt' ? ': the reprompt plays' : ': Alexa closes the session'})`));
        break;
      case 'session-ended': {
        this.header = false;
        const why = { skill: 'Hip Coach ended the session', user: 'you left Hip Coach', silence: 'no answer', error: 'the skill failed' }[event.by];
        this.line(this.dim(`${INDENT}■ session over (${why}). To go on, say "open hip coach" or "ask hip coach to …".`));
        break;
      }
      case 'notice':
        this.line(this.dim(`${INDENT}${event.text}`));
        break;
      case 'warning':
        this.line(`${INDENT}⚠ ${event.text}`);
        break;
      case 'error':
        this.line(`${INDENT}✖ ${event.text}`);
        break;
      case 'logs':
        for (const l of event.lines) this.line(this.dim(`${INDENT}│ ${l}`));
        break;
    }
  }

  progress(elapsedMs: number, totalMs: number): void {
    if (!this.options.live || !this.barOpen) return;
    const partial = this.options.partialLine?.() ?? '';
    this.write(`\r\x1b[K${this.bar(elapsedMs, totalMs, false)}${partial ? `   you › ${partial}` : ''}`);
  }

  close(): void {
    this.closeBar();
  }
}

/** One JSON object a line, for tests and tools: every event with its virtual time `t` (ms since start). */
export class JsonTranscript implements EventSink {
  constructor(private readonly write: (text: string) => void) {}

  emit(event: TimedEvent): void {
    this.write(`${JSON.stringify(event)}\n`);
  }
}
