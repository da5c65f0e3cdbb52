/**
 * Everyday French by structure, for fr-FR and fr-CA: each navigation intent, question and start as
 * the cores a French speaker puts it in (the tu and vous imperative, the infinitive after a request,
 * "on" for "nous", the question put as a statement with the question word first or last, "est-ce
 * que" and the inverted form, the noun said again at the end: "ça sert à quoi, cet exercice"),
 * crossed with the nouns that point at a stretch and the tails people add ("là", "encore",
 * "maintenant"). Québec's own forms sit beside France's ("il en reste-tu", "on achève", "à soir",
 * "la job", "correct", "pantoute"), and so do words the recogniser mishears ("et tirement" for
 * "étirement", "burot" for "bureau").
 *
 * The request wrappers ("tu peux", "on peut", "je voudrais", "est-ce que") and fillers ("euh",
 * "bon ben", "genre") are not crossed in: the French grammar (tools/nlu/languages.ts) drops them
 * before the cores are matched, as Alexa does. Written from how people speak, never from the
 * held-out corpus; fr.ts adds these to its own samples.
 */
import { cat, cross } from './locale-model';

type Samples = Readonly<Record<string, readonly string[]>>;

/** "j'ai pas compris" and "je n'ai pas compris": the "ne" is mostly dropped in speech, kept in careful speech. */
const notHave = (...participles: string[]): string[] => participles.flatMap((p) => [`j'ai pas ${p}`, `je n'ai pas ${p}`]);

/** The stretch pointed at: "celui-ci", "cet exercice", and the recogniser's "et tirement". */
const THIS = ['ça', 'celui-ci', 'celui-là', 'cet étirement', 'cet exercice', 'cette posture', 'cette position', 'ce stretch', 'cet et tirement'];
/** The stretch after this one, and the same after "à" ("on passe au suivant"). */
const NEXT_ONE = ['le suivant', 'la suivante', 'le prochain', 'la prochaine', "l'étirement suivant", "l'exercice suivant", 'le prochain étirement',
  "l'autre", 'la suite', "celui d'après", "celle d'après", "l'étirement d'après", "l'exercice d'après", 'prochain', 'prochaine'];
const TO_NEXT = ['au suivant', 'à la suivante', 'au prochain', 'à la prochaine', "à l'étirement suivant", "à l'exercice suivant",
  'au prochain étirement', 'au prochain exercice', "à l'autre", 'à la suite', "à l'étape suivante"];

/** How long to hold: the question word, said first or last. */
const HOW_LONG = ['combien de temps', 'combien de secondes', 'pendant combien de temps', 'encore combien de temps', 'encore longtemps', 'longtemps'];
/** Who holds what, said around the question word ("je tiens ça combien de temps", "combien de temps je dois garder la position"). */
const HOLDING = cat(
  cross(['je tiens', 'on tient', 'je reste', 'on reste', 'je garde', 'on garde', 'je dois tenir', 'je dois rester', 'il faut tenir', 'faut tenir',
    'il faut rester', 'faut rester', 'je dois garder', 'il faut garder', 'tu veux que je tienne', 'vous voulez que je tienne', 'faut que je tienne',
    'il faut que je tienne', 'faut que je reste'], ['', 'ça', 'comme ça', 'la position']),
  ['je le tiens', 'je la tiens', 'on le tient', 'on la tient', 'je le garde', 'on le garde', 'je la garde', 'il faut le tenir', 'faut le tenir',
    'je dois le tenir', 'je dois le garder', 'il faut le garder', 'ça dure', 'ça se tient', 'je reste là'],
);
/** The inverted and "est-ce que" forms after the question word ("combien de temps faut-il tenir un étirement"). */
const HOLDING_ASKED = ['faut-il tenir', 'dois-je tenir', 'doit-on tenir', 'faut-il rester', 'dois-je rester', "est-ce qu'il faut tenir",
  'est-ce que je tiens', "est-ce qu'on tient", 'est-ce que je dois tenir', 'est-ce que je reste', 'tenir', 'rester'];
const DURATIONS = ['dix secondes', 'quinze secondes', 'vingt secondes', 'trente secondes', 'quarante-cinq secondes', 'soixante secondes', 'une minute'];

const holdDuration = cat(
  cross(HOLDING, HOW_LONG),
  cross(["c'est quoi", 'quelle est', "c'est combien"], ['la durée', 'la durée de la tenue', 'le temps de tenue', 'la durée de cet étirement']),
  cross(['combien de temps', 'combien de secondes'], ['dure la tenue', 'dure cet étirement', 'dure chaque tenue', 'par tenue', 'chaque tenue']),
  cross(HOW_LONG.slice(0, 2), HOLDING),
  // "Until when", "how much" and the pose named, with the commonest holds: "jusqu'à quand je tiens", "il faut tenir combien", "combien de temps je garde la pose".
  cross(["jusqu'à quand"], ['je tiens', 'on tient', 'je reste', 'on reste', 'je garde ça', 'je dois tenir', 'il faut tenir']),
  cross(['je tiens', 'on tient', 'je reste', 'je garde ça', 'je dois tenir', 'il faut tenir', 'faut tenir', 'je dois rester'], ["jusqu'à quand", 'combien', 'combien de temps encore']),
  cross(['combien de temps', 'combien de secondes'], ['je garde', 'on garde', 'je tiens', 'je dois garder', 'il faut garder'], ['la pose', 'la posture', 'cette position', 'cette pose']),
  cross(["c'est long", "c'est-tu long", 'ça dure longtemps'], ['la tenue', 'cette tenue', 'cet étirement', 'celui-ci']),
  cross(['ça fait combien de temps que', 'depuis combien de temps'], ['je tiens', 'on tient', 'je suis comme ça', 'on est comme ça', 'je suis dans la position']),
  cross(HOW_LONG.slice(0, 3), HOLDING_ASKED, ['', 'un étirement', 'cet étirement', 'ça']),
  // The stretch named again after the question, or first: "je le tiens encore longtemps, cet étirement"; "le prochain, on le tient combien de temps".
  cross(['je le tiens', 'on le tient', 'je tiens', 'on tient'], ['encore longtemps', 'combien de temps'], ['ça', 'cet et tirement']),
  cross(['le prochain', 'le suivant', 'celui-ci', 'cet étirement', 'la position', 'la tenue'], ['on le tient', 'je le tiens', 'on la tient', 'ça dure'],
    ['combien de temps', 'encore longtemps']),
  cross(["c'est", "c'était", 'ça dure', 'la tenue dure'], ['combien de temps', 'combien de secondes', 'combien'], ['', 'la tenue', 'chaque côté',
    'de chaque côté', 'par côté']),
  // A guess put as a question: "c'est trente secondes ou une minute".
  cross(["c'est", ''], DURATIONS, ['', 'ou une minute']),
  cross(['il reste', 'il me reste'], ['combien de secondes', 'combien de temps à tenir', 'combien de temps sur celui-ci', 'combien de temps pour cet étirement',
    'combien de temps de ce côté', 'combien de temps dans la position']),
  cross(['quand', 'quand est-ce que', 'à quel moment'], ['je relâche', 'je peux relâcher', 'on relâche', 'je lâche', 'je peux lâcher', 'je sors de la position',
    'je peux sortir', 'on change de côté']),
  ["jusqu'à quand", "c'est long à tenir", "c'est-tu long à tenir", 'ça se tient longtemps', "jusqu'à quand je reste", "jusqu'à quand on tient",
    'je relâche quand', 'je lâche quand', 'on relâche quand', 'je sors quand', 'je peux relâcher', 'je peux lâcher', 'combien de temps',
    // "how much longer" is the hold's; "il reste combien de temps" is the session's (HowManyLeftIntent).
    'encore combien de temps', 'combien de temps encore', 'encore combien de secondes', 'encore longtemps'],
);

