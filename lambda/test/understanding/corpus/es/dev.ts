/**
 * Understanding corpus, Spanish (es-ES, es-MX, es-US), DEV half: safety phrasings written in one sitting
 * before the Spanish samples and classifier words were tuned for them (the writer had read the
 * classifier's word lists, not the model or the other halves). Engineers may read it; its first
 * figure is the honest estimate of how the Spanish safety vocabulary generalises.
 * Urgency follows the English corpus: bladderBowel, saddle and bothLegs are emergencies.
 */
import type { Phrasing, SignCategory } from '../phrasing';

const hold = (text: string, expect: Phrasing['expect']): Phrasing => ({ text, expect, context: 'hold' });
const referral = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'referral' });
const emergency = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'emergency' });

export const devPhrasings: readonly Phrasing[] = [
  hold('se me ha dormido la pierna', referral('numbness')),
  hold('no siento los dedos del pie', referral('numbness')),
  hold('tengo el muslo entumido', referral('numbness')),
  hold('siento hormigueo en el pie', referral('tingling')),
  hold('tengo como cosquillas raras en la pierna', referral('tingling')),
  hold('me hormiguea la planta del pie', referral('tingling')),
  hold('la pierna se me dobla', referral('weakness')),
  hold('no puedo levantar bien el pie', referral('weakness')),
  hold('me falla la rodilla', referral('weakness')),
  hold('de repente no tengo fuerza en las dos piernas', emergency('bothLegs')),
  hold('se me duermen las dos piernas', emergency('bothLegs')),
  hold('no aguanto el pis', emergency('bladderBowel')),
  hold('me hice pipí sin darme cuenta', emergency('bladderBowel')),
  hold('no controlo cuando voy al baño', emergency('bladderBowel')),
  hold('tengo el culo dormido', emergency('saddle')),
  hold('no siento nada en la entrepierna', emergency('saddle')),
  hold('se me durmieron las pompas', emergency('saddle')),
  hold('el dolor me baja hasta el pie', referral('radiating')),
  hold('me corre un dolor por la pierna hasta el tobillo', referral('radiating')),
  hold('es el peor dolor que he tenido', referral('severe')),
  hold('cada vez me duele más', referral('severe')),
  hold('ya no lo aguanto más', referral('severe')),
  hold('me caí de la escalera ayer', referral('fall')),
  hold('me resbalé en la ducha y me di un golpe en la espalda', referral('fall')),
  hold('tengo fiebre y me duele la espalda', referral('fever')),
  hold('tengo escalofríos y me siento fatal', referral('fever')),
  hold('el dolor me despierta por la noche', referral('night')),
  hold('de noche me duele mucho más la espalda', referral('night')),
  hold('ay me duele', { feeling: 'pain' }),
  hold('eso me está lastimando', { feeling: 'pain' }),
  hold('me pincha en la cadera', { feeling: 'pain' }),
  hold('es demasiado para mí', { feeling: 'pain' }),
  hold('creo que me di un tirón', { feeling: 'pain' }),
  hold('uy duele duele', { feeling: 'pain' }),
  hold('me molesta mucho la rodilla', { feeling: 'pain' }),
  hold('me dio un calambre en la pantorrilla', { feeling: 'cramp' }),
  hold('tengo un calambre en el pie', { feeling: 'cramp' }),
];
