/**
 * How people invoke a skill and fill their speech, per language: the launch verbs ("öffne",
 * "abre", "ouvre"), the one-shot forms ("frag hüft coach, …", "pídele a entrenador de cadera que
 * …", "demande à coach des hanches de …"), the words that leave a skill, and the fillers around an
 * utterance. English is the resolver's own (index.ts, builtins.ts); these are the others.
 */
export interface OneShotForm {
  readonly verb: readonly string[];
  readonly connectors: readonly (readonly string[])[];
  readonly connectorOptional: boolean;
}

export interface InvocationGrammar {
  readonly launchVerbs: readonly (readonly string[])[];
  readonly oneShotForms: readonly OneShotForm[];
  readonly trailingForms: readonly (readonly string[])[];
  readonly exitPhrases: readonly string[];
  readonly leadingFillers: readonly string[];
  readonly trailingFillers: readonly string[];
  /** Built-in intents' common phrasings, for built-ins a model lists no sample of. */
  readonly builtInPhrasings: Readonly<Record<string, readonly string[]>>;
  /** How a region says a word the model has in its standard form ("me" for "my"), tried only when the words as said fit nothing. */
  readonly spokenVariants?: Readonly<Record<string, string>>;
}

const words = (...phrases: string[]): string[][] => phrases.map((p) => p.split(' '));
const form = (verbs: string[], connectors: string[], connectorOptional: boolean): OneShotForm[] =>
  words(...verbs).map((verb) => ({ verb, connectors: words(...connectors), connectorOptional }));

export const GRAMMARS: Readonly<Record<string, InvocationGrammar>> = {
  de: {
    launchVerbs: words('öffne', 'öffnen', 'starte', 'start', 'beginne', 'lade', 'spiele', 'spiel', 'aktiviere'),
    oneShotForms: [
      ...form(['frag', 'frage', 'sag', 'sage', 'bitte'], ['dass', 'ob', 'nach', 'zu', 'und'], true),
      ...form(['öffne', 'starte', 'öffnen'], ['und'], false),
    ],
    trailingForms: words('mit', 'bei', 'von', 'über', 'auf'),
    exitPhrases: ['beenden', 'verlassen', 'skill beenden', 'beende den skill'],
    leadingFillers: ['alexa', 'bitte', 'kannst du', 'könntest du', 'ähm', 'äh', 'also', 'und', 'okay', 'ok', 'na'],
    trailingFillers: ['bitte', 'danke', 'jetzt', 'alexa', 'mal'],
    builtInPhrasings: {},
  },
  es: {
    launchVerbs: words('abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'lanza', 'pon', 'juega', 'activa'),
    oneShotForms: [
      ...form(['pide a', 'pídele a', 'dile a', 'pregunta a', 'pregúntale a', 'pide al', 'pregunta al', 'dile al'], ['que', 'si', 'por', 'cuántos', 'y'], true),
      ...form(['abre', 'inicia', 'abrir'], ['y'], false),
    ],
    trailingForms: words('con', 'en', 'de', 'desde', 'usando'),
    exitPhrases: ['salir', 'sal', 'salir de la skill', 'cierra', 'cerrar'],
    leadingFillers: ['alexa', 'por favor', 'puedes', 'podrías', 'eh', 'pues', 'bueno', 'y', 'oye', 'a ver'],
    trailingFillers: ['por favor', 'gracias', 'ahora', 'alexa', 'ya'],
    builtInPhrasings: {},
  },
  fr: {
    launchVerbs: words('ouvre', 'ouvrir', 'lance', 'lancer', 'démarre', 'démarrer', 'commence', 'joue', 'active'),
    oneShotForms: [
      ...form(['demande à', 'dis à', 'demande au', 'dis au'], ['de', "d'", 'si', 'que', 'et'], true),
      ...form(['ouvre', 'lance', 'démarre'], ['et'], false),
    ],
    trailingForms: words('avec', 'sur', 'de', 'dans', 'via'),
    exitPhrases: ['quitter', 'quitte', 'quitter la skill', 'ferme', 'fermer'],
    leadingFillers: ['alexa', "s'il te plaît", "s'il vous plaît", 'tu peux', 'peux-tu', 'euh', 'alors', 'et', 'bon', 'dis'],
    trailingFillers: ["s'il te plaît", "s'il vous plaît", 'merci', 'maintenant', 'alexa'],
    builtInPhrasings: {},
  },
};

/** The grammar of a locale's language; undefined for English (the resolver's own). */
export function grammarOf(locale: string | undefined): InvocationGrammar | undefined {
  return locale ? GRAMMARS[locale.split('-')[0] ?? ''] : undefined;
}

/** The locales a console can talk in: those with an interaction model. */
export const LOCALES_WITH_MODELS = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'es-ES', 'es-MX', 'es-US', 'fr-FR', 'fr-CA'] as const;

