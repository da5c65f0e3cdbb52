/**
 * The French models (fr-FR, fr-CA): how people talk on the mat in France and Québec, written from
 * how they speak ("ça fait mal", "ça tire", "j'ai des fourmis dans la jambe"), with Québec's own
 * words added ("ça fait mal en maudit", "mon fessier", "je suis prêt là", "correct"). Commands to
 * Alexa are said with "tu" ("lance la routine"), one-shots with "de" + infinitive ("demande à coach
 * des hanches de lancer la routine du soir"). Never written from the held-out corpus.
 */
import { cat, cross, type LocaleWords } from './locale-model';
import { withEveryday } from './everyday-words';
import { newIntentWords } from './new-intents';
import { routineWords, structuredSamples } from './fr-structures';
import { everydaySamples } from './fr-everyday';

type Region = 'fr-FR' | 'fr-CA';

function types(region: Region): LocaleWords['types'] {
  const quebec = region === 'fr-CA';
  return {
    RoutineType: {
      evening: ['soir', 'du soir', 'le soir', 'ce soir', 'coucher', 'du coucher', 'avant de dormir', 'nuit', 'longue', 'complète', 'détente',
        'relaxation', 'après le travail', ...(quebec ? ['de soirée'] : [])],
      morning: ['matin', 'du matin', 'le matin', 'ce matin', 'réveil', 'du réveil', 'au réveil', 'au lever', 'matinale', 'pour se réveiller'],
      workday: ['pause au travail', 'travail', 'du travail', 'bureau', 'du bureau', 'au bureau', 'pause', 'pause bureau', 'courte', 'rapide',
        'express', 'de deux minutes', 'chaise', 'sur chaise', 'pause déjeuner', 'pause du midi', 'pause café', 'journée de travail',
        ...(quebec ? ['pause du dîner'] : [])],
    },
    BodyPartType: {
      hip: ['hanche', 'hanches', 'la hanche', 'articulation de la hanche', 'fléchisseurs de hanche', "l'avant de la hanche"],
      back: ['dos', 'bas du dos', 'le dos', 'le bas du dos', 'lombaires', 'les lombaires', 'colonne', 'la colonne', 'reins', 'les reins',
        'haut du dos', 'lombaire'],
      knee: ['genou', 'genoux', 'le genou', 'rotule', 'arrière du genou'],
      groin: ['aine', "l'aine", 'entrejambe', "l'entrejambe", 'parties intimes', 'parties génitales', 'entre les jambes', 'périnée',
        'entre les cuisses', 'mes parties', 'le périnée', 'le bas des fesses',
        'plancher pelvien', 'bassin', 'intérieur des cuisses', "l'intérieur de la cuisse"],
      leg: ['jambe', 'la jambe', 'cuisse', 'cuisses', 'mollet', 'mollets', 'tibia', 'jambe gauche', 'jambe droite', 'une jambe',
        'ischio-jambiers', 'ischios', 'arrière de la cuisse', 'quadriceps'],
      bothLegs: ['les deux jambes', 'deux jambes', 'jambes', 'les jambes', 'les deux pieds', 'deux pieds', 'des deux côtés'],
      foot: ['pied', 'pieds', 'le pied', 'orteils', 'orteil', 'cheville', 'chevilles', 'talon', 'plante du pied'],
      neck: ['cou', 'nuque', 'épaule', 'épaules'],
      glute: ['fesse', 'fesses', 'fessier', 'fessiers', 'derrière', 'le derrière', 'coccyx', 'ischions', 'piriforme', 'pyramidal',
        ...(quebec ? ['mon fessier', 'postérieur'] : ['popotin'])],
      wrist: ['poignet', 'poignets', 'main', 'mains', 'bras', 'doigts', 'coude'],
      bladder: ['vessie', 'la vessie', 'urine', 'pipi', 'uriner'],
      bowel: ['intestins', 'intestin', 'les intestins', 'selles', 'caca', 'transit', 'aller à la selle'],
    },
    SymptomType: {
      numbness: ['engourdi', 'engourdie', 'engourdissement', 'engourdissements', 'insensible', 'je ne sens plus', 'je ne la sens plus',
        'je ne le sens plus', 'plus de sensation', 'perte de sensibilité', 'endormi', 'endormie', "s'endort", 'comme morte', 'comme mort',
        'ne sens rien', 'je ne sens rien', 'cartonné', 'cartonnée'],
      tingling: ['fourmillements', 'fourmillement', 'des fourmis', 'fourmis', 'picotements', 'picotement', 'ça picote', 'ça fourmille',
        'des aiguilles', 'comme des aiguilles', 'décharges', 'ça grésille', ...(quebec ? ['des picots'] : [])],
      weakness: ['faible', 'faiblesse', 'sans force', "je n'ai plus de force", 'plus de force', 'se dérobe', 'ma jambe se dérobe', 'lâche',
        'me lâche', 'ne me porte plus', 'ne me tient plus', 'je ne peux pas lever', "je n'arrive pas à lever", 'je ne peux plus bouger',
        "je n'arrive pas à bouger", 'le pied tombe', 'pied tombant', 'traîne le pied', 'en coton', 'comme du coton', 'flageole',
        'les jambes en coton', 'paralysé', 'paralysée'],
      radiating: ['descend dans la jambe', 'ça descend dans la jambe', 'irradie', 'ça irradie', 'irradie dans la jambe', "jusqu'au pied",
        'descend jusqu\'au pied', 'sous le genou', 'en dessous du genou', 'comme une décharge', 'décharge électrique', 'comme un courant',
        'file dans la jambe', 'ça file', 'ça tire dans la jambe', 'ça lance dans la jambe', 'une douleur qui descend', 'ça se propage',
        'se propage', 'part dans la jambe'],
      bladderBowel: ['je ne contrôle plus ma vessie', 'je ne contrôle plus mes intestins', "j'ai des fuites", 'des fuites', 'fuites urinaires',
        'incontinence', "je n'arrive pas à uriner", 'je ne peux pas uriner', 'du mal à uriner', 'problèmes de vessie', "problèmes d'intestins",
        'fait pipi sur moi', "j'ai fait pipi sur moi", 'je me suis uriné dessus', "je ne sens pas l'envie", "je ne sens plus l'envie d'uriner",
        'perdu le contrôle de ma vessie', 'perdu le contrôle de mes intestins', 'je me suis fait dessus'],
      saddle: ["engourdissement dans l'entrejambe", 'entrejambe engourdie', "je ne sens plus l'entrejambe", 'engourdi entre les jambes',
        'je ne sens plus entre les jambes', 'anesthésie en selle', 'insensible entre les jambes', 'fesses engourdies',
        "je ne sens pas le papier quand je m'essuie", 'parties intimes engourdies'],
      severe: ["j'en peux plus", "je n'en peux plus", 'douleur intense', 'très forte douleur', 'insupportable', 'une douleur insupportable', 'intenable', 'de pire en pire', 'pire',
        "ça s'aggrave", "s'aggrave", 'atroce', 'horrible', 'terrible', 'dix sur dix', 'la pire douleur', 'je ne supporte plus',
        'je ne peux plus supporter', 'épouvantable', 'de plus en plus fort',
        // The noun phrase said with no verb: "douleur insupportable", "grosse douleur atroce".
        ...cross(['douleur', 'une douleur', 'grosse douleur', 'une grosse douleur'], ['insupportable', 'atroce', 'intenable', 'horrible', 'terrible', 'épouvantable',
          'violente', 'énorme', 'insoutenable', 'très forte', 'très intense']), 'jamais eu aussi mal', "j'ai jamais eu aussi mal",
        "je n'ai jamais eu aussi mal", 'jamais eu si mal', 'jamais eu mal comme ça', 'la pire douleur de ma vie', 'pire douleur de ma vie', ...(quebec ? ['ça fait mal en maudit', 'en maudit'] : ['un mal de chien'])],
      fall: ['je suis tombé', 'je suis tombée', 'une chute', 'chute', 'tombé', 'tombée', "j'ai glissé", 'glissé', 'un accident', 'accident',
        "j'ai trébuché", 'un accident de voiture', "un accident d'auto", 'tombé de vélo', "tombé dans l'escalier", 'tombé sur le dos',
        'tombé sur les fesses', 'un choc', 'un coup', "je me suis cogné", 'je me suis cognée'],
      fever: ['fièvre', "j'ai de la fièvre", 'de la température', 'température', 'des frissons', 'frissons', 'fiévreux', 'fiévreuse', 'malade',
        'je me sens mal', 'la grippe', 'des sueurs', 'sueurs nocturnes', 'mal fichu', 'patraque', ...(quebec ? ['fiévreux en maudit'] : [])],
      night: ['couché la nuit', 'couchée la nuit', 'allongé la nuit', 'la nuit', 'pendant la nuit', 'me réveille', 'me réveille la nuit', "m'empêche de dormir", 'je ne dors plus', 'je ne peux pas dormir',
        'au repos', 'allongé', 'allongée', 'couché', 'couchée', 'même immobile', 'douleur nocturne', 'pire la nuit'],
      cramp: ['crampe', 'une crampe', 'crampes', 'des crampes', 'contracture', 'une contracture', 'spasme', 'ça se contracte', 'ça se bloque',
        'le mollet qui se bloque', 'ça se tétanise',
        // A cramp cried out twice, as pain is ("crampe crampe").
        ...['crampe', 'une crampe'].map((cry) => `${cry} ${cry}`)],
    },
    PainType: {
      hurts: ['fait mal', 'ça fait mal', 'me fait mal', 'fait très mal', 'fait vraiment mal', 'douloureux', 'douloureuse', 'ça me fait mal',
        ...(quebec ? ['fait mal en maudit'] : [])],
      sore: ['sensible', 'endolori', 'endolorie', 'ça lance', 'lance', 'ça élance', 'ça gêne', 'me gêne', 'ça tiraille'],
      sharp: ['pique', 'ça pique', 'ça pince fort', 'aigu', 'aiguë', 'comme un coup de couteau', 'poignarde'],
      burning: ['brûle', 'ça brûle', 'brûlure', 'chauffe', 'ça chauffe'],
      pinching: ['pince', 'ça pince', 'coince', 'ça coince', 'ça accroche', 'ça bloque'],
      tooMuch: ['trop', "c'est trop", 'trop fort', 'trop intense', 'trop loin', 'inconfortable', 'désagréable', 'pas agréable', 'pas bien',
        'bizarre', 'pas normal'],
    },
    SensationType: {
      pain: ['douleur', 'une douleur', 'un pincement', 'une pointe', 'un craquement', 'un claquement', 'un déchirement', 'une brûlure',
        'une décharge', 'un coup', 'une douleur vive', 'une douleur aiguë', 'un truc bizarre', 'un tiraillement', 'un point'],
    },
    StrainType: {
      strain: ['je me suis fait mal', "je me suis blessé", 'je me suis blessée', "je me suis froissé un muscle", "j'ai froissé", "je me suis claqué",
        "j'ai forcé", "j'ai trop forcé", "je suis allé trop loin", 'je suis allée trop loin', "je me suis étiré trop fort", 'je me suis tordu',
        "je me suis déchiré", 'une déchirure', 'une élongation', "je me suis fait une élongation", 'un claquage'],
    },
    ConditionType: {
      groinPain: ["douleur à l'aine", "mal à l'aine", 'arthrose de la hanche', 'arthrose', "l'arthrose", "de l'arthrose", "l'arthrite", "de l'arthrite",
        'arthrite', 'coxarthrose', 'conflit de hanche',
        'conflit fémoro-acétabulaire', 'déchirure du labrum', 'bursite'],
      hipInjury: ['blessure à la hanche', 'une blessure à la hanche', 'hanche blessée', 'prothèse de hanche', 'une prothèse de hanche',
        'opéré de la hanche', 'opérée de la hanche', 'nouvelle hanche', 'une mauvaise hanche', 'une hanche artificielle', 'hanche'],
      backInjury: ['blessure au dos', 'une blessure au dos', 'hernie discale', 'une hernie discale', 'une hernie', 'protrusion discale',
        'problèmes de dos', 'opéré du dos', 'opérée du dos', 'un mauvais dos', 'un lumbago', 'lumbago', 'un tour de reins', 'dos', 'colonne', 'disque'],
      kneeProblem: ['problèmes de genou', 'mauvais genoux', 'genoux fragiles', 'blessure au genou', 'mal aux genoux', 'prothèse de genou',
        'opéré du genou', 'opérée du genou', 'ménisque', 'le ménisque abîmé', 'ligaments croisés', 'je ne peux pas me mettre à genoux', 'genou', 'genoux'],
      sciatica: ['sciatique', 'une sciatique', 'nerf sciatique', 'un nerf coincé', 'nerf coincé', 'nerf pincé', 'une cruralgie'],
      pregnancy: ['enceinte', 'grossesse', 'attends un bébé', "j'attends un bébé", 'je viens d\'accoucher', 'accouché'],
      osteoporosis: ['ostéoporose', "l'ostéoporose", "de l'ostéoporose", 'os fragiles', 'ostéopénie'],
      hypermobility: ['hyperlaxité', 'hyperlaxe', "l'hyperlaxité", 'hypermobilité', 'ehlers danlos'],
      surgery: ['une opération', 'opération', 'chirurgie', 'une chirurgie', 'opéré', 'opérée', 'des points de suture', 'récemment opéré'],
      // The article elided onto the word ("j'ai de l'arthrose", "on m'a posé une prothèse") is one word to the recogniser.
    },
  };
}