/** Which side or leg. */
const WHICH = ['quel côté', 'quelle jambe', 'quelle hanche', 'quel pied'];
const whichSide = cat(
  cross(["c'est", "c'était", "c'est-tu", 'on est de', 'je suis de', 'on est sur', 'je suis sur', "j'étais sur", 'on était sur', "j'étais de",
    'je fais', 'on fait', 'je commence avec', 'je commence par', 'on commence avec', 'on commence par', 'je travaille', 'on étire', "j'étire",
    'tu parles de', 'vous parlez de', 'tu veux dire', "c'est sur", 'je dois commencer par', 'je prends', 'je mets devant', 'je le fais avec',
    'on commence de', 'je commence de', 'on part de', 'je pars de',
    'on le fait sur', 'je dois mettre'], WHICH),
  cross(['de', 'sur', 'avec', 'par'], WHICH, ['', 'je suis', 'on est', 'je fais', 'on fait', 'je commence', 'on commence', "c'est"]),
  cross(WHICH, ['', 'maintenant', 'je fais', 'on fait', 'je fais maintenant', 'on fait maintenant', 'en premier', "c'est"]),
  cross(['', "c'est", 'je fais', 'on fait', 'je commence par', 'on commence par', 'on est à', "c'est-tu"], ['la droite ou la gauche', 'la gauche ou la droite', 'droite ou gauche',
    'gauche ou droite', 'à droite ou à gauche', 'à gauche ou à droite', 'le côté droit ou le côté gauche', 'le droit ou le gauche',
    'le côté gauche ou le droit', 'le côté droit ou le gauche', 'le gauche ou le droit',
    'la jambe droite ou la gauche', 'la jambe gauche ou la droite']),
  cross(["c'est", "c'est-tu", 'je suis sur', 'je suis du', 'je fais', 'on fait', "j'ai", 'je prends', "c'est bien", 'je suis bien sur'],
    ['la bonne jambe', 'le bon côté', 'le bon pied', 'la bonne'], ['', 'ça']),
  cross(['je change', 'on change', 'faut changer', 'il faut changer', 'je dois changer', "j'inverse", 'on inverse', 'on change-tu', 'est-ce que je change',
    "est-ce qu'on change", 'je peux changer', "c'est le moment de changer"], ['de côté', 'de jambe', "de l'autre côté", 'de bord']),
  cross(["c'est le tour de", "c'est au tour de", "c'est à"], WHICH),
  cross(['on est rendu à', 'on est rendus à', 'on est à', 'je suis à', "c'est", 'on passe à', 'je passe à', 'on change pour'], ["l'autre côté",
    "l'autre jambe", "l'autre bord"]),
  cross(['', "c'est"], WHICH, ['en avant', 'devant', 'derrière', 'au sol', 'je plie', 'je dois plier', 'je lève', 'je dois lever', 'je tends', 'je dois tendre', 'qui va devant',
    'je mets devant', 'je croise', 'qui est devant', "j'étire", 'qui travaille', 'je bouge']),
  cross(["c'est", 'on est', 'je suis', 'on fait', 'je fais', 'on passe', 'maintenant', "c'est-tu"], ['à droite', 'à gauche', 'la droite', 'la gauche',
    'le côté droit', 'le côté gauche', 'la jambe droite', 'la jambe gauche']),
  cross(['on fait', 'je fais', 'on change', 'je change', 'on passe à', 'je passe à'], ["l'autre côté", "l'autre jambe", 'de côté', 'le côté gauche',
    'le côté droit'], ['quand', 'après', 'ensuite']),
  cross(['quand', 'quand est-ce que', 'à quel moment'], ['on fait', 'je fais', 'on change', 'je change', 'on passe à', 'je passe à'], ["l'autre côté",
    "l'autre jambe", 'de côté', 'de jambe']),
  cross(["j'ai changé", 'on a changé', "j'ai-tu changé"], ['de côté', 'de jambe']),
  ["c'est l'autre côté maintenant", "c'est à l'autre jambe", "c'est au tour de l'autre jambe", "c'est l'autre jambe", 'quel bord', "c'est quel bord",
    'de quel bord', 'on est de quel bord', "on passe à l'autre côté", "on passe à l'autre jambe"],
);

/** What the stretch is for, asked of the stretch pointed at or not. */
const WHAT_FOR = ['à quoi sert', 'à quoi ça sert', 'ça sert à quoi', 'ça étire quoi', 'ça travaille quoi', 'ça travaille quel muscle', 'ça étire quel muscle',
  'ça travaille quels muscles', 'quel muscle ça étire', 'quel muscle ça travaille', 'quels muscles ça travaille', "qu'est-ce que ça étire",
  "qu'est-ce que ça travaille", "qu'est-ce que ça fait", "qu'est-ce qu'on étire", "qu'est-ce qu'on travaille", "qu'est-ce que j'étire", 'on étire quoi',
  "j'étire quoi", 'on travaille quoi', "c'est quoi", "c'est quoi comme étirement", "c'était quoi comme étirement", "c'est quoi comme exercice",
  "c'était quoi", "c'est quel étirement", "c'est bon pour quoi", "c'est pour quoi", "c'est pour quel muscle", 'ça fait quoi', 'ça aide à quoi', 'ça vise quoi',
  "comment s'appelle", "ça s'appelle comment", "il s'appelle comment", "c'est quoi le nom de", 'pourquoi on fait', 'pourquoi je fais', 'à quoi il sert',
  'il sert à quoi', 'ça étire où', 'je dois sentir ça où', 'je devrais le sentir où', "c'est pour étirer quoi", "c'est pour travailler quoi",
  'ça fait travailler quoi', 'ça fait travailler quel muscle', "qu'est-ce que ça m'apporte", "ça m'apporte quoi", 'ça me sert à quoi',
  'à quoi ça me sert', 'je suis censé le sentir où', 'je suis censée le sentir où', 'je dois le sentir où', 'on doit le sentir où', 'ça se sent où',
  "où je dois sentir l'étirement", "où est-ce que je dois le sentir", 'je dois sentir quoi', 'je devrais sentir quoi', "qu'est-ce que je dois sentir",
  'ça étire quelle partie', 'ça travaille quelle partie', 'quelle partie ça étire', 'quelle partie du corps', "comment il s'appelle",
  "comment ça s'appelle", "comment on appelle ça", "c'est quoi son nom", "qu'est-ce que ça fait comme effet", 'ça fait quoi comme effet', "c'est quoi l'effet",
  "c'est censé étirer quoi", "c'est censé faire quoi", "ça m'aide à quoi"];
