/**
 * Understanding corpus, French (fr-FR, fr-CA), DEV half: safety phrasings written in one sitting
 * before the French samples and classifier words were tuned for them (the writer had read the
 * classifier's word lists, not the model or the other halves). Engineers may read it; its first
 * figure is the honest estimate of how the French safety vocabulary generalises.
 * Urgency follows the English corpus: bladderBowel, saddle and bothLegs are emergencies.
 */
import type { Phrasing, SignCategory } from '../phrasing';

const hold = (text: string, expect: Phrasing['expect']): Phrasing => ({ text, expect, context: 'hold' });
const referral = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'referral' });
const emergency = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'emergency' });

export const devPhrasings: readonly Phrasing[] = [
  hold("j'ai la jambe engourdie", referral('numbness')),
  hold('je sens plus mes orteils', referral('numbness')),
  hold("j'ai le pied tout endormi", referral('numbness')),
  hold("j'ai des fourmis dans le pied", referral('tingling')),
  hold('ça picote dans ma jambe', referral('tingling')),
  hold("j'ai des fourmillements dans les orteils", referral('tingling')),
  hold('ma jambe se dérobe', referral('weakness')),
  hold("j'arrive pas à lever le pied", referral('weakness')),
  hold('mon genou lâche tout le temps', referral('weakness')),
  hold("d'un coup j'ai plus de force dans les deux jambes", emergency('bothLegs')),
  hold('mes deux jambes sont engourdies', emergency('bothLegs')),
  hold("j'arrive plus à retenir mon pipi", emergency('bladderBowel')),
  hold("j'ai fait pipi sans m'en rendre compte", emergency('bladderBowel')),
  hold('je contrôle plus mes selles', emergency('bladderBowel')),
  hold("j'ai les fesses engourdies", emergency('saddle')),
  hold('je sens plus rien entre les jambes', emergency('saddle')),
  hold("quand je m'essuie je sens rien", emergency('saddle')),
  hold("la douleur descend jusqu'au pied", referral('radiating')),
  hold('ça irradie dans le mollet', referral('radiating')),
  hold("c'est la pire douleur de ma vie", referral('severe')),
  hold("ça empire de plus en plus", referral('severe')),
  hold("c'est insupportable", referral('severe')),
  hold("je suis tombé dans l'escalier hier", referral('fall')),
  hold("j'ai glissé sur la glace et je suis tombé sur le dos", referral('fall')),
  hold("j'ai de la fièvre et mal au dos", referral('fever')),
  hold("j'ai des frissons et je me sens pas bien", referral('fever')),
  hold('la douleur me réveille la nuit', referral('night')),
  hold("c'est pire la nuit quand je suis couché", referral('night')),
  hold('aïe ça fait mal', { feeling: 'pain' }),
  hold('ayoye ça fait mal', { feeling: 'pain' }),
  hold('ça me pince dans la hanche', { feeling: 'pain' }),
  hold("c'est trop", { feeling: 'pain' }),
  hold("je crois que je me suis fait un claquage", { feeling: 'pain' }),
  hold('ça tire beaucoup trop', { feeling: 'pain' }),
  hold('ça me fait souffrir', { feeling: 'pain' }),
  hold("j'ai une crampe au mollet", { feeling: 'cramp' }),
  hold("j'ai une crampe dans le pied", { feeling: 'cramp' }),
];
