import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Conversation } from '../support/conversation';
import { inRoutine } from '../support/routine-run';

/**
 * One conversation that meets every screen: a routine started, moved through, paused mid-hold,
 * resumed, hurt, asked about, finished (a first routine, so it ends with the reminder offer), and
 * the progress summary. screens.test.ts runs it on a voice-only and on an APL device and compares.
 */
export async function everyScreen(c: Conversation): Promise<ResponseEnvelope[]> {
  c.listen(await c.start('evening'));
  await c.say('AMAZON.NextIntent');
  c.wait(25);
  await c.say('HoldDurationIntent');
  c.wait(5);
  await c.say('AMAZON.PauseIntent');
  c.wait(60);
  c.listen(await c.say('AMAZON.ResumeIntent'), -30);
  await c.say('PainIntent');
  await c.say('AMAZON.PreviousIntent');
  await c.say('AMAZON.StopIntent');
  c.wait(3600);
  let last = await c.start('workday');
  while (inRoutine(last)) {
    c.listen(last);
    last = await c.say('AMAZON.NextIntent');
  }
  await c.say('ProgressIntent');
  return c.responses;
}
