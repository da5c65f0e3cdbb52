/**
 * A seventh blind Spanish set (es-ES, es-MX, es-US), written by hand on 2026-12-07 before reading
 * the Spanish model, the Spanish normalisation or the classifier this round. Native speech, not
 * translated from the English sets. Different on purpose from the earlier sets: pain said mildly but
 * meant ("duele poquito pero se nota"), pulling that has become pain ("ya no es estirar, es dolor"),
 * pops and cracks ("algo me ha crujido", "un tronido"), pinching ("me pellizca", "me punza"),
 * Spain ("joder", "hostia", "me he dado un tirón", "los riñones"), Mexico ("ay güey", "no
 * manches", "cañón", "me jalé algo", "costalazo", "calentura", "engarrotar") and US Spanish with
 * English mixed in ("un pain", "like"); warning signs weighted to saddle numbness, tingling, foot
 * drop, both legs, bladder and bowel in everyday words, falls, night pain and fever; harmless cramps
 * and a pleasant pull as not-signs; everyday requests (hold length, how the stretch goes, what it is
 * for, harder, easier, the workday break, progress, a condition said in passing). Tú and usted,
 * fillers ("eh", "mmm", "uf"), recogniser slips (dropped accents, split words). For the dev half
 * only; deduplicated mechanically against the held-out halves. Labels are what a careful
 * physiotherapist would want, not what the code does.
 */
import { Intent } from '../../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, start, type Phrasing } from '../phrasing';

