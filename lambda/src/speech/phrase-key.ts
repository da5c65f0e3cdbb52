import type { Resources } from './resources/en';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly string[] ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every key of the English resources, plus plural bases (`progress.sessions` for `_one`/`_other`). */
export type PhraseKey = Leaves<Resources> | StripPlural<Leaves<Resources>>;

export type PhraseParams = Readonly<Record<string, string | number>>;

/** Words for the engine: one phrasing of a key, picked with the injected randomness. */
export interface Voice {
  /** The request's locale: caches of spoken lengths are kept per locale. */
  readonly locale: string;
  say(key: PhraseKey, params?: PhraseParams): string;
  /** Every phrasing of a list key (e.g. a stretch's setup cues), in order. */
  list(key: PhraseKey, params?: PhraseParams): readonly string[];
}
