import { asWarningSign, classifyWarning, crampReply, painReply, reportOf, warningReply } from '../../src/coach/safety';
import type { Reply } from '../../src/coach/reply';
import { newRoutineState, routineOf } from '../../src/coach/routine-state';
import { createVoice } from '../../src/speech/voice';

/**
 * The safety answers word for word (issue 21): the expected lines are copied from the English
 * resources by hand, so a reply that drops a line, swaps the urgent for the ordinary referral or
 * resumes the routine fails here. First phrasings (random 0) throughout.
 */
const voice = createVoice('en-US', () => 0);

const heard = (reply: Reply): string[] => reply.segments.map((s) => (s.kind === 'speech' ? `${s.phase}: ${s.text}` : `${s.phase}: break`));

const NO_RESUME = 'talk: We will not continue stretching today.';

describe('a warning sign ends the routine with a referral', () => {
  it('bladder or bowel: the urgent line, with what was heard, then no resuming', () => {
    const reply = warningReply('bladderBowel', voice);
    expect(heard(reply)).toEqual([
      'talk: I am stopping the routine now. A change in bladder or bowel control, or not feeling when you need the toilet, can be a sign of pressure on the nerves at the base of the spine, and it needs urgent medical help. Please call emergency services now.',
      NO_RESUME,
    ]);
    expect(reply).toMatchObject({ routine: undefined, effects: [{ kind: 'clearPosition' }], end: true });
    expect(reply.reprompt).toBeUndefined();
  });

  it.each([
    ['saddle', 'Numbness around the groin, bottom or between the legs'],
    ['bothLegs', 'Weakness or numbness in both legs'],
  ] as const)('%s is urgent too', (sign, what) => {
    expect(heard(warningReply(sign, voice))).toEqual([
      `talk: I am stopping the routine now. ${what} can be a sign of pressure on the nerves at the base of the spine, and it needs urgent medical help. Please call emergency services now.`,
      NO_RESUME,
    ]);
  });

  it.each([
    ['numbness', 'Numbness, or a part of you you cannot feel properly,'],
    ['tingling', 'Tingling or pins and needles'],
    ['weakness', 'A leg that is weak, gives way, or a foot you cannot lift properly,'],
    ['radiating', 'Pain that spreads down the leg, below the knee or into the foot,'],
    ['severe', 'Severe pain, or pain that keeps getting worse,'],
    ['fall', 'Pain after a fall or an accident'],
    ['fever', 'Back pain with a fever, or feeling generally unwell,'],
    ['night', 'Back pain that wakes you at night, or that does not ease when you lie still,'],
    [undefined, 'What you describe'],
  ] as const)('%s is referred to a doctor or physical therapist, not the emergency line', (sign, what) => {
    const reply = warningReply(sign, voice);
    expect(heard(reply)).toEqual([
      `talk: I am stopping the routine now. ${what} is something to get checked: please leave the stretching for today and speak to a doctor or physical therapist soon.`,
      NO_RESUME,
    ]);
    expect(reply).toMatchObject({ routine: undefined, effects: [{ kind: 'clearPosition' }], end: true });
  });
});

describe('where it is decides the sign', () => {
  it.each([
    // A bladder or bowel body part is a control change whatever the symptom word.
    ['numbness', 'bladder', 'bladderBowel'],
    ['weakness', 'bowel', 'bladderBowel'],
    [undefined, 'bladder', 'bladderBowel'],
    // Numbness or tingling around the groin or bottom is saddle numbness; other signs there stay.
    ['numbness', 'groin', 'saddle'],
    ['tingling', 'glute', 'saddle'],
    ['weakness', 'glute', 'weakness'],
    ['radiating', 'groin', 'radiating'],
    [undefined, 'groin', undefined],
    // Numbness, tingling or weakness in both legs is the emergency kind.
    ['numbness', 'bothLegs', 'bothLegs'],
    ['tingling', 'bothLegs', 'bothLegs'],
    ['weakness', 'bothLegs', 'bothLegs'],
    ['radiating', 'bothLegs', 'radiating'],
    [undefined, 'bothLegs', undefined],
    // "I can't control my leg": a control word about a limb is weakness; about both legs, both legs.
    ['bladderBowel', 'bothLegs', 'bothLegs'],
    ['bladderBowel', 'leg', 'weakness'],
    ['bladderBowel', 'foot', 'weakness'],
    ['bladderBowel', 'knee', 'weakness'],
    ['bladderBowel', 'hip', 'weakness'],
    ['bladderBowel', 'back', 'bladderBowel'],
    ['bladderBowel', undefined, 'bladderBowel'],
    // Anywhere else the sign is what was said.
    ['numbness', 'leg', 'numbness'],
    ['severe', undefined, 'severe'],
    [undefined, undefined, undefined],
  ] as const)('%s in the %s is %s', (sign, part, expected) => {
    expect(classifyWarning(sign, part)).toBe(expected);
  });
});

