import type { RoutineId } from '../scripts/routines';
import type { StretchId } from '../scripts/stretches';
import type { RoutineState } from './routine-state';
import type { Segment } from './timeline';

/** What a turn changes in the user's record; the handler layer applies these to the store. */
export type Effect =
  | { readonly kind: 'position'; readonly routine: RoutineId; readonly step: number; readonly week: number }
  | { readonly kind: 'met'; readonly stretch: StretchId }
  | { readonly kind: 'completed'; readonly routine: RoutineId; readonly seconds: number }
  | { readonly kind: 'clearPosition' };

/** The engine's answer to one turn: what to say, what to reprompt, and the new routine state. */
export interface Reply {
  readonly segments: readonly Segment[];
  readonly reprompt?: string;
  readonly routine: RoutineState | undefined;
  readonly effects: readonly Effect[];
  /** True when the session should close after speaking. */
  readonly end: boolean;
  /** A yes/no question the reply ends with, so the next "yes" knows what it answers. */
  readonly asks?: 'keepLevel';
}
