import type { ResponseEnvelope } from 'ask-sdk-model';
import { bundleOnDynalite } from '../support/bundle';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { inRoutine } from '../support/routine-run';

const local = bundleOnDynalite();
const invoke: ReturnType<typeof bundleOnDynalite>['invoke'] = (event) => local.invoke(event);

interface Cost {
  readonly label: string;
  readonly reads: number;
  readonly writes: number;
}

/** Sends a turn and counts the DynamoDB calls the server saw for it. */
async function costOf(label: string, turn: () => Promise<ResponseEnvelope>): Promise<Cost & { response: ResponseEnvelope }> {
  local.dynamo.resetCounts();
  const response = await turn();
  const c = local.dynamo.counts();
  return { label, reads: c.GetItem, writes: c.PutItem + c.UpdateItem + c.DeleteItem, response };
}

describe('DynamoDB calls per turn over a whole routine', () => {
  it('reads once per session, writes at most once per turn, and never for a pure question', async () => {
    const c = new Conversation(invoke, 'amzn1.ask.account.costs');
    const costs: Cost[] = [];
    // A first session that onboards and finishes the workday break, so the second is a returning user.
    let step = await costOf('launch', () => c.launch());
    costs.push(step);
    costs.push(await costOf('no (screen 1)', () => c.say('AMAZON.NoIntent')));
    step = await costOf('no (screen 2) → routine', () => c.say('AMAZON.NoIntent'));
    costs.push(step);
    let r = step.response;
    while (inRoutine(r)) {
      c.listen(r);
      const next = await costOf('next', () => c.say('AMAZON.NextIntent'));
      costs.push(next);
      r = next.response;
    }
    // A first routine ends with the one-time reminder offer; "no" closes the session.
    expect(r.response.shouldEndSession).toBe(false);
    c.listen(r);
    const declined = await costOf('no (the reminder offer)', () => c.say('AMAZON.NoIntent'));
    costs.push(declined);
    expect(declined.response.response.shouldEndSession).toBe(true);
    const firstSession = costs.slice();
    expect(firstSession.reduce((n, x) => n + x.reads, 0)).toBe(1);

    // Second session: evening routine with questions mid-hold.
    c.wait(3600);
    const secondSession: Cost[] = [];
    step = await costOf('start evening', () => c.start('evening'));
    secondSession.push(step);
    r = step.response;
    c.wait(40);
    for (const q of ['HoldDurationIntent', 'WhichSideIntent', 'HowManyLeftIntent', 'WhatDoesThisStretchIntent']) {
      const asked = await costOf(q, () => c.say(q));
      expect(asked.writes).toBe(0);
      expect(asked.reads).toBe(0);
      secondSession.push(asked);
      r = asked.response;
    }
    while (inRoutine(r)) {
      c.listen(r);
      const next = await costOf('next', () => c.say('AMAZON.NextIntent'));
      secondSession.push(next);
      r = next.response;
    }
    expect(words(ssmlOf(r))).toMatch(/evening routine/);
    expect(secondSession.reduce((n, x) => n + x.reads, 0)).toBe(1);
    for (const cost of [...firstSession, ...secondSession]) {
      expect(cost.reads).toBeLessThanOrEqual(1);
      expect(cost.writes).toBeLessThanOrEqual(1);
    }
    // Every stretch response saved the place: one write per "next" turn.
    const nexts = secondSession.filter((x) => x.label === 'next');
    expect(nexts.every((x) => x.writes === 1)).toBe(true);
  });
});
