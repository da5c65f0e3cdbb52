/**
 * Understanding corpus, German (de-DE, de-AT), DEV half: safety phrasings written in one sitting
 * before the German samples and classifier words were tuned for them (the writer had read the
 * classifier's word lists, not the model or the other halves). Engineers may read it; its first
 * figure is the honest estimate of how the German safety vocabulary generalises.
 * Urgency follows the English corpus: bladderBowel, saddle and bothLegs are emergencies.
 */
import type { Phrasing, SignCategory } from '../phrasing';

const hold = (text: string, expect: Phrasing['expect']): Phrasing => ({ text, expect, context: 'hold' });
const referral = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'referral' });
const emergency = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'emergency' });

export const devPhrasings: readonly Phrasing[] = [
  hold('mein linker fuß fühlt sich ganz taub an', referral('numbness')),
  hold('ich spür meine zehen nicht mehr', referral('numbness')),
  hold('mein oberschenkel ist wie eingeschlafen', referral('numbness')),
  hold('es kribbelt in meinem bein', referral('tingling')),
  hold('ich hab so ein ameisenlaufen im fuß', referral('tingling')),
  hold('meine zehen prickeln komisch', referral('tingling')),
  hold('mein bein knickt immer weg', referral('weakness')),
  hold('ich kann den fuß nicht richtig hochziehen', referral('weakness')),
  hold('mein knie gibt einfach nach', referral('weakness')),
  hold('auf einmal sind beide beine ganz schwach', emergency('bothLegs')),
  hold('ich spür beide beine kaum noch', emergency('bothLegs')),
  hold('ich muss dauernd pinkeln und merk es nicht', emergency('bladderBowel')),
  hold('ich hab mir gerade in die hose gemacht', emergency('bladderBowel')),
  hold('ich kann meinen stuhlgang nicht mehr halten', emergency('bladderBowel')),
  hold('mein po fühlt sich taub an', emergency('saddle')),
  hold('im intimbereich spür ich nichts mehr', emergency('saddle')),
  hold('wenn ich auf dem klo sitze ist unten alles taub', emergency('saddle')),
  hold('der schmerz zieht bis runter in den fuß', referral('radiating')),
  hold('es schießt mir hinten ins bein bis zur wade', referral('radiating')),
  hold('das sind die schlimmsten schmerzen meines lebens', referral('severe')),
  hold('es wird immer schlimmer', referral('severe')),
  hold('ich halt das nicht mehr aus', referral('severe')),
  hold('ich bin gestern die treppe runtergefallen', referral('fall')),
  hold('ich bin auf dem eis ausgerutscht und auf den rücken geknallt', referral('fall')),
  hold('ich hab fieber und mir tut der rücken weh', referral('fever')),
  hold('mir ist ganz heiß und ich hab schüttelfrost', referral('fever')),
  hold('der schmerz weckt mich jede nacht', referral('night')),
  hold('nachts im bett tut der rücken am meisten weh', referral('night')),
  hold('aua das tut weh', { feeling: 'pain' }),
  hold('das sticht in der hüfte', { feeling: 'pain' }),
  hold('autsch', { feeling: 'pain' }),
  hold('da hat was geknackt und jetzt tuts weh', { feeling: 'pain' }),
  hold('das ist mir zu viel', { feeling: 'pain' }),
  hold('ich glaub ich hab mir was gezerrt', { feeling: 'pain' }),
  hold('mir tut die leiste weh', { feeling: 'pain' }),
  hold('ich hab nen krampf in der wade', { feeling: 'cramp' }),
  hold('mein fuß verkrampft sich', { feeling: 'cramp' }),
];
