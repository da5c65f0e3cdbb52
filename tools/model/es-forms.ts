/**
 * Everyday Spanish built from its grammar rather than listed: a request is a verb in one of the
 * forms a speaker in Spain, Mexico or the US puts it in (tú and usted imperatives, with their
 * clitics: "sáltalo", "sáltese"; the bare infinitive; "vamos a", "quiero", "puedes", "¿podemos…?";
 * the nosotros form "saltemos"), said of the thing it is about ("este estiramiento", "la postura",
 * and the recogniser's "estira miento"); a question is a wh-word, a noun and a verb ("¿con qué
 * pierna empiezo?", "¿cuánto rato tengo que mantener la postura?"). So a phrasing nobody wrote down
 * is covered when its parts are. The words that merely open or close an utterance ("oye", "pues",
 * "o sea", "porfa", "así", "tío") are the resolver's (tools/nlu/languages.ts), not crossed in here,
 * and each cross keeps to the parts that carry meaning, so the model stays small. es.ts adds these
 * to its own samples. Never written from the held-out corpus.
 */
import { cat, cross } from './locale-model';

/** A verb as it is asked for: the forms that take what it is done to, and those complete in themselves ("sáltalo"). */
interface Verb {
  /** Imperatives (tú, usted, nosotros) and first-person forms that take an object: "salta", "salte", "saltemos", "me salto". */
  readonly finite: readonly string[];
  /** Infinitives, after "quiero", "puedes", "vamos a"…: "saltar", "saltarme". */
  readonly infinitive: readonly string[];
  /** Forms with the object already in them: "sáltalo", "sáltatelo", "sálteselo", "saltármelo". */
  readonly whole: readonly string[];
}

/** What comes before an infinitive in a request, familiar and polite, Spain and the Americas. */
const MODALS = ['quiero', 'puedes', 'puede', 'podemos', 'vamos a', 'mejor'];

/** An infinitive, with or without its clitic ("saltármelo"), follows a modal. */
const isInfinitive = (form: string): boolean => /r(?:lo|la|me|nos|melo|noslo)?$/.test(form);

/**
 * Every way the verb is asked for of each object: its finite forms with every object, its
 * infinitives (alone and after a modal) with the commonest objects, and its whole forms alone and after a modal.
 */
function askedOf(verb: Verb, objects: readonly string[], commonObjects: readonly string[]): string[] {
  return cat(cross(verb.finite, objects), cross(verb.infinitive, commonObjects), cross(MODALS, verb.infinitive, commonObjects.slice(0, 6)), verb.whole,
    cross(MODALS, verb.whole.filter(isInfinitive)));
}

/** The stretch being done, as it is pointed at; "estira miento" is how the recogniser splits the word. */
const THIS_ONE = ['este', 'esta', 'ese', 'esto', 'eso', 'este estiramiento', 'este ejercicio', 'esta postura', 'este estira miento', 'ese estiramiento'];
const SKIP_COMMON = ['', 'este', 'esta', 'este estiramiento', 'esta postura', 'el que sigue', 'esto', 'este ejercicio'];

const skip: Verb = {
  finite: ['salta', 'sáltate', 'salte', 'sáltese', 'saltemos', 'me salto', 'omite', 'omita', 'brinca', 'bríncate', 'brínquese', 'quita', 'pasa de', 'pase de',
    'me saltas', 'me brincas', 'sáltame'],
  infinitive: ['saltar', 'saltarme', 'saltarnos', 'omitir', 'brincar', 'pasar de'],
  whole: ['sáltalo', 'sáltala', 'sáltatelo', 'sáltatela', 'sáltelo', 'sálteselo', 'saltémoslo', 'saltarlo', 'saltármelo', 'omítelo', 'omítalo', 'omitirlo',
    'bríncalo', 'bríncatelo', 'brínquelo', 'brincarlo', 'quítalo', 'me lo salto', 'me la salto', 'nos lo saltamos', 'lo salto', 'me lo brinco', 'pásalo', 'páselo',
    'sáltamelo', 'me lo saltas', 'me lo quitas', 'me lo brincas'],
};
const skipSamples = cat(
  askedOf(skip, [...THIS_ONE, '', 'el que sigue', 'la que sigue', 'el siguiente', 'uno'], SKIP_COMMON),
  // The stretch named first, then what becomes of it: "este me lo salto", "esa postura no la hago".
  cross(THIS_ONE.slice(0, 8), ['me lo salto', 'me la salto', 'no lo hago', 'no la hago', 'no quiero hacerlo', 'no lo quiero hacer', 'no la quiero hacer', 'no',
    'mejor no', 'paso', 'sáltalo', 'hoy no', 'no me apetece', 'no tengo ganas']),
  cross(['no quiero hacer', 'prefiero no hacer', 'no tengo ganas de hacer'], THIS_ONE.slice(0, 8)),
  // The clitic climbs to the modal: "¿me lo puedo saltar?", "lo podemos omitir".
  cross(['me lo', 'me la', 'lo', 'la', 'nos lo'], ['puedo', 'podemos', 'puedes', 'quiero', 'vamos a'], ['saltar', 'brincar', 'omitir']),
  // Not liking it, then asking to skip it (not liking it alone is pain, which stops the hold): "no me gusta este, sáltalo".
  cross(['no me gusta', 'no me gusta este', 'este no me gusta', 'no me late', 'no quiero este'], ['sáltalo', 'sáltatelo', 'salta', 'pasa al siguiente', 'quítalo',
    'mejor otro', 'el siguiente']),
);

/** Moving on: to the next stretch, in every form of "go", "pass", "carry on". */
const NEXT_TO = cross(['al siguiente', 'a la siguiente', 'al próximo', 'a la próxima'], ['', 'ejercicio', 'estiramiento', 'postura'])
  .concat(['al que sigue', 'a la que sigue', 'a otro', 'a otra', 'a lo siguiente', 'al otro', 'a la otra', 'con el otro', 'con la otra']);
const NEXT_ONE = cross(['el siguiente', 'la siguiente', 'el próximo', 'con el siguiente', 'con la siguiente'], ['', 'ejercicio', 'estiramiento'])
  .concat(['el que sigue', 'la que sigue', 'lo que sigue', 'otro', 'otra', 'con el que sigue']);
