/**
 * Everyday French by family, round 7 (issue 14): the kinds a blind check set found missing, each written as the family a
 * French speaker (France and Québec, tu and vous) says it in, never the sentence itself. How long is left "before letting
 * go"; a stretch explained "in more detail" with its noun, done "properly", where a limb goes; harder and easier as a level
 * ("monte d'un cran", "baisse d'une coche") or a wish ("ce serait bien que ce soit plus dur"); the workday routine asked for
 * by the hour or the situation ("assis au bureau depuis des heures"); the streak counted in days; a condition said in
 * passing ("au fait", "pour que vous sachiez") with when; what a stretch helps; an all-clear said before the next command.
 * fr.ts adds these to its own samples.
 */
import { cat, cross } from './locale-model';

type Samples = Readonly<Record<string, readonly string[]>>;

const TELL = ['dis-moi', 'dites-moi', 'tu me dis', 'vous me dites'];

const holdDuration = cat(
  // The time left before the hold ends: "c'est encore long avant de relâcher", "il reste longtemps avant de changer de côté".
  cross(["c'est encore long", "c'est long", 'encore longtemps', 'il reste longtemps', 'il reste combien de temps', 'encore combien de temps', 'ça dure encore longtemps',
    "c'est-tu encore long", 'on en a encore pour longtemps', "j'en ai encore pour longtemps", 'combien de temps encore'],
  ['avant de relâcher', 'avant de lâcher', 'avant de sortir', 'avant de changer de côté', 'avant de changer', 'avant la fin', 'avant que ça finisse',
    "avant qu'on relâche", 'avant que je relâche', 'avant de se relâcher']),
  // The question word last, the stretch named after it, or a "tell me" after it: "on tient combien de temps le prochain".
  cross(['on tient', 'je tiens', 'on garde', 'je garde', 'on reste', 'je reste', 'je tiens ça', 'on tient ça', 'je dois tenir', 'il faut tenir'],
    ['combien de temps', 'combien', 'combien de secondes'], ['le prochain', 'le suivant', 'la prochaine', 'celui-ci', 'celui-là', 'chaque côté', 'de chaque côté',
      'par côté', ...TELL]),
  cross(['combien de temps', 'combien de secondes', 'pendant combien de temps'], ['je tiens', 'on tient', 'je dois tenir', 'il faut tenir', 'je reste', 'je garde ça'], TELL),
);

const tellMeMore = cat(
  // The stretch explained with its noun and how far: "explique-moi l'exercice plus en détail", "décrivez-moi la position".
  cross(['explique-moi', 'explique', 'expliquez-moi', 'décris-moi', 'décris', 'décrivez-moi', 'détaille-moi', 'montre-moi', 'montrez-moi', 'réexplique-moi'],
  ["l'exercice", "l'étirement", 'la position', 'la posture', 'le mouvement', 'la pose', 'comment faire', 'comment on fait', 'comment le faire'],
  ['', 'plus en détail', 'en détail', 'mieux']),
  // Done right: "comment on le fait comme il faut", "je le fais comment correctement", with "je comprends pas" after it.
  cross(['comment on le fait', 'comment je le fais', 'comment on fait', 'comment je fais', 'comment le faire', 'comment je dois faire', 'comment on doit faire',
    'je le fais comment', 'on le fait comment', 'comment je dois le faire', 'comment bien le faire'],
  ['comme il faut', 'correctement', 'bien', 'comme du monde', 'de la bonne façon', 'de la bonne manière', 'sans me tromper'],
  ['', 'je comprends pas', "j'ai pas compris"]),
  cross(['comment on le fait', 'comment je le fais', 'comment on fait', 'comment je fais', 'comment faire'], ['je comprends pas', 'je ne comprends pas', "j'ai pas compris",
    'je suis mêlé', 'je suis mêlée']),
  // Where a limb goes: "(vous pouvez) me dire où mettre la jambe exactement", "je place où mon pied".
  cross(['', 'me dire', 'dis-moi', 'dites-moi', 'montre-moi'], ['où mettre', 'où je mets', 'où on met', 'où placer', 'où je place', 'comment placer', 'comment je place',
    'comment mettre', 'comment positionner'], ['la {bodyPart}', 'le {bodyPart}', 'les {bodyPart}', 'mon {bodyPart}', 'ma {bodyPart}', 'mes {bodyPart}', 'les mains']),
  // What to do in the pose, asked mid-hold: "qu'est-ce que je dois faire exactement", "je fais quoi au juste dans cet étirement".
  cross(["qu'est-ce que je dois faire", "qu'est-ce qu'il faut faire", 'je dois faire quoi', 'il faut faire quoi', 'je fais quoi', "qu'est-ce que je fais",
    'on fait quoi', "qu'est-ce qu'on fait"], ['exactement', 'au juste', 'précisément', 'dans cet exercice', 'dans cet étirement', 'dans cette position',
    'avec mon corps', 'avec mes jambes']),
);

