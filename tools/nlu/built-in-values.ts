/**
 * What Alexa puts in a built-in slot, as opposed to the words said: AMAZON.NUMBER sends digits
 * ("ten" → "10"), AMAZON.DURATION an ISO 8601 duration ("eight minutes" → "PT8M", "half an hour"
 * → "PT30M"), AMAZON.TIME a clock time or part of the day ("nine p m" → "21:00", "evening" → "EV"). The skill reads those values, so a stand-in that handed over the raw words would
 * under-report phrasings Alexa understands. Number words 0–99 in English, German, Spanish and French
 * ("zehn", "fünfundzwanzig", "veinticinco", "treinta y cinco", "soixante-quinze", Belgian and Swiss "septante",
 * "nonante") go over as digits; durations and times are read in English only. For words it cannot read
 * the words go through as said, and the skill answers them as an unclear number. Hand-written: the npm word-to-number packages are unmaintained
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

/** A language's number words: the ones and teens, the tens, the word joining tens and ones, and whether the ones come first ("fünfundzwanzig"). */
interface NumberWords {
  readonly units: Readonly<Record<string, number>>;
  readonly tens: Readonly<Record<string, number>>;
  readonly and: string;
  readonly unitsFirst: boolean;
  /** Tens that take a teen after them (French "soixante-quinze" 75, "quatre-vingt-dix-neuf" 99). */
  readonly tensWithTeens?: readonly number[];
}

const GERMAN: NumberWords = {
  units: { null: 0, eins: 1, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19 },
  tens: { zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 },
  and: 'und',
  unitsFirst: true,
};

const SPANISH: NumberWords = {
  units: { cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
    trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veintiuno: 21, veintiún: 21,
    veintiun: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26,
    veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29 },
  tens: { veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 },
  and: 'y',
  unitsFirst: false,
};

const FRENCH: NumberWords = {
  units: { zéro: 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16 },
  tens: { vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90 },
  and: 'et',
  unitsFirst: false,
  tensWithTeens: [60, 80],
};

const NUMBER_WORDS: Readonly<Record<string, NumberWords>> = { de: GERMAN, es: SPANISH, fr: FRENCH };

/** A French or ones-and-teens reading of one to two words: "sept" 7, "dix sept" 17; undefined otherwise. */
function onesOrTeen(keys: readonly string[], words: NumberWords): number | undefined {
  if (keys.length === 1) return words.units[keys[0] ?? ''];
  if (keys.length === 2 && keys[0] === 'dix' && words === FRENCH) {
    const unit = words.units[keys[1] ?? ''];
    return unit !== undefined && unit >= 7 && unit <= 9 ? 10 + unit : undefined;
  }
  return undefined;
}

/**
 * A number said in German, Spanish or French, 0–99: "zehn" 10, "fünfundzwanzig" / "fünf und zwanzig" 25, "treinta y cinco" 35,
 * "vingt et un" 21, "soixante-quinze" 75, "quatre-vingt-dix-neuf" 99, "nonante" 90, "12" 12; anything else undefined.
 */
export function numberIn(language: string, said: string): number | undefined {
  const words = NUMBER_WORDS[language];
  if (!words) return undefined;
  const lower = said.toLowerCase().replace(/-/g, ' ').trim();
  if (/^\d{1,4}$/.test(lower)) return Number(lower);
  // German writes ones and tens as one word ("fünfundzwanzig"): read as "fünf und zwanzig".
  const spaced = words === GERMAN ? lower.replace(/^(\p{L}+?)und(zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/u, '$1 und $2') : lower;
  let keys = spaced.split(/\s+/).filter(Boolean);
  if (keys.length === 0) return undefined;
  // French eighty is four twenties ("quatre vingt", "quatre vingts").
  if (words === FRENCH && keys[0] === 'quatre' && (keys[1] === 'vingt' || keys[1] === 'vingts')) keys = ['huitante', ...keys.slice(2)];
  const single = onesOrTeen(keys, words);
  if (single !== undefined) return single;
  if (keys.length === 1) return words.tens[keys[0] ?? ''];
  if (words.unitsFirst) {
    const [unit, and, ten, ...rest] = keys;
    const ones = words.units[unit ?? ''];
    const tens = words.tens[ten ?? ''];
    return and === words.and && rest.length === 0 && ones !== undefined && ones > 0 && ones < 10 && tens !== undefined ? tens + ones : undefined;
  }
  const [ten, ...after] = keys;
  const tens = words.tens[ten ?? ''];
  if (tens === undefined) return undefined;
  const onesKeys = after[0] === words.and ? after.slice(1) : after;
  const ones = onesOrTeen(onesKeys, words);
  const most = words.tensWithTeens?.includes(tens) ? 19 : 9;
  return ones !== undefined && ones > 0 && ones <= most ? tens + ones : undefined;
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

/** The value Alexa would send for a built-in slot of `type` filled by `words` in `language` ("en", "de", …), or the words as said. */
export function builtInValue(type: string, words: string, language: string): string {
  if (language !== 'en') return type === 'AMAZON.NUMBER' ? (numberIn(language, words)?.toString() ?? words) : words;
  if (type === 'AMAZON.NUMBER') return numberOf(words)?.toString() ?? words;
  if (type === 'AMAZON.DURATION') return durationOf(words) ?? words;
  if (type === 'AMAZON.TIME') return timeOf(words) ?? words;
  return words;
}
