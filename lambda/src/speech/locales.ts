/**
 * The locales Hip Coach speaks, and the language each one's words come from. A locale's own file
 * holds only what differs from its language (en-GB says "physio" and 999); everything else is the
 * language's. Nothing falls back to English except a locale Hip Coach does not know at all.
 */
export const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'es-MX', 'es-US', 'fr-FR', 'fr-CA'] as const;
export type Locale = (typeof LOCALES)[number];

export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The language a locale's words come from: de-AT is German; a language Hip Coach lacks is English. */
export function languageOf(locale: string): Language {
  const language = locale.split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}
