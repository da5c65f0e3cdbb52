import type { interfaces, ResponseEnvelope } from 'ask-sdk-model';
import { talkToSkill } from '../../lambda/test/support/harness';
import type { Frame, Screen } from '../../lambda/src/screens/screen-data';
import type { ScreenName } from './catalog';
import { inRoutine } from '../../lambda/test/support/routine-run';

export const APL_DEVICE = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } };

export type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

export function renderDocumentOf(response: ResponseEnvelope): RenderDocument | undefined {
  return response.response.directives?.find((d): d is RenderDocument => d.type === 'Alexa.Presentation.APL.RenderDocument');
}

/** A screen's data as it stands `atMs` into its response: every time moved so that moment is now (elapsedTime 0). */
function shifted(directive: RenderDocument, atMs: number): RenderDocument {
  const screen = (directive.datasources as { hipCoach: Screen }).hipCoach;
  const move = (f: Frame): Frame => ({ ...f, from: f.from - atMs, to: f.to - atMs, ...(f.countTo !== undefined ? { countTo: f.countTo - atMs } : {}) });
  return { ...directive, datasources: { hipCoach: { ...screen, frames: screen.frames.map(move) } } };
}

function frameTime(directive: RenderDocument, pick: (f: Frame) => boolean, into: number): number {
  const frame = (directive.datasources as { hipCoach: Screen }).hipCoach.frames.find(pick);
  if (!frame) throw new Error('no such frame in the sample response');
  return frame.from + into;
}

/**
 * One real conversation on an Echo Show (the skill over an in-memory store), and each screen as it
 * stands at a telling moment: the overview as the routine is announced, the stretch 8 s into
 * its first hold, the finish of a workday break, and the progress summary after it.
 */
export async function sampleScreens(): Promise<Record<ScreenName, RenderDocument>> {
  const { conversation: c } = talkToSkill({ onboarded: true });
  c.supportedInterfaces = APL_DEVICE;
  const need = (r: ResponseEnvelope): RenderDocument => {
    const d = renderDocumentOf(r);
    if (!d) throw new Error('a sample response has no RenderDocument');
    return d;
  };
  const started = need(await c.start('evening'));
  await c.say('AMAZON.StopIntent');
  c.wait(600);
  let last = await c.start('workday');
  while (inRoutine(last)) {
    c.listen(last);
    last = await c.say('AMAZON.NextIntent');
  }
  const finished = need(last);
  const progress = need(await c.say('ProgressIntent'));
  return {
    overview: shifted(started, 2000),
    stretch: shifted(started, frameTime(started, (f) => f.layout === 'stretch' && f.countTo !== undefined && (f.count ?? 0) >= 15, 8000)),
    finish: shifted(finished, frameTime(finished, (f) => f.layout === 'finish', 1000)),
    progress: shifted(progress, 1000),
  };
}