/** The same asked for: "explique-moi à quoi sert cet exercice"; "vous pouvez" before it is the grammar's filler. */
const WHAT_FOR_ASKED = ['à quoi sert', 'à quoi ça sert', 'ce que ça étire', "ce qu'on étire", 'ce que ça travaille', "ce qu'on travaille",
  'quel muscle ça étire', 'pourquoi on fait', 'le but de', "comment s'appelle"];
const whatDoesThisStretch = cat(
  // "celui-là", "cet exercice" said after it are the grammar's closing fillers; "cet et tirement" (misheard) is not.
  cross(WHAT_FOR, ['', 'ça', 'cet et tirement']),
  cross(['explique-moi', 'expliquez-moi', "m'expliquer", 'dis-moi', 'dites-moi', 'me dire'], WHAT_FOR_ASKED, ['', 'ça', 'cet étirement', 'cet exercice']),
  cross(["c'est quoi", "c'était quoi", 'quel est', "c'est lequel"], ["l'étirement", "l'exercice", "l'étirement de maintenant", 'le nom']),
  // Which of two it works: "ça étire le dos ou les hanches".
  cross(['ça étire', 'ça travaille', "c'est pour", "c'est bon pour", 'on étire', "j'étire", 'on travaille'], ['le dos ou les hanches',
    'les hanches ou le dos', 'les hanches ou les cuisses', 'les cuisses ou les hanches', 'le dos ou les jambes', 'les fesses ou le dos']),
  cross(["c'est quoi", 'quel est', 'quelle est', 'dis-moi', 'dites-moi'], ['le but', "l'objectif", "l'intérêt", "l'utilité", 'le nom'],
    ['', 'de cet étirement', 'de cet exercice', 'de ça', 'de celui-ci', 'de cette posture']),
  cross(THIS, ['ça sert à quoi', 'ça étire quoi', 'ça travaille quoi', "c'est pour quoi", "c'est bon pour quoi", 'ça fait quoi', 'il sert à quoi',
    'il est bon pour quoi', 'il étire quoi', 'il travaille quoi', "c'est quoi"]),
);

/** How many stretches are left, how long the session still runs. */
/** How many are left: said with what is counted after it ("il en reste combien à faire", "… après celui-ci"). */
const LEFT_COUNT = ['il en reste combien', 'combien il en reste', 'il y en a encore combien', 'y en a encore combien', 'il en reste encore combien',
  'il en reste tu combien', 'il en reste beaucoup', 'il en reste encore beaucoup', 'y en a encore beaucoup', 'il y en a encore beaucoup',
  'y en a-tu encore beaucoup', 'il en reste tu beaucoup', "est-ce qu'il en reste beaucoup", "est-ce qu'il en reste", "est-ce qu'il y en a encore",
  'il en reste encore', 'y en a encore', 'il y en a encore', 'encore combien', 'il en reste', 'y en a combien', 'il y en a combien', 'y en a-tu encore',
  'il en reste-tu', 'il reste combien', 'combien il reste', 'il reste beaucoup', "qu'est-ce qui reste", "qu'est-ce qu'il reste",
  'il reste encore des étirements', 'il reste des étirements', 'il reste combien de temps', 'combien de temps il reste', 'il reste beaucoup de temps',
  'il en reste plusieurs', 'il en reste encore plusieurs', 'il en reste juste un', 'il en reste un', 'il nous en reste combien', "il m'en reste combien",
  'il nous en reste beaucoup', "il m'en reste beaucoup", 'encore beaucoup', 'encore plusieurs'];
/** How near the end: said on its own. */
const LEFT_END = ["c'est le dernier", "c'est la dernière", "c'est-tu le dernier", "c'est le dernier étirement", "c'est le dernier exercice",
  "est-ce que c'est le dernier", "c'est bientôt fini", "c'est bientôt la fin", "c'est-tu bientôt fini", 'on a bientôt fini', 'on a presque fini',
  'on a-tu bientôt fini', 'on achève', 'on achève-tu', 'ça achève', 'ça achève-tu', 'on arrive à la fin', 'on est presque à la fin', 'on est rendu où',
  'on en est où', 'on est à quel étirement', 'on en est à combien', "j'en suis à combien", 'on est rendu à combien', "c'est encore long",
  "c'est-tu encore long", 'ça finit quand', 'on finit quand', "quand est-ce qu'on finit", "quand est-ce que ça finit", "c'est long encore",
  'on en a encore pour longtemps', 'on en a pour combien de temps', 'on en a encore pour combien de temps', "j'en ai encore pour longtemps",
  'on arrive au bout', 'on est bientôt au bout', 'on voit le bout', "c'est quand la fin", "est-ce qu'on a bientôt fini", "est-ce qu'on achève",
  "est-ce qu'on arrive à la fin", 'on est à combien', 'on est rendus à combien', "c'est fini bientôt", 'on a fini bientôt', "c'est bientôt terminé",
  "c'est presque fini", "c'est presque terminé", 'on a presque terminé', 'on termine bientôt', 'ça se termine bientôt'];