const nextSamples = cat(
  cross(['pasa', 'pase', 'pasemos', 'pasamos', 'pásale', 'pásate', 'vamos', 've', 'vámonos', 'podemos pasar', 'sigue', 'sigamos', 'continúa', 'échale',
    'dale', 'ándale', 'órale', 'pásele', 'sígale', 'síguele'], NEXT_TO),
  cross(['siguiente', 'próximo', 'próxima'], ['ejercicio', 'estiramiento', 'postura']),
  // Done with this one: "ya terminé con esta postura".
  cross(['terminé', 'ya terminé', 'acabé', 'ya acabé', 'listo', 'ya está'], ['con este', 'con esta', 'con esta postura', 'con este estiramiento', 'con este ejercicio']),
  // What comes after, asked: "¿y luego qué?", "¿qué viene después?"; and the go-on word said twice ("sigue sigue").
  ['qué viene', 'qué viene después', 'qué viene ahora', 'qué sigue después', 'y luego qué', 'y después qué', 'luego qué', 'después qué', 'y ahora qué',
    'qué hacemos ahora', 'qué más', 'qué otro', 'cuál sigue', 'cuál es el siguiente', 'sigue sigue', 'siguiente siguiente', 'vamos vamos', 'dale dale', 'ándale ándale',
    'órale siguiente', 'échale', 'ahí la llevamos', 'a lo que sigue'],
  cross(['dame', 'pon', 'ponme', 'quiero', 'vamos con', 'sigamos con', 'seguimos con', 'ya', 'hagamos', 'toca', 'continúa', 'sigue', 'me pones', 'pásame'], NEXT_ONE),
  // Done, then on: "ya quedó, el siguiente", "hecho, ¿qué sigue?", "ya lo hice, ¿qué toca?".
  // ("quedó", "lo hice": what is left once the resolver has read "ya" as an opener.)
  cross(['ya quedó', 'ya terminé', 'ya acabé', 'ya está', 'hecho', 'terminado', 'ya lo hice', 'ya', 'listo', 'lista', 'ya estoy', 'quedó', 'terminé', 'acabé',
    'lo hice'], ['el siguiente', 'la siguiente',
    'siguiente', 'el que sigue', 'qué sigue', 'qué toca', 'qué viene', 'otro', 'sigamos']),
  NEXT_ONE,
  // Ready, done with this one: "ya estoy", "listo", "ya lo hice".
  cross([''], ['ya estoy', 'ya estoy lista', 'ya estoy listo', 'estoy lista', 'estoy listo', 'ya lo hice', 'lo hice',
    'ya quedó', 'está hecho', 'terminé este', 'acabé este', 'ya terminé este', 'ya acabé este', 'ya terminé con este', 'terminado', 'hecho', 'lista', 'listo']),
  cross(['', 'ya'], ['sigamos', 'sigue', 'siga', 'continúa', 'continúe', 'continuemos', 'adelante', 'avanza', 'avance', 'avancemos',
    'seguimos', 'dale', 'vamos', 'sígale', 'síguele', 'sígueme', 'continuamos', 'le seguimos', 'le sigo', 'ándale', 'pásele', 'dele', 'síganle'],
  ['', 'con lo que sigue', 'con la rutina', 'adelante']),
  // Going on asked with a modal ("podemos seguir", "vamos a continuar", "a darle"): next, as the skill reads "next" while paused as picking up
  // where it stopped; ResumeIntent keeps the words that say where ("donde lo dejamos"), "otra vez" the resume of a pause.
  cross(['', 'ya'], ['podemos', 'puedo', 'puedes', 'quiero', 'vamos a', 'hay que', 'a', 'voy a'], ['seguir', 'continuar', 'seguirle', 'darle', 'continuarle'],
    ['', 'con la rutina', 'con el siguiente', 'adelante']),
);

/** Going back: "vuelve al anterior", "regrésate uno", "volver al estiramiento de antes". */
const previousSamples = cat(
  cross(['vuelve', 'vuelva', 'volvamos', 'volver', 'regresa', 'regrese', 'regresemos', 'regresar', 'regrésate', 'quiero volver', 'podemos volver',
    'vamos a volver', 'quiero regresar', 'retrocede', 'vamos', 've', 'me regresas', 'me regresa', 'regrésame', 'llévame', 'me llevas', 'me devuelves'],
  cat(cross(['al', 'a la'], ['anterior', 'de antes']), cross(['al estiramiento', 'al ejercicio', 'a la postura'], ['anterior', 'de antes']),
    ['atrás', 'uno atrás', 'un paso atrás', 'para atrás', 'pa atrás', 'uno', 'al que hicimos antes', 'al de hace rato', 'al de atrás'])),
  cross(['', 'quiero', 'puedo', 'podemos', 'otra vez'], ['el de hace rato', 'el de hace un momento', 'el de atrás', 'el que hicimos antes', 'el último que hicimos',
    'la de hace rato', 'la de atrás']),
  cross(['puedo repetir', 'podemos repetir', 'quiero repetir', 'repetimos', 'repite', 'vuelve a poner', 'pon otra vez', 'ponme otra vez'], ['el anterior', 'la anterior',
    'el de antes', 'el de hace rato', 'el ejercicio anterior', 'el estiramiento anterior']),
  cross(['el', 'la', 'el estiramiento', 'el ejercicio', 'la postura'], ['anterior', 'de antes'], ['', 'otra vez', 'de nuevo']),
  cross(['haz otra vez', 'hagamos otra vez', 'otra vez'], ['el anterior', 'la anterior', 'el de antes', 'la de antes']),
);

/** Saying it again: "repítelo", "me lo repites", "no te entendí", "¿me repite la pregunta?". */
const repeatSamples = cat(
  cross(['repite', 'repita', 'repítelo', 'repítemelo', 'repítalo', 'me lo repites', 'me lo repite', 'lo repites', 'lo puedes repetir', 'lo puede repetir',
    'me lo puedes repetir', 'puedes repetir', 'puede repetir', 'podrías repetir', 'me repites', 'me repite', 'vuelve a decir', 'vuelve a decirlo', 'dilo otra vez',
    'dímelo otra vez', 'dígalo otra vez', 'repetir', 'otra vez', 'de nuevo', 'una vez más', 'repíteme', 'repítame', 'me lo puedes volver a decir',
    'me lo puede volver a decir', 'puedes volver a decirlo', 'me lo vuelves a decir', 'me lo vuelve a decir', 'vuelve a explicar'],
  ['', 'eso', 'lo último', 'lo que dijiste', 'la pregunta', 'más despacio']),
  cross(['qué', 'qué fue lo que', 'qué es lo que', 'cómo'], ['dijiste', 'dijo', 'has dicho', 'ha dicho', 'me dijiste', 'me dijo']),
  // "Please" said in the middle: "otra vez por favor lo último que dijiste".
  cross(['repite', 'repítelo', 'otra vez', 'de nuevo', 'puedes repetir', 'me repites', 'me repite'], ['por favor'],
    ['', 'lo último', 'lo último que dijiste', 'lo que dijiste', 'la pregunta', 'eso']),
  // Not heard, with the question word said first ("¿cómo? no te escuché"); "perdona" and "disculpa" before it are the resolver's openers.
  cross(['', 'cómo', 'qué'], ['no entendí', 'no te entendí', 'no le entendí', 'no te he entendido', 'no le he entendido',
    'no te oí', 'no le oí', 'no escuché', 'no te escuché', 'no le escuché', 'no lo entendí', 'no alcancé a oír', 'no te he oído', 'no se oyó'],
  ['', 'repite', 'repítelo', 'otra vez', 'bien', 'me lo repites', 'me lo repite', 'repítemelo', 'repítamelo', 'me repites', 'me repite', 'puedes repetir',
    'puede repetir']),
  cross(['perdón', 'perdona', 'perdone', 'disculpa', 'disculpe', 'cómo', 'qué', 'mande', 'cómo dices', 'qué dijiste', 'qué dijo', 'eh'],
    ['', 'repite', 'repítelo', 'otra vez', 'me lo repites', 'puedes repetir', 'qué dijiste']),
);

/** A short break: a stop word with a short time is a pause ("para un momentito", "detente un ratito"), and so is any wait word. */
const WAIT = ['espera', 'espere', 'espérate', 'espérame', 'espéreme', 'pérame', 'pérate', 'aguarda', 'aguarde', 'aguanta', 'aguántame'];
const SHORT_TIME = ['un momento', 'un momentito', 'un segundo', 'un segundito', 'un ratito', 'un rato', 'tantito', 'un minuto', 'un minutito',
  'un tantito', 'un poquito', 'un instante', 'dos minutos'];
