/**
 * The Spanish models (es-ES, es-MX, es-US): how people talk on the mat in Spain, Mexico and the
 * US, written from how they speak ("me duele", "me pincha", "se me durmió la pierna"), with each
 * region's own words added (Spain: "me he hecho daño", "vale", "culo"; Mexico and the US:
 * "me lastimé", "sale", "pompas", "ahorita"). One-shot requests put the verb in the subjunctive
 * ("pídele a entrenador de cadera que empiece la rutina"), so those forms are samples too.
 * Never written from the held-out corpus.
 */
import { cat, cross, type LocaleWords } from './locale-model';
import { withEveryday } from './everyday-words';
import { newIntentWords } from './new-intents';
import { OPERATED_PARTS, ROUTINE_WORDS, spanishFormSamples } from './es-forms';

type Region = 'es-ES' | 'es-MX' | 'es-US';
const only = (region: Region, regions: readonly Region[], words: readonly string[]): readonly string[] => (regions.includes(region) ? words : []);

function types(region: Region): LocaleWords['types'] {
  const americas: Region[] = ['es-MX', 'es-US'];
  return {
    RoutineType: {
      evening: ['noche', 'la noche', 'nocturna', 'de noche', 'antes de dormir', 'para dormir', 'tarde', 'la tarde', 'larga', 'completa',
        'para relajarme', 'de relajación', 'después del trabajo', 'esta noche'],
      morning: ['mañana', 'la mañana', 'matutina', 'de la mañana', 'al despertar', 'al levantarme', 'para despertar', 'temprano', 'esta mañana',
        'mañanera'],
      workday: ['pausa del trabajo', 'trabajo', 'el trabajo', 'oficina', 'la oficina', 'pausa', 'descanso', 'escritorio', 'pausa activa', 'corta',
        'rápida', 'de dos minutos', 'silla', 'la silla', 'la comida', 'pausa de oficina', 'descanso del trabajo', 'en el trabajo',
        ...only(region, americas, ['break', 'el break'])],
    },
    BodyPartType: {
      hip: ['cadera', 'caderas', 'la cadera', 'articulación de la cadera', 'flexores de cadera', 'el flexor de la cadera'],
      back: ['espalda', 'espalda baja', 'la espalda', 'zona lumbar', 'lumbares', 'las lumbares', 'columna', 'la columna', 'parte baja de la espalda',
        'riñones', 'los riñones', 'cintura', 'la cintura'],
      knee: ['rodilla', 'rodillas', 'la rodilla', 'rótula', 'detrás de la rodilla'],
      groin: ['ingle', 'ingles', 'la ingle', 'entrepierna', 'la entrepierna', 'zona íntima', 'partes íntimas', 'genitales', 'entre las piernas',
        'periné', 'suelo pélvico', 'pelvis', 'cara interna del muslo'],
      leg: ['pierna', 'la pierna', 'muslo', 'muslos', 'pantorrilla', 'gemelo', 'gemelos', 'espinilla', 'pierna izquierda', 'pierna derecha',
        'una pierna', 'isquiotibiales', 'parte de atrás del muslo', 'femoral', ...only(region, americas, ['chamorro'])],
      bothLegs: ['las dos piernas', 'ambas piernas', 'piernas', 'las piernas', 'los dos pies', 'ambos pies', 'los dos lados', 'dos piernas',
        // The negative quantifier names both: "no tengo fuerza en ninguna de las dos piernas".
        'ninguna de las dos piernas', 'ninguna de las piernas', 'ninguna pierna', 'ninguno de los dos pies', 'ningún pie', 'ninguno de los pies',
        'mis piernas', 'mis dos piernas'],
      foot: ['pie', 'pies', 'el pie', 'dedos del pie', 'tobillo', 'tobillos', 'talón', 'planta del pie', 'pie derecho', 'pie izquierdo', 'el pie derecho', 'el pie izquierdo'],
      neck: ['cuello', 'hombro', 'hombros', 'nuca'],
      glute: ['glúteo', 'glúteos', 'nalga', 'nalgas', 'trasero', 'el trasero', 'cóccix', 'coxis', 'rabadilla', 'piriforme',
        'pompa', 'la pompa', ...only(region, ['es-ES'], ['culo', 'el culo', 'pompis']), ...only(region, americas, ['pompas', 'las pompas', 'pompis', 'colita', 'sentaderas', 'nachas', 'culo', 'el culo'])],
      wrist: ['muñeca', 'muñecas', 'mano', 'manos', 'brazo', 'brazos', 'dedos', 'codo'],
      bladder: ['vejiga', 'la vejiga', 'orina', 'pis', 'pipí', 'orinar'],
      bowel: ['intestino', 'intestinos', 'el intestino', 'vientre', 'heces', 'caca', 'hacer del baño', 'ir de vientre'],
    },
    SymptomType: {
      numbness: ['no siento bien', 'no noto bien', 'casi no siento', 'apenas siento', 'no siento nada', 'casi no noto', 'ninguna sensación', 'cero sensibilidad', 'nada de sensibilidad', 'pérdida de sensibilidad', 'sin sensibilidad', 'sin sensación', 'pie dormido', 'pierna dormida', 'adormecimiento', 'adormecida', 'adormecido', 'entumecida', 'entumecido', 'entumecimiento', 'dormida', 'dormido', 'se me durmió',
        'se me ha dormido', 'se me duerme', 'sin sensibilidad', 'no siento', 'no la siento', 'no lo siento', 'he perdido la sensibilidad',
        'perdí la sensibilidad', 'acorchada', 'acorchado', 'insensible', 'como muerta', 'como muerto'],
      tingling: ['hormigueo', 'hormigueos', 'cosquilleo', 'cosquilleos', 'hormiguitas', 'pinchazos', 'agujas', 'como agujas', 'calambrillos',
        'piquetes', 'como electricidad'],
      weakness: ['nada de fuerza', 'cero fuerza', 'sin fuerzas', 'pérdida de fuerza', 'ninguna fuerza', 'arrastro el pie', 'arrastro la pierna', 'tropiezo', 'tropiezo con el pie', 'me tropiezo', 'se me traba el pie', 'débil', 'debilidad', 'sin fuerza', 'no tengo fuerza', 'falta de fuerza', 'se me dobla', 'se me dobla la rodilla', 'me falla',
        'me falla la pierna', 'no me sostiene', 'no me aguanta', 'no puedo levantar', 'no puedo mover', 'no la puedo levantar',
        'no lo puedo levantar', 'no puedo levantar el pie', 'arrastro el pie', 'pie caído', 'como de trapo', 'flojera', 'se me va',
        // A dragging gait in the continuous forms ("voy arrastrando el pie"), and a foot that hangs (foot drop).
        ...cross(['voy ', 'ando ', 'sigo ', ''], ['arrastrando'], [' el pie', ' la pierna', ' los pies', ' las piernas']),
        'el pie se me queda colgando', 'se me queda colgando el pie', 'el pie me cuelga',
        'perdí la fuerza', 'he perdido la fuerza', 'me quedé sin fuerza', 'tropiezo mucho', 'me tropiezo mucho', 'me tropiezo seguido',
        // Weakening as a verb in any tense ("se me debilitaron"), and what the legs no longer do, "bien" or not.
        'debilitó', 'debilitaron', 'debilita', 'debilitan', 'debilitada', 'debilitadas', 'debilitado', 'debilitados', 'débiles', 'flojas', 'flojos',
        ...cross(['no puedo', 'no consigo', 'no logro', 'casi no puedo', 'ya no puedo'], ['mover', 'levantar', 'caminar', 'andar', 'apoyar', 'sostener', 'pisar'],
          ['', 'bien', 'nada'])],
      radiating: ['baja por la pierna', 'me baja por la pierna', 'se va a la pierna', 'me corre por la pierna', 'irradia', 'se irradia',
        'me llega al pie', 'llega hasta el pie', 'baja hasta el pie', 'por debajo de la rodilla', 'como una descarga', 'descarga eléctrica',
        'calambrazo', 'corrientazo', 'latigazo', 'dolor que baja', 'dolor que se extiende', 'se extiende', 'me recorre la pierna'],
      bladderBowel: ['pérdida de orina', 'pérdidas de orina', 'escapes de orina', 'se me sale la orina', 'se me sale el pis', 'no controlo la vejiga', 'no controlo el intestino', 'se me escapa la orina', 'me orino', 'me hice pis', 'me he hecho pis',
        'me hice pipí', 'incontinencia', 'no puedo orinar', 'no puedo hacer pis', 'problemas para orinar', 'problemas con la vejiga',
        'problemas con el intestino', 'no noto cuando tengo que ir al baño', 'no siento ganas de orinar', 'perdí el control de la vejiga',
        'perdí el control del intestino', 'se me escapa', 'me hice encima', 'me he hecho encima'],
      saddle: ['adormecimiento en la entrepierna', 'entrepierna dormida', 'no siento la entrepierna', 'adormecida la zona íntima',
        'no siento entre las piernas', 'adormecimiento entre las piernas', 'no siento el papel al limpiarme', 'anestesia en silla de montar',
        'adormecimiento en las nalgas', 'dormidas las nalgas'],
      severe: ['dolor fuerte', 'dolor muy fuerte', 'insoportable', 'dolor insoportable', 'inaguantable', 'cada vez peor', 'va a peor', 'peor',
        'me duele muchísimo', 'un dolor horrible', 'horrible', 'terrible', 'muy intenso', 'diez de diez', 'el peor dolor', 'no lo aguanto',
        'no lo soporto', 'empeora', 'está empeorando', 'va a más', 'va en aumento', 'aumenta', 'cada vez más fuerte',
        // Never like this before: the worst-ever pain, in any tense.
        ...cross(['nunca', 'jamás'], ['me había dolido', 'me ha dolido', 'me dolió', 'había sentido un dolor', 'he sentido un dolor', 'había tenido un dolor',
          'he tenido un dolor', 'había sentido algo'], ['así', 'tanto', 'igual', 'como ahora', 'como este']),
        'el peor dolor de mi vida', 'como nunca', ...only(region, ['es-MX', 'es-US'], ['me duele un chingo', 'me duele horrible'])],
      fall: ['choqué', 'choqué en el carro', 'choqué con el coche', 'choqué en el coche', 'me chocaron', 'me caí', 'me he caído', 'una caída', 'caída', 'me resbalé', 'me he resbalado', 'un accidente', 'accidente', 'me tropecé',
        'un accidente de coche', 'un accidente de carro', 'me caí de la bici', 'me caí por las escaleras', 'me caí de espaldas', 'un golpe',
        'me di un golpe', 'me golpeé', 'choqué', 'tuve un choque'],
      fever: ['sudo', 'sudo mucho', 'sudando', 'estoy sudando', 'fiebre', 'tengo fiebre', 'calentura', 'escalofríos', 'temperatura', 'me siento mal', 'malestar', 'enfermo', 'enferma', 'gripe',
        'sudores', 'sudores por la noche', 'destemplado', 'destemplada',
        // Unwell in Spain's and the Americas' words: "no me encuentro bien", "tengo calosfríos", "tengo unas décimas", "me siento afiebrado".
        'no me siento bien', 'no me encuentro bien', 'me encuentro mal', 'me encuentro fatal', 'calosfríos', 'unas décimas', 'décimas', 'unas décimas de fiebre',
        'hirviendo', 'afiebrado', 'afiebrada', 'con fiebre', 'fiebre alta', 'un poco de fiebre'],
      night: ['acostado', 'acostada', 'acostado en la cama', 'acostada en la cama', 'tumbado', 'tumbada', 'en la cama', 'dolor de noche', 'dolor por la noche', 'dolor nocturno', 'dolores nocturnos', 'por la noche', 'de noche', 'en la noche', 'me despierta', 'me despierta por la noche', 'no me deja dormir', 'no puedo dormir',
        'en reposo', 'acostado', 'acostada', 'tumbado', 'tumbada', 'aunque esté quieto', 'aunque esté quieta', 'dolor nocturno', 'por las noches',
        'en las noches', 'todas las noches', 'cada noche', 'en la madrugada', 'de madrugada', 'no me deja descansar', 'no me deja dormir bien', 'no duermo'],
      cramp: ['calambre', 'un calambre', 'calambres', 'rampa', 'una rampa', 'tirón muscular', 'espasmo', 'se me acalambró', 'se me agarrotó',
        'se me subió el gemelo', 'se me sube el gemelo', 'agarrotado',
        // US Spanish says the English word ("tengo un cramp"); a cramp is cried out twice, as pain is ("calambre calambre").
        'cramp', 'un cramp', 'cramps', ...['calambre', 'un calambre', 'rampa'].map((cry) => `${cry} ${cry}`)],
    },
    PainType: {
      hurts: ['duele', 'me duele', 'me duele mucho', 'duele mucho', 'me está doliendo', 'doloroso', 'dolorosa', 'me hace daño', 'me lastima'],
      sore: ['molesta', 'me molesta', 'dolorido', 'dolorida', 'adolorido', 'adolorida', 'sensible', 'punzadas', 'me late'],
      sharp: ['pincha', 'me pincha', 'punzante', 'agudo', 'como un pinchazo', 'me da pinchazos', 'me clava'],
      burning: ['quema', 'me quema', 'arde', 'me arde', 'ardor'],
      pinching: ['pellizca', 'me pellizca', 'me aprieta', 'se me clava', 'me tira feo', 'me engancha', 'se me clavó', 'me clavó', 'clava',
        // A pull is how a stretch should feel; a pull "mucho", "demasiado", "feo" is not.
        ...cross(['tira', 'jala', 'estira'], ['mucho', 'demasiado', 'feo', 'muy fuerte', 'de más']), 'jala', 'me jala'],
      tooMuch: ['demasiado', 'es demasiado', 'muy fuerte', 'demasiado fuerte', 'demasiado intenso', 'incómodo', 'incómoda', 'no me sienta bien',
        'no se siente bien', 'mal', 'raro'],
    },
    SensationType: {
      pain: ['dolor', 'un dolor', 'un pinchazo', 'un tirón', 'un crujido', 'un chasquido', 'un latigazo', 'un ardor', 'algo raro', 'un pellizco',
        'un dolor agudo', 'un dolor punzante', 'algo que se rompía', 'un crack'],
    },
    StrainType: {
      strain: ['me jalé algo', 'me jalo algo', 'me desgarré algo', 'me rompí algo', 'me hice algo', 'me lastimé algo', 'me estiré de más', 'me jalé', 'me hice daño', 'me he hecho daño', 'me lastimé', 'me he lastimado', 'me lesioné', 'me he lesionado', 'me di un tirón',
        'me he dado un tirón', 'me desgarré', 'me distendí', 'me torcí', 'me pasé', 'me he pasado', 'forcé demasiado', 'estiré de más',
        'me jalé un músculo', 'me lastimé un músculo'],
    },
    ConditionType: {
      groinPain: ['dolor de ingle', 'dolor en la ingle', 'artrosis de cadera', 'artrosis', 'artritis', 'coxartrosis', 'pinzamiento de cadera',
        'pinzamiento', 'rotura del labrum', 'bursitis'],
      hipInjury: ['lesión de cadera', 'una lesión de cadera', 'la cadera lesionada', 'prótesis de cadera', 'una prótesis de cadera',
        'cadera operada', 'operación de cadera', 'cadera nueva', 'mala la cadera', 'la cadera mal', 'la cadera mala', 'las caderas mal'],
      backInjury: ['lesión de espalda', 'una lesión de espalda', 'hernia de disco', 'una hernia de disco', 'hernia discal', 'protrusión discal',
        'problemas de espalda', 'espalda operada', 'operación de espalda', 'la espalda mal', 'lumbago', 'una hernia'],
      kneeProblem: ['problemas de rodilla', 'rodillas malas', 'la rodilla mal', 'lesión de rodilla', 'dolor de rodilla', 'prótesis de rodilla',
        'operación de rodilla', 'las rodillas mal', 'la rodilla mala', 'las rodillas malas', 'rotura de menisco', 'el menisco', 'ligamento cruzado', 'no puedo arrodillarme'],
      sciatica: ['ciática', 'ciático', 'nervio ciático', 'un nervio pinzado', 'nervio pinzado', 'nervio atrapado'],
      pregnancy: ['embarazada', 'embarazo', 'esperando un bebé', 'acabo de dar a luz', 'en estado'],
      osteoporosis: ['osteoporosis', 'huesos frágiles', 'osteopenia'],
      hypermobility: ['hiperlaxitud', 'hiperlaxo', 'hiperlaxa', 'hipermovilidad', 'articulaciones hiperlaxas', 'ehlers danlos'],
      surgery: ['una operación', 'operación', 'cirugía', 'una cirugía', 'me operaron', 'puntos', 'recién operado', 'recién operada'],
    },
  };
}

