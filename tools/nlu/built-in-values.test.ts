import { loadInteractionModel, resolve } from '.';
import { builtInValue, durationOf, numberOf, timeOf } from './built-in-values';

describe('built-in slot values, as Alexa sends them', () => {
  it.each([
    ['ten', 10], ['fifteen', 15], ['twenty five', 25], ['twenty-five', 25], ['a', 1], ['7', 7], ['ninety nine', 99],
  ] as const)('AMAZON.NUMBER "%s" is %i', (words, n) => {
    expect(numberOf(words)).toBe(n);
  });

  it.each(['a couple', 'twenty a', 'ten fifteen', 'lots', ''])('"%s" is no number', (words) => {
    expect(numberOf(words)).toBeUndefined();
  });

  it.each([
    ['eight minutes', 'PT8M'], ['half an hour', 'PT30M'], ['an hour and a half', 'PT1H30M'], ['one hour ten minutes', 'PT1H10M'],
    ['ninety seconds', 'PT90S'], ['twenty-five mins', 'PT25M'],
  ] as const)('AMAZON.DURATION "%s" is %s', (words, iso) => {
    expect(durationOf(words)).toBe(iso);
  });

  it.each(['minutes', 'a while', 'ten minutes ten minutes', 'ten'])('"%s" is no duration', (words) => {
    expect(durationOf(words)).toBeUndefined();
  });

  it.each([
    ['nine p m', '21:00'], ['nine pm', '21:00'], ['six thirty', '06:30'], ["seven o'clock", '07:00'], ['7:45', '07:45'],
    ['twelve a m', '00:00'], ['eight in the evening', '20:00'], ['six oh five', '06:05'], ['the evening', 'EV'], ['noon', '12:00'],
  ] as const)('AMAZON.TIME "%s" is %s', (words, time) => {
    expect(timeOf(words)).toBe(time);
  });

  it.each(['every morning at seven', 'tomorrow', 'thirteen p m', 'six sixty'])('"%s" is no time', (words) => {
    expect(timeOf(words)).toBeUndefined();
  });

  it('leaves other languages, other types and unreadable words as said', () => {
    expect(builtInValue('AMAZON.NUMBER', 'zehn', false)).toBe('zehn');
    expect(builtInValue('AMAZON.NUMBER', 'a few', true)).toBe('a few');
    expect(builtInValue('AMAZON.SearchQuery', 'ten', true)).toBe('ten');
  });

  it('fills the custom routine\'s minutes with digits through the resolver', () => {
    const resolution = resolve(loadInteractionModel('en-US'), 'give me a ten minute stretch', { locale: 'en-US' });
    expect(resolution).toMatchObject({ kind: 'intent', intent: { name: 'CustomRoutineIntent', slots: { minutes: { value: '10' } } } });
  });
});