const howManyLeft = cat(
  cross(LEFT_COUNT, ['', 'encore', 'à faire', 'dans la séance', 'à la séance', 'la séance', 'après', 'après celui-ci', 'après celui-là', 'après ça']),
  LEFT_END,
  // The session said again at the end: "c'est encore long, la séance".
  cross(["c'est encore long", "c'est-tu encore long", "c'est long encore", "c'est bientôt fini", 'ça achève', 'ça achève-tu', 'ça finit quand',
    'on a bientôt fini', 'il en reste combien', 'il en reste beaucoup'], ['la séance', 'la routine', 'les étirements']),
  cross(['combien', 'encore combien', 'il reste combien', 'il me reste combien', 'il y a encore combien', 'on a encore combien'],
    ["d'étirements", "d'exercices", 'de positions', 'de mouvements'], ['', 'encore', 'il reste', 'il me reste', 'à faire', 'après celui-ci', 'en tout']),
  cross(['on est à', 'on en est à', "j'en suis à", 'on est rendu à', 'on est rendus à', 'je suis rendu à'], ["combien d'étirements", "combien d'exercices",
    'quel étirement', 'quel exercice', 'quel numéro', 'combien']),
  cross(['on a encore', "j'ai encore", 'il y a encore', 'y a encore', 'il reste encore'], ["beaucoup d'étirements", "beaucoup d'exercices",
    'plusieurs étirements']),
  ['combien encore', 'encore combien'],
  cross(['la séance', 'la routine'], ['dure encore combien de temps', 'dure encore longtemps', 'finit quand', 'est bientôt finie', 'est encore longue',
    "c'est encore long", 'achève']),
);

/** A gentler version: what is asked for, and the ways it is asked ("tu peux", "je voudrais", "est-ce que" before them are the grammar's fillers). */
const GENTLER = cat(
  cross(['une version', 'une variante'], ['plus facile', 'plus douce', 'plus simple', 'plus légère', 'moins dure', 'moins difficile']),
  cross(['une façon'], ['plus facile', 'plus douce', 'plus simple']),
  cross(['quelque chose de'], ['plus facile', 'plus doux', 'plus simple', 'plus léger']),
  ['un exercice plus facile'],
  ['une variante', 'une alternative', 'une autre version', 'plus facile', 'plus simple', 'plus doux', 'moins dur', 'plus léger', 'la version facile',
    'la version douce', 'une version débutant', 'moins difficile', 'moins intense'],
);
/** The ways it is asked for ("tu peux", "je voudrais", "on peut", "est-ce que" before them are the grammar's fillers). */
const ASK_FOR = ['', 'il y a', 'y a', 'y a-t-il', "est-ce qu'il y a", 'y a-tu', 'y a pas', "il n'y a pas", 'tu as', "t'as", 'vous avez', 'vous auriez', 'me donner', 'donne-moi',

  'donnez-moi', 'avoir', 'faire', 'il existe', "est-ce qu'il existe", 'propose-moi', 'me proposer'];
const TOO_HARD = cat(
  cross(["c'est trop", 'trop', "c'est un peu trop"], ['dur', 'difficile', 'exigeant', 'compliqué'], ['', 'pour moi']),
  cross(["j'y arrive pas", "je n'y arrive pas", "j'arrive pas", 'je suis pas assez souple', "je ne suis pas assez souple", 'je suis trop raide',
    'je suis pas capable', 'chu pas capable', 'je suis pas assez flexible', 'chu pu capable', 'je suis pu capable', 'je suis plus capable',
    'je ne suis plus capable', "j'suis pas capable", "j'suis pu capable", "j'y arrive plus", "je n'y arrive plus", "j'arrive plus"], ['', 'pour ça', 'pour celui-là']),
  cross(['je suis pas capable', 'je ne suis pas capable', 'chu pas capable'], ['de faire ça', 'de le faire', 'de faire celui-là', 'de descendre autant']),
  cross(["j'arrive pas à", "je n'arrive pas à", 'je peux pas'], ['descendre autant', 'descendre si bas', 'aller aussi loin', 'me pencher autant',
    'faire cette position', 'le faire comme ça']),
);
const easier = cat(
  cross(ASK_FOR, GENTLER),
  // Fewer ways in, each with the commonest asks: "y a moyen de faire plus facile", "une option plus simple", "la version débutant".
  cross(['y a moyen de faire', 'y a-tu moyen de faire', 'il y a moyen de faire', 'on peut faire'], ['plus facile', 'plus simple', 'plus doux', 'moins dur']),
  cross(['', 'il y a', 'y a', 'donne-moi'], ['une option', 'une manière'], ['plus facile', 'plus simple', 'plus douce']),
  cross(['', 'la', 'une'], ['version débutant', 'version débutante', 'version pour débutants']),
  // Hard, or not supple, said plainly ("c'est dur", "c'est un peu difficile pour moi", "je suis raide"): asking for less, never pain.
  cross(["c'est", "c'est un peu", "c'est vraiment", "c'est assez", "c'est très", "c'est super", 'un peu'], ['dur', 'difficile', 'exigeant', 'compliqué'], ['', 'pour moi']),
  ['je suis débutant', 'je suis débutante', 'je suis raide', 'chu raide', 'je suis pas souple', 'je suis pas flexible', 'je manque de souplesse'],
  cross(ASK_FOR, ['une façon plus facile', 'une façon plus simple', 'une version plus facile'], ['de le faire', 'de faire ça']),
  cross(TOO_HARD, ['', 'y a plus simple', 'y a plus facile', 'y a une version plus facile', 'tu as plus facile']),
  cross(['le suivant', 'le prochain', 'celui-ci', 'cet étirement', 'la suite'], ['en plus doux', 'en plus facile', 'en plus simple', 'plus doux', 'plus facile']),
  cross(['fais', 'faites', 'rends', 'rendez'], ['le', 'la', 'ça', 'le prochain'], ['plus facile', 'plus doux', 'moins dur']),
  cross(["m'en donner un", "donne-m'en un", 'donne-moi un', 'un autre', 'passe-moi un'], ['plus facile', 'plus doux', 'plus simple']),
  // After "tu peux", "on peut" (the grammar's fillers): "le rendre plus facile".
  cross(['le rendre', 'la rendre', 'rendre ça', 'le faire', 'faire ça'], ['plus facile', 'plus doux', 'moins dur', 'plus simple']),
  ['en plus doux', 'en plus facile', 'plus doucement', 'vas-y plus doucement', 'allez-y plus doucement'],
);

/** Skip: the verb in each form, and the stretch it takes. */
const SKIP_VERBS = ['passe', 'passez', 'passer', 'on passe', 'je passe', 'saute', 'sautez', 'sauter', 'on saute', 'je saute', 'zappe', 'zappez', 'zapper',
  'on zappe', 'skippe', 'skip', 'skipper', 'on skippe', 'laisse tomber', 'laissez tomber', 'on laisse tomber', 'passons', 'sautons'];
/** Verbs that skip only with the stretch named: said alone, "laisse faire" and "on oublie" drop the question, not the stretch. */
const SKIP_NAMED = ['laisse faire', 'laissez faire', 'on laisse faire', 'on oublie', 'on évite', 'évite'];
const SKIPPED = ['celui-ci', 'celui-là', 'celle-ci', 'celle-là', 'cet étirement', 'cet exercice', 'le prochain', 'le suivant', 'cette position',
  'cet et tirement', 'ça'];
