/**
 * What a screen shows, as the APL document's data source: every word already in the user's
 * language (from the i18n resources), every time in milliseconds from the start of the response.
 * The document (document.ts) only lays it out.
 */

/** The four layouts of the document. */
export type Layout = 'overview' | 'stretch' | 'finish' | 'progress';

/**
 * One stretch of the response's time with one thing on screen. `from`/`to` are offsets from the
 * start of the response's speech, taken from the same timeline that times its SSML.
 */
export interface Frame {
  readonly layout: Layout;
  readonly from: number;
  readonly to: number;
  /** What the user is doing now ("Hold", "Rest"): stretch frames only. */
  readonly phase?: string;
  /** "Right side · Round 1 of 2": stretch frames only. */
  readonly side?: string;
  /** The countdown reaches zero here (ms from the start); absent: no countdown in this frame. */
  readonly countTo?: number;
  /** Seconds counted: the countdown shows this while the cue before the count is spoken. */
  readonly count?: number;
}

export interface StretchWords {
  /** "Stretch 2 of 9". */
  readonly index: string;
  readonly name: string;
  /** The short setup cue. */
  readonly cue: string;
  /** "Next: …", or "Last stretch". */
  readonly next: string;
}

export interface OverviewWords {
  readonly title: string;
  /** "9 stretches · about 16 minutes". */
  readonly summary: string;
  readonly kitTitle: string;
  readonly kit: string;
  /** The stretches in order, one a line. */
  readonly names: string;
}

export interface FinishWords {
  readonly title: string;
  readonly minutes: string;
  readonly week: string;
  readonly streak: string;
}

export interface ProgressWords {
  readonly title: string;
  /** Summary lines, one a line. */
  readonly lines: string;
}

export interface ButtonWords {
  readonly back: string;
  readonly pause: string;
  readonly next: string;
  readonly hurts: string;
}

/** The data source of one RenderDocument. */
export interface Screen {
  readonly frames: readonly Frame[];
  readonly buttons: ButtonWords;
  readonly stretch?: StretchWords;
  readonly overview?: OverviewWords;
  readonly finish?: FinishWords;
  readonly progress?: ProgressWords;
}

/** "Until the next response": the last frame stays on screen (ms; JSON has no Infinity). */
export const UNTIL_NEXT = 1e9;
