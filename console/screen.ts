import type { interfaces } from 'ask-sdk-model';

/** What the console sends as the APL interface with --display: an Echo Show's. */
export const APL_INTERFACE = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } } as const;

/** The console command for a touch on the screen: `/touch next`. */
export function touchOf(text: string): string | undefined {
  return /^\/touch\s+(\S+)\s*$/.exec(text)?.[1];
}

interface FrameShown {
  readonly layout?: unknown;
  readonly from?: unknown;
  readonly phase?: unknown;
  readonly side?: unknown;
  readonly count?: unknown;
}

type Words = Record<string, Record<string, unknown> | undefined>;

/** A screen update as one line of the transcript, and when it appears (ms from the response's start). */
export interface ScreenUpdate {
  readonly at: number;
  readonly text: string;
}

const plain = (value: unknown): string => (typeof value === 'string' ? value.replace(/<br>/g, ' · ') : '');

function describe(frame: FrameShown, words: Words): string {
  const w = (section: string, key: string): string => plain(words[section]?.[key]);
  const parts =
    frame.layout === 'overview'
      ? [w('overview', 'title'), w('overview', 'summary'), `${w('overview', 'kitTitle')}: ${w('overview', 'kit')}`]
      : frame.layout === 'stretch'
        ? [w('stretch', 'name'), plain(frame.side), `${plain(frame.phase)}${typeof frame.count === 'number' ? ` ${frame.count} s` : ''}`, w('stretch', 'next')]
        : frame.layout === 'finish'
          ? [w('finish', 'title'), w('finish', 'minutes'), w('finish', 'week'), w('finish', 'streak')]
          : [w('progress', 'title'), w('progress', 'lines')];
  return parts.filter((p) => p.length > 0).join(' · ');
}

/** The screen updates a RenderDocument carries: one per frame of its data source, in time order. */
export function screenUpdates(directive: interfaces.alexa.presentation.apl.RenderDocumentDirective): ScreenUpdate[] {
  const sources = (directive.datasources ?? {}) as Record<string, { frames?: unknown; [k: string]: unknown } | undefined>;
  const data = Object.values(sources)[0];
  const frames = Array.isArray(data?.frames) ? (data.frames as FrameShown[]) : [];
  const words = (data ?? {}) as Words;
  return frames.map((f) => ({ at: typeof f.from === 'number' ? f.from : 0, text: describe(f, words) }));
}
