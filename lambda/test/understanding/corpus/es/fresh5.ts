/**
 * A fifth blind Spanish set (es-ES, es-MX and US Spanish: "acorchada", "entumida", "pompas",
 * "calentura", "se me acalambró", "tuve un choque en el carro", "tengo un cramp"), written by hand
 * on 2026-12-04 before reading the Spanish feeling vocabulary or the Spanish models, and
 * deduplicated mechanically against the held-out half. Weighted to safety: every warning-sign
 * category with its urgency, pain and discomfort (tú and usted, exclamations, "me duele", "es
 * demasiado", run-ons), cramps, then a few shorter, longer and custom requests. Labels are what a
 * careful physiotherapist would want, not what the code does.
 */
import { Intent } from '../../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, type Phrasing } from '../phrasing';

export const fresh5Phrasings: readonly Phrasing[] = [
  // Numbness (referral); "dormido" is numbness, not a fall
  hold('no siento el dedo gordo del pie', sign('numbness')),
  hold('se me ha dormido el pie', sign('numbness')),
  between('se me durmió la pierna', sign('numbness')),
  hold('tengo la pierna acorchada', sign('numbness')),
  paused('la planta del pie la tengo como de corcho', sign('numbness')),
  outside('no tengo sensibilidad en el talón', sign('numbness')),
  hold('siento la pierna entumida', sign('numbness')),
  outside('tengo el muslo insensible por fuera', sign('numbness')),
  // Tingling (referral)
  hold('tengo hormigueo en los dedos del pie', sign('tingling')),
  hold('siento cosquilleo en la pierna', sign('tingling')),
  between('me hormiguea el pie derecho', sign('tingling')),
  hold('siento como agujas en la pantorrilla', sign('tingling')),
  paused('tengo un hormigueo que me baja hasta el talón', sign('tingling')),
  outside('siento piquetitos en el pie izquierdo', sign('tingling')),
  // Weakness, foot drop, a leg giving way (referral)
  hold('la pierna no me sostiene', sign('weakness')),
  between('no puedo levantar bien la punta del pie', sign('weakness')),
  outside('arrastro el pie derecho al caminar', sign('weakness')),
  outside('tropiezo todo el rato con la punta del pie', sign('weakness')),
  paused('no tengo fuerza en la pierna izquierda', sign('weakness')),
  between('la pierna se me afloja cuando me apoyo', sign('weakness')),
  // Both legs (emergency)
  hold('de repente las dos piernas no me responden', sign('bothLegs')),
  outside('no siento las piernas', sign('bothLegs')),
  hold('se me doblaron las dos piernas', sign('bothLegs')),
  paused('tengo las dos piernas dormidas', sign('bothLegs')),
  between('tengo ambas piernas muy débiles de golpe', sign('bothLegs')),
  outside('no me puedo parar las piernas no me responden', sign('bothLegs')),
  // Bladder and bowel (emergency), everyday words
  outside('no puedo orinar desde esta mañana', sign('bladderBowel')),
  hold('me hice pipí encima', sign('bladderBowel')),
  between('se me escapa la orina', sign('bladderBowel')),
  outside('no controlo el pis', sign('bladderBowel')),
  paused('no me doy cuenta cuando tengo ganas de ir al baño', sign('bladderBowel')),
  outside('me hice popó sin darme cuenta', sign('bladderBowel')),
  outside('no puedo hacer del baño desde ayer', sign('bladderBowel')),
  question('no controlo el intestino', sign('bladderBowel')),
  // Saddle numbness (emergency)
  hold('tengo dormido el trasero', sign('saddle')),
  between('no siento nada entre las piernas', sign('saddle')),
  outside('tengo las nalgas adormecidas', sign('saddle')),
  outside('al limpiarme no siento nada', sign('saddle')),
  paused('tengo la zona íntima entumida', sign('saddle')),
  outside('no siento las pompas', sign('saddle')),
  hold('tengo la entrepierna insensible', sign('saddle')),
  // Pain spreading below the knee or into the foot (referral)
  hold('el dolor me baja hasta el pie', sign('radiating')),
  hold('me corre por la pierna hasta el tobillo', sign('radiating')),
  outside('el ciático me llega hasta debajo de la rodilla', sign('radiating')),
  between('es como una descarga hasta los dedos', sign('radiating')),
  paused('me baja por detrás de la pierna hasta el talón', sign('radiating')),
  hold('me irradia hasta la pantorrilla', sign('radiating')),
  // Severe, worst-ever, worsening (referral)
  outside('es el peor dolor que he tenido en mi vida', sign('severe')),
  outside('el dolor va a peor cada día', sign('severe')),
  between('cada vez me duele más la espalda', sign('severe')),
  outside('tengo un dolor de espalda insoportable', sign('severe')),
  paused('me duele horrible la espalda desde ayer y va empeorando', sign('severe')),
  // After a fall or accident (referral)
  outside('me caí por las escaleras ayer', sign('fall')),
  between('tuve un accidente de coche la semana pasada', sign('fall')),
  outside('tuve un choque en el carro', sign('fall')),
  paused('me resbalé en la ducha y me di en la espalda', sign('fall')),
  outside('me caí de la bici', sign('fall')),
  outside('me di un golpe fuerte en la espalda', sign('fall')),
  // Fever or unwell (referral)
  outside('tengo fiebre y me duele la espalda', sign('fever')),
  outside('tengo calentura', sign('fever')),
  between('tengo escalofríos', sign('fever')),
  paused('me siento muy mal y tengo temperatura', sign('fever')),
  outside('estoy con fiebre y con dolor en la cintura', sign('fever')),
  // Pain at night (referral)
  outside('me despierta el dolor por la noche', sign('night')),
  outside('en la madrugada me despierta el dolor', sign('night')),
  between('no puedo dormir del dolor de espalda', sign('night')),
  outside('por las noches el dolor es peor', sign('night')),
  outside('a las tres de la mañana me levanta el dolor', sign('night')),
  // Pain and discomfort: the stretch stops
  hold('ay me duele', pain),
  hold('ay ay ay', pain),
  hold('híjole me duele', pain),
  hold('me duele bien feo', pain),
  hold('es demasiado', pain),
  hold('esto es mucho', pain),
  hold('para para que me duele', pain),
  hold('me está doliendo mucho', pain),
  hold('me da un pinchazo en la cadera', pain),
  hold('siento un tirón en la ingle', pain),
  hold('me tira demasiado', pain),
  hold('me molesta bastante', pain),
  hold('esto no me gusta nada', pain),
  hold('creo que me he dado un tirón', pain),
  hold('algo me tronó en la cadera', pain),
  hold('sentí un crujido y ahora me duele', pain),
  hold('me arde la ingle', pain),
  hold('oiga me duele', pain),
  hold('perdone pero me duele', pain),
  hold('no aguanto más me duele', pain),
  hold('me está matando la cadera', pain),
  hold('qué dolor', pain),
  hold('uy no no me duele mucho y no sé si seguir', pain),
  between('eso me dolió bastante', pain),
  paused('me duele cuando entro en el estiramiento', pain),
  // Cramps: ease out, it passes
  hold('me dio un calambre en la pantorrilla', cramp),
  hold('se me acalambró el pie', cramp),
  hold('tengo un calambre en el gemelo', cramp),
  hold('tengo un cramp en la pierna', cramp),
  hold('calambre calambre', cramp),
  hold('me dio un calambre en el muslo', cramp),
  // Shorter, longer, a length or a part asked for
  outside('tienes algo más corto', is(Intent.Shorter)),
  outside('una rutina más cortita', is(Intent.Shorter)),
  outside('quiero una más larga', is(Intent.Longer)),
  outside('hay algo más largo', is(Intent.Longer)),
  outside('solo tengo diez minutos', is(Intent.CustomRoutine)),
  outside('dame quince minutos para la cadera', is(Intent.CustomRoutine)),
  outside('cinco minutos para la espalda baja', is(Intent.CustomRoutine)),
  outside('me puede poner una rutina de veinte minutos', is(Intent.CustomRoutine)),
];
