import { MAX_CUSTOM_MINUTES, MIN_CUSTOM_MINUTES, type CustomSpec } from '../../src/coach/custom-spec';
import { checkRecord } from '../../src/coach/record/record-schema';
import { newRecord } from '../../src/coach/record/model';
import { parseSessionState } from '../../src/session/session-state';
import { stretches } from '../../src/scripts/stretches';

/**
 * A custom routine's spec at its edges, as the session carries it and as the saved place stores it:
 * a valid spec is kept as it is; anything else is a fresh start (session) or a dropped place (record),
 * never a routine rebuilt from a spec that does not hold.
 */
const catCow = stretches.catCow.reps;
const twist = stretches.supineTwist.reps;
const spec: CustomSpec = {
  minutes: 5,
  played: 300,
  focus: 'lowerBack',
  time: 'evening',
  items: [
    ['catCow', catCow.min],
    ['supineTwist', twist.max],
  ],
};
const routine = {
  routine: 'custom',
  custom: spec,
  step: 0,
  week: 1,
  conditions: [],
  shifts: {},
  gentler: [],
  startedAt: '2026-11-02T18:50:00.000Z',
  hadPain: false,
  done: 0,
};
const parsed = (s: unknown) => parseSessionState({ hipCoach: { v: 1, s } });

const valid: [string, Partial<CustomSpec>][] = [
  ['the fewest minutes', { minutes: MIN_CUSTOM_MINUTES }],
  ['the most minutes', { minutes: MAX_CUSTOM_MINUTES }],
  ['a played length of 0', { played: 0 }],
  ['a played length of an hour', { played: 3600 }],
  ['every focus word', { focus: 'hipInner' }],
  ['a morning fit', { time: 'morning' }],
  ['one stretch', { items: [['catCow', catCow.max]] }],
];
const invalid: [string, unknown][] = [
  ['one minute too few', { ...spec, minutes: MIN_CUSTOM_MINUTES - 1 }],
  ['one minute too many', { ...spec, minutes: MAX_CUSTOM_MINUTES + 1 }],
  ['fractional minutes', { ...spec, minutes: 5.5 }],
  ['minutes as text', { ...spec, minutes: '5' }],
  ['a negative played length', { ...spec, played: -1 }],
  ['a played length over an hour', { ...spec, played: 3601 }],
  ['a fractional played length', { ...spec, played: 300.5 }],
  ['no played length', { ...spec, played: undefined }],
  ['an unknown focus', { ...spec, focus: 'elbows' }],
  ['an unknown time of day', { ...spec, time: 'midnight' }],
  ['no stretches', { ...spec, items: [] }],
  ['an unknown stretch', { ...spec, items: [['banana', 1]] }],
  ['a known stretch, then an unknown one', { ...spec, items: [['catCow', 1], ['banana', 1]] }],
  ['a known stretch, then one above its seed range', { ...spec, items: [['catCow', 1], ['supineTwist', twist.max + 1]] }],
  ['repetitions below the seed range', { ...spec, items: [['catCow', catCow.min - 1]] }],
  ['repetitions above the seed range', { ...spec, items: [['catCow', catCow.max + 1]] }],
  ['fractional repetitions', { ...spec, items: [['catCow', 1.5]] }],
  ['a stretch twice', { ...spec, items: [['catCow', 1], ['catCow', 1]] }],
  ['an item that is not a pair', { ...spec, items: [['catCow', 1, 2]] }],
  ['an item as an object', { ...spec, items: [{ stretch: 'catCow', reps: 1 }] }],
  ['a spec that is a list', [spec]],
];

describe('a custom routine carried in the session', () => {
  it('keeps a custom routine with its spec', () => {
    expect(parsed({ routine })).toEqual({ routine });
  });

  it.each(valid)('keeps %s', (_label, patch) => {
    const state = { routine: { ...routine, custom: { ...spec, ...patch } } };
    expect(parsed(state)).toEqual(state);
  });

  it.each(invalid)('is a fresh start with %s', (_label, custom) => {
    expect(parsed({ routine: { ...routine, custom } })).toEqual({});
  });

  it('is a fresh start for a custom routine without its spec, or a fixed routine with one', () => {
    const { custom: _none, ...bare } = routine;
    expect(parsed({ routine: bare })).toEqual({});
    expect(parsed({ routine: { ...routine, routine: 'evening' } })).toEqual({});
  });

  it('keeps a first-use screen holding a custom ask, and refuses one out of range', () => {
    const pending = { kind: 'screen', question: 1, custom: { minutes: 5, focus: 'any' } };
    expect(parsed({ pending })).toEqual({ pending });
    expect(parsed({ pending: { ...pending, custom: { minutes: MAX_CUSTOM_MINUTES + 1, focus: 'any' } } })).toEqual({});
    expect(parsed({ pending: { ...pending, custom: { minutes: 5, focus: 'elbows' } } })).toEqual({});
  });
});

describe('a custom routine saved in the record', () => {
  const now = Date.parse('2026-11-02T19:00:00Z');
  const at = { now, today: '2026-11-02' };
  const userId = 'amzn1.ask.account.custom';
  const stored = (inProgress: unknown) => ({ ...newRecord(userId, at), version: 1, inProgress });
  const place = { routine: 'custom', custom: spec, step: 3, week: 2, savedAt: '2026-11-02T18:00:00.000Z' };

  it('keeps the saved place with its spec, and only the spec\'s own fields', () => {
    const checked = checkRecord(stored({ ...place, custom: { ...spec, extra: 'x'.repeat(5000) } }), userId, at);
    expect(checked.problems).toEqual([]);
    expect(checked.record?.inProgress).toEqual(place);
  });

  it.each(valid)('keeps a saved place with %s', (_label, patch) => {
    const custom = { ...spec, ...patch };
    expect(checkRecord(stored({ ...place, custom }), userId, at).record?.inProgress).toEqual({ ...place, custom });
  });

  it.each(invalid)('drops the saved place (and says which field) with %s', (_label, custom) => {
    const checked = checkRecord(stored({ ...place, custom }), userId, at);
    expect(checked.record?.inProgress).toBeUndefined();
    expect(checked.problems).toEqual(['inProgress']);
  });

  it('drops a custom place without a spec, and a fixed routine\'s place that carries one', () => {
    const { custom: _none, ...bare } = place;
    expect(checkRecord(stored(bare), userId, at).record?.inProgress).toBeUndefined();
    expect(checkRecord(stored({ ...place, routine: 'evening' }), userId, at).record?.inProgress).toBeUndefined();
  });

  it('keeps a finished custom routine in the session log', () => {
    const raw = { ...newRecord(userId, at), version: 1, sessions: [{ date: '2026-11-01', routine: 'custom', seconds: 200 }], totals: { sessions: 1, seconds: 200 } };
    const checked = checkRecord(raw, userId, at);
    expect(checked.problems).toEqual([]);
    expect(checked.record?.sessions).toEqual([{ date: '2026-11-01', routine: 'custom', seconds: 200 }]);
  });
});