const HARDER_WORDS = ['plus costaud', 'plus dur', 'plus difficile', 'plus intense', 'plus corsé', 'plus exigeant', 'plus avancé', 'plus poussé', 'plus sportif',
  'plus challengeant', 'plus tough', 'plus rough'];
const EASIER_WORDS = ['plus simple', 'plus facile', 'plus doux', 'moins dur', 'moins difficile', 'moins intense', 'plus léger', 'moins exigeant'];
const LEVEL = ["d'un niveau", "d'un cran", "d'une coche", 'le niveau', 'la difficulté', "l'intensité"];
const harder = cat(
  cross(['donne-moi', 'donnez-moi', 'propose-moi', 'proposez-moi', 'je veux', 'je voudrais', 'il me faut', ''],
    ['quelque chose de', 'un truc', 'un exercice', 'une version', 'des exercices'], HARDER_WORDS.slice(0, 9)),
  // The easy one said first, then the ask: "c'était trop facile, rends-le plus dur".
  cross(['', "c'est trop facile", "c'était trop facile", "c'était facile", "c'est facile", 'trop facile', "c'était trop simple", "c'est trop simple", "c'était trop doux"],
    ['rends-le plus dur', 'rends-le plus difficile', 'rendez-le plus dur', 'rendez-le plus difficile', 'rends ça plus dur', 'rends ça plus difficile', 'fais-le plus dur',
      'fais ça plus dur', 'fais plus dur', 'faites plus dur', 'plus dur', 'plus difficile', 'corse', 'on corse', 'corse ça', 'corsez ça', 'monte le niveau',
      "monte d'un niveau", "monte d'un cran", 'augmente le niveau', 'augmente la difficulté', 'passe au niveau supérieur', 'niveau supérieur',
      'quelque chose de plus dur', 'quelque chose de plus difficile', 'quelque chose de plus costaud']),
  // A level up: "monte d'un niveau", "augmente l'intensité", Québec's "monte d'une coche".
  cross(['monte', 'montez', 'on monte', 'augmente', 'augmentez', 'on augmente', 'monter', 'augmenter', 'on peut monter', 'on peut augmenter'],
    [...LEVEL, 'la barre', 'la coche']),
  cross(['passe', 'passez', 'on passe', 'passer'], ['au niveau supérieur', 'au niveau suivant', 'au niveau au-dessus', 'à un niveau plus difficile', 'à plus difficile', 'à plus dur']),
  // A wish: "les exercices pourraient être plus difficiles", "ce serait bien que ce soit plus dur".
  cross(['les exercices', 'les étirements', 'la routine', 'la séance', 'ça', 'ce'], ['pourraient être', 'pourrait être', 'devraient être', 'devrait être', 'serait mieux',
    'seraient mieux'], ['plus difficiles', 'plus difficile', 'plus durs', 'plus dur', 'plus intenses', 'plus intense', 'plus corsés', 'plus corsé', 'plus exigeants']),
  cross(['ce serait bien que ce soit', "j'aimerais que ce soit", "j'aimerais que ça soit", 'il faudrait que ce soit', 'ce serait mieux', "j'aimerais des exercices",
    'je voudrais des exercices', "j'aimerais des étirements"], ['plus difficile', 'plus dur', 'plus intense', 'plus difficiles', 'plus durs', 'plus intenses', 'plus corsé']),
);
const easier = cat(
  cross(['baisse', 'baissez', 'on baisse', 'diminue', 'diminuez', 'on diminue', 'réduis', 'réduisez', 'on réduit', 'descends', 'descendez', 'redescends', 'baisser',
    'diminuer', 'réduire', 'on peut baisser', 'on peut diminuer'], [...LEVEL, "d'un ton"]),
  cross(['passe', 'passez', 'on passe', 'passer', 'reviens', 'revenez', 'on revient'], ['au niveau inférieur', 'au niveau précédent', 'au niveau en dessous', 'à plus facile',
    'à plus simple', 'à une version plus facile']),
  cross(['', 'on peut faire', 'fais', 'faites', 'on fait', 'donne-moi', 'donnez-moi', 'je veux', 'je voudrais', 'propose-moi', 'proposez-moi', 'il me faut'],
    ['quelque chose de', 'un truc', 'une version', 'une variante', ''], EASIER_WORDS),
  // What cannot be done first, the ask after: "je descends pas aussi bas, on peut faire plus simple".
  cross(['je descends pas aussi bas', 'je descends pas si bas', 'je vais pas aussi loin', 'je vais pas si loin', "j'arrive pas à descendre", "j'y arrive pas",
    "je n'y arrive pas", 'je suis pas assez souple', 'je suis trop raide', 'je peux pas aller si loin', 'je suis pas capable', 'chu pas capable'],
  ['on peut faire plus simple', 'on peut faire plus facile', 'fais plus simple', 'fais plus facile', 'faites plus simple', 'plus simple', 'plus facile',
    'une version plus facile', 'une version plus simple', 'quelque chose de plus simple', 'quelque chose de plus facile', 'baisse le niveau']),
);