function samples(region: Region): LocaleWords['samples'] {
  const quebec = region === 'fr-CA';
  const startVerbs = ['lance', 'commence', 'démarre', 'fais', 'faisons', 'je veux faire', 'je voudrais faire', 'on fait', 'on commence',
    'lancer', 'commencer', 'démarrer', 'faire', 'mets', 'je veux', 'je voudrais', "j'aimerais faire", 'de lancer', 'de commencer', 'de démarrer',
    'de faire', 'allez', 'on y va pour'];
  const nouns = ['la routine du', 'ma routine du', 'la routine de', 'la routine', 'ma routine', 'la séance du', 'ma séance du', 'les étirements du',
    'mes étirements du', 'la', 'ma', 'une', 'la routine au', 'la séance', ''];
  // Québec's "ayoye" in France too: a pain cry is never worth missing.
  const exclaims = ['aïe', 'aïe aïe', 'aïe aïe aïe', 'ouille', 'ouch', 'aïe ouille', 'ouïe', 'ayoye', 'ouch ouch', 'outch', 'aoutch', 'ouïe ouïe', 'ouille ouille',
    'hou là', 'ayoye donc', ...(quebec ? [] : ['houla']),
    // "aïe" as a recogniser may write it, without its diaeresis.
    'aie', 'aie aie', 'aie aie aie'];
  const okay = quebec ? ['correct', 'ok', "c'est beau"] : ['ok', "d'accord", 'bon'];
  // Said mid-stretch, an oath is taken for a cry of pain (France's and Québec's): stopping costs less than pushing on. The softer ones,
  // as often annoyance ("zut", "mince", "mon dieu"), open the catch-all instead, where the words after them decide.
  const oaths = ['tabarnouche', 'tabarnak', 'tabarnac', 'tabarouette', 'tabaslak', 'ostie', 'esti', 'câlisse', 'câline', 'câline de bine', 'calvaire',
    'calvince', 'crisse', 'ciboire', 'sacrament', 'viarge', 'maudit', 'mautadit', 'torrieux', 'ayoye donc', 'putain', 'merde', 'bordel', 'aïe non'];
  return {
    StartRoutineIntent: cat(
      cross(startVerbs, nouns, ['{routine}']),
      cross(['{routine}', 'la routine du {routine}', 'routine du {routine}', 'la routine {routine}', 'la séance du {routine}']),
      // A session asked for with no routine named ("commence une séance", "on fait des étirements"): the coach asks which.
      cross(['lance', 'commence', 'démarre', 'fais', 'faisons', 'on fait', 'on commence', 'on démarre', 'je veux faire', 'je voudrais faire', 'on lance',
        'faire', 'commencer', 'lancer'], ['une séance', 'la séance', 'ma séance', 'une session', 'ma session', 'des étirements', 'mes étirements', 'un étirement',
        'une séance d\'étirements', 'une routine d\'étirements', 'quelques étirements']),
      // Stretching said as the verb, with no routine named: "on s'étire un peu", "je voudrais m'étirer".
      cross(['', 'je veux', 'je voudrais', "j'aimerais", 'on va', 'allez', 'bon'], ["m'étirer", "s'étirer", "on s'étire", "je m'étire"], ['', 'un peu', 'un petit peu',
        'maintenant']),
      cross(['', 'on fait', 'je veux faire', 'je voudrais faire', 'fais', 'lance', 'commence', 'démarre', 'on commence', 'on lance', 'on démarre'], ['une routine',
        'nos étirements', 'mes étirements', 'les étirements', 'ma routine', 'des exercices', 'mes exercices', 'une routine d\'étirement']),
      ['commence', 'démarre', 'commencer', 'démarrer', 'on démarre', 'je veux commencer', 'on peut commencer', 'on commence maintenant', 'je suis prêt à commencer',
        'je suis prête à commencer'],
      ['je veux m\'étirer', "on s'étire", 'étirons-nous', 'on commence', 'commençons', 'lance une routine', 'commence une routine',
        'de lancer une routine', 'une routine s\'il te plaît', 'je veux une routine', 'faire des étirements', 'je veux faire des étirements'],
    ),
    PainIntent: cat(
      ['ça fait mal', 'ça me fait mal', "j'ai mal", "j'ai très mal", 'ça fait très mal', "arrête j'ai mal", "stop ça fait mal", 'ça ne va pas',
        "ce n'est pas bon", 'ça ne me plaît pas', 'je ne sens pas ça', "c'est douloureux", 'je souffre', 'ça va pas',
        ...(quebec ? ['ça fait mal en maudit', "j'ai mal en maudit"] : ['ça fait un mal de chien'])],
      exclaims,
      cross(exclaims, ['ça fait mal', "j'ai mal", 'mon {bodyPart}', 'ma {bodyPart}', 'stop', 'arrête', 'ça tire', 'ça tire fort', 'ça pique', 'ça pince']),
      cross(['ça', 'ce', "c'est", 'cet étirement', 'la position', 'mon {bodyPart}', 'ma {bodyPart}', 'mes {bodyPart}', 'le {bodyPart}', 'la {bodyPart}',
        '{bodyPart}'], ['{pain}']),
      cross(["j'ai mal", 'ça fait mal', 'ça me fait mal', 'ça {pain}', "c'est {pain}"], ['au {bodyPart}', 'à la {bodyPart}', 'aux {bodyPart}',
        "à l'{bodyPart}", 'dans le {bodyPart}', 'dans la {bodyPart}', 'dans les {bodyPart}', 'en bas du dos']),
      cross(["j'ai", "j'ai senti", 'je sens', 'je ressens', "j'ai ressenti", 'il y a eu', "j'ai eu", 'je viens de sentir'], ['{sensation}'],
        ['', 'dans le {bodyPart}', 'dans la {bodyPart}', 'au {bodyPart}', 'à la {bodyPart}', 'là']),
      cross(['', 'je crois que', 'je pense que', 'oups'], ['{strain}'], ['', 'au {bodyPart}', 'à la {bodyPart}', 'dans le {bodyPart}']),
      ['{pain}', 'beaucoup {pain}', 'vraiment {pain}', 'mal', 'trop mal', 'très mal', 'super mal', 'tellement mal', 'mal mal', 'vraiment mal', 'mal au {bodyPart}', 'mal à la {bodyPart}',
        'mal aux {bodyPart}', "mal à l'{bodyPart}", 'trop mal au {bodyPart}', 'trop mal à la {bodyPart}'],
      // A stop said first ("arrête, ça fait mal"), and the body that does not like it ("j'aime pas ça du tout").
      cross(['arrête', 'arrêtez', 'stop', 'non', 'attends', 'oh là là', 'ouf', 'hé',
        // The stop asked for, tu and vous ("pouvez-vous arrêter, ça fait mal").
        'tu peux arrêter', 'peux tu arrêter', 'vous pouvez arrêter', 'pouvez vous arrêter', 'on arrête', 'on peut arrêter', 'arrêtons'], ['ça fait mal', 'ça me fait mal', "ça m'fait mal", "j'ai mal",
        'ça fait trop mal', 'trop', "c'est trop", 'ça {pain}', "c'est {pain}", 'mon {bodyPart}', 'ma {bodyPart}']),
      // A cry with "no" ("oh là là non", "aïe non non").
      cross(['oh là là', 'oh là', 'aïe', 'aïe aïe', 'ouille', 'ayoye', 'ouch'], ['non', 'non non', 'non non non', 'pas ça', 'mon dieu']),
      // A cry or an oath with any words after it ("aïe, ma hanche, non", "tabarnouche, ça fait mal"), or words with a cry after
      // them ("crampe au mollet, aïe"): the handler reads the words, so a sign or a cramp said with the cry is still answered as such.
      cross([...exclaims, ...oaths], ['{feeling}']),
      cross(['{feeling}'], [...exclaims.filter((cry) => !cry.includes(' ') && cry !== 'bon')]),
      cross(["j'aime pas", "je n'aime pas", "j'aime vraiment pas", "j'aime pas trop", 'mon corps aime pas', 'mon {bodyPart} aime pas',
        'ma {bodyPart} aime pas', 'mon {bodyPart} n\'aime pas', 'ma {bodyPart} n\'aime pas'], ['ça', 'ça du tout', 'du tout', 'cet étirement',
        'celui-là', 'cette position', 'ça là']),
    ),
    WarningSignIntent: cat(
      ['{symptom}', "j'ai {symptom}", "j'ai des {symptom}", 'je sens {symptom}', 'je ressens {symptom}', 'je suis {symptom}', "c'est {symptom}",
        'ça {symptom}', 'la douleur {symptom}', 'la douleur est {symptom}', 'la douleur devient {symptom}', "j'ai eu {symptom}", 'je me sens {symptom}',
        'je crois que {symptom}', 'depuis hier {symptom}', "j'ai une {symptom}", "j'ai un {symptom}", 'ça devient {symptom}', "j'ai l'impression que {symptom}"],
      // Said without a verb, the sign first, then where: "fourmis au niveau du périnée", "engourdissement entre les cuisses".
      cross(['{symptom}', 'des {symptom}', "j'ai {symptom}", "j'ai des {symptom}", 'je sens {symptom}'], ['au niveau du {bodyPart}',
        'au niveau de la {bodyPart}', 'au niveau des {bodyPart}', "au niveau de l'{bodyPart}", '{bodyPart}']),
      cross(["j'ai", "j'ai des", 'je sens', 'je ressens', 'il y a'], ['{symptom}'], ['dans le {bodyPart}', 'dans la {bodyPart}', 'dans les {bodyPart}',
        'au {bodyPart}', 'à la {bodyPart}', 'aux {bodyPart}', "à l'{bodyPart}", 'dans {bodyPart}']),
      cross(['mon {bodyPart}', 'ma {bodyPart}', 'mes {bodyPart}', 'le {bodyPart}', 'la {bodyPart}', 'les {bodyPart}', '{bodyPart}'],
        ['{symptom}', 'est {symptom}', 'sont {symptom}', 'devient {symptom}', 'me semble {symptom}', 'est tout {symptom}', 'est toute {symptom}']),
      cross(["j'ai", 'je sens', 'je trouve'], ['la {bodyPart}', 'le {bodyPart}', 'les {bodyPart}', "l'{bodyPart}"], ['{symptom}']),
      cross(['', 'hier', "aujourd'hui", 'ce matin', 'la semaine dernière', "l'autre jour", 'il y a quelques jours'], ['{symptom}']),
      cross(['{symptom}'], ['hier', "aujourd'hui", 'ce matin', 'la semaine dernière', "l'autre jour", 'et mon dos me fait mal']),
      cross(['je ne peux pas', "je n'arrive pas à", "je n'arrive plus à"], ['{symptom}'], ['', 'mon {bodyPart}', 'ma {bodyPart}']),
      cross(['{symptom}'], ['dans le {bodyPart}', 'dans la {bodyPart}', 'dans les {bodyPart}', 'au {bodyPart}', 'à la {bodyPart}', 'aux {bodyPart}']),
      // The sign said with why after it ("j'en peux plus tellement j'ai mal", "je n'en peux plus de douleur"). Never "{symptom} ça fait mal":
      // a symptom slot takes any words, so "oh la vache ça fait mal" would be read as a sign.
      cross(['{symptom}'], ["tellement j'ai mal", 'tellement ça fait mal', 'de douleur', 'de cette douleur', 'avec cette douleur']),
    ),
    ConditionIntent: cross(
      ["j'ai", "j'ai une", "j'ai un", "j'ai de l'", 'je souffre de', 'je souffre d\'une', 'je suis', "j'ai eu", "j'ai eu une", "j'ai eu un",
        'on m\'a fait une', 'on m\'a diagnostiqué', 'on m\'a diagnostiqué une', 'je me remets d\'une', 'à cause de ma', 'à cause de mon',
        'le médecin dit que j\'ai', "j'ai depuis des années", "j'ai récemment eu une", 'je sors d\'une'],
      ['{condition}'], ['', 'alors doucement', 'donc allez-y doucement', "l'an dernier", 'le mois dernier', 'il y a quelques semaines'],
    ).concat(
      // Where, said after it: "j'ai de l'arthrose à la hanche", "une hernie au bas du dos".
      cross(["j'ai", "j'ai une", "j'ai un", 'je souffre de', "je souffre d'une", "on m'a diagnostiqué", "on m'a diagnostiqué une", "j'ai eu"], ['{condition}'],
        ['à la hanche', 'aux hanches', 'au genou', 'aux genoux', 'au dos', 'dans le dos', 'au bas du dos', 'dans le bas du dos', 'lombaire', 'de la hanche',
          'du genou', 'du dos', "à l'aine"]),
      // What was put in, and the part operated on, with when: "on m'a mis une prothèse de hanche", "je me suis fait opérer du dos l'an passé".
      cross(["on m'a mis une", "on m'a posé une", "on m'a mis", "on m'a posé", "j'ai reçu une", 'je porte une', "je me suis fait poser une"], ['{condition}'],
        ['', "l'an passé", "l'an dernier", 'récemment']),
      cross(["j'ai été opéré", "j'ai été opérée", 'je me suis fait opérer', "on m'a opéré", "on m'a opérée", 'je viens de me faire opérer', 'je suis opéré',
        'je suis opérée'], ['du {condition}', 'de la {condition}', 'des {condition}'], ['', "l'an passé", "l'an dernier", "l'année passée", 'récemment'])),
    // No opener that the French grammar drops as a filler ("bon", "euh", "ben", "genre"…): what follows it is matched on its own, so a
    // second filler ("euh bon on continue") is dropped too instead of the whole being held here.
    DescribeFeelingIntent: ['je {feeling}', 'je me {feeling}', "j'ai {feeling}", 'mon {feeling}', 'ma {feeling}',
      'mes {feeling}', "c'est {feeling}", 'ça {feeling}', 'il y a {feeling}', 'attends {feeling}', 'dis donc {feeling}',
      "tout d'un coup {feeling}", 'est-ce normal {feeling}', "c'est normal {feeling}", "est-ce que c'est normal {feeling}", 'je suis {feeling}',
      'je trouve {feeling}', 'bizarre {feeling}',
      // Openers that carry no meaning of their own, so what follows reaches the classifier whole ("les deux jambes sont faibles").
      ...cross(['quand', 'depuis', 'dans', 'à', 'au', 'aux', 'en', 'les', 'le', 'la', 'des', 'un', 'une',
        'quelque chose', "d'un coup", "j'arrive", "j'me", "j'suis", 'on', 'il', 'elle', 'moi', 'hier', 'ce matin', 'cette nuit',
        'pardon', 'excusez-moi', 'tout', 'toute', 'toutes',
        // The when first ("la nuit j'ai mal", "couché c'est pire": no sample opens on a symptom slot, which would take any first word,
        // "ok ça fait mal" read as a sign), sudden onset said first ("soudainement j'ai les deux jambes toutes faibles"), and the
        // elided body parts ("l'aine et …").
        'couché', 'couchée', 'allongé', 'allongée', 'immobile', 'assis', 'assise', 'debout',
        // A wait said before a sign ("pause j'ai des fourmis dans le pied"): the sign still reaches the classifier.
        'pause', 'minute', 'une minute', 'une seconde', 'deux secondes', 'wô', 'hey',
        'soudainement', 'subitement', 'brusquement', 'tout à coup', 'depuis hier', 'depuis ce matin', "l'aine", "l'entrejambe", "l'intérieur",
        "l'arrière", "l'avant", "l'orteil", "l'épaule", "l'anus", 'jamais', 'rien', 'plus', 'pas', 'trop', 'super', 'très', 'comme', 'presque',
        // Stops, cries and fillers said before what the body does ("arrête, ça me lance", "franchement ma jambe lâche"); never a word
        // the classifier needs (a time like "la nuit", a feeling verb).
        'arrête', 'arrêtez', 'stop', 'stoppe', 'non', 'oh là', 'oh là là', 'ouf', 'vraiment',
        'honnêtement', 'sérieux', 'putain', 'merde', 'mince', 'zut', 'oups', 'mon dieu', 'au secours', 'aidez-moi',
        'excuse-moi', 'désolé', 'je pense que', 'je crois que', 'on dirait que', "j'ai l'impression que", 'il me semble que', 'sur', 'sous', 'avec',
        'sans', 'pendant', 'après', 'avant', 'vers', 'côté', 'à gauche', 'à droite', 'cette', 'ce', 'cet', 'ces', 'ici',
        'regarde', "j'trouve", "y'a", 'câline', 'ostie', 'tabarnak', 'mautadit', 'maudit', 'depuis que', 'chaque fois que', 'quand je', 'lorsque',
        // Sentences said without a subject ("impossible de lever le pied", "toujours plus mal la nuit", "grosse douleur insupportable"):
        // what a stripped "impossible de" or "aucune" leaves is read by the classifier's anchored words.
        'impossible de', 'impossible', 'pas moyen de', 'aucun moyen de', 'toujours', 'souvent', 'parfois', 'encore',
        'de temps en temps', 'chu', "j'peux", 'grosse', 'petite', 'vive', 'forte', 'envie', 'ouch', 'ah non', 'oh non',
        'au niveau du', 'au niveau de la', 'au niveau des', 'aucune', 'aucun', 'plus aucune', 'plus aucun', 'tellement',
        'vraiment trop', 'aïe', 'aïe aïe', 'ouille', 'ayoye', 'ouch',
        // Sounds made before the words ("mmh, pas agréable", "ouh non, là …"), and the stretch named before what it did
        // ("l'étirement d'avant m'a fait mal", "celui-là me fait quelque chose").
        'mmh', 'mmm', 'mm', 'hum', 'pff', 'pfff', 'rah', 'ouh', 'ouh non', 'ouh là', 'ouh là là', 'hou', 'oh non là', 'ah non là', 'ouh non là',
        // Softer exclamations, often annoyance ("zut, on passe au suivant"): the words after them decide, not the exclamation.
        'punaise', 'purée', 'la vache', 'oh la vache', 'oh mon dieu', 'nom de dieu',
        "l'étirement", "l'exercice", 'cet étirement', 'cet exercice', 'celui-là', 'celui-ci', "l'étirement d'avant", "l'exercice d'avant",
        "celui d'avant", 'le dernier', 'le précédent', 'la position', 'cette position', 'le mouvement', 'ce mouvement',
        // A sensation named first ("sensation d'engourdissement", "l'impression d'avoir des fourmis"): what follows reaches the classifier.
        'sensation', 'une sensation', 'sensations', 'des sensations', 'impression', "l'impression", 'comme une sensation'], ['{feeling}'])],
    HoldDurationIntent: cat(
      cross(['combien de temps', 'combien de secondes', 'pendant combien de temps', 'encore combien de temps'], ['je tiens', 'je dois tenir',
        'on tient', 'il faut tenir', 'je reste', 'je garde', 'je maintiens', 'on reste'], ['', 'ça', 'cette position', 'cet étirement', 'comme ça', 'ici']),
      cross(['quand est-ce que', 'quand'], ['je relâche', 'je peux relâcher', 'on relâche', 'je sors', 'je peux sortir', "c'est fini", 'ça se termine']),
      // "il reste combien de temps", "c'est encore long": the session's time, asked in HowManyLeftIntent (fr-structures.ts).
      ['ça dure combien de temps', 'ça dure combien',
        'combien de temps ça dure', 'encore longtemps', 'il reste combien de secondes', 'combien de temps par côté',
        'combien de temps de chaque côté', 'on tient combien de temps'],
    ),
    // "s'il te plaît" before or after a sample is the grammar's filler, as is "tu peux".
    SkipIntent: cat(cross(['passe', 'passer', 'passe celui-ci', 'passe celui-là', 'saute', 'sauter', 'saute celui-ci',
      'on passe', 'on saute', 'zappe', 'zapper', 'on zappe', 'pas celui-là', 'pas celui-ci', 'je ne veux pas faire celui-là',
      'on passe celui-ci', 'laisse tomber celui-là', 'on laisse tomber']),
    ['je peux sauter celui-ci', 'on peut passer celui-ci', 'est-ce qu\'on peut passer celui-là']),
    WhichSideIntent: ['quel côté', 'de quel côté je suis', 'je suis de quel côté', "c'est quel côté", 'quel côté maintenant', 'droite ou gauche',
      'gauche ou droite', "c'est le droit ou le gauche", 'quelle jambe', "c'est quelle jambe", 'quelle jambe maintenant', 'on est de quel côté',
      'on fait quel côté', 'de quel côté on est', 'je change de côté', 'avec quelle jambe', 'sur quel côté'],
    WhatDoesThisStretchIntent: cat(cross(['à quoi sert', 'ça sert à quoi', 'qu\'est-ce que ça étire', 'qu\'est-ce qu\'il étire', 'ça étire quoi',
      'quel muscle étire', 'quels muscles travaille', 'pourquoi on fait'], ['', 'cet étirement', 'cet exercice', 'cette posture', 'ça']),
    ["qu'est-ce que j'étire", "c'est pour quoi", 'quel est le but', 'à quoi ça sert', 'ça fait quoi', 'quel muscle on travaille']),
    TellMeMoreIntent: cat(cross(['comment on fait', 'comment je fais', 'explique-moi', 'explique', 'décris-moi', 'comment ça se fait',
      'comment faire'], ['', 'cet étirement', 'cet exercice', 'cette posture', 'ça'], ['', 'encore', 'plus en détail', 'mieux']),
    // Told more, or better: "dis-m'en plus", "explique-moi mieux comment on fait", "tu peux me donner plus de détails".
    cross(["dis-m'en plus", "dites-m'en plus", 'dis-moi en plus', "dis m'en plus", 'dis-moi plus', "j'aimerais en savoir plus", 'je veux en savoir plus',
      'en savoir plus', 'plus de détails', "plus d'explications", 'donne-moi plus de détails', 'me donner plus de détails', 'donnez-moi plus de détails',
      "donne-moi plus d'explications", 'explique-moi mieux', 'explique mieux', 'expliquez-moi mieux', 'explique-moi encore', 'réexplique', 'réexplique-moi',
      'raconte-moi', 'montre-moi'],
    ['', 'comment on fait', 'comment faire', 'comment je fais', 'comment le faire', 'sur cet étirement', 'sur cet exercice', 'sur ça', 'sur la position',
      'la position', 'cet exercice', 'cet étirement']),
    ['plus de détails', 'je ne comprends pas comment faire', 'je ne sais pas comment faire', 'où je mets les pieds', 'où je mets mon {bodyPart}',
      'où je mets ma {bodyPart}', 'je fais quoi avec mon {bodyPart}', 'je fais quoi avec ma {bodyPart}', 'comment je me place',
      'comment je me mets', 'quelle position', "plus d'explications"]),
    HowManyLeftIntent: ['combien il en reste', 'il en reste combien', "combien d'étirements il reste", "il reste combien d'étirements",
      'encore combien', "c'est le dernier", "c'est bientôt fini", 'on a bientôt fini', 'quand est-ce qu\'on a fini', 'il reste beaucoup',
      'combien de temps pour finir', 'il reste combien de temps à la routine', "combien d'exercices il reste", "qu'est-ce qui reste"],
    EasierIntent: cat(cross(['plus facile', 'rends-le plus facile', 'plus doux', 'plus doucement',
      'une version plus facile', 'une version plus douce', 'quelque chose de plus facile', 'moins intense', 'moins longtemps',
      'des tenues plus courtes', 'baisse le niveau', 'moins fort']),
    cross(["c'est", 'celui-ci est', 'cet étirement est'], ['trop dur', 'trop difficile', 'trop dur pour moi', 'trop difficile pour moi', 'trop exigeant']),
    ["je n'y arrive pas", 'je ne vais pas aussi loin', 'je ne suis pas assez souple', 'je suis trop raide', 'il y a une version plus facile']),
    HarderIntent: cat(cross(['plus difficile', 'rends-le plus difficile', 'plus dur', 'plus intense',
      'une version plus difficile', 'plus longtemps', 'des tenues plus longues', 'plus long', 'monte le niveau', 'augmente le niveau',
      'donne-moi plus', 'plus de défi']),
    cross(["c'est", 'celui-ci est', 'cet étirement est'], ['trop facile', 'trop simple', 'trop doux', 'trop facile pour moi', 'pas assez dur']),
    // A harder kind asked for ("une version plus intense", "quelque chose de plus difficile"), and the easy one said first ("c'est trop facile, on peut corser").
    cross(['', 'une version', 'une variante', 'un exercice', 'un étirement', 'quelque chose de', 'il y a', 'y a', 'donne-moi', "je veux", 'je voudrais',
      'on peut faire', 'fais-moi'], ['plus intense', 'plus difficile', 'plus dur', 'plus exigeant', 'plus corsé', 'plus costaud', 'plus avancé', 'plus fort']),
    cross(['', "c'est trop facile", "c'est trop simple", "c'est facile"], ['corse', 'corser', 'on peut corser', 'on corse', 'corse un peu', 'corser un peu',
      'on peut corser un peu', 'monte la difficulté', 'augmente la difficulté', 'plus de défi', 'donne-moi plus']),
    cross(['', "c'est", "c'est vraiment", "c'est beaucoup", "c'est bien"], ['trop facile', 'trop simple', 'trop doux', 'pas assez dur', 'pas assez intense', 'facile']),
    cross(['je veux', 'je voudrais', 'donne-moi', 'il me faut', "j'ai besoin d'", "j'aimerais"], ['un défi', 'un plus gros défi', 'plus de défi', 'un challenge',
      'du challenge', 'plus de challenge']),
    cross(['je peux', 'je veux', 'je pourrais', 'on peut', 'je voudrais'], ['aller plus loin', 'forcer plus', 'forcer un peu plus', 'pousser plus', 'en faire plus',
      'descendre plus bas', 'aller plus bas'])),
    ProgressIntent: cat(cross(["où j'en suis", 'où en suis-je', 'comment je progresse', 'comment ça avance', 'je progresse comment',
      'comment je m\'en sors', 'comment ça se passe', 'quel est mon progrès'], ['', "jusqu'ici", 'cette semaine', 'en tout', 'avec les étirements']),
    cross(['dis-moi', 'donne-moi', 'je veux savoir', 'montre-moi'], ['ma progression', 'mes progrès', 'ma série', 'mes statistiques', "où j'en suis",
      'combien de séances j\'ai faites', 'combien de jours d\'affilée']),
    ['ma progression', 'mes progrès', 'progression', 'ma série', 'combien de séances', "combien de séances j'ai faites", 'combien de jours de suite',
      "combien de routines j'ai faites", 'mon bilan']),
    DeleteDataIntent: ['efface mes données', 'effacer mes données', 'supprime mes données', 'supprimer mes données', 'efface tout',
      'efface ma progression', 'oublie-moi', 'oublie tout sur moi', 'remets ma progression à zéro', 'je veux effacer mes données',
      'supprime tout ce que tu sais sur moi', 'supprime ma progression', 'tout effacer'],
    'AMAZON.HelpIntent': ['aide', 'aide-moi', "qu'est-ce que je peux dire", "qu'est-ce que je peux faire", 'comment ça marche', "j'ai besoin d'aide",
      'quelles sont les options', 'tu fais quoi', 'tu sais faire quoi', 'comment on utilise ça', 'au secours je suis perdu', 'des instructions', 'les instructions',
      'instructions', "le mode d'emploi", "mode d'emploi", 'les commandes', 'quelles commandes', 'la liste des commandes',
      ...cross(['je suis perdu', 'je suis perdue', 'chu perdu', 'chu perdue', 'je suis mêlé', 'je suis mêlée'], ['', 'aide-moi', 'aidez-moi', "qu'est-ce que je dis",
        "qu'est-ce que je dois dire", 'comment ça marche', "qu'est-ce que je fais"])],
    'AMAZON.StopIntent': ['stop', 'arrête', 'arrêter', 'arrête-toi', 'ça suffit', 'assez', 'termine', 'terminer', "c'est fini", "j'ai fini",
      "j'arrête", 'je veux arrêter', 'on arrête', 'fin', 'au revoir', 'arrête la routine', 'arrête tout', "ça ira pour aujourd'hui",
      ...(quebec ? ['ça va faire', "c'est assez"] : ['basta'])],
    'AMAZON.CancelIntent': ['annule', 'annuler', 'laisse tomber', 'oublie ça', 'peu importe'],
    'AMAZON.NextIntent': cat(
      // "And now?" said alone between stretches: "et là", "pis là", "et maintenant", "bon et après".
      cross(['et', 'pis', 'puis', 'bon et', 'ok et', 'alors'], ['là', 'maintenant', 'après', 'ensuite', 'quoi maintenant', 'on fait quoi', 'là on fait quoi',
        'là quoi', 'la suite']),
      cross(['', ...okay], ['suivant', 'le suivant', 'continue', 'continuer', 'on continue', 'la suite', 'après',
      'prêt', 'prête', 'je suis prêt', 'je suis prête', 'vas-y', 'allez', 'on y va', 'passe au suivant', 'au suivant', "c'est bon", 'on enchaîne',
      ...(quebec ? ['je suis prêt là', "let's go"] : [])])),
    'AMAZON.PreviousIntent': ['précédent', 'le précédent', 'retour', 'reviens', 'revenir', 'reviens en arrière', 'retour en arrière',
      "celui d'avant", "l'étirement d'avant", "l'exercice précédent", 'reviens au précédent'],
    'AMAZON.RepeatIntent': ['répète', 'répéter', 'encore', 'encore une fois', 'une autre fois', 'pardon', 'quoi', "qu'est-ce que tu as dit",
      'tu peux répéter', 'redis-le', 'refais celui-ci', 'on refait celui-ci', 'répète s\'il te plaît', ...(quebec ? ['hein', 'répète ça'] : ['comment'])],
    'AMAZON.StartOverIntent': ['recommence', 'recommencer', 'depuis le début', 'reprends depuis le début', 'on recommence', 'redémarre',
      'recommence la routine', 'tout recommencer', 'à partir du début', 'reprendre du début', 'on reprend tout',
      // The start verb again, with what is started again and from where: "on recommence tout", "on repart à zéro", "recommencer la séance".
      ...cross(['recommence', 'recommencez', 'recommencer', 'on recommence', 'recommençons', 'je recommence', 'on repart', 'repars', 'repartons', 'je repars',
        'reprends', 'reprenez', 'on reprend', 'reprenons', 'reprendre', 'redémarre', 'redémarrer', 'on redémarre', 'refais', 'on refait', 'refaire'],
      ['tout', 'depuis le début', 'du début', 'au début', 'à zéro', 'de zéro', 'tout depuis le début', 'tout du début', 'tout à zéro', 'à partir du début',
        'la séance depuis le début', 'la routine depuis le début', 'la séance du début', 'la routine du début', 'tout au complet', 'du commencement']),
      ...cross(['recommence', 'recommencez', 'recommencer', 'on recommence', 'recommençons', 'redémarre', 'redémarrer', 'on redémarre'],
        ['la séance', 'la routine', 'les étirements', 'tout ça', 'la série'])],
    'AMAZON.PauseIntent': ['pause', 'mets en pause', 'fais une pause', 'attends', 'attends un peu', 'un instant', 'une seconde', 'une minute',
      'donne-moi une minute', 'attends une minute', 'mets la routine en pause', 'minute', ...(quebec ? ['attends une seconde là'] : [])],
    'AMAZON.ResumeIntent': ['reprends', 'reprendre', 'reprends où on en était', 'on reprend où on en était', 'reprends la routine', 'je suis revenu',
      'je suis revenue', 'je suis de retour', 'enlève la pause', 'reprends là où je me suis arrêté'],
    'AMAZON.YesIntent': ['oui', 'ouais', "oui s'il te plaît", 'bien sûr', "d'accord", 'ok', 'volontiers', 'absolument', 'carrément', 'exactement',
      'oui oui', 'allons-y', 'avec plaisir', 'ça marche', 'certainement', 'certain', 'bien certain', 'évidemment', 'oui certainement', 'oui évidemment',
      'sûr', 'bien sûr que oui', 'mais oui', 'ouais ouais', 'yep', 'ouep', 'volontiers oui', ...(quebec ? ['correct', "c'est beau", 'oui oui là'] : ['ça roule'])],
    'AMAZON.NoIntent': ['non', 'non merci', 'pas maintenant', 'plutôt pas', 'pas du tout', 'surtout pas', 'je ne veux pas', 'nan', 'non non',
      ...cross(['nan', 'nah', 'bof', 'non'], ['pas maintenant', 'pas tout de suite', "pas aujourd'hui", 'plus tard', 'merci', 'pas pour le moment', 'pas vraiment',
        'ça va', 'pas envie']),
      ...(quebec ? ['non merci là'] : [])],
  };
}

