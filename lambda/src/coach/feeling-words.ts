import type { Feeling } from './feeling';
import type { WarningSign } from './safety';

/**
 * How the body is talked about in German, Spanish and French, sorted as feeling.ts sorts English
 * (where it is, what it does, when and why, how bad): the catch-all safety intent hands over free
 * words, and a German "mein Bein ist ganz taub" must be read as surely as "my leg is numb".
 * Written from how people speak (Austrian "Popsch", Mexican "pompas", Québécois "ayoye"), not
 * translated from the English patterns.
 */
interface Vocabulary {
  readonly numb: string;
  readonly tingle: string;
  readonly weak: string;
  readonly saddleRegion: string;
  readonly bladderBowel: string;
  readonly bothLegs: string;
  readonly spreading: string;
  readonly night: string;
  readonly fall: string;
  readonly fever: string;
  readonly severe: string;
  readonly cramp: string;
  readonly pain: string;
}

const vocabularies: Readonly<Record<'de' | 'es' | 'fr', Vocabulary>> = {
  de: {
    numb: String.raw`taub\p{L}*|gefühllos|kein gefühl|spür\p{L}* (?:\p{L}+ )?(?:nicht|nichts)|eingeschlafen|pelzig|abgestorben|wie tot`,
    tingle: String.raw`kribbel\p{L}*|kribbelt|ameisen\p{L}*|prickel\p{L}*|prickelt|nadel\p{L}*|brizzel\p{L}*|elektrisier\p{L}*`,
    weak: String.raw`schwach|schwäche|kraftlos|keine kraft|knickt|gibt nach|sackt weg|nicht (?:mehr )?(?:heben|anheben|bewegen|hochheben)|hält mich nicht|trägt mich nicht|wie gummi|wie pudding|klatscht|schleift|lahm|gelähmt|fußheber\p{L}*`,
    saddleRegion: String.raw`schritt|intimbereich|genital\p{L}*|zwischen den beinen|po|popo|popsch|gesäß|hintern|damm|reithose\p{L}*|klopapier|abwischen|innenseite der oberschenkel|untenrum|unten rum`,
    bladderBowel: String.raw`blase\p{L}*|darm\p{L}*|pinkel\p{L}*|pipi|urin|inkontinen\p{L}*|eingenässt|in die hose|wasserlassen|klo|toilette|häusl|stuhlgang`,
    bothLegs: String.raw`beide(?:n)? beine(?:n)?|beine|beinen|beide(?:n)? füße(?:n)?|beide(?:n)? seiten`,
    spreading: String.raw`strahlt\p{L}*|ausstrahl\p{L}*|schießt|einschieß\p{L}*|ischias\p{L}*|stromschlag|elektrisch\p{L}*|ins bein|in den fuß|bis in\p{L}*|unter(?:halb)? (?:des|vom|dem) knie\p{L}*|zieht (?:runter|nach unten|ins)|wandert`,
    night: String.raw`nachts|in der nacht|weckt mich|wache\p{L}* (?:\p{L}+ )?auf|nicht schlafen|im liegen|in ruhe|nachtschmerz\p{L}*`,
    fall: String.raw`gestürzt|hingefallen|sturz|ausgerutscht|unfall|runtergefallen|gefallen|gestolpert|hingeflogen`,
    fever: String.raw`fieber\p{L}*|schüttelfrost|temperatur|krank|nachtschweiß|grippe|heiß und kalt|schwitz\p{L}*|elend|schlapp`,
    severe: String.raw`unerträglich\p{L}*|höllisch\p{L}*|immer schlimmer|schlimmer|nicht (?:mehr )?aus(?:zu)?halten|halt\p{L}* (?:\p{L}+ )*nicht aus|extrem\p{L}*|zehn von zehn|schlimmste\p{L}*|furchtbar\p{L}*|wahnsinnig\p{L}*|heftig\p{L}*`,
    cramp: String.raw`krampf\p{L}*|krämpf\p{L}*|verkrampf\p{L}*|zieht sich zusammen|verhärt\p{L}*`,
    pain: String.raw`weh|wehtut|schmerz\p{L}*|au|aua|autsch|zwick\p{L}*|stech\p{L}*|sticht|brenn\p{L}*|brennt|zu viel|zu stark|zu weit|unangenehm|knack\p{L}*|gezerrt|zerrung|verletzt|pocht|ziept`,
  },
  es: {
    numb: String.raw`adormec\p{L}*|entumec\p{L}*|dormid[ao]s?|dorm\p{L}*|durmió|no (?:la |lo |las |los |me )?siento|sin sensibilidad|perd\p{L}* (?:la )?sensibilidad|acorchad[ao]s?|insensible`,
    tingle: String.raw`hormigue\p{L}*|cosquill\p{L}*|hormiguitas|pinchazos|agujas|piquetes|electricidad`,
    weak: String.raw`débil\p{L}*|debilidad|sin fuerza|no tengo fuerza|se me dobla|me falla|no me (?:sostiene|aguanta)|no puedo (?:levantar|mover)|arrastr\p{L}*|pie caído|de trapo|flojer\p{L}*`,
    saddleRegion: String.raw`entrepierna|zona íntima|partes íntimas|genital\p{L}*|entre las piernas|periné|nalga\p{L}*|trasero|culo|pompa\p{L}*|pompis|colita|papel|limpiarme|silla de montar`,
    bladderBowel: String.raw`vejiga|intestino\p{L}*|orin\p{L}*|pis|pipí|incontinencia|me hice encima|me he hecho encima|ir al baño|heces|caca`,
    bothLegs: String.raw`(?:las )?dos piernas|ambas piernas|piernas|los dos pies|ambos pies`,
    spreading: String.raw`baja por|bajando por|se va a la pierna|corre por|irradi\p{L}*|hasta el pie|al pie|por debajo de la rodilla|descarga\p{L}*|calambrazo|corrientazo|latigazo|ciátic\p{L}*|se extiende|recorre`,
    night: String.raw`por la noche|de noche|en la noche|me despierta|no me deja dormir|no puedo dormir|en reposo|acostad[ao]|tumbad[ao]|nocturno`,
    fall: String.raw`me caí|caído|caída|resbal\p{L}*|accidente|tropec\p{L}*|golpe\p{L}*|choqu\p{L}*|choque`,
    fever: String.raw`fiebre|calentura|escalofr\p{L}*|temperatura|enferm[ao]|gripe|sudor\p{L}*|destemplad[ao]|me siento (?:muy )?mal`,
    severe: String.raw`insoportable|inaguantable|cada vez (?:peor|más)|va a peor|peor|empeor\p{L}*|horrible|terrible|muy intenso|diez de diez|no (?:lo )?(?:aguanto|soporto)|muchísimo|chingo`,
    cramp: String.raw`calambre\p{L}*|rampa|espasmo\p{L}*|acalambr\p{L}*|agarrot\p{L}*|se me (?:sube|subió) el gemelo`,
    pain: String.raw`duel\p{L}*|dolor\p{L}*|ay|auch|lastim\p{L}*|daño|pincha\p{L}*|quema|arde|molest\p{L}*|pellizc\p{L}*|demasiado|tirón|crujido`,
  },
  fr: {
    numb: String.raw`engourd\p{L}*|insensib\p{L}*|sens (?:plus|rien)|plus de sensation|perte de sensibilité|endormi\p{L}*|s'endort|comme mort\p{L}*|cartonné\p{L}*`,
    tingle: String.raw`fourmi\p{L}*|picot\p{L}*|aiguilles?|grésill\p{L}*`,
    weak: String.raw`faible\p{L}*|faiblesse|sans force|plus de force|se dérobe|me lâche|lâche|ne me (?:porte|tient) plus|(?:peux|arrive) (?:pas|plus) (?:à )?(?:lever|bouger)|pied tomb\p{L}*|traîne|en coton|flageol\p{L}*|paralys\p{L}*`,
    saddleRegion: String.raw`entrejambe|parties intimes|génit\p{L}*|entre les jambes|périnée|fesses?|derrière|popotin|papier|essuie|en selle`,
    bladderBowel: String.raw`vessie|intestin\p{L}*|urin\p{L}*|pipi|incontinence|fuites?|fait dessus|toilettes|selles|caca`,
    bothLegs: String.raw`(?:les )?deux jambes|jambes|deux pieds|des deux côtés`,
    spreading: String.raw`descend\p{L}*|irradi\p{L}*|jusqu'au pied|sous le genou|en dessous du genou|décharge\p{L}*|courant|file dans|sciatique|se propage|part dans la jambe|dans la jambe`,
    night: String.raw`la nuit|réveill\p{L}*|empêche de dormir|dors plus|peux pas dormir|au repos|allongé\p{L}*|couché\p{L}*|immobile|nocturne`,
    fall: String.raw`tomb\p{L}*|chute|glissé|accident|trébuch\p{L}*|choc|cogné\p{L}*`,
    fever: String.raw`fièvre|fiévreu\p{L}*|température|frisson\p{L}*|malade|grippe|sueur\p{L}*|patraque|mal fichu|me sens mal`,
    severe: String.raw`insupportable|intenable|de pire en pire|pire|aggrav\p{L}*|atroce|horrible|terrible|dix sur dix|supporte plus|épouvantable|de plus en plus fort|en maudit|mal de chien`,
    cramp: String.raw`crampe\p{L}*|contracture|spasme\p{L}*|se contracte|tétanis\p{L}*|se bloque`,
    pain: String.raw`mal|douleur\p{L}*|douloureu\p{L}*|aïe|ouille|ouch|ayoye|pique|pince|brûle|blessé\p{L}*|trop|tire|lance|élance`,
  },
};

