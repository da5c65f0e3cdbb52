import type { HeardSegment } from './ssml';

/** Everything the console shows, as data: the human transcript and `--json` both render these. */
export type ConsoleEvent =
  | { type: 'utterance'; text: string; interrupting: boolean }
  | { type: 'request'; requestType: string; timestamp: string; intent?: string; slots?: Record<string, SlotShown>; newSession: boolean; oneShot?: boolean; reason?: string }
  /** The whole of what is about to play (before any interruption); the transcript shows it as it plays. */
  | { type: 'response'; segments: HeardSegment[]; reprompt: boolean; shouldEndSession?: boolean }
  | { type: 'speech'; text: string; ms: number; reprompt: boolean }
  | { type: 'pause'; ms: number; reprompt: boolean }
  | { type: 'audio'; src: string }
  | { type: 'interrupted'; afterMs: number; pauseElapsedMs?: number }
  | { type: 'card'; title: string; content: string }
  | { type: 'directive'; directiveType: string }
  /** With --display: what the screen shows from now on (a line per update). */
  | { type: 'screen'; text: string }
  | { type: 'listening' }
  | { type: 'silence'; then: 'reprompt' | 'session-end' }
  | { type: 'session-ended'; by: 'skill' | 'user' | 'silence' | 'error' }
  | { type: 'notice'; text: string }
  | { type: 'warning'; text: string }
  | { type: 'error'; text: string }
  | { type: 'logs'; lines: string[] };

export interface SlotShown {
  value?: string;
  id?: string;
  status?: string;
}

/** An event with where it happened on the virtual clock (ms since the console started). */
export type TimedEvent = ConsoleEvent & { t: number };

/** Receives the console's events; `progress` reports live time inside a pause that is playing. */
export interface EventSink {
  emit(event: TimedEvent): void;
  progress?(elapsedMs: number, totalMs: number): void;
  close?(): void;
}
