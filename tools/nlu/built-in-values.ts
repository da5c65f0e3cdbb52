/**
 * What Alexa puts in a built-in slot, as opposed to the words said: AMAZON.NUMBER sends digits
 * ("ten" → "10"), AMAZON.DURATION an ISO 8601 duration ("eight minutes" → "PT8M", "half an hour"
 * → "PT30M"), AMAZON.TIME a clock time or part of the day ("nine p m" → "21:00", "evening" → "EV"). The skill reads those values, so a stand-in that handed over the raw words would
 * under-report phrasings Alexa understands. English number words only (0–99, "a"/"an" as one):
 * for other languages, and for words it cannot read, the words go through as said, and the skill
 * answers them as an unclear number. Hand-written: the npm word-to-number packages are unmaintained
 * or English-and-more in ways this stand-in does not need; twenty lines cover what a user says.
 */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "fifteen" → 15, "twenty five" / "twenty-five" → 25, "10" → 10; anything else undefined. */
export function numberOf(words: string): number | undefined {
  const keys = words.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter(Boolean);
  const [first, second, ...rest] = keys;
  if (first !== undefined && second === undefined && /^\d{1,4}$/.test(first)) return Number(first);
  if (first === undefined || rest.length > 0) return undefined;
  if (second === undefined) return UNITS[first] ?? TENS[first];
  const tens = TENS[first];
  const unit = UNITS[second];
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 && second !== 'a' && second !== 'an' ? tens + unit : undefined;
}

const DURATION_UNITS: Readonly<Record<string, 'H' | 'M' | 'S'>> = {
  hour: 'H', hours: 'H', hr: 'H', hrs: 'H', minute: 'M', minutes: 'M', min: 'M', mins: 'M', second: 'S', seconds: 'S', sec: 'S', secs: 'S',
};

/** "eight minutes" → "PT8M", "an hour and a half" → "PT1H30M", "half an hour" → "PT30M"; anything else undefined. */
export function durationOf(words: string): string | undefined {
  const said = words.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  if (said === 'half an hour' || said === 'a half hour') return 'PT30M';
  const halfHour = /^(.+) hours? and a half$/.exec(said) ?? /^(.+) and a half hours?$/.exec(said);
  if (halfHour) {
    const hours = numberOf(halfHour[1] ?? '');
    return hours === undefined ? undefined : `PT${String(hours)}H30M`;
  }
  const parts = said.split(/ and | /).join(' ').split(' ');
  const amounts: Partial<Record<'H' | 'M' | 'S', number>> = {};
  let pending: string[] = [];
  for (const word of parts) {
    const unit = DURATION_UNITS[word];
    if (!unit) {
      pending.push(word);
      continue;
    }
    const amount = numberOf(pending.join(' '));
    if (amount === undefined || amounts[unit] !== undefined) return undefined;
    amounts[unit] = amount;
    pending = [];
  }
  if (pending.length > 0 || Object.keys(amounts).length === 0) return undefined;
  return `PT${amounts.H !== undefined ? `${String(amounts.H)}H` : ''}${amounts.M !== undefined ? `${String(amounts.M)}M` : ''}${amounts.S !== undefined ? `${String(amounts.S)}S` : ''}`;
}

const PARTS_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', noon: '12:00', midday: '12:00', midnight: '00:00' };
const pad = (n: number): string => String(n).padStart(2, '0');

/** AMAZON.TIME: "nine p m" → "21:00", "six thirty" → "06:30", "7 o'clock" → "07:00", "the evening" → "EV"; else undefined. */
export function timeOf(words: string): string | undefined {
  const said = words.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^(?:at|around|about|the|in the) /, '');
  const part = PARTS_OF_DAY[said];
  if (part) return part;
  const match = /^(.+?)(?: (a ?m|p ?m|o'?clock|in the morning|in the afternoon|in the evening|at night|tonight))?$/.exec(said);
  if (!match) return undefined;
  const [, clock = '', meridiem] = match;
  const [hourWords, ...minuteWords] = clock.includes(':') ? clock.split(':') : [clock.split(' ')[0] ?? '', clock.split(' ').slice(1).join(' ')];
  let hour = numberOf(hourWords ?? '');
  const minuteSaid = minuteWords.join(' ').replace(/^oh /, '');
  const minute = minuteSaid === '' ? 0 : numberOf(minuteSaid);
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59 || hourWords === 'a' || hourWords === 'an') return undefined;
  const pm = meridiem !== undefined && /^(?:p ?m|in the afternoon|in the evening|at night|tonight)$/.test(meridiem);
  if (meridiem !== undefined && !/o'?clock/.test(meridiem)) {
    if (hour > 12) return undefined;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return `${pad(hour)}:${pad(minute)}`;
}

/** The value Alexa would send for a built-in slot of `type` filled by `words`, or the words as said. */
export function builtInValue(type: string, words: string, english: boolean): string {
  if (!english) return words;
  if (type === 'AMAZON.NUMBER') return numberOf(words)?.toString() ?? words;
  if (type === 'AMAZON.DURATION') return durationOf(words) ?? words;
  if (type === 'AMAZON.TIME') return timeOf(words) ?? words;
  return words;
}
