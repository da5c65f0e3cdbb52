import { heard, holding } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * "Alexa, resume" said while a hold is playing (nothing was paused): the coach picks up the side
 * the user is on, not the stretch's first side again. The morning routine's first stretch, the
 * half-kneeling hip flexor: right side steps 0, 1; left 2, 3. Words from lambda/src/speech/resources/en.ts.
 */
describe('"resume" mid-hold', () => {
  it('on the left side: back to the left side, not the right again', async () => {
    const c = await holding(2, 5);

    const resumed = await c.say('AMAZON.ResumeIntent');

    expect(heard(resumed).startsWith('Back to the half-kneeling hip flexor stretch, left side.')).toBe(true);
    expect(heard(resumed)).not.toContain('right side');
    expect(resumed.response.shouldEndSession).toBe(false);
  });

  it('on the right side, the first: the stretch from its setup, the right side first', async () => {
    const c = await holding(0, 5);

    const resumed = await c.say('AMAZON.ResumeIntent');

    expect(heard(resumed).startsWith('Stretch 1 of 5: the half-kneeling hip flexor stretch. Down to the floor, no rush. Your right knee down')).toBe(true);
  });
});