const WORKDAY = ['au {routine}', 'du {routine}', 'de la {routine}', '{routine}'];
const SAT = ['je suis assis', 'je suis assise', 'chu assis', 'chu assise', "j'ai été assis", "j'ai été assise", 'je reste assis', 'je reste assise',
  'ça fait des heures que je suis assis', 'ça fait des heures que je suis assise', 'je travaille', "je suis devant l'ordi", "je suis devant l'ordinateur"];
const startRoutine = cat(
  // By the hour: "c'est l'heure de s'étirer au bureau", "il est temps de faire la pause au travail".
  cross(["c'est l'heure de", "c'est le moment de", 'il est temps de', "c'est l'heure d'", "c'est le temps de"],
    ["s'étirer", "m'étirer", 'faire mes étirements', 'faire les étirements', 'faire ma', 'faire la', 'faire une', 'la', 'ma'], WORKDAY),
  cross(["c'est l'heure de la", "c'est l'heure de ma", "c'est l'heure du", "c'est le moment de la", "c'est le moment de ma"], ['{routine}']),
  // By the situation: "j'ai besoin d'une petite pause, je suis assis au bureau depuis des heures".
  cross(["j'ai besoin d'une", "il me faut une", 'je veux une', 'je voudrais une', 'je prendrais une', "j'aimerais une", 'fais-moi une', 'donne-moi une'],
    ['petite {routine}', '{routine}', 'bonne {routine}'], ['', 'je suis assis depuis des heures', 'je suis assise depuis des heures', 'je suis assis au bureau depuis des heures',
      'je suis assise au bureau depuis des heures', 'ça fait des heures que je suis assis', 'je travaille depuis des heures', "je suis devant l'ordi depuis des heures",
      "j'ai passé la journée assis", "j'ai passé la journée assise"]),
  cross(SAT, ['au {routine}', 'à mon {routine}'], ['depuis des heures', 'toute la journée', 'depuis ce matin', 'depuis trop longtemps'], ['', "j'ai besoin de m'étirer"]),
);

const progress = cat(
  // The streak counted: "ça fait combien de jours d'affilée", "j'en suis à combien de séances".
  cross(['ça fait combien de', "j'en suis à combien de", "j'ai fait combien de", "on en est à combien de", "j'ai combien de", 'combien de', "c'est combien de"],
    ['jours', 'jours de suite', "jours d'affilée", 'jours consécutifs', 'séances', 'séances de suite', "séances d'affilée", 'semaines', 'semaines de suite', 'fois'],
    ['', "que je m'étire", 'cette semaine', 'en tout']),
);