const SKIP_PRONOUNED = ['saute-le', 'sautez-le', 'saute-la', 'passe-le', 'passez-le', 'zappe-le', 'skippe-le', 'je le saute', 'je la saute', 'on le saute',
  'on la saute', 'je le passe', 'on le passe', 'on le zappe', 'je le zappe', 'on le skippe', 'le sauter', 'le passer', 'le zapper', 'je le fais pas',
  'on le fait pas'];
const skip = cat(
  cross(SKIP_VERBS, ['', ...SKIPPED]),
  cross(SKIP_NAMED, SKIPPED.slice(0, 8)),
  SKIP_PRONOUNED,
  ['je passe mon tour', 'on passe notre tour', 'je passe mon tour pour celui-là'],
  cross(["j'ai pas envie de", "je n'ai pas envie de", 'je veux pas', 'je ne veux pas', "j'ai pas le goût de"], ['le faire', 'la faire', 'faire ça']),
  cross(['on le saute', 'je le saute', 'on le passe', 'je le passe', 'on le zappe', 'on la saute', 'on le fait pas'], ['celui-là', 'celui-ci', 'cet exercice',
    'cet étirement', 'le prochain']),
  cross(["je veux pas faire", "je ne veux pas faire", "j'ai pas envie de faire", 'je fais pas', 'on fait pas', "j'ai pas le goût de faire", 'pas'],
    SKIPPED.slice(0, 8), ['', 'saute-le', 'on passe', 'au suivant']),
  cross(['on peut', 'je peux'], ['passer', 'sauter', 'zapper'], ['', ...SKIPPED.slice(0, 8)]),
);

/** Next: on to the next stretch. */
const next = cat(
  cross(['', 'on passe', 'passe', 'passez', 'passons', 'on va', 'allez', 'go', 'envoye', 'on peut passer', 'on peut aller'], TO_NEXT),
  cross(['on continue avec', 'continue avec', 'on enchaîne avec', "c'est parti pour", 'go pour', 'on fait', 'fais', 'on attaque', 'donne-moi', 'envoye',
    'envoie', 'montre-moi', 'lance', 'faire', 'on y va pour', 'place à'], NEXT_ONE),
  cross(["j'ai fini", "c'est fait", 'fini', 'terminé', "j'ai terminé", 'ça y est'], ['celui-là', 'celui-ci', 'cet étirement', 'cet exercice',
    'de ce côté']),
  cross(["c'est quoi", "qu'est-ce que c'est", "c'est lequel"], NEXT_ONE),
  cross(['je suis prêt', 'je suis prête', 'prêt', 'prête'], ['on continue', 'on y va', 'vas-y', 'suivant', 'on enchaîne']),
  cross(['je suis prêt', 'je suis prête', 'chu prêt', 'chu prête', 'prêt', 'prête', 'on est prêts', 'on est prêt'], ['pour le suivant', 'pour le prochain',
    'pour la suite', 'pour la suivante', 'pour la prochaine', 'à continuer', 'pour continuer']),
  cross(['', 'envoye', "c'est bon", 'parfait', 'voilà', "c'est fait", 'fini', 'terminé', 'ça y est'], ['next', 'envoye', 'go',
    'on y va', 'allons-y', 'vas-y', 'on continue', 'continue', 'continuez', 'on avance', 'on enchaîne', 'la suite', 'suivant', "c'est quoi la suite",
    "qu'est-ce qui suit", 'et après', 'on peut continuer', 'je peux continuer', 'on peut y aller', 'je suis prêt', 'je suis prête', 'chu prêt', 'prêt',
    'prête']),
  ['next', 'next one', "let's go", 'envoye', 'envoie', 'envoye donc', 'go', 'allez hop', 'et ensuite', "c'est quoi le prochain", 'continuer', 'on continue', 'continuons'],
  // The next one named after an ok ("c'est beau, le prochain"), and this one said done ("je l'ai fait", "ça y est").
  cross(["c'est beau", "c'est bon", 'ok', 'parfait', 'correct', 'voilà', 'super', 'bien'], NEXT_ONE),
  NEXT_ONE,
  cross(["je l'ai fait", "je l'ai fini", "je l'ai terminé", 'ça y est', "c'est fait", "j'ai fini celui-là", 'fait', "c'est terminé"], ['', 'on continue', 'suivant',
    'la suite', 'le suivant', 'on passe au suivant']),
);

/** Previous: back to the one before. */
const BEFORE = ['en arrière', 'au précédent', 'à la précédente', "à celui d'avant", "à l'étirement d'avant", "à l'exercice d'avant",
  "à l'étirement précédent", "à l'exercice précédent", "d'un", "d'un cran", "d'un étirement", 'sur le précédent', 'au dernier'];
const previous = cat(
  cross(['recule', 'reculez', 'reculer', 'on recule', 'retourne', 'retournez', 'on retourne', 'reviens', 'revenez', 'revenir', 'on revient', 'retour',
    'revenons', 'retournons'],
    ['', ...BEFORE]),
  cross(['on peut revenir', 'je peux revenir', 'on va', 'va'], BEFORE),
  // The one just done, and a step back said short: "celui qu'on vient de faire", "un en arrière", "back".
  cross(['', 'reviens à', 'retourne à', 'on refait', 'refais', 'on revient à'], ["celui qu'on vient de faire", "celui qu'on a fait avant", "celle qu'on vient de faire",
    "celui qu'on a fait", "l'étirement qu'on vient de faire"]),
  cross(['', 'reviens', 'recule', 'retourne', 'on revient', 'on recule', 'va'], ['un en arrière', "d'un en arrière", 'un cran en arrière']),
  ['back', 'go back', 'le dernier', "l'avant-dernier", 'on revient au dernier'],
  cross(['refais', 'refaites', 'on refait', 'on peut refaire', 'je veux refaire', 'remets', 'on reprend', 'reprends', 'recommence', 'recommencer', 'on recommence'],
    ["celui d'avant", "celle d'avant",
    'le précédent', 'la précédente', "l'étirement d'avant", "l'exercice d'avant", "l'étirement précédent", 'le dernier']),
  ["celui d'avant", "celle d'avant", 'le précédent', 'la précédente', "l'étirement d'avant", "l'exercice d'avant", 'marche arrière'],
);

