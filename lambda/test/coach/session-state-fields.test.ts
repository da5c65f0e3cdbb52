import { parseSessionState, toSessionAttributes } from '../../src/session/session-state';

/**
 * Every session-state field at its edges (issue 21): a valid value is kept as it is; anything else
 * (negative, fractional, wrong type, wrong schema version) makes the whole state a fresh start `{}`.
 */
const routine = {
  routine: 'evening',
  step: 0,
  week: 1,
  conditions: [],
  shifts: {},
  gentler: [],
  startedAt: '2026-11-02T18:50:00.000Z',
  hadPain: false,
  done: 0,
};
const mark = { step: 0, phase: 'hold', start: 0, end: 30 };

const parsed = (s: unknown, v: unknown = 1) => parseSessionState({ hipCoach: { v, s } });

describe('parseSessionState', () => {
  it.each([
    ['an empty state', {}],
    ['a routine at step 0', { routine }],
    ['a routine at step 18 with counts, shifts and swaps', { routine: { ...routine, step: 18, done: 18, week: 6, shifts: { '0': -1, '3': 2 }, gentler: [2], conditions: ['kneeProblem'], hadPain: true } }],
    ['a last response with marks', { last: { at: 1_000, marks: [mark, { ...mark, step: 1, phase: 'rest' }] } }],
    ['each pending question', { pending: { kind: 'resume' } }],
    ['a pending keep-level question', { pending: { kind: 'keepLevel' } }],
    ['a pending delete question', { pending: { kind: 'deleteData' } }],
    ['a pending suggestion', { pending: { kind: 'suggest', routine: 'morning' } }],
    ['screen question 1 for a routine', { pending: { kind: 'screen', question: 1, routine: 'workday' } }],
    ['screen question 2 without a routine', { pending: { kind: 'screen', question: 2 } }],
    ['a record read and absent', { record: null }],
    ['conditions', { conditions: ['kneeProblem'] }],
    ['halted', { halted: true }],
  ])('keeps %s', (_label, state) => {
    expect(parsed(state)).toEqual(state);
  });

  it.each([
    ['step -1', { routine: { ...routine, step: -1 } }],
    ['step 1.5', { routine: { ...routine, step: 1.5 } }],
    ['step as text', { routine: { ...routine, step: '1' } }],
    ['done -1', { routine: { ...routine, done: -1 } }],
    ['done 0.5', { routine: { ...routine, done: 0.5 } }],
    ['an unknown routine', { routine: { ...routine, routine: 'banana' } }],
    ['a week that is not a number', { routine: { ...routine, week: 'one' } }],
    ['an infinite week', { routine: { ...routine, week: Infinity } }],
    ['an unknown condition', { routine: { ...routine, conditions: ['banana'] } }],
    ['a fractional shift', { routine: { ...routine, shifts: { '0': 0.5 } } }],
    ['a shift on item -1', { routine: { ...routine, shifts: { '-1': 1 } } }],
    ['a gentler swap at -1', { routine: { ...routine, gentler: [-1] } }],
    ['a gentler swap at 1.5', { routine: { ...routine, gentler: [1.5] } }],
    ['a start time that is not text', { routine: { ...routine, startedAt: 5 } }],
    ['hadPain as text', { routine: { ...routine, hadPain: 'no' } }],
    ['a routine that is a list', { routine: [routine] }],
    ['a mark at step -1', { last: { at: 1, marks: [{ ...mark, step: -1 }] } }],
    ['a mark in an unknown phase', { last: { at: 1, marks: [{ ...mark, phase: 'nap' }] } }],
    ['a mark without an end', { last: { at: 1, marks: [{ step: 0, phase: 'hold', start: 0 }] } }],
    ['a mark with a start as text', { last: { at: 1, marks: [{ ...mark, start: '0' }] } }],
    ['marks that are not a list', { last: { at: 1, marks: mark } }],
    ['a last response without a time', { last: { marks: [] } }],
    ['an unknown pending kind', { pending: { kind: 'banana' } }],
    ['a pending that is text', { pending: 'resume' }],
    ['a suggestion of an unknown routine', { pending: { kind: 'suggest', routine: 'banana' } }],
    ['screen question 3', { pending: { kind: 'screen', question: 3 } }],
    ['screen question 0', { pending: { kind: 'screen', question: 0 } }],
    ['a screen for an unknown routine', { pending: { kind: 'screen', question: 1, routine: 'banana' } }],
    // A record-shaped object is checked field by field by the turn (record-schema, trust.test.ts);
    // here, only something that is not an object at all.
    ['a record that is not an object', { record: 'x' }],
    ['conditions that are not a list', { conditions: 'kneeProblem' }],
    ['an unknown condition outside a routine', { conditions: ['banana'] }],
    ['halted as text', { halted: 'yes' }],
  ])('reads %s as a fresh start', (_label, state) => {
    expect(parsed(state)).toEqual({});
  });

  it.each([[0], [2], ['1'], [null]])('reads schema version %s as a fresh start', (v) => {
    expect(parsed({ halted: true }, v)).toEqual({});
  });

  it.each([
    ['no attributes', undefined],
    ['attributes without ours', {}],
    ['ours as text', { hipCoach: 'nope' }],
    ['a state without a version', { hipCoach: { s: { halted: true } } }],
    ['a state that is a list', { hipCoach: { v: 1, s: [] } }],
    ['a state that is null', { hipCoach: { v: 1, s: null } }],
  ])('reads %s as a fresh start', (_label, attributes) => {
    expect(parseSessionState(attributes)).toEqual({});
  });

  it('writes what it reads: version 1 under hipCoach', () => {
    expect(toSessionAttributes({ halted: true })).toEqual({ hipCoach: { v: 1, s: { halted: true } } });
    expect(parseSessionState(toSessionAttributes({ routine } as never))).toEqual({ routine });
  });
});