/** Said alone, a short time asks for a pause; "dos minutos" alone may be a routine's length, so not that. */
const SHORT_TIME_ALONE = SHORT_TIME.filter((t) => !t.includes('minutos'));
const pauseSamples = cat(
  WAIT,
  SHORT_TIME_ALONE,
  // The wait word said twice, or alone as a noun: "aguanta aguanta", "momento", "dame chance".
  ['momento', 'momentito', 'un momento por favor', 'dame chance', 'permíteme', 'permítame', 'déjame', 'espera espera', 'aguanta aguanta', 'espérate espérate',
    'momento momento', 'un segundo un segundo', 'alto un momento', 'detente un momento'],
  cross(['espera', 'espérame', 'espere', 'déjame', 'un momento', 'permíteme'], ['que voy por agua', 'voy por agua', 'que voy a tomar agua', 'tomar agua', 'ahorita regreso',
    'ya regreso']),
  cross([...WAIT, 'para', 'pare', 'paremos', 'detente', 'deténgase', 'detén', 'dame', 'deme', 'déjame', 'permíteme', 'pausa', 'pon pausa', 'haz una pausa', 'necesito'],
    SHORT_TIME.slice(0, 8).concat('un poquito')).filter((t) => !/^(?:deme|pare|paremos) /.test(t)),
  cross(SHORT_TIME_ALONE, ['que suena el teléfono', 'que me llaman', 'que tocan la puerta', 'que tocan', 'que ya vuelvo', 'que ahorita vengo', 'que me hablan',
    'que llaman a la puerta']),
  cross([...WAIT, 'para', 'momento', 'para un momento', 'espera un momento', 'dame un segundo', 'dame un momento', 'aguarda un momento', 'espera un segundo'],
    ['que suena el teléfono', 'que me llaman', 'que tocan la puerta', 'que tocan', 'que llaman a la puerta', 'que ahorita vengo', 'que ya vuelvo',
      'que ahora vuelvo', 'que tengo que contestar', 'que me hablan', 'ahora vuelvo', 'ya vuelvo', 'ahorita vengo', 'que suena el timbre', 'que tocan el timbre',
      'que llaman al timbre', 'que llegó alguien', 'que me llaman por teléfono', 'que llora el bebé']),
  cross(['para', 'espera', 'espérame', 'aguanta'], ['un momentito', 'un segundo', 'tantito'], ['que suena el teléfono', 'que me llaman', 'que tocan la puerta',
    'que tocan', 'que ya vuelvo', 'que ahorita vengo']),
  cross(['necesito', 'quiero', 'dame', 'hagamos', 'haz', 'tomemos', 'me tomo'], ['una pausa', 'un descanso', 'un break', 'una pausita', 'un respiro']),
  cross(['pon en pausa', 'pon la rutina en pausa', 'ponlo en pausa', 'ponla en pausa', 'pausemos', 'pausa esto', 'pausa la rutina', 'detén el tiempo',
    'para el reloj', 'para el tiempo', 'detén el reloj', 'pausar'], ['', 'un momento']),
);

/** Coming back after a break: "ya volví", "continuar donde me quedé", "ya podemos seguir". */
const resumeSamples = cat(
  cross(['continúa', 'continúe', 'continuemos', 'continuar', 'sigue', 'siga', 'sigamos', 'seguir', 'seguimos', 'retoma', 'retomemos', 'retomar', 'reanuda',
    'reanudar', 'volvamos', 'vuelve', 'dale', 'vamos a seguir', 'quiero seguir', 'quiero continuar', 'podemos seguir', 'podemos continuar', 'puedes seguir',
    'puedes continuar'],
  ['donde lo dejé', 'donde lo dejamos', 'donde me quedé', 'donde nos quedamos', 'donde íbamos', 'donde iba', 'donde estábamos', 'por donde iba',
    'por donde íbamos', 'desde donde me quedé', 'donde paramos', 'de donde me quedé']),
  cross(['', 'ya'], ['podemos', 'puedo', 'puedes', 'quiero', 'vamos a', 'hay que', 'a'], ['retomar', 'reanudar']),
  cross(['estoy listo', 'estoy lista', 'ya estoy listo', 'ya estoy lista', 'listo', 'lista'], ['para seguir', 'para continuar', 'para el siguiente', 'para seguir con la rutina']),
  cross(['', 'a', 'vamos a', 'volvamos a'], ['donde íbamos', 'donde nos quedamos', 'donde me quedé', 'lo que íbamos', 'lo que estábamos', 'donde estábamos']),
  cross(['ya volví', 'ya regresé', 'ya estoy de vuelta', 'estoy de vuelta', 'aquí estoy', 'ya estoy aquí', 'ya llegué', 'he vuelto', 'ya he vuelto', 'ya vine',
    'ya estoy de regreso', 'de vuelta', 'volví', 'regresé'], ['', 'sigamos', 'seguimos', 'continúa', 'dale', 'vamos', 'podemos seguir', 'continuamos',
    'continuemos', 'sígale', 'le seguimos']),
  cross(['quita la pausa', 'quita pausa', 'fin de la pausa', 'se acabó la pausa', 'termina la pausa'], ['', 'sigamos', 'seguimos']),
);

/** Ending: every form of stop, finish, leave it, with what is ended and for how long. */
const stopSamples = cat(
  cross(['para', 'pare', 'paremos', 'parar', 'detén', 'detenga', 'detener', 'termina', 'termine', 'terminemos', 'terminar', 'acaba', 'acabemos', 'acabar',
    'finaliza', 'finalizar', 'cierra', 'cierre', 'cerrar', 'quiero parar', 'quiero terminar', 'quiero acabar', 'vamos a parar', 'vamos a terminar',
    'vamos a dejarlo', 'podemos parar', 'déjalo', 'déjelo', 'dejémoslo', 'lo dejamos', 'lo dejo', 'dejemos'],
  ['', 'la rutina', 'la sesión', 'los estiramientos', 'esto', 'todo', 'aquí', 'así']),
  cross(['para', 'paremos', 'termina', 'terminemos', 'terminamos', 'acabemos', 'lo dejamos', 'lo dejo', 'déjalo', 'dejémoslo', 'déjalo así', 'lo dejamos así',
    'hasta aquí', 'ya', 'paramos', 'se acabó', 'ya terminé', 'ya acabé', 'ya estuvo', 'suficiente', 'es todo', 'eso es todo', 'ya fue'],
  ['por hoy', 'por ahora', 'por el día de hoy', 'hasta mañana']),
  cross(['', 'no', 'ya'], ['ya no quiero seguir', 'ya no quiero continuar', 'no quiero seguir', 'no quiero continuar', 'ya no quiero más', 'no quiero más',
    'ya no quiero', 'ya no más', 'ya no sigo', 'no sigo', 'ya no quiero hacer más', 'no quiero hacer más', 'ya no quiero estirar', 'no quiero estirar más'], ['', 'por hoy']),
  ['ya estuvo suficiente', 'estuvo suficiente', 'es suficiente', 'ya es suficiente', 'suficiente', 'con esto basta', 'ya está bien', 'ya está bien por hoy'],
  // Tired, giving up, switching off: "ya me cansé", "me rindo", "apágate", "lo dejamos para mañana".
  cross(['', 'ya', 'uf'], ['me cansé', 'estoy cansado', 'estoy cansada', 'estoy agotado', 'estoy agotada', 'me rindo', 'no quiero hacer nada', 'no quiero hacer más',
    'hasta aquí llegamos', 'hasta aquí llegué', 'fue todo', 'terminé por hoy', 'acabé por hoy']),
  cross(['apágate', 'apaga', 'apágalo', 'cállate', 'calla', 'sal', 'salte', 'vete'], ['', 'ya', 'por favor', 'entrenador de cadera']),
  cross(['lo dejamos', 'lo dejo', 'mejor lo dejamos', 'dejémoslo', 'déjalo', 'seguimos', 'continuamos', 'lo hacemos'], ['para mañana', 'para otro día', 'para luego',
    'para después', 'para más tarde', 'otro día']),
  cross(['ya estuvo', 'ya terminé', 'ya acabé', 'ya basta', 'ya está', 'ya fue', 'ya no quiero', 'se acabó', 'se acabó la rutina', 'terminamos'], ['por hoy'],
    ['gracias', 'muchas gracias', 'adiós', 'hasta mañana']),
  cross(['se acabó', 'se terminó', 'ya se acabó'], ['la rutina', 'la sesión', 'por hoy', 'la rutina por hoy', 'todo']),
  ['es todo', 'eso es todo', 'ya fue', 'fue suficiente', 'con eso basta', 'con eso es suficiente', 'ya estuvo bueno', 'me voy', 'ya me voy', 'nos vemos',
    'hasta luego', 'chao', 'hasta la próxima', 'eso fue todo'],
);

