import type { TurnContext } from '../../src/coach/context';
import { suggestedRoutine } from '../../src/coach/greeting';

/**
 * The routine offered by the hour of the user's day, at each boundary (written down from the
 * product's rule: morning from 4 until 11, the workday break until 5 pm, then the evening routine).
 * suggestedRoutine reads only the hour.
 */
const at = (hour: number): TurnContext => ({ hour }) as TurnContext;

describe('the routine suggested by the hour', () => {
  it.each([
    [0, 'evening'],
    [3, 'evening'],
    [4, 'morning'],
    [10, 'morning'],
    [11, 'workday'],
    [16, 'workday'],
    [17, 'evening'],
    [23, 'evening'],
  ])('at %i:00 it is the %s routine', (hour, routine) => {
    expect(suggestedRoutine(at(hour))).toBe(routine);
  });
});
