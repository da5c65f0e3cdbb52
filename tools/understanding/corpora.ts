/**
 * Which corpus measures which locale: en-US the English corpus, its development half being the
 * dev phrasings and the fresh ones (corpus/fresh.ts, fresh2.ts, fresh3.ts, fresh4.ts, fresh5.ts, fresh6.ts, fresh6s.ts, fresh7.ts, fresh7s.ts, fresh8.ts, fresh8s.ts, fresh9.ts and fresh9s.ts, written blind to the model) together; the
 * other English locales the regional one (its dev half with en-regional/fresh.ts, fresh2.ts, fresh3.ts, fresh4.ts, fresh5.ts, fresh6.ts and fresh7.ts); German, Spanish and French their own (each dev half a
 * small set of safety phrasings plus <lang>/fresh.ts, fresh2.ts, fresh3.ts, fresh4.ts and fresh5.ts, and fresh6.ts and fresh7.ts, written blind to the models). Held-out halves are only ever run.
 */
import type { Phrasing } from '../../lambda/test/understanding/corpus/phrasing';
import { devPhrasings } from '../../lambda/test/understanding/corpus/dev';
import { freshPhrasings } from '../../lambda/test/understanding/corpus/fresh';
import { fresh2Phrasings } from '../../lambda/test/understanding/corpus/fresh2';
import { fresh3Phrasings } from '../../lambda/test/understanding/corpus/fresh3';
import { fresh4Phrasings } from '../../lambda/test/understanding/corpus/fresh4';
import { fresh5Phrasings } from '../../lambda/test/understanding/corpus/fresh5';
import { fresh6Phrasings } from '../../lambda/test/understanding/corpus/fresh6';
import { fresh6sPhrasings } from '../../lambda/test/understanding/corpus/fresh6s';
import { fresh7Phrasings } from '../../lambda/test/understanding/corpus/fresh7';
import { fresh7sPhrasings } from '../../lambda/test/understanding/corpus/fresh7s';
import { fresh8Phrasings } from '../../lambda/test/understanding/corpus/fresh8';
import { fresh8sPhrasings } from '../../lambda/test/understanding/corpus/fresh8s';
import { fresh9Phrasings } from '../../lambda/test/understanding/corpus/fresh9';
import { fresh9sPhrasings } from '../../lambda/test/understanding/corpus/fresh9s';
import { heldOutPhrasings as deHeldOut } from '../../lambda/test/understanding/corpus/de/held-out';
import { devPhrasings as deDev } from '../../lambda/test/understanding/corpus/de/dev';
import { freshPhrasings as deFresh } from '../../lambda/test/understanding/corpus/de/fresh';
import { fresh2Phrasings as deFresh2 } from '../../lambda/test/understanding/corpus/de/fresh2';
import { fresh3Phrasings as deFresh3 } from '../../lambda/test/understanding/corpus/de/fresh3';
import { fresh4Phrasings as deFresh4 } from '../../lambda/test/understanding/corpus/de/fresh4';
import { fresh5Phrasings as deFresh5 } from '../../lambda/test/understanding/corpus/de/fresh5';
import { fresh6Phrasings as deFresh6 } from '../../lambda/test/understanding/corpus/de/fresh6';
import { fresh7Phrasings as deFresh7 } from '../../lambda/test/understanding/corpus/de/fresh7';
import { tuningPhrasings as deTuning } from '../../lambda/test/understanding/corpus/de/tuning';
import { devPhrasings as regionalDev } from '../../lambda/test/understanding/corpus/en-regional/dev';
import { freshPhrasings as regionalFresh } from '../../lambda/test/understanding/corpus/en-regional/fresh';
import { fresh2Phrasings as regionalFresh2 } from '../../lambda/test/understanding/corpus/en-regional/fresh2';
import { fresh3Phrasings as regionalFresh3 } from '../../lambda/test/understanding/corpus/en-regional/fresh3';
import { fresh4Phrasings as regionalFresh4 } from '../../lambda/test/understanding/corpus/en-regional/fresh4';
import { fresh5Phrasings as regionalFresh5 } from '../../lambda/test/understanding/corpus/en-regional/fresh5';
import { fresh6Phrasings as regionalFresh6 } from '../../lambda/test/understanding/corpus/en-regional/fresh6';
import { fresh7Phrasings as regionalFresh7 } from '../../lambda/test/understanding/corpus/en-regional/fresh7';
import { heldOutPhrasings as regionalHeldOut } from '../../lambda/test/understanding/corpus/en-regional/held-out';
import { tuningPhrasings as regionalTuning } from '../../lambda/test/understanding/corpus/en-regional/tuning';
import { heldOutPhrasings as esHeldOut } from '../../lambda/test/understanding/corpus/es/held-out';
import { devPhrasings as esDev } from '../../lambda/test/understanding/corpus/es/dev';
import { freshPhrasings as esFresh } from '../../lambda/test/understanding/corpus/es/fresh';
import { fresh2Phrasings as esFresh2 } from '../../lambda/test/understanding/corpus/es/fresh2';
import { fresh3Phrasings as esFresh3 } from '../../lambda/test/understanding/corpus/es/fresh3';
import { fresh4Phrasings as esFresh4 } from '../../lambda/test/understanding/corpus/es/fresh4';
import { fresh5Phrasings as esFresh5 } from '../../lambda/test/understanding/corpus/es/fresh5';
import { fresh6Phrasings as esFresh6 } from '../../lambda/test/understanding/corpus/es/fresh6';
import { fresh7Phrasings as esFresh7 } from '../../lambda/test/understanding/corpus/es/fresh7';
import { tuningPhrasings as esTuning } from '../../lambda/test/understanding/corpus/es/tuning';
import { heldOutPhrasings as frHeldOut } from '../../lambda/test/understanding/corpus/fr/held-out';
import { devPhrasings as frDev } from '../../lambda/test/understanding/corpus/fr/dev';
import { freshPhrasings as frFresh } from '../../lambda/test/understanding/corpus/fr/fresh';
import { fresh2Phrasings as frFresh2 } from '../../lambda/test/understanding/corpus/fr/fresh2';
import { fresh3Phrasings as frFresh3 } from '../../lambda/test/understanding/corpus/fr/fresh3';
import { fresh4Phrasings as frFresh4 } from '../../lambda/test/understanding/corpus/fr/fresh4';
import { fresh5Phrasings as frFresh5 } from '../../lambda/test/understanding/corpus/fr/fresh5';
import { fresh6Phrasings as frFresh6 } from '../../lambda/test/understanding/corpus/fr/fresh6';
import { fresh7Phrasings as frFresh7 } from '../../lambda/test/understanding/corpus/fr/fresh7';
import { tuningPhrasings as frTuning } from '../../lambda/test/understanding/corpus/fr/tuning';
import { LOCALES } from '../../lambda/src/speech/locales';
import { halves, type Half } from './measure';