function samples(region: Region): LocaleWords['samples'] {
  const spain = region === 'es-ES';
  const okWords = spain ? ['vale', 'venga'] : ['sale', 'órale', 'ándale', 'va'];
  // The recogniser writes "ay" and "uy" as they sound, "hay", "huy": those are cries too.
  const painExclaims = ['ay', 'ay ay', 'ay ay ay', 'auch', 'uy', 'huy', 'uy uy', 'ay ay que dolor', 'ufff', 'ouch', 'ay caramba', 'ay nanita', 'ay nanita mía', 'ay mamita', 'ay mamá', 'uf', 'uff', 'puf', 'caray', 'ay caray', 'carajo', 'rayos', 'mierda',
    // Spain's and Mexico's oaths in every region's model: a cry of the other region is still a cry.
    'jolín', 'ostras', 'joder', 'hostia', 'ay joder', 'híjole', 'chin', 'chale', 'ay güey', 'ay wey', 'no manches', 'chispas', 'ah caray'];
  /** The cries the catch-all "ay {feeling}" already carries (the words after them are read there); the others carry pain themselves. */
  const carriedCries = ['ay', 'uy', 'auch', 'ay ay', 'ay ay ay', 'uy uy', 'híjole', 'joder', 'hostia', 'ostras'];
  return {
    // The start verb, head noun and routine words crossed are es-forms.ts's; these are the forms it does not build.
    StartRoutineIntent: cat(
      // Stretching said as the verb: "quiero estirar antes de dormir", "estiremos para la oficina".
      cross(['quiero estirar', 'vamos a estirar', 'estiremos', 'a estirar', 'quiero hacer estiramientos', 'necesito estirar', 'estirar', 'estírame'], ['{routine}']),
      cross(['{routine}', 'la rutina de la {routine}', 'la rutina de {routine}', 'rutina de {routine}', 'rutina de la {routine}']),
      ['empieza una rutina', 'empieza la rutina', 'quiero estirar', 'vamos a estirar', 'estiremos', 'empecemos', 'vamos', 'quiero hacer estiramientos',
        'haz una rutina', 'que empiece una rutina', 'empezar a estirar', 'una rutina por favor', 'quiero una rutina'],
    ),
    PainIntent: cat(
      ['me duele', 'duele', 'esto duele', 'eso duele', 'me está doliendo', 'tengo dolor', 'siento dolor', 'me hace daño', 'para que duele',
        'para me duele', 'no me sienta bien', 'esto no se siente bien', 'algo no va bien', 'algo va mal', 'así no'],
      painExclaims,
      // A cry with "no" or a name: "ay no no no", "uy madre mía".
      cross(['ay', 'uy', 'huy', 'auch', 'ay ay'], ['no', 'no no', 'no no no', 'mi madre', 'dios', 'dios mío', 'madre mía', 'mamá']),
      // Not sitting right with the stretch (alone, "no me siento bien" is feeling unwell).
      cross(['no me siento bien', 'no me encuentro bien', 'no me va bien', 'no me sienta bien', 'me siento mal', 'me siento incómodo', 'me siento incómoda'],
        ['con esta postura', 'con este estiramiento', 'con esto', 'en esta postura', 'en esta posición', 'haciendo esto']),
      // Said twice or more, as pain is: "duele duele", "me duele me duele".
      cross(['duele', 'me duele', 'ay'], ['duele', 'me duele', 'duele duele', 'me duele mucho']),
      cross(painExclaims, ['me duele', 'que dolor', 'mi {bodyPart}', 'la {bodyPart}', 'el {bodyPart}', 'para', 'me duele el {bodyPart}', 'me duele la {bodyPart}',
        'mi {bodyPart} no', 'la {bodyPart} no', 'el {bodyPart} no', 'no mi {bodyPart}']),
      // A cry, a pain verb or a joint's sound first, anything after ("ay, mi cadera, no", "duele poquito pero se nota", "cruje y duele"):
      // pain, unless the words after name a warning sign or a cramp (the handler reads them).
      // (After "me" the catch-all's "me {feeling}" keeps the verb for the classifier, so only the forms without it are here.)
      cross([...painExclaims.filter((cry) => !carriedCries.includes(cry)), 'duele', 'dolió', 'qué dolor', 'molesta', 'cruje', 'crujió', 'truena', 'tronó', 'sonó', 'pincha', 'quema', 'arde'], ['{feeling}']),
      cross(['{feeling}'], ['y duele', 'y dolió', 'pero duele', 'y duele mucho', 'y molesta', 'y eso duele', 'y sí duele']),
      cross(['{pain}', 'esto {pain}', 'eso {pain}', 'me {pain}', 'la postura {pain}', 'este estiramiento {pain}', 'es {pain}', 'está {pain}',
        'esto es {pain}', 'esto está {pain}', 'se siente {pain}'], ['', 'la {bodyPart}', 'el {bodyPart}', 'en la {bodyPart}', 'en el {bodyPart}',
        'los {bodyPart}', 'las {bodyPart}']),
      cross(['la {bodyPart}', 'el {bodyPart}', 'mi {bodyPart}', 'las {bodyPart}', 'los {bodyPart}', 'mis {bodyPart}', '{bodyPart}'],
        ['{pain}', 'me {pain}', 'está {pain}', 'me está doliendo', 'me duele']),
      cross(['siento', 'sentí', 'noté', 'tengo', 'he sentido', 'he notado', 'me dio', 'me ha dado', 'hubo', 'oí', 'escuché', 'se oyó', 'se escuchó', 'sonó', 'me sonó'], ['{sensation}'],
        ['', 'en la {bodyPart}', 'en el {bodyPart}', 'en mi {bodyPart}', 'ahí', 'ahora']),
      cross(['dolor', 'mucho dolor', 'un dolor', 'qué dolor', 'tengo dolor', 'un poco de dolor'], ['', 'de {bodyPart}', 'en la {bodyPart}', 'en el {bodyPart}',
        'en las {bodyPart}', 'en los {bodyPart}', 'aquí', 'ahí', 'fuerte', 'ahora']),
      // How much, said after the pain: "duele un montón", "me duele horrores".
      cross(['duele', 'me duele', 'esto duele', 'eso duele', 'cómo duele', 'me duele la {bodyPart}', 'me duele el {bodyPart}', 'me está doliendo'],
        ['mucho', 'un montón', 'bastante', 'un poco', 'demasiado', 'un poquito', 'ahí', 'aquí', 'ahora', 'bien feo',
          'un chingo', 'un huevo', 'de verdad', 'en serio', 'cuando estiro', 'al estirar']),
      cross(['', 'creo que', 'me parece que', 'uy'], ['{strain}'], ['', 'la {bodyPart}', 'el {bodyPart}', 'en la {bodyPart}', 'en el {bodyPart}']),
      ...(spain ? [['me he hecho daño en la {bodyPart}', 'me he hecho daño en el {bodyPart}', 'me duele un montón']] : [['me lastimé la {bodyPart}', 'me lastimé el {bodyPart}', 'me duele bien feo']]),
    ),
    WarningSignIntent: cat(
      ['{symptom}', 'tengo {symptom}', 'siento {symptom}', 'noto {symptom}', 'me noto {symptom}', 'estoy {symptom}', 'me da {symptom}',
        'tengo mucho {symptom}', 'el dolor {symptom}', 'el dolor es {symptom}', 'el dolor va {symptom}', 'es {symptom}', 'está {symptom}',
        'me siento {symptom}', 'he tenido {symptom}', 'tuve {symptom}', 'me pasa {symptom}', 'me duele {symptom}', 'el dolor me {symptom}',
        'creo que tengo {symptom}', 'desde ayer tengo {symptom}'],
      cross(['tengo', 'siento', 'noto', 'me da'], ['{symptom}'], ['en la {bodyPart}', 'en el {bodyPart}', 'en las {bodyPart}', 'en los {bodyPart}',
        'en mi {bodyPart}', 'en mis {bodyPart}', 'en {bodyPart}']),
      cross(['la {bodyPart}', 'el {bodyPart}', 'mi {bodyPart}', 'las {bodyPart}', 'los {bodyPart}', 'mis {bodyPart}', '{bodyPart}'],
        ['{symptom}', 'está {symptom}', 'están {symptom}', 'se siente {symptom}', 'se me {symptom}', 'la tengo {symptom}', 'las tengo {symptom}',
          'lo tengo {symptom}', 'los tengo {symptom}', 'muy {symptom}']),
      cross(['tengo', 'siento', 'noto', 'llevo'], ['la {bodyPart}', 'el {bodyPart}', 'las {bodyPart}', 'los {bodyPart}', 'mi {bodyPart}'], ['{symptom}']),
      cross(['se me', 'se me ha', ''], ['{symptom}'], ['la {bodyPart}', 'el {bodyPart}', 'las {bodyPart}', 'los {bodyPart}', 'en la {bodyPart}',
        'en el {bodyPart}']),
      cross(['', 'ayer', 'hoy', 'esta mañana', 'la semana pasada', 'el otro día', 'hace unos días'], ['{symptom}']),
      cross(['{symptom}'], ['ayer', 'hoy', 'esta mañana', 'la semana pasada', 'el otro día', 'hace unos días', 'y me duele la espalda', 'al caminar', 'cuando camino',
        'al andar', 'todo el rato', 'todo el tiempo', 'a veces', 'cada rato', 'desde ayer', 'desde hace días']),
      cross(['no puedo', 'casi no puedo'], ['{symptom}'], ['', 'la {bodyPart}', 'el {bodyPart}']),
      cross(['{symptom}'], ['en la {bodyPart}', 'en el {bodyPart}', 'en las {bodyPart}', 'en los {bodyPart}', 'en mi {bodyPart}', 'en mis {bodyPart}', 'en {bodyPart}']),
      // The when first: "de noche me duele muchísimo", "acostada me duele más".
      cross(['{symptom}'], ['me duele', 'me duele mucho', 'me duele más', 'me duele muchísimo', 'me duele la {bodyPart}', 'me duele el {bodyPart}',
        'me duele mucho la {bodyPart}', 'me duele mucho el {bodyPart}', 'me duele más la {bodyPart}', 'me duele más el {bodyPart}',
        'duele más', 'es peor', 'está peor', 'me despierto', 'me despierto con dolor', 'no puedo dormir', 'tengo dolor']),
      // Said without a verb, the sign with how much and where ("mucho dolor de noche", "fiebre y dolor de espalda").
      cross(['', 'un', 'una', 'mucho', 'mucha', 'siempre', 'otra vez', 'algo de', 'un poco de', 'tanto', 'tanta'], ['{symptom}'], ['', 'en la {bodyPart}',
        'en el {bodyPart}', 'en las {bodyPart}', 'en los {bodyPart}', 'al caminar', 'y dolor de espalda', 'y dolor', 'con dolor', 'desde ayer',
        'todo el día', 'ayer en la calle', 'en la calle', 'en casa']),
      cross(['{symptom}'], ['me duele', 'duele', 'me molesta', 'me dan dolores', 'tengo dolor', 'siento dolor', 'es peor', 'está peor'],
        ['mucho más', 'más', 'muchísimo', 'muchísimo más', 'bastante más', 'un montón más', 'mucho peor', 'bastante', 'todavía más', 'aún más'],
        ['', 'la {bodyPart}', 'el {bodyPart}', 'las {bodyPart}', 'los {bodyPart}']),
      cross(['{symptom}'], ['no puedo dormir', 'no duermo', 'no me deja dormir', 'casi no duermo'], ['del dolor', 'por el dolor', 'de dolor', 'bien']),
      // Worse lying down or at night, said with "sobre todo" ("acostado es peor, sobre todo de noche").
      cross(['{symptom}'], ['es peor', 'está peor', 'duele más', 'me duele más', 'empeora', 'va peor'], ['sobre todo de noche', 'sobre todo por la noche', 'sobre todo en la noche',
        'sobre todo acostado', 'sobre todo acostada', 'más de noche', 'y de noche', 'y por la noche', 'de noche', 'por la noche', 'en la noche', 'por las noches']),
      // When, said after the sign ("sudo mucho por la noche").
      cross(['{symptom}'], ['por la noche', 'por las noches', 'de noche', 'en la noche', 'toda la noche', 'cada noche', 'de madrugada']),
      cross(['{symptom}'], ['y desde entonces me duele', 'y desde entonces tengo dolor', 'y me duele', 'y ahora me duele', 'y desde entonces me duele la espalda']),
      // Since then, with where it hurts ("choqué en el carro y desde entonces tengo dolor de cadera").
      cross(['{symptom}'], ['y desde entonces', 'y desde ese día', 'y ahora', 'desde entonces'], ['me duele', 'tengo dolor', 'me duele mucho', 'tengo mucho dolor'],
        ['la {bodyPart}', 'el {bodyPart}', 'de {bodyPart}', 'en la {bodyPart}', 'en el {bodyPart}']),
      // The side said after the sign, and how it goes ("voy arrastrando el pie izquierdo", "arrastro el pie derecho al caminar",
      // "tropiezo todo el rato con la punta del pie").
      cross(['{symptom}'], ['izquierdo', 'derecho', 'izquierda', 'derecha'], ['', 'al caminar', 'al andar', 'cuando camino', 'cuando ando', 'todo el rato',
        'todo el tiempo', 'desde ayer']),
      cross(['{symptom}'], ['', 'todo el rato', 'todo el tiempo', 'mucho', 'siempre', 'a cada rato', 'seguido'], ['con la punta del {bodyPart}',
        'con la punta de los {bodyPart}', 'con el {bodyPart}', 'con los {bodyPart}']),
      cross(['{symptom}'], ['con el {bodyPart}', 'con la {bodyPart}', 'con los {bodyPart}', 'con mi {bodyPart}']),
      // With why: "tropiezo con el pie porque no lo levanto bien", "arrastro la pierna porque se me cae".
      cross(['{symptom}'], ['con el {bodyPart}', 'con la {bodyPart}', 'el {bodyPart}', 'la {bodyPart}', ''], ['porque no lo levanto', 'porque no lo levanto bien',
        'porque no la levanto', 'porque no la levanto bien', 'porque no lo puedo levantar', 'porque no puedo levantarlo', 'porque se me cae', 'porque se me va',
        'porque no responde', 'porque no tengo fuerza', 'porque no lo siento']),
      // The sign, then the body part with its own article or quantifier ("se me debilitaron las dos piernas", "no puedo mover bien ambas piernas").
      cross(['', 'se me', 'de repente', 'de pronto', 'de golpe', 'ahora', 'hoy'], ['{symptom}'], ['{bodyPart}', 'en {bodyPart}']),
      // When it happens said first, then what hurts, then the sign: "por las noches el dolor de espalda no me deja dormir".
      cross(['por la noche', 'por las noches', 'de noche', 'en la noche', 'en las noches', 'cada noche', 'todas las noches', 'en la madrugada', 'cuando me acuesto',
        'al acostarme'], ['el dolor', 'el dolor de {bodyPart}', 'la {bodyPart}', 'el {bodyPart}', 'me duele y', 'me duele tanto que', 'me duele la {bodyPart} y'],
      ['{symptom}']),
    ),
    ConditionIntent: cross(
      ['tengo', 'tengo una', 'tengo un', 'padezco', 'padezco de', 'sufro de', 'estoy', 'tuve', 'tuve una', 'tuve un', 'me hicieron una',
        'me diagnosticaron', 'me acaban de hacer una', 'me estoy recuperando de', 'me estoy recuperando de una', 'por mi', 'por la',
        'el médico dice que tengo', 'llevo años con', 'hace poco tuve una', 'hace poco me hicieron una',
        // What was put in: "me pusieron una prótesis de cadera", "llevo una prótesis".
        'me pusieron', 'me pusieron una', 'me pusieron un', 'me han puesto', 'me han puesto una', 'me han puesto un', 'llevo', 'llevo una', 'llevo un',
        'traigo', 'ando con'],
      ['{condition}'], ['', 'así que con cuidado', 'así que suave', 'el año pasado', 'el mes pasado', 'hace unas semanas'],
    ).concat(
      // Since when, and the question it raises: "tengo una prótesis desde el año pasado", "tengo osteoporosis, ¿hay algún problema?".
      cross(['tengo', 'tengo una', 'tengo un', 'tuve', 'tuve una', 'tuve un', 'padezco', 'padezco de', 'sufro de', 'llevo una', 'me pusieron una', 'me operaron de'],
        ['{condition}'], ['desde el año pasado', 'desde hace años', 'desde hace tiempo', 'desde hace unos meses', 'desde hace poco', 'desde hace un año', 'desde niño', 'desde niña',
        'hay algún problema', 'hay problema', 'es un problema', 'pasa algo', 'puedo hacerlo', 'puedo hacer esto', 'puedo estirar', 'está bien', 'importa', 'ten cuidado',
        'tenga cuidado', 'tenlo en cuenta', 'téngalo en cuenta', 'ojo']),
      // How far along, said after it: "estoy embarazada de cinco meses".
      cross(['estoy {condition}', '{condition}'], ['de un mes', 'de dos meses', 'de tres meses', 'de cuatro meses', 'de cinco meses', 'de seis meses',
        'de siete meses', 'de ocho meses', 'de nueve meses', 'de pocas semanas', 'de unas semanas', 'de gemelos']),
      cross(['me acaban de operar', 'me operaron', 'me han operado', 'me van a operar'], ['la {condition}', 'el {condition}', 'las {condition}', 'los {condition}']),
      cross(['tengo', 'tengo una', 'tengo un', 'padezco', 'padezco de', 'sufro de', 'me diagnosticaron', 'tuve'], ['{condition}'], ['en la cadera',
      'en las caderas', 'en la rodilla', 'en las rodillas', 'en la espalda', 'de cadera', 'de rodilla', 'de espalda', 'lumbar', 'en la columna'])),
    DescribeFeelingIntent: [
      // Mexican and US "traigo" and "ando con" for "tengo": "traigo la pierna adormecida", "ando con hormigueo".
      'traigo {feeling}', 'traigo como {feeling}', 'ando con {feeling}', 'andaba con {feeling}', 'traía {feeling}',
      // The stretch felt somewhere ("lo siento en la pompa"): what follows is read alone, so a place with no sensation is no sign;
      // "no lo siento …" keeps its negation (the classifier reads a slot opening "lo siento" as the negation's).
      'lo siento {feeling}', 'lo noto {feeling}', 'la siento {feeling}', 'la noto {feeling}',
      'siento {feeling}', 'noto {feeling}', 'sentí {feeling}', 'noté {feeling}', 'sentí como {feeling}', 'noté como {feeling}', 'me siento {feeling}', 'se siente {feeling}', 'tengo {feeling}', 'mi {feeling}',
      'la {feeling}', 'el {feeling}', 'es {feeling}', 'está {feeling}', 'estoy {feeling}', 'hay {feeling}', 'espera {feeling}', 'oye {feeling}',
      'ay {feeling}', 'de repente {feeling}', 'es normal que {feeling}', 'es normal {feeling}', 'me preocupa {feeling}', 'me {feeling}',
      'se me {feeling}', 'no {feeling}', 'como que {feeling}',
      // Openers that carry no meaning of their own, so what follows reaches the classifier whole ("las dos piernas se me doblaron").
      ...cross(['y', 'pero', 'pues', 'mira', 'uf', 'es que', 'ahora', 'ya', 'en', 'al', 'a', 'cuando', 'desde', 'con', 'los', 'las', 'un', 'una',
        'algo', 'ahí', 'aquí', 'creo que', 'sigo', 'todavía', 'otra vez', 'yo', 'mis', 'le', 'lo', 'anoche', 'ayer', 'hoy', 'esta mañana', 'uy',
        'oiga', 'madre mía', 'perdona', 'disculpa', 'ambas', 'ambos', 'los dos', 'toda', 'todo',
        // Where, when and how a sentence about the body starts, with the cries and stops said first ("esto no me gusta nada",
        // "por las noches me duele más", "basta, me duele"); never a word the classifier needs (a pain verb, "siento").
        'esto', 'eso', 'este', 'esta', 'qué', 'casi', 'últimamente', 'llevo', 'llevo días',
        'basta', 'para', 'alto', 'el dolor', 'ahorita',
        'fíjate', 'ojo', 'cuidado', 'ayúdame', 'socorro', 'no sé', 'híjole', 'órale', 'chale', 'caray', 'caramba', 'vaya', 'joder', 'hostia',
        'ostras', 'dios mío', 'ay dios', 'ay no', 'porque', 'sin', 'entre', 'hasta', 'después de', 'tras', 'luego', 'acabo de',
        'empiezo a', 'empecé a', 'vuelvo a', 'he', 'ha', 'han', 'se me ha', 'se me han', 'me ha', 'me han', 'estuve', 'ando', 'desde que',
        'si', 'siempre', 'imposible', 'casi imposible', 'dolor', 'un dolor', 'punzadas', 'pinchazos', 'como', 'cada día', 'tuve', 'tuve un', 'tuve una',
        'he tenido', 'sufrí', 'sufrí un', 'auch', 'ay ay', 'ay ay ay', 'uy uy'], ['{feeling}'])],
    HoldDurationIntent: cat(
      cross(['cuánto tiempo', 'cuántos segundos', 'cuánto', 'por cuánto tiempo', 'cuánto rato'], ['aguanto', 'mantengo', 'tengo que aguantar',
        'hay que aguantar', 'tengo que mantener', 'me quedo', 'aguantamos', 'hay que mantener', 'sostengo', 'tengo que sostener'],
        ['', 'esto', 'esta postura', 'este estiramiento']),
      cross(['cuándo', 'cuándo puedo', 'cuándo hay que'], ['suelto', 'soltar', 'salgo', 'salir', 'termino', 'acaba', 'se acaba', 'descansar']),
      ['cuánto queda de este', 'cuánto falta de este', 'cuánto le queda', 'cuántos segundos quedan', 'cuánto dura', 'cuánto dura esto',
        'cuánto dura este estiramiento', 'cuánto tiempo por lado', 'cuánto rato más'],
    ),
    SkipIntent: cat(['salta', 'saltar', 'sáltalo', 'sáltate este', 'sáltate esta', 'sáltalo por favor', 'pasa de este',
      'quita este', 'omite este', 'omitir', 'salta este', 'salta este ejercicio', 'este no', 'este no me gusta', 'no quiero hacer este',
      'déjalo', 'pasa al siguiente sin hacer este', 'nos saltamos este', 'me lo salto'],
    ['puedo saltarme este', 'podemos saltar este', 'me puedo saltar este', 'saltemos este']),
    WhichSideIntent: ['qué lado', 'en qué lado estoy', 'qué lado es', 'qué lado toca', 'qué lado toca ahora', 'es el derecho o el izquierdo',
      'derecho o izquierdo', 'izquierdo o derecho', 'qué pierna', 'qué pierna toca', 'estoy en el lado derecho o en el izquierdo',
      'de qué lado estoy', 'de qué lado', 'cuál lado', 'con qué pierna', 'con qué lado', 'qué lado estamos haciendo', 'ya cambio de lado'],
    WhatDoesThisStretchIntent: cat(cross(['para qué sirve', 'qué hace', 'qué estira', 'para qué es', 'qué trabaja', 'qué músculo estira',
      'qué músculos estira', 'por qué hacemos'], ['', 'esto', 'este estiramiento', 'este ejercicio', 'esta postura']),
    ['qué estoy estirando', 'qué músculo es', 'para qué', 'de qué sirve esto', 'qué beneficio tiene', 'qué se trabaja aquí']),
    TellMeMoreIntent: cat(
    // Asked to be shown or told more, of the stretch or how it is done: "explícame bien cómo se hace", "dime más de la postura".
    cross(['explícame', 'explícame bien', 'explícame mejor', 'explica bien', 'explícamelo bien', 'dime bien', 'enséñame', 'muéstrame', 'cuéntame',
      'explíqueme', 'explíqueme bien', 'dígame bien'], ['cómo se hace', 'cómo lo hago', 'cómo hacerlo', 'cómo va', 'cómo me pongo', 'cómo me coloco',
      'este estiramiento', 'este ejercicio', 'esta postura', 'la postura', 'el ejercicio', 'el estiramiento']),
    cross(['dime más', 'cuéntame más', 'dame más detalles', 'explícame más', 'más información', 'dígame más', 'cuénteme más', 'quiero saber más'],
      ['', 'de la postura', 'del ejercicio', 'del estiramiento', 'sobre este', 'de este', 'de esta', 'de este estiramiento', 'sobre la postura',
        'sobre el ejercicio', 'sobre este estiramiento', 'de cómo se hace']),
    cross(['cómo se hace', 'cómo hago', 'explícame', 'explica', 'descríbeme', 'cómo es', 'cómo va'], ['', 'esto', 'este', 'esta', 'eso',
      'este estiramiento', 'este ejercicio', 'esta postura', 'bien'], ['', 'otra vez']),
    // Not understood, said of the stretch: "no entiendo el ejercicio", "me lo explicas mejor".
    cross(['no entiendo', 'no le entiendo', 'no entendí', 'no comprendo', 'explícalo', 'explícamelo', 'explíquelo', 'me lo explicas', 'me lo explica',
      'me explicas', 'me explica', 'cómo le hago', 'cómo lo hago'], ['', 'el ejercicio', 'la postura', 'este estiramiento', 'cómo va', 'qué hay que hacer', 'mejor',
      'otra vez', 'con más detalle']),
    // How to do it, asked with an infinitive: "no sé cómo ponerme", "¿cómo tengo que hacerlo?".
    cross(['no sé cómo', 'no entiendo cómo', 'cómo', 'cómo tengo que', 'cómo debo', 'cómo hay que'], ['ponerme', 'colocarme', 'hacerlo', 'hacer esto',
      'hacer este', 'poner la {bodyPart}', 'poner el {bodyPart}', 'poner las {bodyPart}', 'poner los {bodyPart}', 'sentarme', 'acostarme', 'empezar', 'se hace', 'va esto']),
    ['más detalles', 'no entiendo cómo se hace', 'no sé cómo hacerlo', 'dónde pongo los pies', 'dónde pongo la {bodyPart}', 'dónde pongo el {bodyPart}',
      'qué hago con la {bodyPart}', 'qué hago con el {bodyPart}', 'cómo me coloco', 'cómo me pongo', 'cómo tengo que estar', 'más instrucciones']),
    // Bare "how much is left" asks of the routine, as en-US's "how much is left" and French "il reste combien de temps" do; of this stretch it is HoldDuration's.
    HowManyLeftIntent: ['cuánto falta', 'cuánto queda', 'cuánto nos falta', 'cuánto me falta', 'cuánto me queda', 'cuántos quedan', 'cuántos faltan', 'cuántos estiramientos quedan', 'cuántos ejercicios quedan', 'cuántos más',
      'cuánto falta para terminar', 'cuánto queda de rutina', 'es el último', 'este es el último', 'queda mucho para acabar', 'qué queda',
      'cuántos nos quedan', 'cuándo terminamos', 'cuánto le queda a la rutina', 'falta mucho para terminar'],
    EasierIntent: cat(cross([''], ['más fácil', 'hazlo más fácil', 'más suave', 'hazlo más suave', 'una versión más fácil',
      'una versión más suave', 'algo más fácil', 'menos intenso', 'menos tiempo', 'tiempos más cortos', 'aguantar menos', 'más corto',
      'bájale', 'baja la intensidad']),
    cross(['no soy', 'no soy muy', 'no soy tan', 'no estoy tan', 'no estoy muy'], ['flexible', 'elástico', 'elástica']),
    // Not reaching, said with where: "no llego hasta abajo".
    cross(['no llego', 'no alcanzo', 'no me llega', 'no llego bien'], ['', 'hasta abajo', 'al suelo', 'a los pies', 'a tocar', 'hasta el suelo', 'tan lejos',
      'a tocarme los pies', 'con las manos']),
    cross(['es', 'esto es', 'está', 'este es', 'esto está'], ['muy difícil', 'demasiado difícil', 'muy duro', 'demasiado duro', 'muy difícil para mí',
      'demasiado difícil para mí', 'muy duro para mí', 'difícil para mí']),
    ['no puedo hacerlo', 'no llego', 'no soy tan flexible', 'estoy muy rígido', 'estoy muy rígida', 'hay una versión más fácil']),
    HarderIntent: cat(['más difícil', 'hazlo más difícil', 'más intenso', 'más duro', 'más exigente',
      'una versión más difícil', 'más tiempo', 'tiempos más largos', 'aguantar más', 'más largo', 'sube el nivel', 'súbele', 'dame más'],
    // A harder kind, as an easier one is asked for: "quiero algo más intenso", "¿hay una versión más difícil?".
    cross(['', 'hay', 'dame', 'quiero'], cross(['algo', 'uno', 'otro', 'una versión', 'un ejercicio'], ['más difícil', 'más intenso', 'más intensa', 'más duro',
      'más exigente'])),
    cross(['quiero', 'necesito', 'dame'], ['más reto', 'más intensidad', 'más caña', 'algo más fuerte', 'más trabajo']),
    cross(['es', 'esto es', 'está', 'este es', 'esto está'], ['muy fácil', 'demasiado fácil', 'muy suave', 'demasiado suave', 'fácil para mí', 'fácil']),
    cross(['súbele', 'sube', 'aumenta', 'más', 'dame más', 'quiero más'], ['la dificultad', 'la intensidad', 'dificultad', 'intensidad', 'el nivel', 'un poco']),
    cross(['', 'quiero', 'puedo', 'prefiero'], ['aguantar más', 'aguantar más tiempo', 'mantener más tiempo', 'sostener más tiempo', 'estar más tiempo', 'más tiempo'])),
    ProgressIntent: cat(cross(['cómo voy', 'cómo me va', 'cómo llevo', 'qué tal voy', 'cómo va mi progreso', 'cuánto he avanzado', 'cómo lo estoy haciendo'],
      ['', 'hasta ahora', 'esta semana', 'en general', 'con los estiramientos', 'con la rutina']),
    cross(['dime', 'cuéntame', 'dame', 'quiero saber', 'enséñame'], ['mi progreso', 'mi racha', 'mis estadísticas', 'cómo voy',
      'cuántas sesiones llevo', 'cuántos días llevo']),
    ['mi progreso', 'progreso', 'mi racha', 'cuántas sesiones llevo', 'cuántas sesiones he hecho', 'cuántos días seguidos', 'cuántas rutinas he hecho',
      'cuántas veces he estirado']),
    DeleteDataIntent: [...cross(['borra', 'borre', 'elimina', 'elimine', 'quiero borrar', 'quiero eliminar', 'puedes borrar', 'borrar', 'eliminar', 'quita', 'olvida',
      'quiero que borres', 'quiero que elimines', 'que borres', 'quiero que olvides'],
      ['mis datos', 'todos mis datos', 'mi progreso', 'todo', 'mis cosas', 'todo mi progreso', 'mi historial', 'mi información', 'toda mi información', 'lo que sabes de mí',
        'todo lo que tienes de mí']), 'borra mis datos', 'borrar mis datos', 'elimina mis datos', 'eliminar mis datos', 'borra todo', 'borra mi progreso',
      'olvídame', 'olvida todo sobre mí', 'reinicia mi progreso', 'quiero borrar mis datos', 'borra todo lo que sabes de mí',
      'elimina mi progreso', 'borrar todo'],
    'AMAZON.HelpIntent': ['ayuda', 'ayúdame', 'qué puedo decir', 'qué puedo hacer', 'cómo funciona', 'necesito ayuda', 'qué opciones hay',
      'qué haces', 'qué sabes hacer', 'cómo se usa', 'explícame cómo funciona'],
    'AMAZON.StopIntent': ['para', 'parar', 'detente', 'detener', 'basta', 'ya basta', 'termina', 'terminar', 'ya está', 'ya terminé', 'se acabó',
      'quiero parar', 'para ya', 'para por favor', 'hasta aquí', 'lo dejo', 'lo dejamos', 'adiós', 'suficiente por hoy', 'stop',
      'termina la rutina', 'para la rutina', ...(spain ? ['vale ya'] : ['ya estuvo'])],
    'AMAZON.CancelIntent': ['cancela', 'cancelar', 'olvídalo', 'déjalo así', 'no importa'],
    'AMAZON.NextIntent': cat(cross([''], ['siguiente', 'el siguiente', 'sigue', 'seguir', 'continúa', 'continuar',
      'adelante', 'listo', 'lista', 'ya estoy listo', 'ya estoy lista', 'estoy listo', 'estoy lista', 'vamos', 'el próximo', 'próximo',
      'pasa al siguiente', 'al siguiente', 'ya', 'dale', 'sigamos', 'seguimos', 'qué toca', 'qué viene'])),
    'AMAZON.PreviousIntent': ['anterior', 'el anterior', 'atrás', 'vuelve atrás', 'volver atrás', 'regresa', 'regresar', 'el de antes',
      'vuelve al anterior', 'uno atrás', 'el ejercicio anterior', 'el estiramiento anterior'],
    'AMAZON.RepeatIntent': ['repite', 'repetir', 'repítelo', 'otra vez', 'de nuevo', 'cómo', 'qué dijiste', 'puedes repetir', 'repite por favor',
      'dilo otra vez', 'una vez más', 'repite este', 'este otra vez', ...(spain ? ['perdona qué'] : ['mande', 'mande qué'])],
    'AMAZON.StartOverIntent': [
      // A start verb, what is started, and "again": "empieza la rutina de nuevo", "volvamos a empezar todo".
      ...cross(['empieza', 'empecemos', 'comienza', 'vamos a empezar', 'quiero empezar', 'empezamos'],
        ['', 'la rutina', 'todo'], ['de nuevo', 'otra vez', 'desde el principio', 'desde cero']),
      ...cross(['vuelve a empezar', 'volvamos a empezar', 'reinicia', 'vuelve a comenzar', 'volver a empezar', 'quiero volver a empezar', 'reiniciar', 'reinicie'],
        ['', 'la rutina', 'todo', 'desde el principio']),
      ...cross(['desde el principio', 'desde el inicio', 'desde cero', 'de cero'], ['otra vez', 'de nuevo']),
      ...cross(['empieza', 'empezar', 'quiero empezar', 'vamos a empezar', 'empecemos'], ['otra vez desde cero', 'otra vez desde el principio', 'de nuevo desde el principio',
        'de nuevo desde cero', 'todo otra vez', 'todo de nuevo']), 'empieza de nuevo', 'empezar de nuevo', 'desde el principio', 'vuelve a empezar', 'volver a empezar', 'reinicia',
      'reiniciar', 'otra vez desde el principio', 'empieza desde el principio', 'de cero', 'empezar de cero', 'reinicia la rutina'],
    'AMAZON.PauseIntent': ['pausa', 'pausar', 'pon pausa', 'haz una pausa', 'espera', 'espérame', 'un momento', 'un segundo', 'dame un minuto',
      'espera un momento', 'aguanta un momento', 'detén un momento', 'pausa la rutina', ...(spain ? [] : ['ahorita vengo', 'espérame tantito'])],
    'AMAZON.ResumeIntent': ['reanuda', 'reanudar', 'continúa donde lo dejé', 'seguir donde lo dejé', 'sigue donde íbamos', 'ya volví',
      'ya estoy de vuelta', 'quita la pausa', 'reanuda la rutina', 'volvamos donde estábamos'],
    'AMAZON.YesIntent': ['sí', 'si', 'sí por favor', 'claro', 'claro que sí', 'por supuesto', 'de acuerdo', 'ok', 'okey', 'bueno', 'perfecto',
      'sí claro', 'vamos a ello', 'adelante sí', 'correcto', 'afirmativo', ...okWords],
    'AMAZON.NoIntent': ['no', 'no gracias', 'ahora no', 'mejor no', 'para nada', 'de ninguna manera', 'no quiero', 'nop', 'no por ahora'],
  };
}

/** Each intent's samples from every list, in order; each slot value's words likewise. */
function merged<T>(lists: readonly Readonly<Record<string, readonly T[]>>[]): Record<string, readonly T[]> {
  const out: Record<string, T[]> = {};
  for (const list of lists) for (const [key, items] of Object.entries(list)) out[key] = [...(out[key] ?? []), ...items];
  return out;
}

export function spanishWords(region: Region): LocaleWords {
  const added = newIntentWords('es');
  const own = withEveryday('es', { samples: samples(region), types: types(region) });
  const types_ = { ...own.types, ...added.types };
  return {
    invocationName: 'entrenador de cadera',
    samples: merged([own.samples, spanishFormSamples, added.samples]),
    types: {
      ...types_,
      RoutineType: merged([types_.RoutineType ?? {}, ROUTINE_WORDS]),
      ConditionType: merged([types_.ConditionType ?? {}, OPERATED_PARTS]),
    },
  };
}