/** Asking what to say: "¿qué opciones tengo?", "¿me ayudas?", "¿cómo funciona esto?". */
const helpSamples = cat(
  cross(['qué opciones', 'qué comandos', 'qué cosas'], ['tengo', 'hay', 'me das', 'tienes', 'puedo decir', 'puedo pedir', 'puedo decirte', 'te puedo decir',
    'puedo pedirte', 'te puedo pedir', 'puedo hacer', 'le puedo decir', 'puedo decirle', 'sabes hacer', 'entiendes']),
  cross(['qué puedo', 'qué se puede', 'qué tengo que', 'qué más puedo'], ['hacer', 'decir', 'pedir', 'pedirte', 'decirte']),
  ['me ayudas', 'me ayuda', 'me puedes ayudar', 'me puede ayudar', 'me podrías ayudar', 'ayúdeme', 'necesito ayuda', 'quiero ayuda', 'no sé qué hacer',
    'no sé qué decir', 'no sé cómo funciona', 'no sé cómo se usa', 'cómo funciona', 'cómo funciona esto', 'cómo se usa', 'cómo se usa esto', 'cómo te uso',
    'qué sabes hacer', 'qué puedes hacer', 'qué hago', 'qué hago ahora', 'qué digo', 'dame opciones', 'ayuda por favor', 'instrucciones',
    'cuáles son las opciones'],
);

/** Yes and no the way people say them: "sale pues va", "ajá", "nel ahorita no". */
const YES = ['sí', 'claro', 'vale', 'va', 'sale', 'órale', 'ándale', 'ok', 'okey', 'bueno', 'perfecto', 'de acuerdo', 'por supuesto', 'cómo no', 'ajá', 'aja',
  'simón', 'sip', 'obvio', 'seguro', 'correcto', 'exacto', 'eso', 'genial', 'está bien', 'muy bien', 'afirmativo', 'va que va', 'pues sí', 'claro que sí', 'dale',
  'venga', 'sí sí'];
const yesSamples = cat(YES, cross(YES, ['sí', 'pues', 'va', 'sale', 'adelante', 'claro que sí', 'quiero', 'pues va', 'por supuesto']),
  // Yes with the ok word of Spain or the Americas after it: "sí órale", "sí dale", "sí venga", "claro vale".
  cross(['sí', 'sí sí', 'claro', 'ok', 'bueno', 'pues sí'], ['órale', 'dale', 'venga', 'vale', 'ándale', 'claro', 'va', 'sale', 'perfecto', 'bueno', 'de una',
    'por favor', 'porfa', 'hagámoslo', 'vamos']));
const NO = ['no', 'nel', 'nop', 'nope', 'nah', 'para nada', 'mejor no', 'ahora no', 'ahorita no', 'hoy no', 'todavía no', 'aún no', 'no gracias',
  'no por ahora', 'de momento no', 'por ahora no', 'no no', 'pues no', 'creo que no', 'no quiero', 'no hace falta', 'no es necesario', 'mejor otro día',
  'otro día', 'en otro momento', 'más tarde', 'qué va', 'ni hablar', 'negativo', 'todavía no estoy listo', 'todavía no estoy lista', 'no estoy listo',
  'no estoy lista', 'aún no estoy listo', 'aún no estoy lista'];
const noSamples = cat(NO, cross(['no', 'nel', 'pues', 'no pues'], NO));

/** How long a hold lasts, asked from its parts: a "how long" word, a hold verb in any person or tense, and what is held. */
const HOW_LONG = ['cuánto tiempo', 'cuánto rato', 'hasta cuándo', 'cuántos segundos', 'por cuánto tiempo', 'cuánto', 'cuánto tiempo más', 'cuántos segundos más'];
const HELD = ['esta postura', 'la postura', 'esta posición', 'este estiramiento', 'el estiramiento', 'un estiramiento', 'cada estiramiento', 'cada lado',
  'esto', 'este estira miento'];
const holdSamples = cat(
  // The hold said first, the question after: "me quedo así ¿cuánto?".
  cross(['me quedo así', 'me quedo', 'aguanto', 'lo aguanto', 'lo mantengo', 'sostengo', 'aguanto así', 'esto dura', 'dura esto'], ['cuánto', 'cuánto tiempo',
    'cuántos segundos', 'por cuánto tiempo', 'hasta cuándo', 'cuánto más']),
  cross(HOW_LONG, ['aguanto', 'mantengo', 'sostengo', 'me quedo', 'estoy', 'lo aguanto', 'lo mantengo', 'lo sostengo', 'la aguanto', 'la mantengo',
    'la sostengo', 'me mantengo', 'sigo', 'aguantamos', 'mantenemos', 'nos quedamos', 'estamos', 'se aguanta', 'se mantiene', 'se sostiene', 'se hace',
    'dura', 'duran', 'va a durar', 'es', 'son']),
  cross(HOW_LONG.slice(0, 5), ['tengo que', 'debo', 'hay que', 'había que', 'se debe'],
    ['aguantar', 'mantener', 'sostener', 'quedarme', 'estar', 'aguantarlo', 'mantenerlo', 'sostenerlo']),
  cross(['cuánto tiempo', 'cuánto rato', 'cuántos segundos'], ['hay que', 'tengo que', 'debo', 'se debe'], ['aguantar', 'mantener'], HELD.slice(0, 6)),
  cross(['cuánto tiempo', 'cuánto rato', 'cuántos segundos'], ['se aguanta', 'se mantiene', 'se sostiene', 'dura', 'aguanto', 'mantengo'],
    ['esta postura', 'la postura', 'este estiramiento', 'un estiramiento', 'cada lado', 'este estira miento']),
  // The hold named first: "y el siguiente ¿cuánto tiempo lo mantengo?", "esta postura ¿cuánto se aguanta?".
  cross(['el siguiente', 'este', 'esta postura', 'este estiramiento', 'y el siguiente', 'y este', 'esto', 'y esto'], ['cuánto tiempo', 'cuántos segundos', 'cuánto'],
    ['', 'lo mantengo', 'lo aguanto', 'se aguanta', 'se mantiene', 'dura', 'es', 'hay que aguantar']),
  // The time said back to check it: "¿son treinta segundos o más?", "¿es un minuto por lado?".
  cross(['son', 'es'], ['treinta segundos', 'veinte segundos', 'cuarenta segundos', 'un minuto', 'medio minuto', 'treinta'], ['', 'o más', 'o menos', 'por lado']),
  cross(['cuántos segundos', 'cuánto tiempo'], ['son', 'eran', 'van', 'llevo', 'llevamos', 'me quedan', 'faltan', 'quedan', 'me faltan', 'le quedan', 'le faltan', 'de cada lado',
    'por lado', 'por pierna', 'en total', 'es', 'era']),
  cross(['', 'ya'], ['puedo soltar', 'puedo salir', 'puedo descansar', 'puedo bajar', 'suelto', 'lo suelto', 'salgo', 'se acabó el tiempo', 'terminó el tiempo',
    'pasó el tiempo', 'es suficiente tiempo', 'fue suficiente tiempo']),
  cross(['cuándo', 'cuándo puedo', 'cuándo hay que', 'cuándo tengo que', 'en cuánto', 'cuánto falta para', 'falta mucho para'],
    ['suelto', 'soltar', 'salgo', 'salir', 'lo suelto', 'descansar', 'relajarme', 'cambiar', 'cambiar de lado', 'bajar', 'acabo', 'termino']),
);

/** Which side or leg: "¿con cuál pierna empiezo?", "¿de qué lado estoy?", "¿ya me toca el otro lado?". */
const LEFT_RIGHT = ['la derecha o la izquierda', 'la izquierda o la derecha', 'el derecho o el izquierdo', 'el izquierdo o el derecho',
  'derecha o izquierda', 'izquierda o derecha', 'derecho o izquierdo', 'izquierdo o derecho', 'la pierna derecha o la izquierda', 'el lado derecho o el izquierdo'];
