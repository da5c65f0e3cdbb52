import type { Words } from './words';

/**
 * Textos en español de Hip Coach ("Entrenador de Cadera"), en un español neutro que suena natural
 * en España, México y Estados Unidos. Tuteamos: Alexa tutea en español, y un buen fisioterapeuta que
 * guía a alguien tumbado en el suelo habla cerca y con calma; "usted" sonaría a consulta médica.
 * Se evitan palabras que cambian de sentido entre países ("coger") y se prefiere "boca arriba".
 *
 * Los nombres de los ejercicios llevan artículo y nunca van detrás de "a" o "de" (que obligarían a
 * contraer: "al", "del"): van tras dos puntos, tras "con" o "en", o como complemento directo.
 * Los lados van siempre con "el lado" ("el lado derecho"). Los números que se dicen de otra manera
 * se escriben con letras ("uno uno dos").
 *
 * Built on first use, so a container that never speaks Spanish never builds these strings.
 */
export function es(): Words {
  return {
    stretch: {
      kneelingHipFlexor: {
        name: 'el estiramiento de flexores de cadera con una rodilla en el suelo',
        setup: [
          'Apoya una rodilla en el suelo, con un cojín debajo si el suelo está duro, y el otro pie plano delante de ti.',
          'Coloca el hombro encima de la cadera y la cadera encima de la rodilla de atrás, con el pecho alto.',
          'Mete la cola hacia abajo, como si quisieras aplanar la zona lumbar, y nota cómo se abre la parte delantera de la cadera de atrás.',
        ],
        short: 'Una rodilla en el suelo, pecho alto, mete la cola.',
        purpose: 'Alarga los flexores de la cadera, los músculos de la parte delantera que se acortan cuando pasas horas sentado y que pueden tirar de la zona lumbar.',
      },
      standingHipFlexor: {
        name: 'el estiramiento de flexores de cadera de pie',
        setup: [
          'Ponte en el marco de una puerta o junto a una pared o una mesa para tener apoyo.',
          'Adelanta un pie unos sesenta centímetros respecto al otro.',
          'Mantén el cuerpo recto y mete la cola hasta notar un estiramiento suave delante de la cadera de atrás.',
        ],
        short: 'Un pie delante, cuerpo recto, mete la cola.',
        purpose: 'Abre la parte delantera de la cadera sin tener que arrodillarte, así que sirve junto al escritorio.',
      },
      hipRotator: {
        name: 'el estiramiento de rotadores de cadera boca arriba',
        setup: [
          'Acuéstate boca arriba con las dos rodillas dobladas y los pies en el suelo.',
          'Cruza un muslo sobre el otro, de modo que la parte de atrás del muslo de arriba descanse sobre el de abajo.',
          'Sujeta las piernas con las manos y lleva las dos rodillas con suavidad hacia el pecho.',
          'Deberías notarlo en el glúteo. Si te pellizca delante de la cadera o en la ingle, o te molesta una rodilla, suelta.',
        ],
        short: 'Boca arriba, muslos cruzados, rodillas suaves hacia el pecho.',
        purpose: 'Estira los glúteos y los rotadores profundos de la parte de atrás de la cadera.',
      },
      figureFour: {
        name: 'la figura cuatro boca arriba',
        setup: [
          'Acuéstate boca arriba con las dos rodillas dobladas y los pies en el suelo.',
          'Apoya el lado de fuera de un tobillo sobre el muslo contrario, justo encima de la rodilla.',
          'Sujeta por detrás el muslo de abajo y lleva las dos piernas con suavidad hacia el pecho.',
          'Busca un estiramiento en el glúteo, nunca un pellizco delante de la cadera o en la ingle.',
        ],
        short: 'Boca arriba, tobillo sobre la rodilla contraria, acerca las piernas.',
        purpose: 'Llega al piriforme y a los rotadores profundos de la cadera; cuando están tensos pueden irritar el nervio ciático.',
      },
      piriformis: {
        name: 'el estiramiento del piriforme',
        setup: [
          'Acuéstate boca arriba y cruza una pierna sobre la otra.',
          'Sujeta la rodilla de arriba con la mano contraria.',
          'Lleva esa rodilla con suavidad hacia el hombro contrario hasta notar la parte de atrás de la cadera.',
        ],
        short: 'Boca arriba, rodilla hacia el hombro contrario.',
        purpose: 'Estira el piriforme, un músculo pequeño y profundo del glúteo que gira la cadera hacia fuera.',
      },
      seatedFigureFour: {
        name: 'el estiramiento del piriforme sentado',
        setup: [
          'Siéntate en la parte delantera de una silla firme, con los dos pies planos.',
          'Apoya el lado de fuera de un tobillo sobre la rodilla contraria.',
          'Siéntate recto y luego inclínate un poco hacia delante desde la cadera hasta notar la parte de atrás de la cadera.',
        ],
        short: 'Sentado, tobillo sobre la rodilla contraria, inclínate un poco.',
        purpose: 'Estira el piriforme y los glúteos desde una silla, una forma más suave de llegar a la parte de atrás de la cadera.',
      },
      seatedHamstring: {
        name: 'el estiramiento de isquiotibiales sentado',
        setup: [
          'Siéntate en el suelo con las dos piernas estiradas delante de ti.',
          'Siéntate recto, inclínate desde la cadera y estira los brazos hacia los pies, solo hasta donde te resulte cómodo.',
          'Deja las manos donde lleguen: espinillas, tobillos o dedos, todo vale.',
        ],
        short: 'Piernas largas, inclínate desde la cadera, sin forzar.',
        purpose: 'Alarga los isquiotibiales, que se unen a los huesos de sentarte; cuando están tensos, la zona lumbar se dobla más de lo que debería.',
      },
      standingHamstring: {
        name: 'el estiramiento de isquiotibiales de pie',
        setup: [
          'Ponte de pie con los pies separados a la anchura de los hombros.',
          'Mantén las rodillas rectas pero sin bloquearlas y dóblate hacia delante desde la cadera.',
          'Deja colgar los brazos y la cabeza, y baja solo hasta donde lo notes como un estiramiento.',
        ],
        short: 'Pies separados, rodillas rectas sin bloquear, dóblate desde la cadera.',
        purpose: 'Alarga los isquiotibiales, en la parte de atrás de los muslos, para que la cadera comparta con la zona lumbar el trabajo de agacharte.',
      },
      chairHamstring: {
        name: 'el estiramiento de isquiotibiales en silla',
        setup: [
          'Siéntate en la parte delantera de una silla.',
          'Estira una pierna delante de ti con el talón en el suelo y los dedos hacia arriba.',
          'Mantén la espalda larga e inclínate desde la cadera hasta notar la parte de atrás de ese muslo.',
        ],
        short: 'Sentado, una pierna estirada, talón abajo, inclínate con la espalda larga.',
        purpose: 'Alarga los isquiotibiales de una pierna cada vez, con la silla quitándole peso a la espalda.',
      },
      standingTfl: {
        name: 'el estiramiento lateral de cadera de pie',
        setup: [
          'Ponte de pie con los pies a la anchura de los hombros, cerca de una pared si quieres apoyo.',
          'Cruza un pie por detrás del otro.',
          'Saca la cadera hacia el lado de la pierna de atrás y lleva los brazos por arriba hacia el otro lado, hasta notar el lado de fuera de la cadera.',
        ],
        short: 'Un pie cruzado detrás, inclínate hacia el otro lado, nota la cadera por fuera.',
        purpose: 'Estira el tensor de la fascia lata, en el lado de fuera de la cadera, que tira de la cintilla iliotibial cuando está tenso.',
      },
      frog: {
        name: 'la rana',
        setup: [
          'Ponte a cuatro patas y separa las rodillas bien abiertas, con los tobillos hacia fuera en línea con ellas.',
          'Sube un poco la cola hacia el techo para que la zona lumbar no se redondee.',
          'Quédate sobre las manos, o baja a los codos si te resulta cómodo, y lleva la cadera un poco hacia atrás.',
        ],
        short: 'Rodillas abiertas, tobillos hacia fuera, cola arriba, cadera un poco atrás.',
        purpose: 'Estira los aductores, los músculos de la cara interna del muslo, que tiran de la pelvis hacia abajo cuando están tensos.',
      },
      butterfly: {
        name: 'la mariposa',
        setup: [
          'Siéntate en el suelo y junta las plantas de los pies, dejando caer las rodillas hacia los lados.',
          'Sujétate los tobillos y siéntate recto.',
          'Deja que las rodillas bajen solo hasta donde quieran; nunca las empujes hacia abajo.',
        ],
        short: 'Plantas juntas, espalda recta, deja caer las rodillas.',
        purpose: 'Estira con suavidad la cara interna de los muslos, una opción más suave que la rana.',
      },
      childsPose: {
        name: 'la postura del niño',
        setup: [
          'Arrodíllate y siéntate hacia atrás, hacia los talones.',
          'Lleva las manos hacia delante y apoya la frente en el suelo o en un cojín.',
          'Deja que la espalda se redondee y que la respiración se vuelva lenta.',
        ],
        short: 'Siéntate sobre los talones, brazos largos, frente abajo.',
        purpose: 'Deja que los músculos de la zona lumbar se alarguen y se relajen.',
      },
      catCow: {
        name: 'el gato-vaca',
        setup: [
          'Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.',
          'Vas a moverte despacio entre dos formas, al ritmo de la respiración: redondear la espalda hacia arriba, y luego dejar caer el vientre y levantar el pecho.',
          'Que sea un movimiento pequeño y suave, sin tirones.',
        ],
        short: 'A cuatro patas; redondea hacia arriba y luego deja caer el vientre, con la respiración.',
        purpose: 'Calienta la columna y alivia la rigidez de la zona lumbar moviéndola con suavidad en los dos sentidos.',
        flow: [
          'Suelta el aire y redondea la espalda hacia el techo.',
          'Toma aire y deja caer el vientre, con el pecho hacia delante.',
          'Suelta otra vez, mete la barbilla y la cola.',
          'Y toma aire, levanta la cola y la mirada.',
        ],
      },
      supineTwist: {
        name: 'la torsión de columna boca arriba',
        setup: [
          'Acuéstate boca arriba con las rodillas dobladas y los pies planos.',
          'Abre los brazos en cruz y mantén los dos hombros en el suelo.',
          'Deja que las dos rodillas caigan despacio hacia un lado, solo hasta donde te resulte cómodo.',
        ],
        short: 'Boca arriba, brazos en cruz, rodillas hacia un lado.',
        purpose: 'Gira con suavidad la parte baja de la columna y alivia la rigidez de la espalda y las caderas.',
      },
      pelvicTilt: {
        name: 'la báscula pélvica',
        setup: [
          'Acuéstate boca arriba con las rodillas dobladas y los pies planos en el suelo.',
          'Vas a balancear la pelvis con suavidad: aplana la zona lumbar contra el suelo y luego deja que vuelva a una pequeña curva.',
          'Muévete despacio, con la respiración.',
        ],
        short: 'Boca arriba, balancea la pelvis: aplana y suelta.',
        purpose: 'Te ayuda a encontrar la posición neutra de la columna y mueve con suavidad la zona lumbar.',
        flow: [
          'Suelta el aire y aplana la zona lumbar contra el suelo.',
          'Toma aire y deja que vuelva a una pequeña curva.',
          'Suelta, mete la cola y apoya con suavidad.',
          'Y toma aire, vuelve suave al centro.',
        ],
      },
      kneesToChest: {
        name: 'las rodillas al pecho',
        setup: [
          'Acuéstate boca arriba y lleva las dos rodillas hacia el pecho.',
          'Sujétate por detrás de los muslos o por encima de las espinillas.',
          'Deja que la zona lumbar se relaje contra el suelo.',
        ],
        short: 'Boca arriba, abraza las dos rodillas.',
        purpose: 'Alarga con suavidad la zona lumbar y los glúteos.',
      },
      towelRoll: {
        name: 'la apertura de cadera con toalla',
        setup: [
          'Acuéstate boca arriba con una toalla pequeña enrollada en el pliegue delantero de una cadera.',
          'Lleva ese muslo hacia el pecho, por encima de la toalla.',
          'Aguanta unos segundos, bájalo unos centímetros y vuelve a subirlo; debe sentirse como si la cadera se abriera, no como si te apretaras el vientre.',
        ],
        short: 'Toalla en el pliegue de la cadera; sube el muslo y bájalo un poco.',
        purpose: 'Ayuda a que la cabeza del fémur se deslice hacia abajo en su cavidad, lo que suelta las caderas rígidas.',
        flow: [
          'Sube el muslo sobre la toalla y aguanta.',
          'Bájalo unos centímetros.',
          'Y vuelve a subirlo.',
          'Bájalo un poquito.',
        ],
      },
      seatedTwist: {
        name: 'la torsión en silla',
        setup: [
          'Siéntate recto en la parte delantera de la silla, con los dos pies planos.',
          'Gira el pecho hacia un lado y apoya las manos en el respaldo o en el reposabrazos.',
          'Crece hacia arriba al tomar aire y gira un poco más al soltarlo, sin forzar.',
        ],
        short: 'Siéntate recto, gira el pecho hacia un lado, manos en la silla.',
        purpose: 'Gira la columna con suavidad y alivia la rigidez de estar sentado.',
      },
    },
    side: { right: 'derecho', left: 'izquierdo' },
    routine: {
      morning: 'rutina de la mañana',
      workday: 'pausa del trabajo',
      evening: 'rutina de la noche',
    },
    cue: {
      intro: [
        'Estiramiento {{index}} de {{count}}: {{name}}.',
        'El número {{index}} de {{count}} es {{name}}.',
        'Estiramiento {{index}} de {{count}}, {{name}}.',
      ],
      introOnly: ['El último: {{name}}.', 'Para terminar: {{name}}.', 'El estiramiento final: {{name}}.'],
      ready: ['Tómate tu tiempo para colocarte.', 'Prepárate con calma.', 'Ve colocándote en la posición.'],
      readyDown: [
        'Tómate tu tiempo para bajar al suelo.',
        'Baja al suelo, sin prisa.',
        'Ve bajando al suelo a tu ritmo.',
      ],
      readyUp: [
        'Tómate tu tiempo para levantarte del suelo.',
        'Levántate del suelo despacio, sin prisa.',
        'Gira hacia un lado y levántate a tu ritmo.',
      ],
      readySeat: [
        'Siéntate en una silla firme, sin prisa.',
        'Siéntate en una silla estable a tu ritmo.',
        'Acomódate en una silla firme.',
      ],
      firstSide: ['Primero el lado derecho.', 'Empezamos por el lado derecho.', 'Comienza con el lado derecho.'],
      hold: ['Y aguanta.', 'Quédate ahí.', 'Ahora aguanta, bien quieto.'],
      moveWithBreath: ['Y empieza, lento y suave.', 'Empieza a moverte con la respiración.', 'Y empieza, muy despacio.'],
      release: ['Y suelta.', 'Déjalo ir.', 'Sal con suavidad.'],
      rest: ['Descansa una respiración.', 'Toma aire.', 'Relájate un momento.'],
      again: [
        'Vuelve a entrar: ronda {{rep}} de {{reps}}.',
        'Otra vez a la posición, ronda {{rep}} de {{reps}}.',
        'Colócate de nuevo para la ronda {{rep}} de {{reps}}.',
      ],
      switchSides: [
        'Cambia de lado: ahora el lado {{side}}.',
        'Ahora el otro lado, el {{side}}.',
        'Pasa al lado {{side}}.',
      ],
      breathe: [
        'Suelta el aire despacio y deja que se afloje.',
        'Sigue respirando, lento y tranquilo.',
        'Relaja los hombros y respira.',
        'Quieto, sin rebotes.',
        'Solo un estiramiento suave; afloja si algo duele.',
        'Suelta la mandíbula y los hombros.',
      ],
      halfway: ['Vas por la mitad.', 'Ya es la mitad.', 'Mitad hecha, tranquilo.'],
      tenLeft: ['Diez segundos más.', 'Quedan diez segundos.', 'Últimos diez segundos.'],
      countdown: ['Tres.', 'Dos.', 'Uno.'],
      wellDone: ['Muy bien hecho.', 'Bien hecho.', 'Buen trabajo.'],
      nextUp: ['Ahora viene: {{name}}.', 'A continuación: {{name}}.', 'Después toca {{name}}.'],
      sayNext: ['Di siguiente cuando estés listo.', 'Cuando estés listo, di siguiente.', 'Di siguiente para continuar.'],
      backTo: [
        'Volvemos con {{name}}, lado {{side}}.',
        'Retomamos {{name}}, en el lado {{side}}.',
        'Otra vez con {{name}}, lado {{side}}.',
      ],
      backToBoth: ['Volvemos con {{name}}.', 'Retomamos {{name}}.', 'Otra vez con {{name}}.'],
      carryOn: ['Vuelve a la posición.', 'Sigue aguantando.', 'Colócate de nuevo.'],
    },
    routineFlow: {
      start: [
        'Aquí tienes tu {{routine}}: {{count}} estiramientos, unos {{minutes}} minutos. Solo un estiramiento suave, nunca dolor.',
        'Empieza tu {{routine}}: {{count}} estiramientos, alrededor de {{minutes}} minutos. Estira hasta notar una tensión suave, nunca hasta el dolor.',
        'Vamos con tu {{routine}}. {{count}} estiramientos, unos {{minutes}} minutos. Llega a un estiramiento suave, nunca al dolor.',
      ],
      adapted_groinPain: 'Por tu ingle, he quitado los estiramientos profundos de cadera o los he cambiado por otros más suaves.',
      adapted_hipInjury: 'Por tu cadera, hoy me quedo con versiones suaves y los tiempos más cortos.',
      adapted_backInjury: 'Por tu espalda, hoy me quedo con versiones suaves y los tiempos más cortos.',
      adapted_kneeProblem: 'Para cuidar tus rodillas, he cambiado los estiramientos de rodillas por otros que les exigen menos.',
      done: [
        'Terminaste tu {{routine}}: {{minutes}} minutos de estiramientos. Bien hecho.',
        'Y con esto completas tu {{routine}}, {{minutes}} minutos. Muy bien hecho.',
        'Rutina terminada: {{minutes}} minutos con tu {{routine}}. Buen trabajo.',
      ],
      reprompt: 'Di siguiente para pasar al próximo, {{name}}, o repite para hacer este otra vez.',
      repromptLast: 'Di siguiente para terminar, o repite para hacer este otra vez.',
      atStart: 'Este es el primer estiramiento, así que aquí lo tienes otra vez.',
      skipped: ['Nos saltamos {{name}}.', 'Dejamos fuera {{name}}.', 'De acuerdo, dejamos {{name}} para otro día.'],
      paused: 'En pausa en {{name}}. Cuando estés listo, di: Alexa, abre entrenador de cadera.',
      nothingToResume: 'Ahora mismo no hay ninguna rutina en pausa.',
      howToInterrupt: 'Un consejo antes de empezar: el altavoz no escucha mientras hablo, así que para pararme en mitad de un estiramiento, di: Alexa, esto duele.',
      startOver: 'Empezamos tu {{routine}} otra vez desde el principio.',
    },
    questions: {
      hold_one: 'Aguanta {{hold}} segundos.',
      hold_sided: 'Aguanta {{hold}} segundos con cada lado.',
      hold_reps: 'Aguanta {{hold}} segundos, {{reps}} veces.',
      hold_sidedReps: 'Aguanta {{hold}} segundos con cada lado, {{reps}} veces.',
      remaining_one: 'Queda más o menos un segundo en este.',
      remaining_many: 'Quedan más o menos {{count}} segundos en este.',
      remaining_other: 'Quedan más o menos {{count}} segundos en este.',
      gettingReady: 'Estás colocándote todavía, así que aún no ha empezado la cuenta.',
      holdDone: 'Este tiempo ya ha terminado.',
      side: 'Estás en el lado {{side}}{{repText}}.',
      sideRep: ', ronda {{rep}} de {{reps}}',
      notSided: 'Este trabaja los dos lados a la vez.',
      purpose: '{{name}}. {{purpose}}',
      left_one: 'Después de este, queda un estiramiento más, {{time}}.',
      left_many: 'Después de este, quedan {{count}} estiramientos más, {{time}}.',
      left_other: 'Después de este, quedan {{count}} estiramientos más, {{time}}.',
      left_none: 'Este es el último estiramiento.',
      leftAfterDone_one: 'Queda un estiramiento más, {{time}}.',
      leftAfterDone_many: 'Quedan {{count}} estiramientos más, {{time}}.',
      leftAfterDone_other: 'Quedan {{count}} estiramientos más, {{time}}.',
      aboutMinutes_one: 'más o menos un minuto',
      aboutMinutes_many: 'más o menos {{count}} minutos',
      aboutMinutes_other: 'más o menos {{count}} minutos',
      noRoutine: 'Ahora no estamos en ningún estiramiento. Di empieza la rutina de la noche, empieza la rutina de la mañana, o empieza la pausa del trabajo.',
      afterAnswer: 'Di siguiente cuando estés listo.',
    },
    launch: {
      firstTime:
        'Te doy la bienvenida a Entrenador de Cadera. Te voy a guiar por estiramientos suaves de cadera y zona lumbar, sin usar las manos. Son consejos generales, no consejo médico: para si algo te duele. El altavoz no escucha mientras hablo, así que para pararme, di: Alexa, esto duele.',
      returning: ['Qué bueno tenerte de vuelta en Entrenador de Cadera.', 'Hola de nuevo, bienvenido otra vez.', 'Me alegra saber de ti otra vez.'],
      suggest: '¿Quieres empezar tu {{routine}}?',
      options: 'Puedes decir empieza la rutina de la mañana, empieza la rutina de la noche, o empieza la pausa del trabajo.',
      paused: 'Hola de nuevo. Por lo que me contaste hoy, dejamos los estiramientos para mañana, por seguridad.',
      pausedOptions: 'Puedes preguntar cómo voy, o decir ayuda.',
      resumeOffer: 'Dejaste tu {{routine}} a medias, en {{name}}. ¿Quieres seguir donde lo dejaste?',
    },
    screen: {
      intro: 'Antes de tu primera sesión, dos preguntas rápidas; contesta solo sí o no.',
      q1: 'Primera: ¿tienes adormecimiento, hormigueo o debilidad en las piernas, o algún problema para controlar la vejiga o el intestino?',
      q2: 'Y segunda: ¿tu dolor de espalda es fuerte o va a peor, empezó después de una caída o un golpe, o viene con fiebre?',
      clear: 'Gracias. Entonces empecemos con suavidad.',
      referral:
        'Gracias por contármelo. Con eso, hoy mejor no estires: consulta primero con tu médico o con un fisioterapeuta, y si tienes problemas con la vejiga o el intestino, adormecimiento entre las piernas o debilidad repentina en una pierna, llama ahora mismo a emergencias. Cuídate.',
      reprompt: 'Contesta sí o no, por favor.',
      beforeWeStart: 'Empezamos en cuanto me contestes, sí o no.',
    },
    safety: {
      painStop: ['Para ahí y sal del estiramiento con suavidad.', 'De acuerdo, sal de la postura ahora, despacio.', 'Suelta el estiramiento ahora, con suavidad.'],
      painRule: 'Un tirón suave está bien, pero el dolor no. Nunca estiramos hasta el dolor.',
      painOfferGentler: 'Puedo darte uno más suave en su lugar: {{gentler}}. O nos saltamos este. Di más fácil, o di saltar.',
      painOfferSkip: 'Di saltar para dejar fuera este, o para, para terminar la sesión.',
      painNoRoutine:
        'Si algo duele, para y descansa. Al estirar, un tirón suave está bien, el dolor no. Si el dolor es fuerte, va a peor, o viene con adormecimiento, hormigueo o debilidad, consulta con un profesional de la salud.',
      warning:
        'Voy a parar la rutina ahora. Esto conviene revisarlo: {{what}}. Deja los estiramientos por hoy y habla pronto con tu médico o con un fisioterapeuta.',
      warningUrgent:
        'Voy a parar la rutina ahora. {{what}}: puede ser señal de presión sobre los nervios de la base de la columna, y necesita atención médica urgente. Llama ahora mismo a emergencias.',
      warningWhat_numbness: 'el adormecimiento, o una zona que no sientes bien',
      warningWhat_tingling: 'el hormigueo o la sensación de pinchazos',
      warningWhat_weakness: 'una pierna débil o que se dobla, o un pie que no puedes levantar bien',
      warningWhat_bothLegs: 'La debilidad o el adormecimiento en las dos piernas',
      warningWhat_radiating: 'un dolor que baja por la pierna, por debajo de la rodilla o hasta el pie',
      warningWhat_bladderBowel: 'Un cambio en el control de la vejiga o el intestino, o no notar cuándo necesitas ir al baño',
      warningWhat_saddle: 'El adormecimiento en la ingle, las nalgas o entre las piernas',
      warningWhat_severe: 'un dolor fuerte, o un dolor que no deja de empeorar',
      warningWhat_fall: 'un dolor después de una caída o un accidente',
      warningWhat_fever: 'un dolor de espalda con fiebre, o sentirte mal en general',
      warningWhat_night: 'un dolor de espalda que te despierta por la noche, o que no se calma cuando estás quieto',
      warningWhat_unknown: 'lo que me describes',
      crampStop: 'Eso parece un calambre. Sal del estiramiento con suavidad.',
      crampEase: 'Estira el músculo suavemente hacia el otro lado, dale un masaje y respira. Un calambre se pasa solo en más o menos un minuto, y no es señal de lesión.',
      crampOnward: 'Cuando se te pase, seguimos con el siguiente estiramiento en cuanto estés listo, o di saltar para dejar fuera este.',
      noResume: 'Hoy no vamos a seguir estirando.',
      keepLevelOffer: 'Como hoy algo te dolió, ¿quieres quedarte en este nivel la semana que viene en lugar de subir?',
      keepLevelYes: 'De acuerdo, la semana que viene nos quedamos en este nivel.',
      keepLevelNo: 'De acuerdo, subiremos cuando estés listo.',
      easier_variant: 'De acuerdo, para el resto de la sesión cambiamos por {{name}}.',
      easier_shorter: 'De acuerdo, tiempos más cortos para el resto de la sesión: {{hold}} segundos.',
      easier_limit: 'Esta ya es la versión más suave y el tiempo más corto. Si todavía no te sienta bien, di saltar.',
      harder: 'De acuerdo, tiempos más largos para el resto de la sesión: {{hold}} segundos.',
      harder_limit: 'Este ya es el tiempo más largo que guío para este estiramiento. Aguantar más no aporta mucho.',
      condition_groinPain: 'Gracias por contármelo. Con dolor en la ingle, hoy dejamos fuera los estiramientos que flexionan y giran mucho la cadera, o usamos versiones más suaves.',
      condition_hipInjury: 'Gracias por contármelo. Con una lesión de cadera, hoy nos quedamos con versiones suaves y tiempos cortos.',
      condition_backInjury: 'Gracias por contármelo. Con una lesión de espalda, hoy nos quedamos con versiones suaves y tiempos cortos.',
      condition_kneeProblem: 'Gracias por contármelo. Para cuidar tus rodillas, hoy cambiamos los estiramientos de rodillas por otros más fáciles.',
      condition_unknown: 'Gracias por contármelo. Hoy lo hacemos todo suave, con tiempos cortos.',
      conditionNote: 'No lo voy a recordar después de hoy.',
      helpSafety:
        'Entrenador de Cadera da pautas generales de estiramiento, no consejo médico. Estira solo hasta notar un tirón suave y nunca hasta el dolor; sin rebotes y sin forzar. Si algo duele, di: Alexa, esto duele, y paro; mientras hablo, empieza con Alexa para que el altavoz te oiga. Si notas adormecimiento, hormigueo, debilidad en una pierna o cambios en el control de la vejiga o el intestino, para y consulta con un profesional de la salud.',
    },
    progress: {
      none: 'Todavía no has terminado ninguna rutina. Empieza una y yo llevo la cuenta de tus semanas.',
      sessions_one: 'Llevas una sesión en total',
      sessions_many: 'Llevas {{count}} sesiones en total',
      sessions_other: 'Llevas {{count}} sesiones en total',
      minutes_one: ', un minuto de estiramientos.',
      minutes_many: ', {{count}} minutos de estiramientos.',
      minutes_other: ', {{count}} minutos de estiramientos.',
      week: 'Estás en la semana {{week}} de tu programa, con {{done}} de {{planned}} sesiones hechas esta semana.',
      streak_one: 'Llevas un día seguido estirando.',
      streak_many: 'Llevas {{count}} días seguidos estirando.',
      streak_other: 'Llevas {{count}} días seguidos estirando.',
      hold: 'En la rutina de la noche ya aguantas {{hold}} segundos.',
      next_up: 'Mantén {{planned}} sesiones esta semana y la semana que viene tus tiempos crecerán un poco.',
      next_reps: 'Mantén {{planned}} sesiones esta semana y la semana que viene añadirás una ronda a algunos estiramientos.',
      next_top: 'Has llegado al programa completo. Sigue estirando para mantenerlo.',
      next_keep: 'Pediste quedarte en este nivel, así que la semana que viene sigue igual.',
      greeting: 'Estás en la semana {{week}}, con {{done}} de {{planned}} sesiones esta semana.',
    },
    help: {
      outside:
        'Entrenador de Cadera te guía con la voz por estiramientos de cadera y zona lumbar. Di empieza la rutina de la mañana para cinco a diez minutos, empieza la rutina de la noche para quince a veinte, o empieza la pausa del trabajo para dos o tres minutos. También puedes preguntar: cómo voy.',
      inside:
        'Estás en {{name}}. Di siguiente para avanzar, saltar para dejarlo fuera, repite para hacerlo otra vez, o atrás. En mitad de un estiramiento puedes preguntar cuánto tiempo aguanto, en qué lado estoy, o cuántos quedan. Di más fácil, o esto duele, cuando quieras.',
      reprompt: '¿Qué quieres hacer?',
    },
    stop: {
      goodbye: ['Hasta pronto.', 'Cuídate, nos vemos la próxima vez.', 'Adiós, hasta la próxima.'],
      partial: 'Hiciste {{done}} de {{count}} estiramientos. He guardado por dónde ibas.',
      partialNone: 'He guardado por dónde ibas, para que puedas seguir desde ahí la próxima vez.',
    },
    fallback: {
      outside:
        'Perdona, no te he entendido. ¿Qué quieres hacer? Puedes decir empieza la rutina de la mañana, empieza la rutina de la noche, empieza la pausa del trabajo, o preguntar cómo voy.',
      notCaught: 'Perdona, no te he entendido.',
      resumeAgain: '¿Quieres seguir donde lo dejaste? Sí o no.',
    },
    checkIn: {
      easeOut: [
        'Perdona, no te he entendido, así que hagamos una pausa. Sal del estiramiento con suavidad y respira despacio.',
        'No te he entendido. Sal del estiramiento un momento y respira.',
      ],
      ask: '¿Seguimos donde estabas? Di sí, o para, para terminar. Y si algo te duele, dímelo.',
      resuming: 'De acuerdo, seguimos donde estabas.',
    },
    routineUnknown:
      'No conozco una rutina {{value}}. Tengo tres: la de la mañana, de cinco a diez minutos; la de la noche, de quince a veinte; y una pausa del trabajo de dos a tres minutos. ¿Cuál quieres?',
    routineAsk: '¿Qué rutina: mañana, noche o pausa del trabajo?',
    deleteData: {
      confirm: 'Esto borra para siempre tu progreso y tus preferencias de Entrenador de Cadera. ¿Seguro que quieres hacerlo?',
      done: 'Hecho. He borrado todo lo que Entrenador de Cadera guardaba sobre ti.',
      kept: 'De acuerdo, he conservado tu progreso.',
    },
    resume: {
      declined: 'De acuerdo, empezamos de cero.',
    },
    error: {
      generic: 'Perdona, algo ha fallado por mi parte. Tu progreso está a salvo. Di siguiente para continuar, o empieza la rutina de la noche.',
      reprompt: 'Di siguiente para continuar, o para, para terminar.',
      sayAgain: 'Perdona, no he podido guardarlo ahora mismo. Dímelo otra vez, por favor.',
      sayAgainReprompt: 'Dímelo otra vez, o di para, para terminar.',
    },
    progressRepaired: 'No he podido leer una parte de tu progreso guardado, así que he reiniciado esa parte.',
    yesNo: {
      nothingPending: 'Di empieza la rutina de la noche, empieza la rutina de la mañana, o empieza la pausa del trabajo.',
    },
  };
}
