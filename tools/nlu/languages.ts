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
  /** Words said twice in a row ("done done") are read once in the spoken variants' form (English). */
  readonly repeatsOnce?: boolean;
  /** English: words a sample does not read as said are read again with contractions made or undone ("i am done" as "i'm done"). */
  readonly contractions?: boolean;
  /** Spanish: words meet whatever accents a recogniser wrote or dropped ("cuantos segundos faltan", "me dolio"). */
  readonly foldAccents?: boolean;
}

const words = (...phrases: string[]): string[][] => phrases.map((p) => p.split(' '));
const form = (verbs: string[], connectors: string[], connectorOptional: boolean): OneShotForm[] =>
  words(...verbs).map((verb) => ({ verb, connectors: words(...connectors), connectorOptional }));

/**
 * Spanish openers come in runs ("bueno pues", "oye y", "pues ya", "y bueno"): each pair is dropped as one, so the
 * words after them are read whole rather than stopping at an opener the catch-all feeling samples start with.
 */
// Only words that are never part of what follows: not "ya" ("ya mero"), "este" ("este estiramiento") or "mejor" ("mejor no");
// "ahora" only second ("y ahora qué toca").
const SPANISH_OPENERS = ['pues', 'bueno', 'y', 'oye', 'mira', 'o sea', 'entonces', 'a ver', 'vale', 'órale', 'ok', 'perdón', 'perdona'];
const SPANISH_OPENER_RUNS = SPANISH_OPENERS.flatMap((a) => [...SPANISH_OPENERS, 'ahora'].filter((b) => b !== a).map((b) => `${a} ${b}`));

/**
 * The coach addressed by name inside a session, in the one-shot verbs of the language: "sag hip coach, mein fuß wird taub",
 * "dile al coach que me duele", "dis au coach que j'ai mal". Alexa routes a session's words to the skill whatever name
 * they give it, so the address (verb, name and connector) is dropped like an opener; the brand said in English, the
 * invocation name and "the coach". Longest first, so the connector goes with its verb and name.
 */
const addressed = (verbs: string[], names: string[], connectors: string[]): string[] =>
  verbs.flatMap((v) => names.flatMap((n) => [...connectors.map((c) => `${v} ${n} ${c}`), `${v} ${n}`]))
    .sort((a, b) => b.split(' ').length - a.split(' ').length);
const GERMAN_ADDRESS = addressed(['sag', 'sage', 'sag mal', 'sag dem', 'sage dem', 'sag mal dem', 'frag', 'frage', 'frag mal', 'frag den', 'frage den', 'frag mal den'],
  ['hip coach', 'hüft coach', 'hüftcoach', 'coach'], ['dass', 'ob', 'nach', 'wegen']);
const SPANISH_ADDRESS = addressed(['dile a', 'dile al', 'pregúntale a', 'pregúntale al', 'pídele a', 'pídele al', 'pregunta a', 'pregunta al', 'pide a', 'pide al',
  'dígale a', 'dígale al', 'pregúntele a', 'pregúntele al'], ['hip coach', 'entrenador de cadera', 'coach', 'entrenador'], ['que', 'si', 'por']);
const FRENCH_ADDRESS = addressed(['dis à', 'dis au', 'demande à', 'demande au', 'dites à', 'dites au', 'demandez à', 'demandez au'],
  ['hip coach', 'coach des hanches', 'coach'], ['que', "qu'", 'de', "d'", 'si']);
/** The brand said in English after what is asked ("cierra hip coach", "comment marche hip coach"): the skill named, nothing more. */
const BRAND_AFTER = ['hip coach'];