const sideSamples = cat(
  cross(['', 'en', 'de', 'con'], ['qué', 'cuál'], ['lado', 'pierna'], ['', 'es', 'era', 'toca', 'me toca', 'sigue', 'voy', 'estoy', 'estamos',
    'vamos', 'hago', 'empiezo', 'me quedé', 'dijiste', 'va', 'estiro', 'estaba', 'estoy haciendo', 'va primero', 'empieza', 'me pongo', 'me coloco',
    'me acuesto', 'me apoyo', 'me giro', 'me volteo', 'cruzo', 'levanto', 'doblo', 'subo', 'adelanto']),
  cross(['qué', 'cuál', 'con qué', 'con cuál'], ['pie'], ['', 'es', 'toca', 'va adelante', 'pongo', 'uso', 'empiezo']),
  cross(['cuál es', 'cuál era'], ['el lado', 'la pierna', 'el pie'], ['', 'que toca', 'que sigue', 'de ahora', 'bueno']),
  ['derecha', 'izquierda', 'derecho', 'izquierdo'],
  cross(['', 'es', 'esta es'], ['la derecha', 'la izquierda', 'la pierna derecha', 'la pierna izquierda'], ['', 'o qué', 'o la otra']),
  cross(['', 'es', 'este es'], ['el derecho', 'el izquierdo', 'el lado derecho', 'el lado izquierdo', 'lado derecho', 'lado izquierdo'], ['', 'o qué', 'o el otro']),
  cross(['', 'es', 'toca', 'voy con', 'empiezo con', 'estoy en'], LEFT_RIGHT),
  cross(['es', 'toca', 'voy con', 'empiezo con', 'estoy en', 'me toca'], ['la derecha', 'la izquierda', 'el derecho',
    'el izquierdo', 'el lado derecho', 'el lado izquierdo', 'la pierna derecha', 'la pierna izquierda', 'con la derecha', 'con la izquierda']),
  cross(['estoy en', 'voy en', 'es', 'estoy haciendo', 'voy con', 'lo estoy haciendo en', 'lo hago en', 'estoy con'], ['el lado correcto', 'la pierna correcta',
    'el lado bueno', 'la pierna buena', 'el lado que toca', 'la pierna que toca']),
  cross(['', 'ya', 'ahora'], ['me toca el otro lado', 'toca el otro lado', 'toca la otra pierna', 'me toca la otra pierna', 'cambio de lado',
    'cambio de pierna', 'cambiamos de lado', 'cambiamos de pierna', 'el otro lado', 'la otra pierna', 'es el otro lado', 'voy con el otro lado', 'toca cambiar',
    'hay que cambiar de lado', 'tengo que cambiar de lado', 'cambio', 'cambiamos', 'sigue el otro lado', 'es la otra pierna', 'cuándo cambio de lado',
    'cuándo cambiamos de lado']),
  // The other side said as its turn: "ahora le toca a la otra pierna", "sigue la otra".
  cross(['', 'ya'], ['le toca a', 'toca a', 'me toca con', 'va', 'sigue', 'seguimos con', 'vamos con', 'voy con'], ['la otra pierna', 'el otro lado', 'la otra',
    'el otro pie', 'la pierna contraria', 'el lado contrario']),
);

/** What a stretch is and does: "¿qué músculo trabaja esto?", "y esto ¿para qué es?", "¿qué tipo de estiramiento fue ese?". */
const THIS_STRETCH = ['esto', 'este', 'este estiramiento', 'este ejercicio', 'esta postura', 'este estira miento'];
const WHAT_FOR = ['para qué es', 'para qué sirve', 'qué hace', 'qué estira', 'qué trabaja', 'de qué sirve', 'para qué', 'qué es', 'cómo se llama',
  'qué músculo trabaja', 'qué músculo estira', 'en qué ayuda', 'qué beneficio tiene', 'para qué me sirve', 'qué ejercita', 'para qué era'];
const whatStretchSamples = cat(
  cross(['qué músculo', 'qué músculos', 'qué parte'], ['trabaja', 'estira', 'ejercita', 'trabajan', 'estiran'], ['', ...THIS_STRETCH]),
  cross(['qué músculo', 'qué músculos', 'qué parte'], ['se estira', 'se trabaja', 'estoy estirando', 'estoy trabajando', 'estamos estirando', 'estiro',
    'trabajo', 'es', 'son'], ['', 'con esto', 'con este']),
  cross(['qué', 'qué tipo de', 'cuál'], ['estiramiento', 'ejercicio', 'postura'], ['es', 'es este', 'es esta', 'es ese', 'es esto', 'fue',
    'fue ese', 'era', 'era ese', 'estoy haciendo', 'estamos haciendo', 'hacemos', 'acabo de hacer']),
  cross(THIS_STRETCH, WHAT_FOR),
  cross(['qué'], ['estamos estirando', 'estoy estirando', 'estiramos', 'estiro', 'trabajamos', 'estamos trabajando', 'estoy trabajando', 'estamos haciendo',
    'estoy haciendo', 'hacemos'], ['', 'ahora', 'con esto', 'con este']),
  cross(['cómo se llama', 'qué es', 'para qué sirve', 'qué nombre tiene'], ['lo que estoy haciendo', 'lo que hacemos', 'lo que estamos haciendo', 'esta cosa']),
  cross(['cómo se llamaba', 'qué era', 'para qué era', 'para qué servía', 'qué estiraba'], ['', 'ese', 'esa', 'eso', 'el anterior', 'el de antes', 'ese estiramiento', 'ese ejercicio',
    'esa postura', 'este']),
  cross(['y', 'y esto', 'y este'], WHAT_FOR),
  cross(WHAT_FOR, THIS_STRETCH),
);

/** How much of the routine is left: counts, time to the end, "¿ya mero terminamos?", "¿es el último?". */
const howManyLeftSamples = cat(
  cross(['cuántos', 'cuántas', 'cuántos más', 'cuántos estiramientos', 'cuántos ejercicios', 'cuántas posturas', 'cuántos estiramientos más',
    'cuántos ejercicios más'], ['quedan', 'faltan', 'me quedan', 'me faltan', 'nos quedan', 'nos faltan', 'hay', 'quedan todavía', 'faltan todavía', 'vienen',
    'hay todavía', 'hay en total', 'tiene la rutina']),
  cross(['cuánto', 'cuánto tiempo'], ['le queda a la rutina', 'queda de rutina', 'falta para terminar', 'falta para acabar', 'queda para terminar',
    'queda para acabar', 'nos queda', 'nos falta', 'dura la rutina', 'dura la sesión', 'dura todavía la sesión', 'dura todavía la rutina', 'queda de sesión',
    'queda en total', 'falta en total', 'queda de la sesión', 'le falta a la rutina', 'falta para acabar la rutina', 'falta para terminar la rutina',
    'queda para terminar la rutina']),
  cross(['', 'me', 'nos', 'todavía', 'aún', 'todavía me', 'aún me'], ['quedan', 'faltan'], ['muchos', 'muchas', 'muchos más', 'más', 'pocos', 'muchos ejercicios',
    'muchos estiramientos', 'otros']),
  cross(['hay', 'vienen'], ['muchos', 'muchas', 'muchos más', 'más', 'pocos', 'muchos ejercicios', 'muchos estiramientos', 'otros']),
  ['cuánto tiempo queda', 'cuánto tiempo falta', 'queda mucho', 'falta mucho', 'queda poco', 'falta poco', 'queda mucho todavía', 'falta mucho todavía',
    'todavía queda mucho', 'todavía falta mucho', 'aún queda mucho', 'aún falta mucho'],
  cross(['ya casi', 'ya mero', 'casi', 'cuándo', 'falta mucho para que', 'falta poco para que', 'cuánto falta para que'], ['terminamos', 'acabamos', 'termina',
    'acaba', 'se termina', 'se acaba', 'terminamos la rutina', 'termine', 'acabe', 'termine la rutina']),
  cross(['ya vamos a', 'estamos por', 'falta mucho para', 'falta poco para', 'ya casi vamos a', 'ya mero vamos a'], ['terminar', 'acabar', 'terminar la rutina']),
  ['ya casi', 'ya mero', 'casi', 'ya casi acabamos', 'ya mero acabamos', 'qué tanto falta', 'qué tanto queda', 'qué tanto nos falta', 'qué tanto le falta'],
  cross(['cuántos', 'cuántos ejercicios', 'cuántos estiramientos'], ['son', 'son en total', 'tiene', 'hay en la rutina', 'tiene la rutina', 'llevamos', 'van']),
  cross(['cuánto falta para que', 'falta mucho para que', 'cuándo'], ['acabe la rutina', 'se acabe la rutina', 'se termine la rutina', 'acabe la sesión', 'termine la sesión']),
  cross(['es el último', 'es la última', 'este es el último'], ['o hay más', 'o qué', 'o quedan más', 'o falta otro', 'verdad']),
  cross(['', 'este', 'ya'], ['es el último', 'es la última', 'es el último estiramiento', 'es el último ejercicio', 'queda alguno más', 'hay más', 'hay alguno más',
    'viene otro', 'quedan más', 'falta alguno', 'hay otro después', 'es el final', 'queda otro', 'falta otro']),
);

