/**
 * A sixth blind French set, leaning on Quebec French ("chu pu capable", "ça fait mal en maudit",
 * "pantoute", "mes jambes sont molles", "des fourmis dans la jambe", "un accident de char",
 * "envoye"), colloquial and elliptical speech ("et là", "on continue", "bah oui"), fillers ("euh",
 * "bah"), dropped "ne", severe pain as "insupportable", "je n'en peux plus de douleur", "atroce" and
 * fever as "j'ai de la fièvre", "je fais de la fièvre", written by hand on 2026-12-04 before reading
 * the French feeling vocabulary, the French models or the classifier this round, and deduplicated
 * mechanically against the held-out half. Half safety (tingling and severe pain weighted), half
 * everyday (weighted to start over, conditions, next, previous, help, yes, hold duration, easier,
 * harder, progress and starting a routine). Labels are what a careful physiotherapist would want,
 * not what the code does.
 */
import { Intent } from '../../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, start, type Phrasing } from '../phrasing';

export const fresh6Phrasings: readonly Phrasing[] = [
  // Tingling (referral)
  hold("j'ai des fourmis dans la jambe", sign('tingling')),
  hold("j'ai des fourmis dans le pied", sign('tingling')),
  hold('ça picote dans mon pied', sign('tingling')),
  between("euh j'ai des picotements dans les orteils", sign('tingling')),
  hold('ça fourmille dans ma jambe', sign('tingling')),
  outside("j'ai comme des aiguilles dans le mollet", sign('tingling')),
  paused('ça me picosse dans la jambe', sign('tingling')),
  outside("j'ai des engourdissements et des picotements dans le pied", sign('tingling')),
  // Numbness (referral); "endormi" is numbness, not a fall
  hold('chu pu capable de sentir mes orteils', sign('numbness')),
  between('mon pied est engourdi', sign('numbness')),
  outside("j'ai la cuisse insensible", sign('numbness')),
  paused('ma jambe est comme endormie', sign('numbness')),
  // Weakness, foot drop, a leg giving way (referral)
  hold('ma jambe lâche', sign('weakness')),
  outside("j'arrive plus à lever le pied", sign('weakness')),
  outside('je traîne la jambe gauche', sign('weakness')),
  paused("j'ai plus de force dans la jambe droite", sign('weakness')),
  // Both legs (emergency)
  hold('mes jambes sont molles', sign('bothLegs')),
  outside('je sens plus mes deux jambes', sign('bothLegs')),
  between('tout à coup mes jambes me lâchent', sign('bothLegs')),
  hold("j'arrive plus à bouger les jambes", sign('bothLegs')),
  // Bladder and bowel (emergency), everyday words
  outside("j'arrive pas à faire pipi", sign('bladderBowel')),
  hold("j'ai fait pipi dans ma culotte sans le sentir", sign('bladderBowel')),
  outside("j'ai des fuites urinaires depuis hier", sign('bladderBowel')),
  between('je me retiens plus pour aller aux toilettes', sign('bladderBowel')),
  outside("j'ai fait dans ma culotte sans m'en rendre compte", sign('bladderBowel')),
  outside("je sens plus quand j'ai envie de pisser", sign('bladderBowel')),
  // Saddle numbness (emergency)
  hold("j'ai les fesses engourdies", sign('saddle')),
  outside('je sens plus rien entre les jambes', sign('saddle')),
  between("quand je m'essuie je sens rien", sign('saddle')),
  outside('mon entrejambe est insensible', sign('saddle')),
  paused("j'ai le derrière tout engourdi", sign('saddle')),
  // Pain spreading below the knee or into the foot (referral)
  hold('ça descend jusque dans le pied', sign('radiating')),
  hold("la douleur me descend derrière le genou jusqu'au mollet", sign('radiating')),
  outside("ma sciatique descend jusqu'aux orteils", sign('radiating')),
  between("ça irradie dans toute la jambe jusqu'à la cheville", sign('radiating')),
  // Severe, worst-ever, worsening (referral)
  outside('la douleur est insupportable', sign('severe')),
  outside("je n'en peux plus de douleur", sign('severe')),
  outside("j'ai une douleur atroce au dos", sign('severe')),
  outside("j'ai mal au dos en maudit depuis trois jours et ça empire", sign('severe')),
  paused('ça empire de jour en jour', sign('severe')),
  outside('mon mal de dos est de pire en pire', sign('severe')),
  between("c'est une douleur intenable dans le bas du dos", sign('severe')),
  // After a fall or accident (referral)
  outside("je suis tombé dans l'escalier", sign('fall')),
  outside("j'ai glissé sur la glace et je suis tombé sur le dos", sign('fall')),
  between("j'ai eu un accident de char la semaine passée", sign('fall')),
  outside('je me suis cassé la gueule hier', sign('fall')),
  // Fever or unwell (referral)
  outside("je fais de la fièvre et j'ai mal au dos", sign('fever')),
  between('je me sens fiévreux', sign('fever')),
  outside("j'ai des frissons et je me sens pas bien", sign('fever')),
  paused("j'ai de la température", sign('fever')),
  // Pain at night (referral)
  outside('la douleur me réveille la nuit', sign('night')),
  outside('je dors plus à cause de mon dos', sign('night')),
  between("la nuit j'ai encore plus mal", sign('night')),
  // Pain and discomfort: the stretch stops
  hold('ça fait mal en maudit', pain),
  hold('ouch', pain),
  hold('aïe aïe', pain),
  hold("j'ai mal", pain),
  hold('ça pince dans la hanche', pain),
  hold('euh ça fait mal là', pain),
  hold("ça me brûle dans l'aine", pain),
  hold("j'ai senti un craquement", pain),
  hold("je crois que je me suis claqué quelque chose", pain),
  hold('stop ça fait mal', pain),
  hold('oh là ça me lance', pain),
  between("ça m'a fait mal celui-là", pain),
  paused("j'ai eu mal pendant l'étirement", pain),
  // Cramps: ease out, it passes
  hold('aïe une crampe au mollet', cramp),
  hold('crampe crampe', cramp),
  // Start over
  between('on recommence tout', is(Intent.StartOver)),
  between('reprends depuis le début', is(Intent.StartOver)),
  between('on repart à zéro', is(Intent.StartOver)),
  between('recommencer la séance', is(Intent.StartOver)),
  // Conditions the user tells the coach about
  outside("j'ai de l'arthrose à la hanche", is(Intent.Condition)),
  outside("on m'a mis une prothèse de hanche", is(Intent.Condition)),
  outside('je suis enceinte', is(Intent.Condition)),
  outside("j'ai une hernie discale", is(Intent.Condition)),
  outside("je me suis fait opérer du dos l'an passé", is(Intent.Condition)),
  // Next, said every way between stretches
  between('et là', is(Intent.Next)),
  between('on continue', is(Intent.Next)),
  between('bon la suite', is(Intent.Next)),
  between('euh suivant', is(Intent.Next)),
  between("c'est quoi le prochain", is(Intent.Next)),
  between('envoye le prochain', is(Intent.Next)),
  between('ok next', is(Intent.Next)),
  // Previous
  between("on revient à celui d'avant", is(Intent.Previous)),
  between('retourne en arrière', is(Intent.Previous)),
  between("le précédent s'il te plaît", is(Intent.Previous)),
  // Help
  outside('je sais pas quoi dire', is(Intent.Help)),
  outside('comment ça marche', is(Intent.Help)),
  outside('euh aide-moi', is(Intent.Help)),
  outside("qu'est-ce que tu sais faire", is(Intent.Help)),
  // Yes and no
  question('ouais', is(Intent.Yes)),
  question('oui oui vas-y', is(Intent.Yes)),
  question('bah oui', is(Intent.Yes)),
  question('certainement', is(Intent.Yes)),
  question("ok d'accord", is(Intent.Yes)),
  question('non pas maintenant', is(Intent.No)),
  // How long to hold
  hold('je tiens ça combien de temps', is(Intent.HoldDuration)),
  hold('ça dure combien de secondes', is(Intent.HoldDuration)),
  hold('encore combien de temps', is(Intent.HoldDuration)),
  // Easier and harder
  hold('chu pu capable y a plus facile', is(Intent.Easier)),
  hold("c'est trop dur pour moi", is(Intent.Easier)),
  hold('une variante plus facile', is(Intent.Easier)),
  between('on peut faire plus doux', is(Intent.Easier)),
  between("c'est trop facile", is(Intent.Harder)),
  between('je veux plus de défi', is(Intent.Harder)),
  outside('une version plus intense', is(Intent.Harder)),
  // Progress
  outside("j'ai fait combien de séances", is(Intent.Progress)),
  outside('mes progrès', is(Intent.Progress)),
  outside("combien de jours d'affilée", is(Intent.Progress)),
  // Starting a routine
  outside('les étirements du réveil', start('morning')),
  outside('on fait celle du matin', start('morning')),
  outside("je veux m'étirer", start()),
  outside('commence une séance', start()),
  outside('allez on y va', start()),
  outside('la routine du soir', start('evening')),
  outside('une petite pause au travail', start('workday')),
  // Everything else, a line or two each
  hold('attends deux secondes', is(Intent.Pause)),
  paused("c'est reparti", is(Intent.Resume)),
  between('redis-moi ça', is(Intent.Repeat)),
  between('on passe celui-là', is(Intent.Skip)),
  hold("c'est quel côté", is(Intent.WhichSide)),
  hold('à quoi ça sert', is(Intent.WhatDoesThisStretch)),
  between('il en reste encore beaucoup', is(Intent.HowManyLeft)),
  between("j'arrête là pour aujourd'hui", is(Intent.Stop)),
  hold('je le sens bien dans la fesse', is(Intent.DescribeFeeling)),
  hold('ça étire bien', is(Intent.DescribeFeeling)),
  between("dis-m'en plus", is(Intent.TellMeMore)),
  outside('plus court', is(Intent.Shorter)),
  outside("j'ai juste dix minutes", is(Intent.CustomRoutine)),
];