/** Each intent's samples with the structured ones (fr-structures.ts) after them. */
function withStructures(own: LocaleWords['samples']): LocaleWords['samples'] {
  const out: Record<string, readonly string[]> = { ...own };
  for (const [intent, more] of Object.entries(structuredSamples)) out[intent] = [...(out[intent] ?? []), ...more];
  return out;
}

/** The everyday families of round 7 (fr-everyday.ts) after each intent's own and structured samples, the new intents' too. */
function withEverydayFamilies(own: LocaleWords['samples']): LocaleWords['samples'] {
  const out: Record<string, readonly string[]> = { ...own };
  for (const [intent, more] of Object.entries(everydaySamples)) out[intent] = [...new Set([...(out[intent] ?? []), ...more])];
  return out;
}

/** The recogniser's accentless spelling ("ca fait mal", "j'ai mal a la hanche", "fievre"). */
const plainLetters = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

/** The safety intents' samples also written without accents: pain, a sign or a feeling is never missed for a dropped cedilla. */
function withAccentless(samples: LocaleWords['samples']): LocaleWords['samples'] {
  const out: Record<string, readonly string[]> = { ...samples };
  for (const intent of ['PainIntent', 'WarningSignIntent', 'DescribeFeelingIntent']) {
    const own = out[intent] ?? [];
    const plain = own.map(plainLetters).filter((sample) => !own.includes(sample));
    out[intent] = [...own, ...new Set(plain)];
  }
  return out;
}

export function frenchWords(region: Region): LocaleWords {
  const added = newIntentWords('fr');
  const own = withEveryday('fr', { samples: samples(region), types: types(region) });
  const routines: Record<string, readonly string[]> = { ...(own.types.RoutineType ?? {}) };
  for (const [id, more] of Object.entries(routineWords)) routines[id] = [...(routines[id] ?? []), ...more];
  return {
    invocationName: 'coach des hanches',
    samples: withAccentless(withEverydayFamilies({ ...withStructures(own.samples), ...added.samples })),
    types: { ...own.types, RoutineType: routines, ...added.types },
  };
}