/** Tired, not hurt, said beside what is asked ("I'm knackered, let's do the evening one"; "not today, I'm done in"). */
const asides = ["i'm knackered", "i'm done in", "i'm shattered", "i'm wrecked", "i'm exhausted", "i'm tired", "i'm up"];
/** Why a pause is asked for, said after the ask ("hang on, the kettle's boiled"; "pause a sec, I need the loo"). */
const reasons = ["the kettle's boiled", "the kettle's boiling", "the kettle's on", "i need the loo", "i need the toilet", "i need the bathroom",
  "the door's going", "someone's at the door", "the phone's going", "the phone's ringing", "the baby's crying"];

/**
 * Words English speakers outside the US wrap around an utterance that carry no meaning for the
 * match: British "righto … cheers", Irish "… so I would", Australian "sweet as …", Canadian
 * "… eh", Indian "kindly …", "… only", "… itself", "… yaar", "… na". One list for en-GB, en-AU,
 * en-IN and en-CA: people carry their English with them, so an Indian "yaar" is heard in Toronto
 * and a Scottish "och" in Sydney. Read like en-US's fillers: only at either end, only when no
 * sample fits the words whole. None of them is a word a sign or a pain is told by, and none opening
 * an utterance is a yes or a no ("nah", "aye"): dropped first, it would leave "nah mate" as "mate".
 */
export const REGIONAL_ENGLISH_FILLERS: { readonly leading: readonly string[]; readonly trailing: readonly string[] } = {
  leading: [
    ...asides, 'please do the needful and', 'do the needful and', 'go on then', 'right then', 'righto then', 'ok then', 'okay then', 'aye well',
    'i reckon', 'reckon we', 'sweet as', 'oh go on', 'go on', 'righto', 'right oh', 'cheers', 'och', 'ach', 'ah', 'eh', 'oi', 'mate',
    'look', 'listen', 'sorry', 'kindly', 'please kindly', 'just', 'yaar', 'arrey', 'arre', 'acha', 'achha',
  ],
  trailing: [
    'so i would', 'so i will', 'so it is', 'please yaar', 'please ta', 'cheers mate', 'thanks mate', 'if you can', 'if you could',
    "if you don't mind", 'would ya', 'will ya', 'eh', 'yaar', 'only', 'itself', 'kindly', 'cheers', 'ta', 'mate', 'love', 'na', 'ji',
    'like', 'pal', 'bro', 'buddy', 'man', 'so', 'would be grand', 'would be great', 'would be lovely', ...asides, ...reasons,
  ],
};

/**
 * Words said one way in these regions and written another in the model, read in the model's form
 * only when the words as said fit nothing but a catch-all: British, Irish and Australian "me" for
 * "my" ("me hip", "me desk", "what are me options") and "us" for "me" ("give us a minute"),
 * Scottish "cannae", "dinnae", "didnae" for "can't", "don't", "didn't", Irish and British "have
 * you a …", "have I any …" for "do you have a …", "do I have any …", and spoken run-togethers.
 * Function words, and the region's words for the toilet ("the loo", "the washroom", "the dunny") so
 * a bladder sign is read in the words the model and the handler know; never a word whose sense
 * the region changes ("wee" stays as said: small in Scotland, urine elsewhere).
 */
export const REGIONAL_ENGLISH_VARIANTS: Readonly<Record<string, string>> = {
  me: 'my', us: 'me', ye: 'you', ya: 'you', yous: 'you', youse: 'you', cannae: "can't", canna: "can't", cannot: "can't", dinnae: "don't",
  naw: 'no', nae: 'no', didnae: "didn't", wasnae: "wasn't", isnae: "isn't", wouldnae: "wouldn't", gimme: 'give me', lemme: 'let me', wanna: 'want to',
  gonna: 'going to', gotta: 'got to', 'have you a': 'do you have a', 'have you an': 'do you have an', 'have you any': 'do you have any',
  'have i any': 'do i have any', 'have we any': 'do we have any', 'have i a': 'do i have a', loo: 'toilet', washroom: 'toilet', dunny: 'toilet',
  lav: 'toilet', lavvy: 'toilet',
};

/** Whether a locale is an English one beyond en-US, whose speakers wrap their words in REGIONAL_ENGLISH_FILLERS. */
export const speaksRegionalEnglish = (locale: string | undefined): boolean => locale !== undefined && locale.startsWith('en-') && locale !== 'en-US';