/** A whole-word pattern: JavaScript's \b does not see "ü" or "é" as letters, so word edges are checked as letters. */
const re = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}'])(?:${alternatives})(?![\\p{L}])`, 'u');

type Classifier = (said: string) => Feeling;

function classifierOf(v: Vocabulary): Classifier {
  const [numb, tingle, weak, saddle, bladder, both] = [v.numb, v.tingle, v.weak, v.saddleRegion, v.bladderBowel, v.bothLegs].map(re) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
  const signs: ReadonlyArray<readonly [(s: string) => boolean, WarningSign]> = [
    [(s) => (numb.test(s) || tingle.test(s)) && saddle.test(s), 'saddle'],
    [(s) => bladder.test(s), 'bladderBowel'],
    [(s) => both.test(s) && (weak.test(s) || numb.test(s) || tingle.test(s)), 'bothLegs'],
    [(s) => weak.test(s), 'weakness'],
    [(s) => numb.test(s), 'numbness'],
    [(s) => tingle.test(s), 'tingling'],
    [(s) => re(v.spreading).test(s), 'radiating'],
    [(s) => re(v.night).test(s), 'night'],
    [(s) => re(v.fall).test(s), 'fall'],
    [(s) => re(v.fever).test(s), 'fever'],
    [(s) => re(v.severe).test(s), 'severe'],
  ];
  const cramp = re(v.cramp);
  const pain = re(v.pain);
  return (said) => {
    for (const [test, sign] of signs) if (test(said)) return { kind: 'warning', sign };
    if (cramp.test(said)) return { kind: 'cramp' };
    if (pain.test(said)) return { kind: 'pain' };
    return { kind: 'none' };
  };
}

const built = new Map<string, Classifier>();

/** The classifier for a language other than English, built on first use; undefined for English. */
export function feelingClassifierFor(language: string): Classifier | undefined {
  const vocabulary = (vocabularies as Record<string, Vocabulary | undefined>)[language];
  if (!vocabulary) return undefined;
  let classifier = built.get(language);
  if (!classifier) {
    classifier = classifierOf(vocabulary);
    built.set(language, classifier);
  }
  return classifier;
}
