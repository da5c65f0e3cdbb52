import type { Resources } from './en';

/**
 * The shape every language's words take: the English keys, each a string (or a list of phrasings),
 * free to be any words. Plural keys (`_one`/`_other`) may add the other categories a language's
 * plural rules have (`_many` in French and Spanish); the parity test checks they are all there.
 */
export type Words<T = Resources> = {
  -readonly [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : Words<T[K]>;
} & PluralExtras<T>;

type PluralExtras<T> = {
  [K in keyof T & string as K extends `${infer Base}_other` ? `${Base}_one` | `${Base}_many` | `${Base}_two` | `${Base}_few` | `${Base}_zero` : never]?: string;
};

/** A locale's few words that differ from its language's (en-GB's "physio", the emergency number). */
export type Overrides = DeepPartial<Words>;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string | readonly string[] ? T[K] : DeepPartial<T[K]> };
