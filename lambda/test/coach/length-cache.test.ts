import { estimatedRoutineSeconds, routineSeconds } from '../../src/coach/length';
import { buildPlan } from '../../src/coach/plan';
import type { StretchId } from '../../src/scripts/stretches';
import { createVoice } from '../../src/speech/voice';

/**
 * The announced length is worked out once per plan and remembered, with the phrasings first picked
 * standing for all later ones; the memory holds 500 plans, then starts again (length.ts). In a file
 * of its own, so the memory starts empty.
 */
const firstPhrasing = createVoice('en-US', () => 0);
const lastPhrasing = createVoice('en-US', () => 0.999999);
const evening = buildPlan('evening', { week: 1 });
const ids: readonly StretchId[] = evening.stretches.map((s) => s.stretch);
/** Full cues for the stretches whose bit is set in `mask`: 512 different ways to hear the evening. */
const cuesBy = (mask: number) => (id: StretchId) => ((mask >> ids.indexOf(id)) & 1) === 1;

describe('the remembered routine length', () => {
  it('is worked out once, with the first phrasings, until 500 plans are remembered, then afresh', () => {
    // The two phrasings give different lengths: what is remembered can be told from what is worked out.
    expect(routineSeconds(evening, firstPhrasing)).not.toBe(routineSeconds(evening, lastPhrasing));
    const remembered = estimatedRoutineSeconds(evening, firstPhrasing, 0, cuesBy(511));

    // 499 more ways of hearing it: 500 remembered, the first still among them.
    for (let mask = 0; mask < 499; mask++) estimatedRoutineSeconds(evening, firstPhrasing, 0, cuesBy(mask));
    expect(estimatedRoutineSeconds(evening, lastPhrasing, 0, cuesBy(511))).toBe(remembered);

    // One more starts the memory again: the first plan is worked out afresh, now with the last phrasings.
    estimatedRoutineSeconds(evening, firstPhrasing, 0, cuesBy(499));
    expect(estimatedRoutineSeconds(evening, lastPhrasing, 0, cuesBy(511))).not.toBe(remembered);
  });
});