export const GRAMMARS: Readonly<Record<string, InvocationGrammar>> = {
  de: {
    launchVerbs: words('öffne', 'öffnen', 'starte', 'start', 'beginne', 'lade', 'spiele', 'spiel', 'aktiviere', 'öffne den', 'starte den', 'öffne mal', 'starte mal', 'öffne bitte'),
    oneShotForms: [
      ...form(['frag', 'frage', 'sag', 'sage', 'bitte'], ['dass', 'ob', 'nach', 'zu', 'und'], true),
      // "öffne hüft coach und …"; said without "und" too ("starte hüft coach mein fuß ist taub"): the request follows the name.
      ...form(['öffne', 'starte', 'öffnen', 'benutze', 'nutze', 'verwende'], ['und', 'und dann', 'um', 'für'], true),
      // The Sie forms of the same verbs ("fragen Sie hüft coach, …", "öffnen Sie hüft coach und …").
      ...form(['fragen sie', 'sagen sie', 'bitten sie'], ['dass', 'ob', 'nach', 'zu', 'und'], true),
      ...form(['öffnen sie', 'starten sie'], ['und', 'und dann'], true),
      // With the article and the particles German puts there: "frag den hüft coach, wie lange noch", "sag dem hüft coach, dass …",
      // "frag mal hüft coach", "öffne den hüft coach und …", "starte mal hüft coach und …".
      ...form(['frag den', 'frage den', 'frag mal', 'frag mal den', 'frag doch mal', 'sag dem', 'sage dem', 'sag mal', 'sag mal dem', 'bitte den'],
        ['dass', 'ob', 'nach', 'zu', 'und', 'wegen'], true),
      ...form(['öffne den', 'starte den', 'öffne mal', 'starte mal', 'öffne bitte', 'starte bitte'], ['und', 'und dann', 'dann'], true),
    ],
    trailingForms: words('mit', 'bei', 'von', 'über', 'auf'),
    exitPhrases: ['beenden', 'verlassen', 'skill beenden', 'beende den skill'],
    // Hesitations and openers; a request to the coach ("kannst du", "können Sie", du or Sie), which
    // leaves the verb last ("kannst du die übung überspringen" is read as "die übung überspringen");
    // and the Austrian and southern openers ("heast", "gell"). Never a negation: it would turn a meaning round.
    leadingFillers: [...GERMAN_ADDRESS, 'alexa', 'bitte', 'kannst du bitte', 'können sie bitte', 'kannst du mal', 'kannst du', 'könntest du', 'können sie', 'könnten sie',
      'würdest du', 'würden sie', 'ähm', 'äh', 'öhm', 'öh', 'hm', 'hmm', 'also', 'und', 'okay', 'ok', 'na', 'naja', 'na ja', 'na gut', 'so', 'ja', 'jo',
      'nee', 'nein', 'ach', 'oh', 'gut', 'heast', 'hey', 'du', 'sag mal', 'sagen sie mal', 'moment', 'dann', 'jetzt', 'aber', 'ähm also', 'äh also',
      // Politeness, a question announced, the coach addressed, and Bavarian, Austrian and Swiss openers ("geh", "hopp", "grüezi").
      'sei so gut und', 'sei so lieb und', 'wärst du so lieb und', 'könntest du bitte', 'würdest du bitte', 'magst du', 'magst du bitte', 'bitte einmal',
      'kurze frage', 'eine frage', 'frage', 'ich hab eine frage', 'ich hätte eine frage', 'ich wollte fragen', 'ich wollte wissen', 'sag mir', 'sag mir mal',
      'verrat mir', 'weißt du', 'coach', 'hey coach', 'du coach', 'hallo', 'hallo coach', 'sorry', 'entschuldigung', 'entschuldige', 'ja also', 'gut dann',
      'okay dann', 'also dann', 'na dann', 'so dann', 'geh', 'hopp', 'grüezi', 'servus', 'hoi', 'moin', 'oida', 'heast oida', 'schau', 'schau mal', 'sag amal', 'sag amoi',
      // A question said as a statement of wanting to know ("ich würd gern wissen, wie lang ich das halte"): what follows is the question, verb last.
      'ich würde gern wissen', 'ich würd gern wissen', 'ich würde gerne wissen', 'ich würd gerne wissen', 'ich möchte wissen', 'ich möcht wissen', 'ich will wissen',
      'ich wüsste gern', 'ich wüsst gern', 'ich wüsste gerne', 'ich frag mich', 'ich frage mich', 'mich würde interessieren', 'mich interessiert',
      // "Nö" as "nee"; a remark announced as said in passing ("übrigens, ich hab eine neue hüfte").
      'nö', 'übrigens', 'nebenbei', 'nebenbei gesagt', 'ach übrigens', 'im übrigen'],
    // The particles German puts at the end of what it asks ("wie lange halten wir das denn", "jetzt ist links dran, gell").
    trailingFillers: [...BRAND_AFTER, 'bitte schön', 'danke schön', 'nicht wahr', 'oder so', 'für heute', 'für jetzt', 'noch mal', 'bitte', 'danke', 'jetzt', 'alexa', 'mal', 'halt', 'denn', 'doch',
      'eigentlich', 'gell', 'gelle', 'gä', 'oder', 'ne', 'nä', 'wenn es geht', 'wenns geht', 'wenn möglich', 'bitte sehr', 'vielen dank', 'danke dir', 'mal eben', 'kurz', 'einmal', 'für mich', 'oder nicht', 'grad', 'gerade', 'eben', 'dann', 'nochmal', 'schon', 'so', 'also', 'okay', 'ok', 'heute', 'heut', 'bitteschön', 'davon',
      // The coach addressed after the question ("wie lange soll ich das halten, sagen sie mal"), and what is said after a condition in passing
      // ("…, nur damit sie's wissen", "…, ist das ein problem"), which leave what came before as it was.
      'sagen sie mal', 'sag mal', 'sag', 'sagen sie', 'sag schon', 'weißt du', 'wissen sie', 'übrigens', 'nebenbei', 'nur zur info', 'nur so zur info', 'zur info',
      'nur damit sie es wissen', 'nur damit sies wissen', 'nur damit du es weißt', 'nur damit dus weißt', 'damit sie es wissen', 'damit du es weißt', 'nur damit sie bescheid wissen',
      'nur damit du bescheid weißt', 'ist das ein problem', 'ist das schlimm', 'ist das okay', 'ist das in ordnung', 'ehrlich gesagt', 'ehrlich gsagt'],
    builtInPhrasings: {},
    // Bavarian, Austrian and Swiss forms of words the model has in standard German ("i brauch a pause", "wart a moi", "ich mag nimmer",
    // "nomal bitte", "welcher haxn"), tried only when the words as said fit nothing but the catch-all.
    spokenVariants: {
      i: 'ich', isch: 'ist', is: 'ist', nimmer: 'nicht mehr', nimma: 'nicht mehr', nomal: 'nochmal', nomol: 'nochmal', amoi: 'mal', 'a moi': 'mal', moi: 'mal',
      'a mal': 'mal', wart: 'warte', a: 'eine', mi: 'mich', di: 'dich', des: 'das', lang: 'lange', 'für was': 'wofür', 'für wos': 'wofür', wos: 'was',
      'welcher haxn': 'welches bein', haxn: 'bein', hax: 'bein', gehma: 'gehen wir', soweit: 'so weit', wieviel: 'wie viel', wieviele: 'wie viele', komm: 'komme', schaff: 'schaffe', brauch: 'brauche', möcht: 'möchte', net: 'nicht', ned: 'nicht', hob: 'habe', hab: 'habe', nix: 'nichts', ois: 'alles', heit: 'heute', samma: 'sind wir', hamma: 'haben wir', hopp: 'los',
      // The clitic "'s" a recogniser writes as a word of its own ("geht s", "gibt s", "mach s leichter"), in full.
      s: 'es',
      // Southern vowels and dropped endings ("jetz", "oda", "wia", "scho", "heut", "würd", "no" for "noch"), "z" for "zu" ("z leicht"),
      // "san mia" for "sind wir", "ma" for "mir" and, after a verb, for "wir" ("lass ma aus", "mach ma weiter"), "a bissl" for "ein bisschen",
      // "an" for "einen" after "hab" ("i hab an bandscheibenvorfall"), and the participles that drop their "e" ("gsagt", "gmacht", "ghabt").
      guat: 'gut', 'is des': 'ist das',
      jetz: 'jetzt', oda: 'oder', wia: 'wie', scho: 'schon', heut: 'heute', würd: 'würde', no: 'noch', z: 'zu', san: 'sind', mia: 'wir', 'san mia': 'sind wir',
      'lass ma': 'lassen wir', 'mach ma': 'machen wir', 'machen ma': 'machen wir', 'gehn ma': 'gehen wir', 'fang ma': 'fangen wir', ma: 'mir',
      bissl: 'bisschen', bisserl: 'bisschen', bissel: 'bisschen', 'a bissl': 'ein bisschen', 'a bisserl': 'ein bisschen', 'a bissel': 'ein bisschen',
      'hab an': 'habe einen', 'hob an': 'habe einen', 'hatt an': 'hatte einen', 'hatte an': 'hatte einen',
      gsagt: 'gesagt', gmacht: 'gemacht', ghabt: 'gehabt', gschafft: 'geschafft', gdehnt: 'gedehnt', gmerkt: 'gemerkt', gspeichert: 'gespeichert',
      guad: 'gut', vorankomm: 'vorankomme', 'sekund n': 'sekunde', sekundn: 'sekunde', 'minut n': 'minute', minutn: 'minute',
    },
  },
  es: {
    launchVerbs: words('abre', 'abrir', 'inicia', 'iniciar', 'empieza', 'lanza', 'pon', 'juega', 'activa'),
    oneShotForms: [
      ...form(['pide a', 'pídele a', 'dile a', 'pregunta a', 'pregúntale a', 'pide al', 'pregunta al', 'dile al', 'pídele al', 'pregúntale al',
        // usted: "pregúntele a entrenador de cadera …", "dígale a …".
        'pregúntele a', 'pídale a', 'dígale a'], ['que', 'si', 'por', 'y'], true),
      // "abre entrenador de cadera y …"; said without "y" too ("abre entrenador de cadera no siento bien la pierna").
      ...form(['abre', 'inicia', 'abrir', 'empieza', 'lanza', 'pon', 'activa', 'abra', 'inicie'], ['y', 'y luego', 'para'], true),
      ...form(['usa', 'utiliza', 'use', 'utilice'], ['para', 'y'], true),
    ],
    trailingForms: words('con', 'en', 'de', 'desde', 'usando'),
    exitPhrases: ['salir', 'sal', 'salir de la skill', 'cierra', 'cerrar'],
    // Openers that carry no meaning of their own, longest first: discourse markers ("o sea", "este", Mexican
    // "órale"), apologies, "tell me" before a question ("me puedes decir cuántos quedan"), and "de repente" before a sign.
    leadingFillers: [...SPANISH_ADDRESS, 'alexa', ...SPANISH_OPENER_RUNS, 'por favor', 'me puedes decir', 'me puede decir', 'me podrías decir', 'puedes decirme', 'me dices', 'me dice', 'dime',
      'dígame', 'me explicas', 'me explica', 'explícame', 'una pregunta', 'oye una pregunta', 'puedes', 'podrías', 'puede', 'podría', 'eh', 'ah', 'oh', 'mmm',
      'em', 'ehm', 'pues', 'bueno', 'y', 'oye', 'oiga', 'a ver', 'o sea', 'este', 'mira', 'mire', 'ey', 'hey', 'entonces', 'ahora', 'ahorita', 'vale',
      'venga', 'órale', 'ándale', 'dale', 'ok', 'okey', 'perdón', 'perdona', 'perdone', 'disculpa', 'disculpe', 'mejor', 'sabes', 'es que', 'la verdad',
      'de repente', 'de pronto', 'de golpe', 'listo', 'lista', 'señora', 'señorita', 'señor', 'tío', 'tía', 'güey', 'wey', 'ya',
      // Asides that only announce what follows: "por cierto, tengo osteoporosis", "fíjate que …", "te cuento que …".
      'por cierto', 'una cosa', 'fíjate que', 'te cuento que', 'le cuento que', 'te comento que', 'le comento que', 'te aviso que', 'le aviso que'],
    // Closers: politeness ("porfa"), tags ("verdad", "eh"), address ("tío", "güey") and place words that add nothing ("así", "aquí").
    trailingFillers: [...BRAND_AFTER, 'por favor', 'porfa', 'porfis', 'por fa', 'gracias', 'ahora', 'ahorita', 'alexa', 'ya', 'pues', 'tío', 'tía', 'güey', 'wey', 'oye',
      'eh', 'vale', 'entonces', 'exactamente', 'ok', 'verdad', 'así', 'aquí', 'ahí', 'todavía', 'amigo', 'amiga', 'hombre', 'mija', 'mijo', 'compa', 'bien',
      'nada', 'primero', 'señora', 'señorita', 'señor', 'esto', 'o qué', 'fíjate',
      // "Tell me" and "for your information" said after the question or the news: "cuánto hay que sostenerlo, dígame", "tuve una hernia, para que lo sepa".
      'dígame', 'dime', 'oiga', 'mire', 'mira', 'para que lo sepas', 'para que lo sepa', 'para que sepas', 'para que sepa', 'por si acaso', 'por si las dudas'],
    builtInPhrasings: {},
    foldAccents: true,
    // Clipped words of casual speech ("pa qué es esto", "pos no sé"), tried only when the words as said fit nothing but the catch-all.
    spokenVariants: { pa: 'para', pos: 'pues', toy: 'estoy', tons: 'entonces' },
  },
  fr: {
    launchVerbs: words('ouvre', 'ouvrir', 'lance', 'lancer', 'démarre', 'démarrer', 'commence', 'joue', 'active'),
    oneShotForms: [
      // vous: "demandez à coach des hanches si …", "dites à … que …".
      ...form(['demande à', 'dis à', 'demande au', 'dis au', 'demandez à', 'dites à', 'demandez au', 'dites au'], ['de', "d'", 'si', 'que', "qu'", 'et'], true),
      // "ouvre coach des hanches et …"; said without "et" too ("lance coach des hanches j'ai mal au dos").
      ...form(['ouvre', 'lance', 'démarre', 'ouvrez', 'lancez', 'démarrez'], ['et', 'et puis', 'pour'], true),
      ...form(['utilise', 'utilisez'], ['pour', 'et'], true),
    ],
    trailingForms: words('avec', 'sur', 'de', 'dans', 'via'),
    exitPhrases: ['quitter', 'quitte', 'quitter la skill', 'ferme', 'fermer'],
    // Longer first: each is dropped whole ("bon ben", "est-ce que je peux") before a shorter one could leave half of it. The
    // requests ("tu peux", "on peut", "je voudrais") leave the infinitive or noun the samples are written in; "est-ce que"
    // leaves the statement ("est-ce que je progresse"); the rest carry no meaning (France's "bon", "ben", "genre", "du coup",
    // Québec's "coudonc", "pis", "faque", "tsé"). Never "non" or "oui": they answer the question.
    leadingFillers: [...FRENCH_ADDRESS, 'alexa', "s'il te plaît", "s'il vous plaît",
      'est-ce que tu peux', 'est-ce que vous pouvez', 'est-ce que tu pourrais', 'est-ce que vous pourriez', "est-ce qu'on peut", "est-ce qu'on pourrait",
      'est-ce que je peux', 'est-ce que', 'tu peux-tu', 'tu peux', 'vous pouvez', 'peux-tu', 'pouvez-vous', 'tu pourrais', 'vous pourriez',
      'pourrais-tu', 'pourriez-vous', 'on peut-tu', 'on peut', 'on pourrait', 'je peux-tu', 'je peux', 'je voudrais', "j'aimerais", 'je veux',
      'bon ben là', 'bon ben', 'bon bah', 'bon bien', 'bon alors', 'ben là', 'bah là', 'ok alors', 'alors euh', 'euh', 'heu', 'hum', 'hmm', 'bon', 'ben',
      'bah', 'alors', 'donc', 'et', 'mais', 'ok', 'okay', 'dis-moi', 'dites-moi', 'dis', 'dites', 'écoute', 'écoutez', 'genre', 'bref', 'hé', 'eh',
      'oh', 'ah', 'tiens', 'voyons', 'coudonc', 'pis', 'faque', 'fait que', 'tsé', 'là', 'sinon', 'plutôt', 'allez-y', 'allez', 'en fait', 'du coup',
      'franchement', 'attends', 'attendez', 'vas-y', 'je préfère', 'je vais', 'on va', 'go'],
    // "là", "encore", "déjà", "ou pas", "comme ça", "en premier", the stretch pointed at again ("… celui-là") close a question or a
    // request without changing it ("c'est quelle jambe là", "c'est le dernier ou pas", "ça sert à quoi, cet exercice"). Not a time
    // alone where it turns a sample round: "fini pour aujourd'hui" is a stop sample of its own, "fini" the next stretch.
    // The stretch pointed at comes before "là": "celui-là" is two words, and "là" alone would leave "celui".
    trailingFillers: [...BRAND_AFTER, "s'il te plaît", "s'il vous plaît", 'cet exercice-là', 'cet étirement-là', 'celui-là', 'celle-là', 'celui-ci', 'celle-ci',
      'cet exercice', 'cet étirement', 'ce stretch', 'merci beaucoup', 'merci', 'maintenant', 'alexa', 'là', 'déjà', 'exactement', 'au juste',
      'hein', 'donc', 'alors', 'ok', 'encore', 'tout de suite', 'ou pas', 'ou non', 'ou quoi', 'comme ça', 'dans cette position', 'dans la position', 'dans la pose', 'en position', 'dans la posture',
      'en premier', "d'abord", 'cette fois-ci', 'cette fois', "pour aujourd'hui", 'pour ce soir', 'pour à soir', 'pour ce matin', 'pour le moment',
      "pour l'instant"],
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