/** Asking for an easier version: a kind of stretch and a comparative that agrees with it ("una variante más ligera"), or the difficulty said first. */
const EASIER_ANY = ['más fácil', 'más suave', 'menos difícil'];
const EASIER_ONE = cat(
  cross(['una versión', 'una variante', 'una opción', 'una forma', 'otra forma', 'otra opción', 'alguna opción', 'una alternativa'],
    [...EASIER_ANY, 'más ligera', 'más sencilla', 'menos intensa', 'más tranquila']),
  cross(['un ejercicio', 'algo', 'uno', 'otro'], [...EASIER_ANY, 'más ligero', 'más sencillo', 'menos intenso', 'más tranquilo', 'más suavecito', 'más facilito']),
  cross(['una', 'otra'], [...EASIER_ANY, 'más ligera', 'más sencilla']),
);
const easierSamples = cat(
  cross(['', 'hay', 'dame'], EASIER_ONE),
  cross(['hay alguna', 'tienes alguna', 'tiene alguna', 'no hay una', 'quiero una'], ['versión', 'variante', 'opción', 'forma', 'manera'],
    ['más fácil', 'más suave', 'más sencilla', 'más ligera']),
  cross(['hay', 'tienes', 'tiene'], ['algo más fácil', 'una versión más fácil', 'una opción más fácil', 'alguna opción más fácil', 'otra forma más fácil'],
    ['para este', 'de este', 'para mí', 'para principiantes']),
  cross(['', 'hay', 'tienes'], ['una opción', 'una versión', 'algo', 'una rutina'], ['para principiantes', 'para novatos']),
  cross(['hazlo', 'hágalo', 'hazla', 'puede ser', 'podría ser', 'puedes hacerlo', 'puede hacerlo', 'lo puedes hacer', 'que sea', 'se puede hacer', 'ponlo',
    'mejor', 'quiero algo'], [...EASIER_ANY, 'más ligero', 'más sencillo', 'menos intenso', 'más despacio']),
  cross(['me cuesta', 'me cuesta mucho', 'me cuesta demasiado', 'no llego', 'no alcanzo', 'no me sale', 'no puedo', 'está difícil', 'es muy difícil',
    'está muy difícil', 'está muy duro', 'no soy tan flexible', 'estoy muy rígido', 'estoy muy rígida', 'soy principiante', 'no doy', 'me cuesta mucho este', 'me cuesta este', 'me cuesta esta postura',
    'no puedo con este'],
  ['', 'hay algo más fácil', 'hay otra forma', 'hay otra forma más sencilla', 'más fácil', 'hay otra opción']),
  cross(['bájale', 'bájale tantito', 'bájale un poco', 'baja la intensidad', 'bájele', 'rebaja', 'aflójale', 'suaviza', 'suavízalo', 'menos intensidad'],
    ['', 'un poco', 'tantito']),
);

/** Progress in the user's own measure: minutes, sessions, days, streaks, over a time. */
const progressSamples = cat(
  cross(['cuántos minutos', 'cuánto tiempo', 'cuántas veces', 'cuántas sesiones', 'cuántos días'],
    ['he estirado', 'llevo', 'he hecho', 'he entrenado', 'he completado'], ['', 'esta semana', 'este mes', 'seguidos']),
  cross(['cómo voy', 'cómo me va', 'cómo lo llevo', 'qué tal voy', 'cómo lo voy llevando', 'qué tal me va', 'cómo me ha ido', 'qué tal me ha ido', 'cómo me fue',
    'qué tal me fue', 'cómo me está yendo', 'qué tal lo llevo', 'qué tal lo estoy haciendo', 'cómo lo he hecho', 'qué tal lo he hecho', 'cómo voy yendo'],
  ['', 'con los estiramientos', 'con la rutina', 'esta semana', 'este mes', 'en general', 'hasta ahora', 'últimamente']),
  // The count asked in statement order: "llevo cuántos días seguidos", "he hecho cuántas sesiones".
  cross(['llevo', 'he hecho', 'llevamos', 'van', 'he estirado', 'hice'], ['cuántos días', 'cuántas sesiones', 'cuántas veces', 'cuántas rutinas', 'cuántos minutos'],
    ['', 'seguidos', 'seguidas', 'esta semana', 'este mes', 'en total']),
  cross(['cómo voy', 'qué tal voy', 'cómo llevo', 'cómo va'], ['con mi progreso', 'con mi racha', 'la semana', 'el mes', 'mi progreso', 'mi racha']),
  cross(['dime', 'cuéntame', 'dame', 'quiero saber', 'quiero ver', 'enséñame', 'muéstrame', 'cuál es', 'qué tal', 'cómo va', 'cómo está'], ['mi progreso', 'mi racha', 'mis estadísticas', 'mis avances',
    'mis resultados', 'mi historial', 'mi resumen']),
);

/** The routine as it is asked for: a start verb, a head noun ("la rutina", "mis estiramientos", "el descanso"), then the routine's own words. */
const START = ['', 'empieza', 'comienza', 'inicia', 'haz', 'hagamos', 'quiero hacer', 'quiero', 'pon', 'vamos con', 'dame', 'ponme', 'vamos a hacer',
  'arranca', 'empezar', 'hacer', 'empiece', 'comience', 'inicie', 'haga', 'ponga', 'comenzar', 'iniciar', 'me gustaría hacer', 'necesito', 'toca',
  'me pones', 'quiero empezar', 'empecemos', 'empecemos con', 'empieza con', 'hoy toca', 'quisiera hacer', 'podemos hacer', 'puedes poner', 'comencemos',
  'voy a hacer', 'hacemos', 'que empiece', 'que comience', 'que ponga', 'póngame', 'dale con', 'arranquemos', 'quiero empezar con', 'estírame', 'vamos a empezar',
  'vamos a empezar con'];
const ROUTINE_HEAD = ['la rutina', 'mi rutina', 'una rutina', 'rutina', 'los estiramientos', 'mis estiramientos', 'estiramientos', 'los ejercicios',
  'mis ejercicios', 'ejercicios', 'la sesión', 'la', 'mi', 'una', 'el', 'la pausa', 'una pausa', 'el descanso', 'un descanso', 'un descanso activo', 'el break', 'la corta',
  'la rutina corta', 'la larga', 'unos estiramientos', 'unos ejercicios', 'mi sesión', 'la tabla'];
