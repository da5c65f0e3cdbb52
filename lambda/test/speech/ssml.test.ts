import { composeStretch } from '../../src/coach/compose';
import { buildPlan } from '../../src/coach/plan';
import { pause, speech } from '../../src/speech/timeline';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { routineIds } from '../../src/scripts/routines';
import { stretches, type Position } from '../../src/scripts/stretches';
import { buildSkill } from '../../src/skill';
import { escapeXml, sentencesSsml, toSsml } from '../../src/speech/ssml';
import { createVoice } from '../../src/speech/voice';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { responseProblems, ssmlProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

/** Every response of every routine at the first and the top week, first-timer and regular, with a few phrasings. */
const everyRoutineResponse = routineIds.flatMap((routine) =>
  [1, 6].flatMap((week) => {
    const plan = buildPlan(routine, { week });
    return [0, 0.5, 0.999999].flatMap((r) =>
      [true, false].map((fullCues) => {
        const voice = createVoice('en-US', () => r);
        let previous: Position | undefined;
        const ssml = plan.stretches.map((planned) => {
          const composed = composeStretch(plan, planned.firstStep, { voice, fullCues, previousPosition: previous, entry: { kind: 'start' } });
          previous = stretches[planned.stretch].position;
          return toSsml(composed.segments);
        });
        return [`${routine} week ${week}, random ${r}, ${fullCues ? 'full' : 'short'} cues`, ssml] as const;
      }),
    );
  }),
);

describe('SSML of every routine response', () => {
  it.each(everyRoutineResponse)('passes ssml-check with no adjacent or over-long breaks and under 8,000 characters: %s', async (_label, responses) => {
    const problems: Record<number, string[]> = {};
    for (const [i, ssml] of responses.entries()) {
      const found = await ssmlProblems(ssml);
      if (found.length > 0) problems[i + 1] = found;
    }

    expect(problems).toEqual({});
  });
});

describe('toSsml', () => {
  it('renders pauses as breaks in milliseconds between escaped words', () => {
    const ssml = toSsml([speech('Hold & breathe.', 'talk'), pause(2.5, 'hold'), speech('Three, two, one.', 'hold')]);

    expect(ssml).toBe('<speak>Hold &amp; breathe. <break time="2500ms"/> Three, two, one.</speak>');
  });

  it('refuses two pauses side by side rather than send them', () => {
    expect(() => toSsml([pause(2, 'hold'), pause(2, 'hold')])).toThrow(/side by side/);
  });

  it('refuses a pause over Alexa\'s 10 s break limit', () => {
    expect(() => toSsml([speech('Hold.', 'talk'), pause(10.5, 'hold')])).toThrow(RangeError);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('makes any interpolated text safe to speak', async () => {
    const ssml = sentencesSsml(`I do not know a rock & roll <b> "x" 'y' routine.`);

    await expect(ssmlProblems(ssml)).resolves.toEqual([]);
  });

  it('speaks back an unknown routine named "rock & roll <b>" as valid SSML, with the words intact', async () => {
    const skill = buildSkill({ store: new MemoryProgressStore(), random: () => 0 });
    const c = new Conversation((event) => skill.invoke(event));

    const response = await c.say('StartRoutineIntent', ['routine', 'rock & roll <b>', undefined, 'RoutineType']);

    expect(ssmlOf(response)).toContain('rock &amp; roll &lt;b&gt;');
    expect(words(ssmlOf(response))).toContain('I do not know a rock & roll <b> routine');
    expect(response.response.shouldEndSession).toBe(false);
    await expect(responseProblems([response])).resolves.toEqual({});
  });
});