export const fresh7Phrasings: readonly Phrasing[] = [
  // Pain that should stop the stretch: mild words, meant.
  hold('ay, ay, ay, eso duele', pain),
  hold('esto tira demasiado, me duele', pain),
  hold('algo me ha crujido en la cadera y ahora duele', pain),
  hold('me pellizca en la ingle', pain),
  hold('me está pinchando la espalda baja', pain),
  hold('uy, eso no, me duele', pain),
  hold('joder, cómo duele', pain),
  hold('me duele un montón la rodilla', pain),
  hold('ya no es estirar, es dolor', pain),
  hold('me duele bien feo', pain),
  hold('ay güey, me dolió', pain),
  hold('no manches, eso duele cañón', pain),
  hold('senti un tronido en la cadera y me dolio', pain),
  hold('me esta doliendo la nalga', pain),
  hold('un poquito de dolor, pero de verdad duele', pain),
  hold('oiga, me duele aquí abajo', pain),
  hold('me dio un pinchazo en los riñones', pain),
  hold('me quema la ingle', pain),
  hold('perdona, pero es que me duele', pain),
  hold('eso me lastima la cadera', pain),
  hold('me está dando un pain en la espalda', pain),
  hold('me duele, like, mucho', pain),
  hold('algo hizo pop en mi rodilla', pain),
  between('el estiramiento anterior me hizo daño', pain),
  question('no, que me duele la espalda', pain),
  hold('para, para, que tira mucho', pain),
  hold('creo que me he dado un tirón', pain),
  hold('no me siento bien, me duele', pain),
  hold('uf, me punza', pain),
  hold('me está doliendo, la verdad', pain),
  hold('ay, mi cadera, no', pain),
  hold('no puedo aguantarlo, duele demasiado', pain),
  paused('me duele mucho la parte baja de la espalda', pain),
  hold('me molesta bastante, ya es dolor', pain),
  hold('mmm, no es agradable, duele', pain),
  hold('hostia, qué dolor', pain),
  hold('me duele cuando bajo más', pain),
  hold('me pasé, ahora me duele', pain),
  hold('cruje y duele', pain),
  hold('me da como un latigazo en la espalda', pain),
  hold('duele poquito pero se nota', pain),
  hold('me jalé algo', pain),
  hold('a la rodilla no le gusta nada, me duele', pain),
  between('me duele la cadera desde el ultimo ejercicio', pain),
  hold('chin, me duele el gluteo', pain),
  hold('ahora sí ya duele', pain),
  hold('no tira, corta', pain),
  hold('disculpe, me está doliendo', pain),
  question('no, porque me duele la ingle', pain),

  // Warning signs. Saddle numbness.
  hold('tengo dormida la zona entre las piernas', sign('saddle')),
  hold('no siento nada en la entrepierna', sign('saddle')),
  hold('ahí abajo está todo adormecido', sign('saddle')),
  outside('al limpiarme en el baño no siento nada', sign('saddle')),
  hold('tengo el periné como acorchado', sign('saddle')),
  hold('me hormiguea y no siento las partes intimas', sign('saddle')),
  outside('desde ayer casi no siento las nalgas ni la parte de adentro de los muslos', sign('saddle')),
  hold('como dormido donde uno se sienta', sign('saddle')),
  // Tingling.
  hold('me hormiguea el pie', sign('tingling')),
  hold('siento como hormiguitas en los dedos del pie', sign('tingling')),
  hold('tengo un cosquilleo que baja hasta la pantorrilla', sign('tingling')),
  hold('siento agujitas en el pie', sign('tingling')),
  hold('como corrientitas electricas en la pierna', sign('tingling')),
  between('mi pie izquierdo está con hormigueo', sign('tingling')),
  hold('tengo chispitas en los dedos del pie', sign('tingling')),
  paused('siento un chisporroteo en la planta del pie', sign('tingling')),
  // Weakness, foot drop.
  hold('el pie se me cae al caminar', sign('weakness')),
  hold('no puedo levantar la punta del pie', sign('weakness')),
  outside('me tropiezo a cada rato porque el pie derecho me cuelga', sign('weakness')),
  hold('de repente la pierna no tiene fuerza', sign('weakness')),
  hold('se me dobla la rodilla sola', sign('weakness')),
  outside('no me puedo parar de puntitas con el pie izquierdo', sign('weakness')),
  between('la pierna no me responde bien', sign('weakness')),
  hold('arrastro el pie al andar', sign('weakness')),
  // Both legs.
  hold('se me están debilitando las dos piernas', sign('bothLegs')),
  hold('casi no siento ninguna de las dos piernas', sign('bothLegs')),
  hold('ahora me hormiguean los dos pies', sign('bothLegs')),
  outside('desde esta mañana tengo las dos piernas como de trapo', sign('bothLegs')),
  hold('se me duermen ambas piernas', sign('bothLegs')),
  hold('las piernas no me sostienen, ninguna de las dos', sign('bothLegs')),
  paused('no me puedo mantener de pie en ninguna pierna', sign('bothLegs')),
  // Bladder and bowel, everyday words.
  outside('ya no siento cuando tengo ganas de orinar', sign('bladderBowel')),
  hold('me hice pipí sin darme cuenta', sign('bladderBowel')),
  outside('desde ayer no puedo hacer pis bien', sign('bladderBowel')),
  outside('tengo la vejiga llena y no sale nada', sign('bladderBowel')),
  outside('se me escapa la orina y antes nunca me pasaba', sign('bladderBowel')),
  paused('no pude aguantar y me hice popó', sign('bladderBowel')),
  outside('no controlo cuando voy al baño, se me sale', sign('bladderBowel')),
  hold('no siento la vejiga, es rarísimo', sign('bladderBowel')),
  // Falls.
  outside('ayer me caí por las escaleras y desde entonces me duele la espalda', sign('fall')),
  outside('me resbalé en la ducha y caí de coxis', sign('fall')),
  between('me acabo de caer al levantarme', sign('fall')),
  outside('me di un costalazo y caí de sentón', sign('fall')),
  outside('la semana pasada me caí de la bici', sign('fall')),
  outside('me fui de nalgas en la banqueta', sign('fall')),
  // Night pain.
  outside('por la noche el dolor de espalda me despierta', sign('night')),
  outside('acostado es peor, sobre todo de noche', sign('night')),
  outside('no puedo dormir del dolor, me acueste como me acueste', sign('night')),
  outside('a las tres de la madrugada es cuando más duele y nada lo calma', sign('night')),
  outside('me duele más de noche que de día', sign('night')),
  // Fever and infection.
  outside('tengo fiebre y me duele la espalda', sign('fever')),
  outside('tengo escalofríos y dolor de espalda desde ayer', sign('fever')),
  outside('ando con calentura y la espalda me arde', sign('fever')),
  outside('tengo unas décimas y dolor de riñones', sign('fever')),
  outside('sudo mucho por las noches y me duele la espalda', sign('fever')),
  // Numbness, radiating, severe.
  hold('tengo la espinilla adormecida', sign('numbness')),
  hold('no siento la parte de afuera del muslo', sign('numbness')),
  hold('me baja un dolor por la pierna hasta el pie', sign('radiating')),
  hold('el dolor se me corre hasta el talón', sign('radiating')),
  outside('tengo un dolor tan fuerte que casi no me puedo mover', sign('severe')),

  // Cramps and not-signs.
  hold('calambre en la pantorrilla, ay', cramp),
  hold('me dio un calambre en el gemelo', cramp),
  hold('se me acalambró el pie', cramp),
  hold('tengo un calambre en el muslo', cramp),
  hold('se me hizo bola el musculo de la pierna', cramp),
  hold('tengo un calambrito en la planta del pie', cramp),
  hold('siento un tirón agradable en la cadera', is(Intent.DescribeFeeling)),
  hold('se estira rico, se siente bien', is(Intent.DescribeFeeling)),
  hold('un poco de tensión, pero bien', is(Intent.DescribeFeeling)),

  // Everyday. Hold length.
  hold('cuánto tiempo lo tengo que aguantar', is(Intent.HoldDuration)),
  hold('cuantos segundos faltan', is(Intent.HoldDuration)),
  hold('falta mucho para soltar', is(Intent.HoldDuration)),
  between('cuánto se mantiene el siguiente', is(Intent.HoldDuration)),
  hold('cuánto tiempo hay que sostenerlo, dígame', is(Intent.HoldDuration)),
  hold('eh, cuánto más', is(Intent.HoldDuration)),
  // How the stretch goes.
  hold('explícame el ejercicio con más detalle', is(Intent.TellMeMore)),
  hold('cómo se hace bien, no le entiendo', is(Intent.TellMeMore)),
  hold('me puede decir dónde va la pierna exactamente', is(Intent.TellMeMore)),
  hold('qué tengo que hacer exactamente', is(Intent.TellMeMore)),
  hold('descríbeme la postura más a fondo', is(Intent.TellMeMore)),
  // What it is for.
  hold('para qué sirve este estiramiento', is(Intent.WhatDoesThisStretch)),
  hold('y esto de qué me sirve', is(Intent.WhatDoesThisStretch)),
  hold('qué músculo se estira aquí', is(Intent.WhatDoesThisStretch)),
  hold('pa que es esto', is(Intent.WhatDoesThisStretch)),
  hold('qué estoy estirando ahora', is(Intent.WhatDoesThisStretch)),
  hold('esto ayuda con el dolor de espalda', is(Intent.WhatDoesThisStretch)),
  // Harder.
  between('eso fue muy fácil, ponlo más difícil', is(Intent.Harder)),
  between('dame algo más retador', is(Intent.Harder)),
  hold('se puede más intenso', is(Intent.Harder)),
  outside('los ejercicios podrían ser más duros', is(Intent.Harder)),
  between('súbele un nivel', is(Intent.Harder)),
  // Easier.
  hold('hay una versión más fácil', is(Intent.Easier)),
  hold('no llego tan abajo, se puede más sencillo', is(Intent.Easier)),
  between('más suavecito, por favor', is(Intent.Easier)),
  hold('me cuesta demasiado, más fácil por favor', is(Intent.Easier)),
  outside('bájale a la dificultad', is(Intent.Easier)),
  // Workday break.
  outside('empieza la pausa de la oficina', start('workday')),
  outside('necesito un descanso del escritorio', start('workday')),
  outside('hazme la pausa del trabajo', start('workday')),
  outside('toca estirar en la oficina', start('workday')),
  outside('los estiramientos para el trabajo, porfa', start('workday')),
  // Progress.
  outside('cuántas veces estiré esta semana', is(Intent.Progress)),
  outside('cómo voy con mi progreso', is(Intent.Progress)),
  outside('cuántos días seguidos llevo', is(Intent.Progress)),
  outside('dime mis estadísticas', is(Intent.Progress)),
  // A condition said in passing.
  outside('por cierto, tengo una prótesis de cadera desde el año pasado', is(Intent.Condition)),
  outside('estoy embarazada de cinco meses', is(Intent.Condition)),
  hold('tuve una hernia de disco, para que lo sepa', is(Intent.Condition)),
  outside('tengo osteoporosis, hay algún problema', is(Intent.Condition)),
];
