/**
 * Understanding corpus, Spanish (es-ES, es-MX, es-US), FRESH set: written by a helper engineer on 2026-12-02, blind to the model, its samples, the classifier's word lists and the other halves; covers every warning-sign category, pain, cramp and the everyday navigation, questions and starts; colloquial spoken Spanish from Spain, Mexico and the US (vale, órale, ándale, güey, pompis, nalga, chamba), fillers and a few recogniser losses (missing accents).
 * Urgency: bladderBowel, saddle and bothLegs are emergencies; the other signs are referrals.
 *
 * The lead then dropped, mechanically and without reading them, the 10 texts that equal a held-out
 * text, so tuning against this set never tunes against the held-out half. Before any tuning against
 * it (main at d0d3ed6, 2026-12-02 20:15 UTC, `npm run understanding -- --locale es-ES --half dev`
 * with only this set as the dev half), the exact resolver read 30 % of its 43 everyday phrasings right (30 % by ear), read 89 % of its 65 warning signs (75 % with the right urgency) and stopped 83 % of its 18 pain phrasings by ear; none was told to go on.
 */
import type { Phrasing, SignCategory } from '../phrasing';
const at = (context: Phrasing['context']) => (text: string, expect: Phrasing['expect']): Phrasing => ({ text, expect, context });
const hold = at('hold'); const between = at('between'); const outside = at('outside'); const question = at('question'); const paused = at('paused');
const referral = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'referral' });
const emergency = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'emergency' });
const pain: Phrasing['expect'] = { feeling: 'pain' };
const cramp: Phrasing['expect'] = { feeling: 'cramp' };
const intent = (name: Phrasing['expect'] extends infer E ? (E extends { intent: infer I } ? I : never) : never, routine?: 'morning' | 'workday' | 'evening'): Phrasing['expect'] => (routine ? { intent: name, routine } : { intent: name });
export const freshPhrasings: readonly Phrasing[] = [
  // numbness
  hold('tengo el pie dormido', referral('numbness')),
  hold('se me durmió la pierna', referral('numbness')),
  hold('no siento los dedos del pie', referral('numbness')),
  hold('tengo la pierna acorchada', referral('numbness')),
  hold('se me entumió el muslo', referral('numbness')),
  hold('ya no siento nada en el tobillo', referral('numbness')),
  // tingling
  hold('me hormiguea la pierna', referral('tingling')),
  hold('siento hormigueo en el pie', referral('tingling')),
  hold('tengo como cosquillas raras en los dedos', referral('tingling')),
  hold('siento como toques en la pantorrilla', referral('tingling')),
  hold('como agujitas en el pie', referral('tingling')),
  hold('siento como corrientitos en la pierna', referral('tingling')),
  // weakness
  hold('no puedo levantar el pie', referral('weakness')),
  hold('se me dobla la rodilla sola', referral('weakness')),
  hold('la pierna derecha no me aguanta', referral('weakness')),
  hold('no tengo fuerza en la pierna izquierda', referral('weakness')),
  hold('se me cae el pie al caminar', referral('weakness')),
  // bothLegs
  hold('de repente no tengo fuerza en las dos piernas', emergency('bothLegs')),
  hold('no puedo mover ninguna de las dos piernas', emergency('bothLegs')),
  hold('se me aflojaron las dos piernas de golpe', emergency('bothLegs')),
  hold('las piernas no me sostienen', emergency('bothLegs')),
  hold('ambas piernas se me quedaron sin fuerza', emergency('bothLegs')),
  hold('no me puedo parar se me doblan las dos piernas', emergency('bothLegs')),
  // bladderBowel
  hold('me hice pipí sin darme cuenta', emergency('bladderBowel')),
  hold('no puedo aguantar la orina', emergency('bladderBowel')),
  hold('no siento cuando tengo ganas de hacer pis', emergency('bladderBowel')),
  hold('no puedo orinar desde esta mañana', emergency('bladderBowel')),
  hold('se me salió la caca sin querer', emergency('bladderBowel')),
  hold('no controlo el baño', emergency('bladderBowel')),
  hold('me estoy meando y no lo noto', emergency('bladderBowel')),
  // saddle
  hold('tengo el culo dormido', emergency('saddle')),
  hold('no siento las nalgas', emergency('saddle')),
  hold('se me durmió la pompis y no se me quita', emergency('saddle')),
  hold('no siento nada entre las piernas', emergency('saddle')),
  hold('cuando voy al baño no siento nada ahí abajo', emergency('saddle')),
  hold('tengo la ingle y los genitales adormecidos', emergency('saddle')),
  hold('al limpiarme no siento el papel', emergency('saddle')),
  // radiating
  hold('el dolor me baja hasta el pie', referral('radiating')),
  hold('me corre por toda la pierna hasta el tobillo', referral('radiating')),
  hold('me jala desde la espalda hasta abajo de la rodilla', referral('radiating')),
  hold('es el ciático me llega hasta los dedos', referral('radiating')),
  hold('siento un latigazo que baja por la pierna', referral('radiating')),
  hold('me duele desde la nalga hasta la pantorrilla', referral('radiating')),
  // severe
  hold('es el peor dolor de mi vida', referral('severe')),
  hold('el dolor va cada vez a peor', referral('severe')),
  hold('no aguanto el dolor', referral('severe')),
  hold('me duele horrible la espalda no puedo', referral('severe')),
  hold('es un dolor insoportable', referral('severe')),
  hold('cada día me duele más y más', referral('severe')),
  // fall
  hold('me caí de la escalera ayer', referral('fall')),
  outside('me resbalé en la regadera y caí de espaldas', referral('fall')),
  hold('tuve un accidente de coche la semana pasada', referral('fall')),
  hold('me di un costalazo y caí de sentón', referral('fall')),
  hold('me acabo de caer', referral('fall')),
  hold('choqué en el carro y desde entonces me duele', referral('fall')),
  // fever
  hold('tengo fiebre y me duele la espalda', referral('fever')),
  hold('tengo escalofríos y calentura', referral('fever')),
  outside('ando con temperatura y dolor de cintura', referral('fever')),
  hold('me siento muy malito y con fiebre', referral('fever')),
  hold('estoy ardiendo en fiebre', referral('fever')),
  // night
  hold('el dolor me despierta por la noche', referral('night')),
  hold('de noche no puedo dormir del dolor', referral('night')),
  hold('acostado en la cama me duele mucho más', referral('night')),
  outside('me despierto a las tres de la mañana por la espalda', referral('night')),
  hold('en las noches es cuando peor me duele', referral('night')),
  // pain
  hold('ay ay ay', pain),
  hold('uy me duele', pain),
  hold('es demasiado', pain),
  hold('me dio un pinchazo', pain),
  hold('sentí un chasquido en la cadera', pain),
  hold('creo que me jalé algo', pain),
  hold('me quema en la ingle', pain),
  hold('me arde la cadera', pain),
  hold('me duele mucho', pain),
  hold('eso duele güey', pain),
  hold('me da un tirón', pain),
  hold('creo que me he hecho daño', pain),
  hold('es muy incómodo', pain),
  hold('esto no le gusta a mi espalda', pain),
  hold('me punza en la espalda baja', pain),
  hold('joder qué dolor', pain),
  hold('me lastimé', pain),
  between('el ejercicio anterior me dolió', pain),
  // cramp
  hold('me dio un calambre en la pantorrilla', cramp),
  hold('se me acalambró el pie', cramp),
  hold('tengo un calambre en el muslo', cramp),
  hold('me dio rampa en la pierna', cramp),
  // everyday
  between('siguiente', intent('AMAZON.NextIntent')),
  between('vale sigue', intent('AMAZON.NextIntent')),
  between('ándale la que sigue', intent('AMAZON.NextIntent')),
  between('dale vamos', intent('AMAZON.NextIntent')),
  between('regresa a la anterior', intent('AMAZON.PreviousIntent')),
  between('vuelve al de antes', intent('AMAZON.PreviousIntent')),
  hold('cómo dijiste', intent('AMAZON.RepeatIntent')),
  hold('repite eso', intent('AMAZON.RepeatIntent')),
  hold('otra vez por favor no te oí', intent('AMAZON.RepeatIntent')),
  hold('espérame tantito', intent('AMAZON.PauseIntent')),
  hold('para un momento', intent('AMAZON.PauseIntent')),
  hold('aguanta que están tocando la puerta', intent('AMAZON.PauseIntent')),
  paused('ya volví sigue', intent('AMAZON.ResumeIntent')),
  paused('venga seguimos', intent('AMAZON.ResumeIntent')),
  hold('ya terminé por hoy', intent('AMAZON.StopIntent')),
  between('ya estuvo', intent('AMAZON.StopIntent')),
  between('se acabó déjalo', intent('AMAZON.StopIntent')),
  hold('sáltate este', intent('SkipIntent')),
  hold('este me lo salto', intent('SkipIntent')),
  between('pasa este no me gusta', intent('SkipIntent')),
  hold('cuánto tiempo lo aguanto', intent('HoldDurationIntent')),
  hold('cuántos segundos faltan', intent('HoldDurationIntent')),
  hold('de qué lado voy', intent('WhichSideIntent')),
  hold('cuál pierna', intent('WhichSideIntent')),
  hold('izquierda o derecha', intent('WhichSideIntent')),
  hold('para qué sirve este estiramiento', intent('WhatDoesThisStretchIntent')),
  hold('qué estira esto', intent('WhatDoesThisStretchIntent')),
  between('cuántos quedan', intent('HowManyLeftIntent')),
  between('cuánto falta para acabar', intent('HowManyLeftIntent')),
  outside('cómo voy', intent('ProgressIntent')),
  outside('cuántas veces he estirado esta semana', intent('ProgressIntent')),
  outside('empieza la rutina de la mañana', intent('StartRoutineIntent', 'morning')),
  outside('quiero los estiramientos matutinos', intent('StartRoutineIntent', 'morning')),
  outside('una pausa rápida en la chamba', intent('StartRoutineIntent', 'workday')),
  outside('los ejercicios para la oficina', intent('StartRoutineIntent', 'workday')),
  outside('pon la rutina de la noche', intent('StartRoutineIntent', 'evening')),
  outside('algo para antes de dormir', intent('StartRoutineIntent', 'evening')),
  hold('hay uno más suave', intent('EasierIntent')),
  hold('no puedo hazlo más fácil', intent('EasierIntent')),
  question('sí claro', intent('AMAZON.YesIntent')),
  question('órale sí', intent('AMAZON.YesIntent')),
  question('no gracias', intent('AMAZON.NoIntent')),
  question('mejor no', intent('AMAZON.NoIntent')),
];
