import { loadInteractionModel, resolve } from '.';
import { builtInValue, durationOf, numberIn, numberOf, timeOf } from './built-in-values';

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

  it.each([
    ['de', 'zehn', 10], ['de', 'zwölf', 12], ['de', 'zwanzig', 20], ['de', 'fünfundzwanzig', 25], ['de', 'fünf und zwanzig', 25], ['de', 'einundzwanzig', 21],
    ['de', 'dreißig', 30], ['de', 'eine', 1], ['de', 'neunundneunzig', 99],
    ['es', 'diez', 10], ['es', 'quince', 15], ['es', 'dieciséis', 16], ['es', 'veinte', 20], ['es', 'veinticinco', 25], ['es', 'treinta y cinco', 35],
    ['es', 'una', 1], ['es', 'noventa y nueve', 99],
    ['fr', 'dix', 10], ['fr', 'quinze', 15], ['fr', 'dix-sept', 17], ['fr', 'vingt', 20], ['fr', 'vingt et un', 21], ['fr', 'vingt-cinq', 25],
    ['fr', 'soixante-quinze', 75], ['fr', 'soixante et onze', 71], ['fr', 'quatre-vingts', 80], ['fr', 'quatre-vingt-dix-neuf', 99], ['fr', 'septante', 70],
    ['fr', 'nonante-cinq', 95], ['fr', '12', 12],
  ] as const)('AMAZON.NUMBER in %s: "%s" is %i', (language, words, n) => {
    expect(numberIn(language, words)).toBe(n);
  });

  it.each([
    ['de', 'ein paar'], ['de', 'zwanzig fünf'], ['de', 'zehnundzwanzig'], ['es', 'unos cuantos'], ['es', 'veinte y diez'], ['fr', 'quelques'],
    ['fr', 'vingt quinze'], ['fr', 'dix deux'], ['it', 'dieci'],
  ] as const)('in %s "%s" is no number', (language, words) => {
    expect(numberIn(language, words)).toBeUndefined();
  });

  it('hands AMAZON.NUMBER over as digits in every language, and leaves other types and unreadable words as said', () => {
    expect(builtInValue('AMAZON.NUMBER', 'zehn', 'de')).toBe('10');
    expect(builtInValue('AMAZON.NUMBER', 'veinte', 'es')).toBe('20');
    expect(builtInValue('AMAZON.NUMBER', 'un paquet', 'fr')).toBe('un paquet');
    expect(builtInValue('AMAZON.DURATION', 'zehn minuten', 'de')).toBe('zehn minuten');
    expect(builtInValue('AMAZON.NUMBER', 'a few', 'en')).toBe('a few');
    expect(builtInValue('AMAZON.SearchQuery', 'ten', 'en')).toBe('ten');
  });

  it.each([
    ['de-DE', 'zehn minuten', '10'],
    ['es-ES', 'veinte minutos', '20'],
    ['fr-FR', 'quinze minutes', '15'],
  ])('%s: "%s" fills the custom routine\'s minutes with %s', (locale, text, digits) => {
    const resolution = resolve(loadInteractionModel(locale), text, { locale });
    expect(resolution).toMatchObject({ kind: 'intent', intent: { name: 'CustomRoutineIntent', slots: { minutes: { value: digits } } } });
  });

  it('fills the custom routine\'s minutes with digits through the resolver', () => {
    const resolution = resolve(loadInteractionModel('en-US'), 'give me a ten minute stretch', { locale: 'en-US' });
    expect(resolution).toMatchObject({ kind: 'intent', intent: { name: 'CustomRoutineIntent', slots: { minutes: { value: '10' } } } });
  });
});