type Corpus = Readonly<Record<Half, readonly Phrasing[]>>;

const byLanguage: Readonly<Record<string, Corpus>> = {
  de: { tuning: deTuning, dev: [...deDev, ...deFresh, ...deFresh2, ...deFresh3, ...deFresh4, ...deFresh5, ...deFresh6, ...deFresh7], 'held-out': deHeldOut },
  es: { tuning: esTuning, dev: [...esDev, ...esFresh, ...esFresh2, ...esFresh3, ...esFresh4, ...esFresh5, ...esFresh6, ...esFresh7], 'held-out': esHeldOut },
  fr: { tuning: frTuning, dev: [...frDev, ...frFresh, ...frFresh2, ...frFresh3, ...frFresh4, ...frFresh5, ...frFresh6, ...frFresh7], 'held-out': frHeldOut },
};

/** The corpus for a locale; throws with the list of locales for one Hip Coach does not speak. */
export function corpusFor(locale: string): Corpus {
  if (!(LOCALES as readonly string[]).includes(locale)) throw new Error(`no model for locale "${locale}"; the locales are ${LOCALES.join(', ')}`);
  if (locale === 'en-US') return { ...halves, dev: [...devPhrasings, ...freshPhrasings, ...fresh2Phrasings, ...fresh3Phrasings, ...fresh4Phrasings, ...fresh5Phrasings, ...fresh6Phrasings, ...fresh6sPhrasings, ...fresh7Phrasings, ...fresh7sPhrasings, ...fresh8Phrasings, ...fresh8sPhrasings, ...fresh9Phrasings, ...fresh9sPhrasings] };
  if (locale.startsWith('en-')) return { tuning: regionalTuning, dev: [...regionalDev, ...regionalFresh, ...regionalFresh2, ...regionalFresh3, ...regionalFresh4, ...regionalFresh5, ...regionalFresh6, ...regionalFresh7], 'held-out': regionalHeldOut };
  const corpus = byLanguage[locale.slice(0, 2)];
  if (!corpus) throw new Error(`no corpus for ${locale}`);
  return corpus;
}

/** The statistical stand-in (NLP.js) is trained for English only; other languages are measured with the exact resolver. */
export const statisticalSpeaks = (locale: string): boolean => locale.startsWith('en-');