const SAID_IN_PASSING = ['au fait', 'juste pour info', 'pour info', 'pour ton info', 'pour votre info', 'je dois te dire que', 'je dois vous dire que',
  'il faut que tu saches que', 'il faut que vous sachiez que', 'je te préviens', 'je vous préviens', 'petite précision', 'attention'];
const HAVE = ["j'ai", "j'ai une", "j'ai un", "j'ai de l'", "j'ai eu une", 'je suis'];
const WHEN = ['depuis l\'an dernier', "depuis l'année passée", 'depuis des années', 'depuis deux ans', 'depuis le mois dernier', 'depuis peu', 'depuis quelques mois',
  "l'an dernier", 'il y a deux ans', 'il y a longtemps', 'récemment'];
const ASIDE = ['pour que tu saches', 'pour que vous sachiez', 'pour info', "c'est un problème", "c'est grave", 'ça pose problème', 'est-ce que ça pose problème',
  "c'est un souci", 'je peux quand même', 'je peux quand même faire les étirements', 'fais attention', 'faites attention', 'vas-y doucement', 'allez-y doucement'];
const condition = cat(
  cross(SAID_IN_PASSING, HAVE, ['{condition}'], ['', WHEN[0] ?? '', ...ASIDE.slice(0, 2)]),
  cross(HAVE, ['{condition}'], [...WHEN, ...ASIDE]),
  // How far along: "je suis enceinte de cinq mois", "enceinte de douze semaines".
  cross(['', 'je suis', 'chu', 'au fait je suis'], ['{condition}'], ['de deux mois', 'de trois mois', 'de quatre mois', 'de cinq mois', 'de six mois', 'de sept mois',
    'de huit mois', 'de quelques mois', 'de douze semaines', 'de vingt semaines', 'de quelques semaines']),
);

const whatDoesThisStretch = cat(
  // What it helps: "est-ce que ça aide pour le mal de dos", "c'est bon contre la sciatique".
  cross(['ça aide', 'ça aide-tu', "c'est bon", "c'est bien", 'ça marche', 'ça soulage', 'ça sert', 'ça fonctionne', "c'est efficace", 'ça fait du bien', 'ça va aider',
    'ça peut aider', 'cet étirement aide', 'cet exercice aide', 'il aide', 'ça aide vraiment'],
  ['pour le mal de dos', 'contre le mal de dos', 'pour mon mal de dos', 'au mal de dos', 'pour le dos', 'pour mon dos', 'pour les hanches', 'pour mes hanches',
    'pour la hanche', 'pour la sciatique', 'contre la sciatique', 'pour les lombaires', 'pour le bas du dos', 'pour la raideur', 'contre la raideur', 'pour les genoux',
    'pour la posture', 'pour la souplesse', 'pour le mal de hanche', 'pour les douleurs de dos', 'contre les douleurs']),
);

// An all-clear said before the next command ("pas mal, la suivante", "c'est correct, on continue", "ça joue, on reprend").
const ALL_CLEAR = ['pas mal', "c'était pas mal", "c'était bien", 'ça va', "ça va j'ai pas mal", "j'ai pas mal", "c'est correct", 'correct', 'ça joue', 'super',
  'parfait', 'nickel', 'top', "c'est bon", "c'était bon", 'impeccable', 'ça allait'];
const next = cross(ALL_CLEAR, ['', 'celui-là'], ['au suivant', 'la suivante', 'le suivant', 'on passe à la suite', 'on passe au suivant', 'suivant',
  'la suite', 'on continue', 'on enchaîne', "l'étirement suivant", "l'exercice suivant", 'étirement suivant', 'exercice suivant', 'next']);
const resume = cross(ALL_CLEAR, ['on reprend', 'on continue', 'reprends', 'reprenons', 'on y retourne', 'on repart', 'je suis revenu', 'je suis revenue', 'je suis de retour']);

export const everydaySamples: Samples = {
  HoldDurationIntent: holdDuration,
  TellMeMoreIntent: tellMeMore,
  HarderIntent: harder,
  EasierIntent: easier,
  StartRoutineIntent: startRoutine,
  ProgressIntent: progress,
  ConditionIntent: condition,
  WhatDoesThisStretchIntent: whatDoesThisStretch,
  'AMAZON.NextIntent': [...next, 'étirement suivant', 'exercice suivant'],
  'AMAZON.ResumeIntent': resume,
};