/** Repeat: say that again. */
const repeat = cat(
  cross(['répète', 'répétez', 'répéter', 'redis', 'redites', 'redire', 'redis-moi', 'redites-moi', 'me redire', 'reformule', 'reformulez', 'répète-moi'],
    ['', 'ça', 'la question', 'ce que tu as dit', 'ce que vous avez dit', 'ce que tu viens de dire', 'ce que vous venez de dire', 'la consigne',
      'les instructions', 'la dernière phrase', 'encore une fois', 'plus lentement']),
  cross(['', 'pardon', 'quoi', 'hein', 'désolé', 'excuse-moi', 'excusez-moi'], ["c'était quoi la question", 'quelle était la question', "c'était quoi",
    'tu as dit quoi', "t'as dit quoi", 'vous avez dit quoi', "qu'est-ce que t'as dit", "qu'est-ce que vous avez dit", "qu'est-ce que tu dis",
    'comment tu dis', 'comment vous dites', 'tu dis quoi', 'vous dites quoi', "j'ai mal entendu", "j'ai rien entendu", "j'ai rien compris",
    'je comprends pas', 'je ne comprends pas', 'tu as demandé quoi', 'vous avez demandé quoi', "c'est quoi la question", 'quelle question', "je t'ai pas entendu",
    'encore une fois', 'repose la question', 'reposez la question', 'reposer la question', 'redemander', 'quoi', 'hein', 'comment', 'le redire',
    'me le redire', 'redis-le-moi', 'redites-le']),
  cross(notHave('compris', 'bien compris', 'entendu', 'bien entendu', 'saisi', 'suivi', 'tout compris', 'tout entendu'), ['', 'tu peux répéter',
    'vous pouvez répéter', 'répète', 'répétez', 'redis-le', 'encore une fois', "qu'est-ce que tu as dit"]),
);

/** Pause: a moment away, often with its reason. */
const WAIT = ['attends', 'attendez', 'minute', 'une minute', 'une seconde', 'deux secondes', 'deux minutes', 'un instant', 'un moment', 'pause',
  'stop une minute', 'arrête une minute', 'arrête deux minutes', 'arrête une seconde', 'arrête deux secondes', 'attends-moi'];
const WHY_AWAY = ['', 'là', 'on sonne', 'on sonne à la porte', 'ça sonne', 'le téléphone sonne', 'le téléphone', 'je reviens', 'je dois répondre',
  'on frappe', 'on frappe à la porte', "il y a quelqu'un à la porte", 'là je reviens'];
const pause = cat(
  cross(WAIT, WHY_AWAY),
  cross(['je dois répondre', 'je dois répondre au téléphone', 'le téléphone sonne', 'on sonne à la porte', 'on frappe à la porte', "j'ai un appel",
    'je dois aller voir', 'je dois aller ouvrir', 'le bébé pleure', 'je dois répondre à la porte', 'je dois ouvrir la porte', "quelqu'un sonne",
    'on sonne', 'on frappe'], ['', 'attends', 'attendez', 'une minute', 'une seconde', 'pause', 'je reviens']),
  cross(['pause', 'stop', 'arrête', 'attends'], ['deux secondes', 'une seconde', 'une minute', 'deux minutes', 'un instant', 'un moment', 'cinq minutes']),
  cross(['laisse-moi', 'laissez-moi', 'donne-moi', 'donnez-moi', 'il me faut', "j'ai besoin de"], ['une minute', 'une seconde', 'deux minutes',
    'deux secondes', 'un instant', 'un moment', 'cinq minutes', 'une pause', 'une petite pause', 'souffler']),
  cross(['mets', 'mettez', 'mettre', 'on met'], ['en pause', 'sur pause', 'la séance en pause', 'la routine en pause', 'le chrono en pause']),
  cross(['on fait', 'je fais', 'faisons', 'je prends', "j'ai besoin d'", 'je voudrais'], ['une pause', 'une petite pause', 'un break']),
  cross(['arrête', 'arrêtez', 'stoppe', 'bloque', 'gèle'], ['le temps', 'le chrono', 'le minuteur', 'le compteur', 'le décompte']),
  cross(['je reviens', 'je reviens tout de suite', 'je vais revenir', 'je reviens vite'], ['dans deux minutes', 'dans une minute', 'dans cinq minutes',
    'dans un instant', 'tantôt', 'dans deux secondes']),
  ['petite pause', 'une petite pause', 'un break', 'je reviens', 'je reviens tout de suite', 'arrête le chrono', 'suspends', 'on suspend'],
);

/** Resume after a pause. Not "continue" said bare: that is NextIntent's, which resumes a paused routine too. */
const RESUME = ['reprends', 'reprenez', 'reprendre', 'on reprend', 'reprenons', 'je reprends', 'relance', 'relancez', 'relancer', 'on relance',
  'on peut reprendre', 'je peux reprendre', 'on va reprendre', 'je veux reprendre', "c'est reparti", 'on repart', 'on y retourne', 'on se remet',
  "on s'y remet", 'enlève la pause', 'enlevez la pause', 'fin de la pause', 'la pause est finie'];
const RESUMED = ['la séance', 'la routine', 'les étirements', "l'exercice", 'où on en était', 'là où on en était', "où j'en étais", "là où j'en étais",
  "là où on s'est arrêté", "où on s'était arrêté", 'là où on était', 'où on était', "là où j'étais"];
const resume = cat(
  RESUME,
  cross(RESUME.slice(0, 14), RESUMED),
  cross(['continue', 'continuez', 'continuer', 'on continue', 'on peut continuer'], RESUMED),
  cross(['me revoilà', 'me voilà', 'je suis revenu', 'je suis revenue', 'je suis de retour', 'je suis là', 'chu là', 'chu revenu', 'rebonjour'],
    ['', ...RESUME.slice(0, 8), "c'est reparti", 'on y retourne', 'on continue', 'continue', 'on peut continuer']),
  // "ok", "bon" before them are the grammar's fillers.
  cross(['ça y est', "c'est bon", 'je suis prêt', 'je suis prête'], RESUME.slice(0, 11)),
);

/** Stop for the day: the stop, and when for. */
const STOPS = ["j'arrête", 'on arrête', "on s'arrête", "je m'arrête", "c'est fini", 'ça suffit', "j'en ai assez", "c'est assez", 'ça va faire', "c'est tout",
  'on termine', 'je termine', 'on finit', 'fin de la séance', 'fin de la routine', 'on a fini', "j'ai terminé", 'je veux arrêter', 'je veux finir',
  'je vais arrêter', 'on va arrêter', 'on peut arrêter', 'je préfère arrêter', 'ça sera tout', 'on va en rester là', 'on en reste là', 'on arrête tout',
  "j'arrête tout", 'on arrête ça', "j'arrête ça", 'on arrête les étirements', "j'arrête la séance"];
