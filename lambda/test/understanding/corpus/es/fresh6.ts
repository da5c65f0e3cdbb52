/**
 * A sixth blind Spanish set, leaning on Latin American and US Spanish ("me duele un chingo",
 * "ahorita", "¿cuánto falta?", "órale", "la cintura" for the lower back, "las pompis", "hacer
 * pipí", "me caí de sentón", "se me engarrotó"), usted forms, fillers ("pues", "este", "o sea"),
 * elliptical and statement-shaped questions ("y ahora qué", "ya falta poco"), written by hand on
 * 2026-12-04 before reading the Spanish feeling vocabulary, the Spanish models or the classifier
 * this round, and deduplicated mechanically against the held-out half. Half safety (fever, pain
 * and the emergency categories weighted), half everyday (weighted to next, how many are left,
 * help, which side, progress and describing the feeling). Labels are what a careful
 * physiotherapist would want, not what the code does.
 */
import { Intent } from '../../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, start, type Phrasing } from '../phrasing';

export const fresh6Phrasings: readonly Phrasing[] = [
  // Numbness (referral); "dormido" and "entumido" are numbness, not a fall
  hold('se me entumió el pie', sign('numbness')),
  hold('este no siento los dedos del pie', sign('numbness')),
  between('o sea tengo el pie como dormido', sign('numbness')),
  outside('traigo la pierna adormecida', sign('numbness')),
  paused('perdí la sensibilidad en el muslo', sign('numbness')),
  // Tingling (referral)
  hold('siento como hormiguitas en el pie', sign('tingling')),
  hold('pues me cosquillea la pierna', sign('tingling')),
  between('traigo un hormigueo en la planta del pie', sign('tingling')),
  outside('se me hormiguean los dedos del pie', sign('tingling')),
  // Weakness, foot drop, a leg giving way (referral)
  hold('la rodilla se me dobla sola', sign('weakness')),
  outside('no puedo pararme de puntitas con el pie derecho', sign('weakness')),
  paused('siento la pierna bien débil', sign('weakness')),
  outside('se me cae el pie cuando camino', sign('weakness')),
  // Both legs (emergency)
  hold('ay no puedo mover las piernas', sign('bothLegs')),
  outside('se me durmieron las dos piernas de repente', sign('bothLegs')),
  between('no me aguanta ninguna de las dos piernas', sign('bothLegs')),
  paused('siento las dos piernas sin fuerza', sign('bothLegs')),
  // Bladder and bowel (emergency), everyday words
  outside('no puedo hacer pipí', sign('bladderBowel')),
  hold('se me salió la pipí', sign('bladderBowel')),
  outside('no aguanto las ganas de orinar y se me sale', sign('bladderBowel')),
  between('no siento cuando tengo que ir al baño', sign('bladderBowel')),
  outside('me hice del baño sin querer', sign('bladderBowel')),
  outside('ahorita no puedo orinar nada', sign('bladderBowel')),
  // Saddle numbness (emergency)
  hold('no siento las pompis', sign('saddle')),
  outside('tengo dormida la cola', sign('saddle')),
  between('se me adormecieron los glúteos y la entrepierna', sign('saddle')),
  outside('cuando me siento en el inodoro no siento nada', sign('saddle')),
  paused('tengo entumidas las partes íntimas', sign('saddle')),
  // Pain spreading below the knee or into the foot (referral)
  hold('me jala desde la cintura hasta el pie', sign('radiating')),
  hold('el dolor se me va hasta el tobillo', sign('radiating')),
  between('me baja un dolor por toda la pierna hasta los dedos', sign('radiating')),
  outside('tengo ciática que me llega al pie', sign('radiating')),
  // Severe, worst-ever, worsening (referral)
  outside('me duele un chingo la espalda', sign('severe')),
  outside('el dolor de cintura es atroz', sign('severe')),
  between('es un dolor insoportable en la cintura', sign('severe')),
  outside('nunca me había dolido tanto la espalda', sign('severe')),
  paused('la espalda me duele cada día más', sign('severe')),
  // After a fall or accident (referral)
  outside('ayer me tropecé y me caí de espaldas', sign('fall')),
  between('me chocaron el carro hace unos días', sign('fall')),
  outside('me resbalé en el baño', sign('fall')),
  // Fever or unwell (referral)
  outside('tengo calentura y me duele la cintura', sign('fever')),
  outside('me siento afiebrado', sign('fever')),
  between('creo que tengo fiebre', sign('fever')),
  paused('ando con temperatura desde ayer', sign('fever')),
  outside('me siento malito con escalofríos y dolor de espalda', sign('fever')),
  hold('estoy ardiendo en fiebre', sign('fever')),
  // Pain at night (referral)
  outside('el dolor no me deja dormir', sign('night')),
  outside('en las noches me duele más la cintura', sign('night')),
  between('me despierto de noche por el dolor', sign('night')),
  // Pain and discomfort: the stretch stops
  hold('órale eso duele', pain),
  hold('ay güey me duele', pain),
  hold('me duele la cintura', pain),
  hold('siento un dolor punzante', pain),
  hold('me jala mucho la ingle', pain),
  hold('uf está muy fuerte', pain),
  hold('esto me lastima', pain),
  hold('me tronó algo', pain),
  hold('siento que me desgarré', pain),
  hold('pues me está doliendo', pain),
  hold('no puedo más me duele', pain),
  hold('me duele bastante le sigo', pain),
  hold('qué dolor tan fuerte', pain),
  hold('me duele un chingo', pain),
  between('me quedó doliendo la cadera', pain),
  paused('es que me dolió', pain),
  // Cramps: ease out, it passes
  hold('me dio un calambre', cramp),
  hold('ay un calambre en el pie', cramp),
  hold('se me engarrotó la pierna', cramp),
  hold('tengo calambre en la pantorrilla', cramp),
  // Next, said every way between stretches
  between('y ahora qué', is(Intent.Next)),
  between('pues vamos con el siguiente', is(Intent.Next)),
  between('ya quedó el siguiente', is(Intent.Next)),
  between('listo qué sigue', is(Intent.Next)),
  between('dale al siguiente', is(Intent.Next)),
  between('pasemos al otro', is(Intent.Next)),
  between('ya acabé con este', is(Intent.Next)),
  // How many are left, how much longer the routine
  between('cuántos faltan', is(Intent.HowManyLeft)),
  between('cuántos ejercicios me quedan', is(Intent.HowManyLeft)),
  between('falta mucho', is(Intent.HowManyLeft)),
  between('y cuántos más', is(Intent.HowManyLeft)),
  between('me quedan muchos', is(Intent.HowManyLeft)),
  // Help
  outside('no sé qué hacer', is(Intent.Help)),
  outside('este qué puedo decir', is(Intent.Help)),
  outside('qué opciones tengo', is(Intent.Help)),
  outside('me ayudas', is(Intent.Help)),
  // Which side
  hold('qué lado', is(Intent.WhichSide)),
  hold('es la pierna derecha o la izquierda', is(Intent.WhichSide)),
  hold('con cuál pierna', is(Intent.WhichSide)),
  hold('de qué lado me pongo', is(Intent.WhichSide)),
  hold('ahora le toca a la otra pierna', is(Intent.WhichSide)),
  // Progress
  outside('cómo voy', is(Intent.Progress)),
  outside('cuántas veces he estirado este mes', is(Intent.Progress)),
  outside('cómo me ha ido esta semana', is(Intent.Progress)),
  outside('llevo cuántos días seguidos', is(Intent.Progress)),
  outside('dime mi progreso', is(Intent.Progress)),
  // Describing the feeling of a stretch (no pain)
  hold('se siente rico', is(Intent.DescribeFeeling)),
  hold('siento que se estira la cadera', is(Intent.DescribeFeeling)),
  hold('está bien nada más jala un poquito', is(Intent.DescribeFeeling)),
  hold('lo siento en la pompa', is(Intent.DescribeFeeling)),
  hold('noto un estiramiento en el muslo', is(Intent.DescribeFeeling)),
  // Everything else, a line or two each
  hold('cuánto tiempo lo aguanto', is(Intent.HoldDuration)),
  hold('para qué sirve este', is(Intent.WhatDoesThisStretch)),
  hold('espérame tantito', is(Intent.Pause)),
  paused('ya estoy sígale', is(Intent.Resume)),
  between('otra vez por favor', is(Intent.Repeat)),
  between('este me lo salto', is(Intent.Skip)),
  between('regrésate al anterior', is(Intent.Previous)),
  between('empezamos de nuevo', is(Intent.StartOver)),
  outside('ponme la rutina de la mañana', start('morning')),
  outside('la de la noche', start('evening')),
  outside('una pausa activa de la oficina', start('workday')),
  between('ya estuvo por hoy', is(Intent.Stop)),
  question('sí órale', is(Intent.Yes)),
  question('ándale pues', is(Intent.Yes)),
  question('mejor no', is(Intent.No)),
  hold('algo más suave', is(Intent.Easier)),
  between('más difícil', is(Intent.Harder)),
  outside('tengo artritis en la cadera', is(Intent.Condition)),
  outside('me pusieron una prótesis de cadera', is(Intent.Condition)),
  between('explícame bien cómo se hace', is(Intent.TellMeMore)),
  outside('borra mis datos', is(Intent.DeleteData)),
];