const startSamples = cat(
  cross(['', 'quiero', 'dame', 'haz', 'pon', 'empieza', 'hagamos'], ['una rutina corta', 'una rutina rápida', 'algo corto', 'algo rápido', 'una pausa corta', 'algo'],
    ['{routine}']),
  // Every start verb with the common heads, the common verbs with every head.
  cross(START, ['la rutina', 'mi rutina', 'una rutina', 'rutina', 'los estiramientos', 'mis estiramientos', 'la', 'los ejercicios', 'la pausa', 'el descanso'], ['{routine}']),
  cross(START.slice(0, 12), ROUTINE_HEAD, ['{routine}']),
  cross(START, ['{routine}']),
);

/** A routine's words with the preposition they are said with ("de la mañana", "para la chamba", "en el trabajo"). */
export const ROUTINE_WORDS: Readonly<Record<'morning' | 'evening' | 'workday', readonly string[]>> = {
  morning: cat(cross(['', 'de', 'de la', 'para la', 'por la', 'en la'], ['mañana', 'mañanita']), cross(['', 'de', 'para las', 'de las'], ['mañanas']),
    ['matutina', 'matutino', 'matutinos', 'matutinas', 'mañanera', 'mañanero', 'mañaneros', 'de primera hora', 'para empezar el día', 'al despertar',
      'al despertarme', 'para despertar', 'para despertarme', 'al levantarme', 'para levantarme', 'temprano']),
  evening: cat(cross(['', 'de', 'de la', 'para la', 'por la', 'en la'], ['noche', 'nochecita', 'tarde']), cross(['', 'de', 'para las', 'de las'], ['noches']),
    ['nocturna', 'nocturno', 'nocturnos', 'de antes de dormir', 'antes de dormir', 'para dormir', 'antes de acostarme', 'para acostarme', 'para antes de dormir',
      'para relajarme', 'de relajación', 'larga', 'completa', 'después del trabajo', 'al final del día', 'para terminar el día']),
  workday: cat(
    cross(['', 'de', 'del', 'para', 'para el', 'en', 'en el'], ['trabajo', 'curro', 'jale', 'escritorio', 'ordenador']),
    cross(['', 'de', 'de la', 'para', 'para la', 'en', 'en la'], ['oficina', 'chamba', 'silla', 'computadora', 'compu', 'jornada']),
    ['corta', 'rápida', 'cortita', 'rapidita', 'exprés', 'de dos minutos', 'de tres minutos', 'pausa activa', 'pausa de oficina', 'pausa del trabajo',
      'pausa corta', 'pausa rápida', 'descanso del trabajo', 'descanso activo', 'break del trabajo'],
    // The active break with its place: "una pausa activa de la oficina", "ponme la pausa activa del trabajo".
    cross(['pausa activa', 'descanso activo', 'pausa', 'descanso', 'break', 'activa'], ['de la oficina', 'del trabajo', 'en el trabajo', 'en la oficina', 'de la chamba',
      'del curro', 'en la chamba', 'del escritorio']), ['activa']),
};

/** Operated on, named by the part: "me operaron de la cadera", with when. */
const conditionSamples = cross(['me operaron', 'me han operado', 'me operé', 'me he operado', 'estoy operado', 'estoy operada', 'me acaban de operar'],
  ['de {condition}', 'de la {condition}', 'del {condition}'], ['', 'hace poco', 'el año pasado']);
/** The part operated on as a condition's own word ("de la cadera" is a hip injury). */
export const OPERATED_PARTS: Readonly<Record<'hipInjury' | 'backInjury' | 'kneeProblem', readonly string[]>> = {
  hipInjury: ['cadera', 'caderas'],
  backInjury: ['espalda', 'columna', 'disco', 'hernia'],
  kneeProblem: ['rodilla', 'rodillas', 'menisco', 'ligamento'],
};


/**
 * Round 4's families (issue 14): a hold asked with the clitic climbed ("cuánto tiempo lo tengo que aguantar") or of the next one;
 * how to do it asked in detail, where a part goes; what a stretch does "for me"; harder or easier said with any adjective,
 * modal or subject ("los ejercicios podrían ser más duros", "se puede más sencillo"), and with a level ("súbele un nivel",
 * "bájale a la dificultad"); the break asked with "hazme" or as a noun "necesito un descanso"; the count said before its verb.
 */
const holdMore = cat(
  cross(['cuánto tiempo', 'cuánto rato', 'cuántos segundos', 'cuánto', 'por cuánto tiempo', 'hasta cuándo'], ['lo', 'la', 'me lo'],
    ['tengo que', 'hay que', 'debo', 'tenemos que'], ['aguantar', 'mantener', 'sostener', 'dejar']),
  cross(['cuánto tiempo', 'cuánto rato', 'cuántos segundos', 'por cuánto tiempo'], ['hay que', 'tengo que', 'debo', 'se debe', 'tenemos que'],
    ['sostenerlo', 'sostenerla', 'aguantarla', 'mantenerla', 'dejarlo', 'quedarse']),
  cross(['cuánto', 'cuánto tiempo', 'cuántos segundos', 'cuánto rato'], ['se mantiene', 'se aguanta', 'se sostiene', 'dura', 'hay que mantener', 'hay que aguantar',
    'mantengo', 'aguanto', 'va a durar'], ['el siguiente', 'la siguiente', 'el próximo', 'el que sigue', 'cada uno', 'cada postura', 'cada ejercicio', 'cada pierna']),
  cross(['cuántos segundos', 'cuánto tiempo', 'cuánto rato'], ['me faltan', 'faltan', 'quedan', 'me quedan', 'le quedan', 'le faltan', 'nos quedan', 'nos faltan'],
    ['', 'de este', 'de esta postura', 'de este estiramiento', 'para soltar', 'para cambiar']),
);
const DETAIL = ['con más detalle', 'con detalle', 'en detalle', 'más a fondo', 'a fondo', 'paso a paso', 'más despacio', 'más claro'];
const tellMore = cat(
  cross(['', 'explícame', 'explíqueme', 'descríbeme', 'cuéntame'],
    ['el ejercicio', 'la postura', 'el estiramiento', 'este ejercicio', 'esta postura', 'este estiramiento', 'esto', 'cómo se hace', 'cómo va'], DETAIL),
  cross(['cómo se hace', 'cómo se hace bien', 'cómo lo hago', 'cómo lo hago bien', 'cómo va', 'cómo es', 'cómo me pongo', 'cómo me coloco'],
    ['no entiendo', 'no le entiendo', 'no te entiendo', 'no lo entiendo', 'no me queda claro', 'no sé', 'no me sale']),
  cross(['no entiendo', 'no le entiendo', 'no te entiendo', 'no me queda claro', 'no me sale'], ['cómo se hace', 'cómo se hace bien', 'cómo lo hago', 'cómo va', 'cómo me pongo']),
  cross(['dónde', 'dónde va', 'dónde van', 'dónde pongo', 'dónde tengo que poner', 'dónde debo poner', 'dónde se pone', 'dónde se ponen', 'dónde coloco', 'dónde dejo',
    'cómo pongo', 'cómo coloco', 'cómo va', 'cómo van', 'dónde me pongo', 'hacia dónde va', 'hacia dónde van'],
  ['la {bodyPart}', 'el {bodyPart}', 'las {bodyPart}', 'los {bodyPart}', 'mi {bodyPart}', 'mis {bodyPart}', 'las manos', 'los brazos']),
);
const whatStretchMore = cat(
  cross(['', 'y', 'y esto', 'esto', 'este', 'este estiramiento', 'este ejercicio', 'esta postura'], ['de qué me sirve', 'para qué me sirve', 'qué me hace',
    'en qué me ayuda', 'qué me trabaja', 'para qué es bueno', 'para qué es buena', 'a qué le ayuda', 'qué me estira', 'para qué me va a servir', 'qué beneficio me da',
    'en qué me beneficia']),
  cross(['esto', 'este', 'este estiramiento', 'esta postura'], ['ayuda con', 'sirve para', 'es bueno para', 'va bien para'], ['el dolor de espalda', 'el dolor de cadera', 'el dolor lumbar', 'la espalda', 'la cadera', 'las caderas', 'la espalda baja', 'las lumbares', 'la ciática',
      'el dolor', 'mi espalda', 'mi cadera', 'la rodilla', 'las rodillas']),
);
const HARDER_ADJ = ['difícil', 'difíciles', 'duro', 'duros', 'dura', 'duras', 'intenso', 'intensos', 'intensa', 'intensas', 'exigente', 'exigentes', 'retador', 'retadora',
  'retadores', 'desafiante', 'desafiantes', 'complicado', 'complicada', 'avanzado', 'avanzada', 'cañero', 'cañera'];