const stop = cat(
  // "pour aujourd'hui", "pour à soir" after it are the grammar's fillers.
  cross(['', 'non', 'stop'], STOPS, ['', 'là']),
  // Done for today is a stop, where done alone is the next stretch: the grammar drops a closing "pour aujourd'hui", so it is said here.
  cross(['fini', 'terminé', "c'est fait", 'ça y est', "j'ai fini", "j'ai terminé", "c'est bon", 'assez', "c'est tout", 'on a fini', "c'est fini",
    'fin', 'fini fini', 'je suis prêt', "c'est correct"], ["pour aujourd'hui", 'pour ce soir', 'pour à soir', 'pour ce matin', 'pour le moment',
    "pour l'instant"]),
  // After "on va", "je veux", "je préfère" (the grammar's fillers): the infinitive.
  cross(["s'arrêter", 'arrêter', 'finir', 'terminer', "m'arrêter", 'en rester là', 'arrêter la séance', 'finir la séance', 'arrêter les étirements'],
    ['', 'là', 'ici']),
  cross(['arrête', 'arrêtez', 'arrêter', 'termine', 'terminer', 'finis', 'ferme', 'fermer', 'on arrête', 'on termine', 'stop', 'quitte'], ['la séance',
    'la routine', 'les étirements', 'tout', "l'appli", 'coach des hanches', 'hip coach', 'le coach']),
);

/** Help: lost, or asking what there is. */
const help = cat(
  cross(['je suis', 'chu', 'je suis un peu', 'je suis complètement'], ['perdu', 'perdue', 'mêlé', 'mêlée', 'confus', 'confuse']),
  cross(["c'est quoi", 'quelles sont', 'il y a quoi comme', 'dis-moi', 'donne-moi'], ['les commandes', 'les options', 'mes options', 'les choix',
    'les possibilités']),
  cross(["qu'est-ce que je peux", "qu'est-ce qu'on peut", "qu'est-ce que tu peux", "qu'est-ce que vous pouvez", "qu'est-ce que tu sais",
    "qu'est-ce que je dois", 'je peux', 'tu peux', 'on peut'], ['faire', 'dire', 'demander', 'faire quoi', 'dire quoi'],
  ['', 'avec ça', 'ici']),
  ["comment on s'en sert", "comment je m'en sers", "comment s'en servir", "qu'est-ce que tu peux faire pour moi", 'tu peux faire quoi pour moi',
    "qu'est-ce que tu fais", "qu'est-ce que vous pouvez faire pour moi"],
  cross(['comment je fais pour', 'comment on fait pour', 'comment faire pour'], ['utiliser ça', "t'utiliser", "l'utiliser", 'utiliser coach des hanches',
    'utiliser cette appli', "m'en servir"]),
  cross(["qu'est-ce que je peux", 'je peux'], ['te demander', 'vous demander', 'te dire', 'vous dire']),
  cross(['je comprends pas', 'je ne comprends pas', 'je sais pas', 'je ne sais pas'], ['comment ça marche', 'comment ça fonctionne', "comment t'utiliser",
    'quoi dire', 'quoi demander']),
  cross(['ça marche comment', 'ça fonctionne comment', 'comment ça marche', 'comment ça fonctionne', 'comment on utilise', 'comment marche',
    'comment fonctionne'], ['', 'coach des hanches', 'hip coach', 'le coach', 'cette appli', 'ça', 'ici', 'ce truc', 'ton affaire', 'cette affaire-là']),
  ["m'aider", "m'aider un peu", 'me donner un coup de main', "m'expliquer comment ça marche", "m'expliquer comment ça fonctionne"],
  cross(['aidez-moi', 'aide-moi', "à l'aide", "de l'aide", "besoin d'aide", 'je comprends rien', 'je sais pas quoi faire', 'je sais pas quoi dire',
    'je ne sais pas quoi faire'], ['', 'avec ça', 'ici']),
);

/** Yes, in France and Québec. */
const yes = cat(
  // "ben oui", "ah oui", "mais oui": the grammar drops "ben", "ah", "mais".
  cross(['oui', 'ouais', 'ouin', 'oui oui', 'yes', 'bien sûr'], ['', "c'est correct", 'correct', "c'est bon",
    "d'accord", 'ok', 'vas-y', 'allez-y', 'allez', 'volontiers', "s'il te plaît", "s'il vous plaît", 'je veux bien', 'pourquoi pas', 'merci', 'envoye',
    "c'est beau", 'parfait', 'absolument', 'on y va', 'allons-y', 'tout à fait', "c'est ça", 'on reprend']),
  ["c'est correct", "c'est beau", 'parfait', 'je veux bien', 'pourquoi pas', 'tout à fait', "c'est ça", 'ça me va', 'ça marche', 'bonne idée', 'super',
    'sans problème', 'évidemment'],
);

/** No, and its everyday forms. */
// "ben non", "ah non", "bah non": the grammar drops "ben", "ah", "bah".
const no = ['non', 'non merci', 'pas encore', 'pas tout de suite', 'pas maintenant', 'pas pour le moment',
  'pas vraiment', 'pas du tout', "pas aujourd'hui", 'non pas encore', 'non pas tout de suite', 'non pas maintenant', 'non ça va', 'non ça ira',
  "non c'est correct", "non c'est beau", 'pantoute', 'non pantoute', 'pas pantoute', 'nan', 'non non', 'non plus tard', 'plus tard', 'je pense pas',
  'non je pense pas', 'pas question', 'non je veux pas', 'je veux pas', 'laisse faire', 'non laisse faire', 'non merci ça va', 'pas cette fois',
  'non pas vraiment', 'non pas du tout', "non pas aujourd'hui", 'non pas pour le moment', 'non plus tard', 'je crois pas', 'non je crois pas',
  'pas trop', 'non pas trop', 'je ne veux pas', 'non je ne veux pas', 'non ça va aller', 'non non merci',
  "pas pour l'instant", "non pas pour l'instant", "non c'est bon", "non merci c'est bon", 'je préfère pas', 'non je préfère pas', 'plutôt pas',
  'non plutôt pas', 'nope',
  ...cross(['pas vraiment', 'pas maintenant', 'pas encore', 'pas du tout', "pas aujourd'hui", 'merci', 'ça va', 'pas pour moi'], ['non', 'non merci'])];

