/**
 * A fifth blind French set (fr-FR and Quebec French: "ayoye", "j'ai pogné une crampe", "un accident
 * de char", "je file pas", "aller à la toilette", "endormi"), written by hand on 2026-12-04 before
 * reading the French feeling vocabulary or the French models, and deduplicated mechanically
 * against the held-out half. Weighted to safety: every warning-sign category with its urgency, pain
 * and discomfort (tu and vous, exclamations, "ça tire trop", "c'est trop", run-ons), cramps, then a
 * few shorter, longer and custom requests. Labels are what a careful physiotherapist would want,
 * not what the code does.
 */
import { Intent } from '../../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, type Phrasing } from '../phrasing';

export const fresh5Phrasings: readonly Phrasing[] = [
  // Numbness (referral); "endormi" is numbness, not a fall
  hold('je sens plus mon gros orteil', sign('numbness')),
  hold("j'ai la jambe tout engourdie", sign('numbness')),
  between('mon pied est endormi', sign('numbness')),
  hold('je ne sens plus mon talon', sign('numbness')),
  paused("j'ai plus de sensation dans le pied", sign('numbness')),
  outside("j'ai le dessus de la cuisse insensible", sign('numbness')),
  hold('mon mollet est comme mort', sign('numbness')),
  outside("j'ai le pied en coton", sign('numbness')),
  // Tingling (referral)
  hold("j'ai des fourmis dans le pied", sign('tingling')),
  hold("ça picote dans mes orteils", sign('tingling')),
  between("j'ai des picotements dans la jambe", sign('tingling')),
  hold('ça fourmille dans le mollet', sign('tingling')),
  paused("j'ai des fourmillements jusqu'au talon", sign('tingling')),
  outside('ma jambe droite me picote tout le temps', sign('tingling')),
  // Weakness, foot drop, a leg giving way (referral)
  hold('ma jambe me lâche', sign('weakness')),
  between("j'arrive plus à relever le pied", sign('weakness')),
  outside('je traîne le pied gauche en marchant', sign('weakness')),
  outside("je bute tout le temps avec le bout du pied", sign('weakness')),
  paused("j'ai plus de force dans la jambe droite", sign('weakness')),
  hold('ma jambe ne me porte plus', sign('weakness')),
  between('ma jambe plie toute seule', sign('weakness')),
  // Both legs (emergency)
  hold("d'un coup mes deux jambes sont toutes faibles", sign('bothLegs')),
  outside('je sens plus mes jambes', sign('bothLegs')),
  hold('mes jambes me lâchent', sign('bothLegs')),
  paused("j'ai les deux jambes engourdies", sign('bothLegs')),
  between("j'arrive plus à bouger les jambes", sign('bothLegs')),
  outside('mes deux jambes répondent plus', sign('bothLegs')),
  // Bladder and bowel (emergency), everyday words
  outside("je n'arrive plus à uriner depuis ce matin", sign('bladderBowel')),
  hold("j'ai fait pipi dans ma culotte", sign('bladderBowel')),
  between('je me suis fait dessus', sign('bladderBowel')),
  outside("je sens pas quand j'ai envie d'aller aux toilettes", sign('bladderBowel')),
  paused('je retiens plus mon pipi', sign('bladderBowel')),
  outside('je ne retiens plus mes selles', sign('bladderBowel')),
  outside("je suis pas capable d'aller à la toilette", sign('bladderBowel')),
  question("j'ai des fuites urinaires depuis hier", sign('bladderBowel')),
  // Saddle numbness (emergency)
  hold('je sens plus rien aux fesses', sign('saddle')),
  between("j'ai le périnée engourdi", sign('saddle')),
  outside("c'est tout engourdi entre les jambes", sign('saddle')),
  outside("quand je m'essuie je sens rien", sign('saddle')),
  paused("j'ai les parties intimes insensibles", sign('saddle')),
  outside("j'ai le derrière tout endormi", sign('saddle')),
  hold("l'entrejambe est insensible", sign('saddle')),
  // Pain spreading below the knee or into the foot (referral)
  hold("la douleur descend jusqu'au pied", sign('radiating')),
  hold("ça irradie jusque dans le mollet", sign('radiating')),
  outside('ma sciatique descend sous le genou', sign('radiating')),
  between("c'est comme une décharge jusqu'aux orteils", sign('radiating')),
  paused("ça me descend derrière la jambe jusqu'au talon", sign('radiating')),
  hold("j'ai mal jusqu'à la cheville", sign('radiating')),
  // Severe, worst-ever, worsening (referral)
  outside("ça empire de jour en jour dans le dos", sign('severe')),
  between("j'ai de plus en plus mal au dos", sign('severe')),
  outside("j'ai une douleur insupportable au dos", sign('severe')),
  paused("j'ai mal au dos en maudit depuis hier et c'est de pire en pire", sign('severe')),
  // After a fall or accident (referral)
  outside("je suis tombé dans l'escalier hier", sign('fall')),
  outside('je suis tombée sur les fesses', sign('fall')),
  between("j'ai eu un accident de voiture la semaine dernière", sign('fall')),
  outside("j'ai eu un accident de char", sign('fall')),
  paused("j'ai glissé sur la glace et je suis tombé sur le dos", sign('fall')),
  outside('je suis tombé de vélo', sign('fall')),
  outside("je me suis pris une grosse chute", sign('fall')),
  // Fever or unwell (referral)
  outside("j'ai de la fièvre et mal au dos", sign('fever')),
  outside("je fais d'la fièvre", sign('fever')),
  between("j'ai des frissons", sign('fever')),
  paused("je file pas pantoute et j'ai mal au dos", sign('fever')),
  outside("j'ai de la température et je me sens pas bien", sign('fever')),
  // Pain at night (referral)
  outside('la douleur me réveille la nuit', sign('night')),
  outside("la nuit j'ai bien plus mal", sign('night')),
  between("j'arrive pas à dormir tellement j'ai mal au dos", sign('night')),
  outside("vers trois heures du matin la douleur me réveille", sign('night')),
  outside("c'est pire la nuit quand je suis couché", sign('night')),
  // Pain and discomfort: the stretch stops
  hold('ayoye', pain),
  hold('aïe aïe aïe', pain),
  hold('ouille ça fait mal', pain),
  hold('arrête ça fait mal', pain),
  hold("stop stop j'ai mal", pain),
  hold('ça me pince dans la hanche', pain),
  hold("j'ai senti un craquement et ça fait mal", pain),
  hold("je crois que je me suis claqué quelque chose", pain),
  hold("ça m'élance dans l'aine", pain),
  hold('ça brûle dans la cuisse', pain),
  hold("c'est pas agréable du tout", pain),
  hold("ma hanche aime pas ça", pain),
  hold('excusez moi mais ça me fait mal', pain),
  hold('pouvez vous arrêter ça fait mal', pain),
  hold("ça fait mal en ta", pain),
  hold('oh là là non', pain),
  hold("ça fait vraiment mal et je sais pas si je dois continuer", pain),
  hold("c'est trop pour moi", pain),
  hold("j'ai une douleur vive dans le dos", pain),
  between("ça m'a fait mal tantôt", pain),
  paused("ça me fait mal quand je rentre dans l'étirement", pain),
  // Cramps: ease out, it passes
  hold("j'ai une crampe dans le mollet", cramp),
  hold("j'ai pogné une crampe", cramp),
  hold('crampe au pied', cramp),
  hold("j'ai une crampe à la cuisse", cramp),
  hold('une crampe une crampe', cramp),
  // Shorter, longer, a length or a part asked for
  outside('tu as quelque chose de plus court', is(Intent.Shorter)),
  outside('une routine plus courte', is(Intent.Shorter)),
  outside('je veux une routine plus longue', is(Intent.Longer)),
  outside("t'as plus long", is(Intent.Longer)),
  outside("j'ai seulement dix minutes", is(Intent.CustomRoutine)),
  outside("donne moi un quart d'heure pour les hanches", is(Intent.CustomRoutine)),
  outside('cinq minutes pour le bas du dos', is(Intent.CustomRoutine)),
  outside('vous pouvez me faire une routine de vingt minutes', is(Intent.CustomRoutine)),
];