const EASIER_ADJ = ['fácil', 'fáciles', 'suave', 'suaves', 'suavecito', 'suavecita', 'sencillo', 'sencilla', 'sencillos', 'ligero', 'ligera', 'ligeros', 'facilito',
  'facilita', 'tranquilo', 'tranquila', 'leve', 'despacito', 'light', 'básico', 'básica'];
const SUBJECTS = ['', 'los ejercicios', 'los estiramientos', 'la rutina', 'el ejercicio', 'el estiramiento', 'esto', 'este', 'esta', 'la postura', 'el siguiente'];
const COULD_BE = ['podrían ser', 'podría ser', 'deberían ser', 'debería ser', 'pueden ser', 'puede ser', 'que sean', 'que sea', 'se puede', 'se pueden', 'quiero',
  'hazlo', 'hazla', 'hazlos', 'ponlo', 'ponla', 'ponlos', 'mejor', 'algo', 'uno', 'dame algo', 'dame uno', 'hay algo', 'hay uno', 'ponme algo', 'ponme uno', 'hágalo',
  'póngalo', 'un poco', 'un poquito'];
/** The adjectives that agree with a plural subject ("los ejercicios podrían ser más duros") and those that agree with one. */
const plural = (a: string): boolean => /s$/.test(a);
const comparedAs = (adjectives: readonly string[]): string[] => cat(
  cross(SUBJECTS.slice(1, 3), ['podrían ser', 'deberían ser', 'pueden ser', 'que sean'], adjectives.filter(plural).map((a) => `más ${a}`)),
  cross(SUBJECTS.slice(3), ['podría ser', 'debería ser', 'puede ser', 'que sea'], adjectives.filter((a) => !plural(a)).map((a) => `más ${a}`)),
  cross(COULD_BE, adjectives.filter((a) => !plural(a)).map((a) => `más ${a}`)),
  adjectives.map((a) => `más ${a}`),
);
const EASY_SAID = ['eso fue muy fácil', 'fue muy fácil', 'está muy fácil', 'muy fácil', 'demasiado fácil', 'esto es muy fácil', 'es muy fácil', 'estuvo muy fácil',
  'eso estuvo muy fácil', 'está fácil', 'está facilito', 'está muy suave', 'muy suave', 'no me cuesta nada', 'no siento nada de estiramiento'];
const HARD_SAID = ['no llego tan abajo', 'no llego', 'no alcanzo', 'me cuesta', 'me cuesta mucho', 'está muy difícil', 'es muy difícil', 'muy difícil', 'está difícil',
  'está muy duro', 'no puedo', 'no puedo tanto', 'no doy más', 'demasiado difícil'];
const harderMore = cat(
  comparedAs(HARDER_ADJ),
  cross(EASY_SAID, ['', 'ponlo más difícil', 'hazlo más difícil', 'más difícil', 'dame algo más difícil', 'sube el nivel', 'súbele', 'quiero más', 'dame más',
    'algo más intenso', 'más intenso', 'se puede más difícil', 'se puede más intenso']),
  cross(['súbele', 'súbale', 'sube', 'suba', 'subamos', 'súbeme', 'aumenta', 'aumente', 'aumentemos', 'dale más', 'métele', 'métele más', 'ponle más', 'échale más'],
    ['un nivel', 'de nivel', 'el nivel', 'la dificultad', 'a la dificultad', 'la intensidad', 'a la intensidad', 'un poco', 'un poquito', 'tantito', 'un punto', 'un nivel más',
      'una marcha']),
);
const easierMore = cat(
  comparedAs(EASIER_ADJ),
  cross(HARD_SAID, ['se puede más sencillo', 'se puede más fácil', 'más fácil', 'más sencillo', 'más suave', 'hazlo más fácil', 'ponlo más fácil', 'algo más fácil',
    'algo más sencillo', 'baja el nivel', 'bájale', 'hay otra forma', 'hay algo más fácil', 'una versión más fácil', 'dame una versión más sencilla',
    'dame algo más fácil']),
  cross(['bájale', 'bájele', 'baja', 'baje', 'bajemos', 'bájame', 'bájeme', 'rebaja', 'disminuye', 'reduce', 'quítale', 'quítele'],
    ['a la dificultad', 'a la intensidad', 'la dificultad', 'la intensidad', 'un nivel', 'de nivel', 'el nivel', 'un poco', 'un poquito', 'tantito', 'un punto',
      'un cambio', 'una marcha']),
);
const startMore = cat(
  cross(['hazme', 'hágame', 'ponme', 'póngame', 'necesito', 'me hace falta', 'quiero', 'dame', 'me das', 'me da', 'me pones', 'me haces', 'me hace', 'toca', 'me toca'],
    ['la', 'una', 'un', 'la rutina', 'una rutina', 'un descanso', 'una pausa', 'la pausa', 'el descanso', 'los estiramientos', 'unos estiramientos', 'un rato', ''], ['{routine}']),
  cross(['toca estirar', 'hay que estirar', 'es hora de estirar', 'hora de estirar', 'me toca estirar', 'quiero estirarme', 'necesito estirarme', 'vamos a estirarnos',
    'estiramos', 'a estirarse', 'a moverse', 'toca moverse', 'hora de moverse', 'necesito moverme'], ['{routine}']),
);
const progressMore = cross(['cuántos días', 'cuántas sesiones', 'cuántas veces', 'cuántas rutinas', 'cuántos minutos', 'cuántas semanas', 'cuántos días de racha'],
  ['seguidos', 'seguidas', 'en total', 'esta semana', 'este mes', 'ya', 'de racha'], ['llevo', 'he hecho', 'he estirado', 'llevamos', 'van', 'he entrenado', 'tengo',
    'llevo ya', 'he completado']);

/** Samples per intent that the everyday grammar above gives. */
export const spanishFormSamples: Readonly<Record<string, readonly string[]>> = {
  SkipIntent: skipSamples,
  'AMAZON.NextIntent': nextSamples,
  'AMAZON.PreviousIntent': previousSamples,
  'AMAZON.RepeatIntent': repeatSamples,
  'AMAZON.PauseIntent': pauseSamples,
  'AMAZON.ResumeIntent': resumeSamples,
  'AMAZON.StopIntent': stopSamples,
  'AMAZON.HelpIntent': helpSamples,
  'AMAZON.YesIntent': yesSamples,
  'AMAZON.NoIntent': noSamples,
  HoldDurationIntent: cat(holdSamples, holdMore),
  WhichSideIntent: sideSamples,
  WhatDoesThisStretchIntent: cat(whatStretchSamples, whatStretchMore),
  TellMeMoreIntent: tellMore,
  HarderIntent: harderMore,
  HowManyLeftIntent: howManyLeftSamples,
  EasierIntent: cat(easierSamples, easierMore),
  ProgressIntent: cat(progressSamples, progressMore),
  StartRoutineIntent: cat(startSamples, startMore),
  ConditionIntent: conditionSamples,
};