/** Progress: how am I doing, my streak, my record. */
const progress = cat(
  cross(['je progresse', "je m'améliore", "j'avance", 'je fais des progrès', 'je suis plus souple', 'ça progresse', "j'ai progressé", 'y a du progrès'],
    ['', 'bien', 'vraiment', "jusqu'ici", 'cette semaine', 'ou pas']),
  cross(["c'est quoi", 'quel est', 'quelle est', 'donne-moi', 'dis-moi', 'montre-moi', 'fais-moi', 'je veux voir', "j'aimerais voir", 'on regarde', ''],
    ['mon bilan', 'le bilan', 'ma progression', 'mes progrès', 'ma série', 'mes stats', 'mes statistiques', 'mes résultats', 'mon historique', 'mon score',
      'mon suivi', 'ma semaine']),
  cross(['comment je me débrouille', 'je me débrouille comment', "comment je m'en sors", "je m'en sors comment", 'comment je progresse',
    'je progresse comment', 'comment ça avance', 'ça avance comment', "comment je m'en tire", "j'en suis où", "où j'en suis", 'où en suis-je',
    "je m'en sors bien", 'je me débrouille bien', 'comment ça se passe pour moi', 'comment ça va pour moi',
    'je suis rendu où', 'je suis rendue où', "c'est comment mes progrès"], ['', "jusqu'ici", 'cette semaine', 'avec les étirements',
    'depuis le début', 'dans mes progrès', 'dans le programme', 'avec le programme', 'dans mon programme']),
  // Counts asked in the word order of speech: "combien j'ai fait de séances", "j'ai fait combien de jours", "je suis à combien de jours".
  cross(["j'ai fait combien", 'je suis à combien', "j'en suis à combien", "j'ai combien"], ['de séances', 'de jours', 'de routines', "de jours d'affilée", 'de fois'],
    ['', 'cette semaine']),
  cross(['combien'], ["j'ai fait", "j'en ai fait"], ['de séances', 'de routines', 'de jours'], ['', 'cette semaine']),
  cross(['ça fait combien de jours que', 'ça fait combien de fois que', 'depuis combien de jours', 'ça fait combien de temps que'], ["je m'étire",
    'je fais mes étirements', 'je fais ma routine', 'je fais les étirements', 'je suis le programme']),
  cross(['comment ça va', 'comment vont', "c'est comment", 'ça va comment', 'ça donne quoi'], ['mes progrès', 'ma progression', 'mes étirements', 'mon programme', 'ma série']),
  cross(['', 'dis-moi', 'donne-moi'], ['ma série', 'mes résultats', 'mes progrès', 'mon bilan'], ['de la semaine', 'du mois', 'de jours']),
  cross(['je me suis étiré', 'je me suis étirée', "j'ai fait mes étirements", "j'ai fait ma routine"], ['combien de fois', 'combien de jours'],
    ['', 'cette semaine']),
  cross(['combien de', "j'ai fait combien de"], ['séances', 'routines', "jours d'affilée", 'jours de suite'], ['', "j'ai faites", "j'ai fait", 'en tout',
    'cette semaine']),
);

/** Starting a routine: the routine as people name it, with or without a verb. */
const ROUTINE_NOUNS = cat(
  cross(['la', 'ma', 'une', ''], ['routine', 'séance', 'pause', 'pause étirement']),
  cross(['le', 'mon', ''], ['programme', 'stretching']),
  cross(['les', 'mes', ''], ['étirements', 'exercices']),
  ['celle', 'la courte', 'la longue', 'la petite'],
);
/** A routine described as it is named: "la petite routine de bureau", "la longue séance du soir". */
const ROUTINE_DESCRIBED = cat(cross(['la', 'ma', 'une'], ['petite', 'longue', 'courte'], ['routine', 'séance', 'pause']),
  cross(['la', 'une', ''], ['routine', 'séance'], ['rapide', 'courte', 'express']));
/** The verbs a start is said with; "je veux", "on peut", "plutôt", "allez" before them are the grammar's fillers. */
const START_VERBS = ['', 'lance', 'lancer', 'commence', 'commencer', 'démarre', 'démarrer', 'fais', 'faire',
  'mets', 'on fait', 'on commence', 'on lance', "c'est parti pour", 'donne-moi', 'fais-moi',
  // The first routine chosen as it is started: "on commence par celle du matin", "vas-y pour les étirements du matin".
  'on commence par', 'vas-y pour', 'on y va pour', 'on va faire'];
const startRoutine = cat(
  cross(START_VERBS, ROUTINE_NOUNS, ['{routine}']),
  cross(['', 'lance', 'fais', 'fais-moi', 'on fait', 'faire', 'commence'], ROUTINE_DESCRIBED, ['{routine}']),
  cross(["m'étirer", "s'étirer", "on s'étire", 'étirons-nous', 'étire-moi', 'je m\'étire'], ['{routine}', 'pour le {routine}', 'pour la {routine}']),
  // The routine said as the adjective itself: "la longue routine", "la petite séance".
  cross(['', 'lance', 'fais', 'on fait', 'faire', 'commence', 'démarre'], ['la', 'ma', 'une'], ['{routine}'], ['routine', 'séance']),
  cross(ROUTINE_NOUNS, ['{routine}'], ["s'il te plaît", "s'il vous plaît"]),
);

/** Routine words beyond fr.ts's own: the connector said with it ("de ce soir", "pour le bureau", "à la job"), and "bureau" misheard. */
export const routineWords = {
  morning: ['de ce matin', 'pour le matin', 'de matin', 'du lever', 'pour le réveil', 'pour bien commencer la journée', 'du saut du lit', 'matinal'],
  evening: ['de ce soir', 'pour ce soir', 'pour le soir', 'de soir', 'de la soirée', 'à soir', 'de à soir', 'avant de me coucher', 'avant le coucher',
    'pour dormir', 'de relaxation', 'de détente'],
  workday: ['de bureau', 'pour le bureau', 'au travail', 'pour le travail', 'de travail', 'pour la journée de travail', 'de la journée de travail',
    'à la job', 'de la job', 'pour la job', 'burot', 'au burot', 'du burot', 'de burot', 'buro', 'au buro', 'au boulot', 'pour le boulot', 'à mon bureau'],
};

export const structuredSamples: Samples = {
  HoldDurationIntent: holdDuration,
  WhichSideIntent: whichSide,
  WhatDoesThisStretchIntent: whatDoesThisStretch,
  HowManyLeftIntent: howManyLeft,
  EasierIntent: easier,
  SkipIntent: skip,
  'AMAZON.NextIntent': next,
  'AMAZON.PreviousIntent': previous,
  'AMAZON.RepeatIntent': repeat,
  'AMAZON.PauseIntent': pause,
  'AMAZON.ResumeIntent': resume,
  'AMAZON.StopIntent': stop,
  'AMAZON.HelpIntent': help,
  'AMAZON.YesIntent': yes,
  'AMAZON.NoIntent': no,
  ProgressIntent: progress,
  StartRoutineIntent: startRoutine,
};