describe('a symptom slot id', () => {
  it.each(['numbness', 'tingling', 'weakness', 'bothLegs', 'radiating', 'bladderBowel', 'saddle', 'severe', 'fall', 'fever', 'night'])('%s is a warning sign', (id) => {
    expect(asWarningSign(id)).toBe(id);
  });

  it.each(['cramp', 'pain', '', 'Numbness', undefined])('%s is not a warning sign', (id) => {
    expect(asWarningSign(id)).toBeUndefined();
  });

  it('a cramp has its own answer, even with warning words said', () => {
    expect(reportOf('cramp', 'numbness')).toEqual({ kind: 'cramp' });
  });

  it('a resolved sign wins over the words; unresolved, the words decide', () => {
    expect(reportOf('fever', 'numbness')).toEqual({ kind: 'warning', sign: 'fever' });
    expect(reportOf(undefined, 'numbness')).toEqual({ kind: 'warning', sign: 'numbness' });
    expect(reportOf('pain', 'tingling')).toEqual({ kind: 'warning', sign: 'tingling' });
    expect(reportOf(undefined, undefined)).toEqual({ kind: 'warning', sign: undefined });
  });
});

describe('pain mid-routine stops the stretch and offers a way on', () => {
  const STOP = 'talk: Stop there and come gently out of the stretch.';
  const RULE = 'talk: A mild pull is fine, but pain is not. We never stretch into pain.';

  it('offers the gentler version when the stretch has one (morning, first stretch: half-kneeling hip flexor)', () => {
    const state = newRoutineState('morning', 1, '2026-12-01T07:00:00.000Z');
    const offer = 'I can switch to the standing hip flexor stretch instead, or skip this one. Say easier, or say skip.';
    const reply = painReply(routineOf(state), voice);
    expect(heard(reply)).toEqual([STOP, RULE, `talk: ${offer}`]);
    expect(reply.reprompt).toBe(offer);
    expect(reply.routine).toEqual({ ...state, hadPain: true });
    expect(reply).toMatchObject({ effects: [], end: false });
  });

  it('offers a skip when the stretch has no gentler version (workday, first stretch: standing hip flexor)', () => {
    const state = newRoutineState('workday', 1, '2026-12-01T12:00:00.000Z');
    const offer = 'Say skip to leave this one out, or stop to end the session.';
    const reply = painReply(routineOf(state), voice);
    expect(heard(reply)).toEqual([STOP, RULE, `talk: ${offer}`]);
    expect(reply.reprompt).toBe(offer);
    expect(reply.routine).toEqual({ ...state, hadPain: true });
  });

  it('offers a skip when the step is past the plan', () => {
    const state = { ...newRoutineState('morning', 1, '2026-12-01T07:00:00.000Z'), step: 9999 };
    expect(heard(painReply(routineOf(state), voice)).at(-1)).toBe('talk: Say skip to leave this one out, or stop to end the session.');
  });

  it('outside a routine: the pain rule and when to see someone, and the session stays open', () => {
    const reply = painReply(undefined, voice);
    expect(heard(reply)).toEqual([
      'talk: If something hurts, stop and rest. A mild pull is fine when stretching, pain is not. If the pain is severe, getting worse, or comes with numbness, tingling or weakness, please see a health professional.',
    ]);
    expect(reply).toMatchObject({ routine: undefined, effects: [], end: false });
    expect(reply.reprompt).toBe('What would you like to do?');
  });
});

describe('a cramp is eased, not a reason to end', () => {
  const EASE = 'Ease the muscle the other way, rub it, and breathe. A cramp passes on its own in a minute or so, and it is not a sign of harm.';

  it('in a routine: come out, ease it, then carry on when ready; the routine waits', () => {
    const state = newRoutineState('evening', 2, '2026-12-01T20:00:00.000Z');
    const onward = 'When it has eased, we can take the next stretch whenever you are ready, or say skip to leave this one out.';
    const reply = crampReply(state, voice);
    expect(heard(reply)).toEqual(['talk: That sounds like a cramp. Come gently out of the stretch.', `talk: ${EASE}`, `talk: ${onward}`]);
    expect(reply.reprompt).toBe(onward);
    expect(reply.routine).toBe(state);
    expect(reply).toMatchObject({ effects: [], end: false });
  });

  it('outside a routine: how to ease it, and the session stays open', () => {
    const reply = crampReply(undefined, voice);
    expect(heard(reply)).toEqual([`talk: ${EASE}`]);
    expect(reply).toMatchObject({ routine: undefined, effects: [], end: false });
    expect(reply.reprompt).toBe('What would you like to do?');
  });
});
