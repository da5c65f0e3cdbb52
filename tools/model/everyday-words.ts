/**
 * Everyday navigation, questions and starts in German, Spanish and French, said the many ways people
 * say them mid-routine: regional forms (Austrian "gemma weiter", Mexican "ahorita", Québécois "envoye"),
 * the question put as a statement ("je tiens combien de temps"), the polite and the curt form. Written
 * from how people speak, crossed with the openers and tails they put around them; the language
 * generators (de.ts, es.ts, fr.ts) add these to their own samples and routine words.
 */
import { cat, cross, type LocaleWords } from './locale-model';

type Language = 'de' | 'es' | 'fr';

/** Extra samples per intent, and extra words for each routine (RoutineType value id → words). */
interface Everyday {
  readonly samples: Readonly<Record<string, readonly string[]>>;
  readonly routines: Readonly<Record<'morning' | 'evening' | 'workday', readonly string[]>>;
}

const de: Everyday = {
  samples: {
    'AMAZON.NextIntent': cat(
      cross(['', 'okay', 'gut', 'passt', 'alles klar', 'so', 'fertig', 'erledigt', 'geschafft'], ['weiter', 'und weiter', 'weiter gehts', 'und jetzt',
        'nächste bitte', 'zur nächsten', 'zur nächsten übung', 'auf zur nächsten', 'die nächste übung bitte', 'was kommt jetzt', 'was kommt als nächstes']),
      cross(['und jetzt', 'jetzt', 'dann', 'so und jetzt'], ['die nächste', 'die nächste übung', 'zur nächsten', 'weiter mit der nächsten']),
      ['gemma weiter', 'gehen wir weiter', 'können wir zur nächsten', 'können wir weiter', 'können wir weitermachen', 'mach mal weiter', 'weiter im text',
        'nächste runde', 'hab ich', 'ok fertig', 'bin fertig', 'fertig', 'erledigt', 'geschafft'],
    ),
    // Only what says the pause is over: a bare "on" ("los weiter", "machen wir weiter") is NextIntent, which also ends a pause, while
    // ResumeIntent said between stretches would replay the one just done.
    'AMAZON.ResumeIntent': ['so jetzt gehts weiter', 'ich bin zurück', 'bin wieder da', 'fortfahren', 'ich bin bereit weiterzumachen', 'pause vorbei',
      // Only after "I'm back": "so, weiter" or "okay, weiter geht's" said between stretches is NextIntent.
      ...cross(['bin wieder da', 'ich bin wieder da', 'bin zurück'], ['mach weiter', 'weiter', 'weiter gehts', 'machen wir weiter'])],
    'AMAZON.PreviousIntent': ['zurück zur vorigen', 'zur vorigen', 'zur vorherigen', 'zurück zur vorherigen', 'die von vorhin', 'die von vorhin nochmal',
      'die davor nochmal', 'nochmal die vorige', 'die vorige', 'die vorige nochmal', 'noch mal die von vorher'],
    // Not "das mag ich nicht": said of a stretch, not liking it is pain (it stops the hold).
    SkipIntent: cat(cross(['die', 'die übung', 'diese', 'diese übung'], ['lass ich aus', 'lass ich weg', 'will ich nicht', 'mach ich nicht',
      'überspringen wir', 'lassen wir aus', 'lassen wir weg'], ['', 'nimm die nächste', 'die nächste bitte', 'weiter']),
      cross(['die', 'die übung', 'diese übung'], ['mag ich nicht'], ['nimm die nächste', 'die nächste bitte', 'lieber die nächste'])),
    WhichSideIntent: cross(['welche seite', 'welches bein', 'welche'], ['ist jetzt dran', 'ist dran', 'kommt jetzt', 'jetzt', 'mach ich', 'mache ich jetzt',
      'ist das jetzt']),
    'AMAZON.RepeatIntent': ['was hast gsagt', 'was hast du grad gesagt', 'wie war das', 'wie war das nochmal', 'sag nochmal', 'sag das nochmal',
      'das hab ich nicht verstanden', 'hab ich nicht verstanden', 'ich hab dich nicht verstanden', 'ich habe dich nicht verstanden', 'bitte noch einmal',
      'wie bitte was', 'hä', 'was', 'was war das', 'nochmal von der übung', 'kannst du das nochmal sagen', 'noch mal sagen bitte',
      ...cross(['hab ich nicht verstanden', 'das hab ich nicht verstanden', 'nicht verstanden', 'wie bitte', 'sorry'], ['nochmal', 'nochmal bitte', 'noch einmal',
        'bitte wiederholen', 'sag es nochmal'])],
    'AMAZON.PauseIntent': ['wart a bisserl', 'wart mal', 'warte kurz', 'moment mal', 'sekunde', 'eine sekunde', 'einen augenblick', 'augenblick',
      'kurz pause', 'pause bitte', 'halt an', 'anhalten', 'stopp mal kurz', 'gib mir kurz', 'gib mir einen moment', 'gib mir eine sekunde',
      'ich brauch eine pause', 'ich brauche eine pause', 'ich muss kurz weg', 'bin gleich wieder da', 'kleine pause', 'mal kurz anhalten',
      'kurz unterbrechen', 'warte einen moment', 'kurz anhalten',
      ...cross(['warte', 'warte mal', 'warte mal kurz', 'moment', 'moment mal', 'kurz', 'halt mal', 'pause'], ['es läutet', 'es klingelt', 'das telefon',
        'ich muss kurz', 'ich komme gleich', 'bin gleich zurück', 'kurz', 'ich muss kurz weg'])],
    'AMAZON.StopIntent': ['ich hör jetzt auf', 'ich höre jetzt auf', 'ich mag nicht mehr', 'ich hab keine lust mehr', 'das wars', 'das wars für heute',
      'genug jetzt', 'genug für heute', 'ich will nicht mehr', 'ich mach schluss', 'ich mache schluss', 'feierabend', 'aufhören bitte', 'lass gut sein',
      'ich hab genug', 'es reicht', 'für heute reichts', 'schluss jetzt', 'ich bin fertig für heute', 'beende hüft coach', 'stopp hüft coach',
      'aus jetzt', 'jetzt ist schluss', 'aus und vorbei', 'schluss aus', ...cross(['ich hör', 'ich höre', 'wir hören'], ['für heute', 'jetzt', 'lieber', 'jetzt lieber'], ['auf'])],
    'AMAZON.CancelIntent': ['schon gut', 'nicht so wichtig', 'lass mal', 'ach lass', 'vergiss das'],
    'AMAZON.HelpIntent': ['was soll ich sagen', 'was kann ich denn sagen', 'was kann hüft coach', 'was kannst du alles', 'wie geht das hier',
      'ich weiß nicht weiter', 'hilfe bitte', 'welche möglichkeiten habe ich', 'was gibt es', 'was kann ich hier machen', 'wie funktioniert hüft coach',
      'was mach ich jetzt', 'was muss ich sagen', 'was kann ich alles sagen', 'was kann ich alles machen', 'was geht alles'],
    'AMAZON.NoIntent': ['heute nicht', 'na danke', 'nein heute nicht', 'nö danke', 'ne lass mal', 'nein lass mal', 'nicht heute', 'danke nein',
      'nein eigentlich nicht', 'eigentlich nicht', 'lieber nicht heute', 'nee danke'],
    'AMAZON.YesIntent': ['ja gern', 'freilich', 'ja passt', 'jawoll', 'logo', 'sicher doch', 'ja machen wir', 'ja bitte gerne', 'na gut', 'von mir aus',
      'ja genau', 'ja sicher', 'jo eh', 'eh klar', 'jo passt', 'passt eh'],
    HoldDurationIntent: cat(
      cross(['wie lange', 'wie lang', 'wie viele sekunden'], ['denn', 'soll ich so bleiben', 'bleib ich so', 'muss ich so bleiben', 'halte ich das',
        'soll ich das halten', 'muss ich das halten', 'noch halten', 'muss ich noch', 'soll ich noch', 'dauert das noch', 'bleiben wir so']),
      ['wie viele sekunden', 'wie viele sekunden noch', 'wann ist die zeit um', 'sind die sekunden um', 'wie viel zeit habe ich noch', 'ist die zeit schon um',
        'wann kann ich loslassen', 'wann darf ich loslassen', 'wie lange halten'],
    ),
    WhatDoesThisStretchIntent: ['wie heißt die übung', 'wie heißt diese übung', 'wie heißt das', 'welcher muskel ist das', 'welche muskeln sind das',
      'was dehne ich gerade', 'was ist das für eine übung', 'was für eine übung ist das', 'welche übung ist das', 'was machen wir gerade',
      'wofür ist die übung gut', 'wofür ist das gut', 'was bringt mir das', 'welcher muskel wird hier gedehnt', 'was wird da gedehnt'],
    HowManyLeftIntent: ['sind wir bald fertig', 'wie viele übungen kommen noch', 'wie viele noch bis zum ende', 'wie lange noch bis zum ende',
      'ist es bald vorbei', 'wie viel ist noch übrig', 'wie viele bleiben noch', 'noch viele übungen', 'sind wir gleich durch', 'wie lange noch insgesamt',
      'wie viele fehlen noch', 'kommt noch eine', 'wie viele dehnungen kommen noch'],
    TellMeMoreIntent: cat(
      ['wie mach ich das richtig', 'wie mache ich das richtig', 'wie komm ich in die position', 'wie komme ich da rein', 'wie genau geht das',
        'erklär mir die übung', 'wie geht die übung', 'kannst du das erklären', 'kannst du die übung erklären', 'wie soll das gehen', 'wie geht das genau',
        'ich weiß nicht wie das geht', 'zeig mir wie das geht', 'was muss ich machen', 'was soll ich machen'],
      cross(['was mach ich mit', 'was mache ich mit', 'wohin mit', 'wo kommen', 'wo sollen', 'wie halte ich'], ['den {bodyPart}', 'dem {bodyPart}',
        'der {bodyPart}', 'meinen {bodyPart}', 'meinem {bodyPart}', 'meiner {bodyPart}', 'meine {bodyPart}', 'die {bodyPart}'], ['', 'hin']),
    ),
    EasierIntent: ['gibts eine einfachere variante', 'gibt es eine einfachere', 'gibts was leichteres', 'geht das auch leichter', 'das schaffe ich nicht',
      'zu schwer', 'zu anstrengend', 'etwas sanfter bitte', 'nicht so doll', 'gibt es was einfacheres', 'eine leichtere bitte', 'bitte was leichteres',
      'das ist mir zu schwer', 'geht das einfacher', ...cross(['gibts das', 'gibt es das', 'geht das', 'geht es'], ['auch leichter', 'auch einfacher', 'leichter',
        'einfacher', 'sanfter', 'auch sanfter']), ...cross(['das schaff ich nicht', 'das schaffe ich nicht', 'zu schwer'], ['geht das einfacher',
        'geht das leichter', 'gibts was leichteres', 'gibt es was leichteres'])],
    HarderIntent: ['ich will mehr herausforderung', 'ich will es schwerer', 'geht das auch schwerer', 'gib mir was schwereres', 'das war zu leicht',
      'ich will mehr', 'das geht noch härter', 'ich kann mehr', 'mehr herausforderung bitte', 'eine schwerere bitte'],
    ProgressIntent: cat(
      cross(['wie mach ich mich', 'wie läufts', 'wie läuft es', 'wie schlag ich mich', 'wie steh ich da', 'wie war ich'], ['', 'bisher', 'so', 'bei mir',
        'bei mir so', 'bisher so', 'diese woche', 'insgesamt']),
      ['wie viele einheiten hab ich schon gemacht', 'wie viele einheiten habe ich schon', 'wie oft hab ich schon gedehnt', 'wie war meine woche',
        'wie viele tage schon', 'was hab ich geschafft', 'meine erfolge', 'wie gut bin ich', 'wie viele minuten diese woche', 'zeig mir meine woche'],
      cross(['wie oft', 'wie viele male'], ['hab ich', 'habe ich'], ['', 'diese woche', 'schon', 'diese woche schon'], ['gedehnt', 'trainiert', 'geübt']),
    ),
    StartRoutineIntent: cat(
      cross(['dehnen', 'dehnübungen', 'übungen', 'die übungen', 'das programm', 'das', 'die', 'die routine'], ['{routine}'], ['', 'bitte']),
      cross(['starte', 'mach', 'ich will', 'ich möchte', 'lass uns'], ['das {routine}', 'die {routine}', 'mit {routine}', 'mit der {routine}'], ['', 'bitte', 'machen']),
      cross(['mach mit mir', 'machst du mit mir', 'mach mal', 'starte das dehnen für', 'die übungen für', 'was für', 'was für den', 'was für die',
        'dehnen für', 'übungen für'], ['die {routine}', 'das {routine}', 'den {routine}', '{routine}']),
    ),
  },
  routines: {
    morning: ['morgenübungen', 'morgenprogramm', 'morgendehnübungen', 'morgens dehnen', 'morgenübung', 'übungen am morgen', 'programm am morgen',
      'dehnen am morgen', 'zum wachwerden', 'zum munter werden'],
    evening: ['abendprogramm', 'abendübungen', 'schlafengehen', 'dem schlafengehen', 'vor dem schlafen gehen', 'zum abschalten', 'abendübung',
      'übungen am abend', 'die lange', 'die längere', 'abend vorm schlafengehen', 'vorm schlafengehen', 'den abend vorm schlafengehen'],
    workday: ['arbeitsplatz', 'am arbeitsplatz', 'pause in der arbeit', 'kurze pause in der arbeit', 'pause bei der arbeit', 'im job', 'fürs büro',
      'bürodehnung', 'büroübungen', 'die kurze', 'zwischendurch mal', 'kaffeepause', 'pause im büro', 'kurze pause im büro', 'zwischendurch am schreibtisch',
      'für zwischendurch', 'für zwischendurch am schreibtisch'],
  },
};

const es: Everyday = {
  samples: {
    'AMAZON.NextIntent': cat(
      cross(['', 'ya', 'listo', 'ya está', 'ya estuvo'], ['siguiente', 'el siguiente', 'la siguiente', 'qué sigue', 'qué toca ahora',
        'pasemos a otro', 'pasemos al siguiente', 'al siguiente', 'vamos al siguiente', 'otro', 'el que sigue', 'sigamos', 'adelante']),
      cross(['ándale', 'dale', 'vamos', 'venga', 'órale'], ['la que sigue', 'el que sigue', 'vamos', 'siguiente', 'a la siguiente', 'al siguiente', 'con el siguiente']),
      ['la que sigue', 'vamos', 'ya pasemos a otro', 'ya está qué sigue', 'listo el siguiente', 'terminé', 'ya terminé', 'ya acabé', 'acabé', 'hecho', 'dale', 'dale siguiente'],
    ),
    'AMAZON.ResumeIntent': ['ya estoy aquí', 'ya volví', 'estoy de vuelta', 'sigamos', 'seguimos', 'vamos a seguir', 'continuemos', 'continúa',
      'reanuda', 'quita la pausa', 'ya podemos seguir', 'sigue donde íbamos', 'venga seguimos',
      ...cross(['ya volví', 'ya estoy', 'ya regresé', 'aquí estoy', 'listo'], ['sigue', 'sigamos', 'continúa', 'dale', 'vamos'])],
    'AMAZON.RepeatIntent': ['mande', 'qué', 'cómo', 'perdona qué has dicho', 'perdón qué dijiste', 'qué dijiste', 'qué has dicho', 'no te entendí',
      'no te he entendido', 'repítelo', 'repite eso', 'otra vez por favor', 'dilo otra vez', 'cómo dijiste', 'me lo repites', 'puedes repetir',
      ...cross(['otra vez', 'repite', 'repítelo', 'perdona', 'perdón'], ['', 'por favor'], ['no te oí', 'no te escuché', 'no te entendí', 'qué dijiste'])],
    'AMAZON.PauseIntent': ['aguanta tantito', 'espérame tantito', 'detén el tiempo', 'un momentito', 'un segundo', 'espera un segundo', 'dame un minuto',
      'dame un segundo', 'pausa por favor', 'para un momento', 'necesito una pausa', 'ahorita vengo', 'ahora vuelvo', 'espérate', 'para el tiempo',
      'pon pausa', 'pausa un momento', ...cross(['aguanta', 'espera', 'espérame', 'un momento', 'para'], ['que están tocando la puerta', 'que tocan la puerta',
        'que tocan', 'que suena el teléfono', 'que me llaman', 'tantito', 'un momento', 'un segundo'])],
    'AMAZON.StopIntent': ['ya estuvo', 'ya no quiero', 'ya no quiero más', 'por hoy ya está', 'ya basta', 'hasta aquí', 'lo dejo', 'lo dejamos aquí',
      'terminamos', 'se acabó', 'suficiente', 'suficiente por hoy', 'ya es suficiente', 'cierra entrenador de cadera', 'para entrenador de cadera',
      'no quiero seguir', ...cross(['ya terminé', 'terminé', 'ya acabé', 'ya estuvo', 'se acabó', 'ya'], ['por hoy', 'déjalo', 'ya no más', 'hasta mañana',
        'por el día de hoy'])],
    'AMAZON.CancelIntent': ['déjalo', 'olvídalo', 'no importa', 'da igual', 'ni modo'],
    'AMAZON.HelpIntent': ['qué tengo que decir', 'qué puedo decir', 'qué digo', 'cómo funciona entrenador de cadera', 'cómo funciona esto', 'qué puedes hacer',
      'no sé qué hacer', 'qué opciones hay', 'ayúdame', 'necesito ayuda', 'cómo se usa'],
    'AMAZON.NoIntent': ['no no', 'no gracias', 'hoy no', 'ahorita no', 'mejor no', 'para nada', 'nel', 'no quiero', 'no por ahora', 'ahora no'],
    'AMAZON.YesIntent': ['órale sí', 'claro sí', 'va sí', 'pues sí', 'bueno sí', 'sí sí', 'sí claro', 'claro que sí', 'va', 'órale', 'sale', 'vale', 'venga', 'por supuesto', 'sí por favor', 'ándale'],
    HoldDurationIntent: cat(
      cross(['cuánto tiempo', 'cuántos segundos', 'cuánto'], ['lo aguanto', 'lo mantengo', 'aguanto así', 'me quedo así', 'más', 'tengo que estar así',
        'hay que aguantar']),
      ['cuántos segundos', 'cuándo suelto', 'cuándo puedo soltar', 'ya se acabó el tiempo', 'cuántos segundos faltan', 'cuántos segundos quedan',
        'cuántos segundos más'],
    ),
    WhichSideIntent: ['de qué lado voy', 'qué lado toca', 'qué lado es', 'qué pierna toca', 'cuál pierna', 'con qué pierna', 'izquierda o derecha',
      'derecha o izquierda', 'qué lado ahora', 'de qué lado estamos'],
    WhatDoesThisStretchIntent: ['cómo se llama este ejercicio', 'cómo se llama esto', 'qué ejercicio es este', 'por qué hago esto', 'para qué es esto',
      'para qué sirve esto', 'qué estiro con esto', 'qué músculo es este', 'qué músculo estoy estirando', 'qué trabaja esto', 'para qué sirve este estiramiento'],
    HowManyLeftIntent: ['cuántos quedan', 'cuántos faltan', 'cuántos ejercicios quedan', 'cuántos ejercicios faltan', 'falta mucho para terminar',
      'ya casi terminamos', 'es el último', 'cuánto queda de rutina', 'cuántos estiramientos quedan', 'ya vamos a acabar', 'cuánto falta para acabar',
      'cuánto falta para terminar', 'cuánto queda para terminar', 'cuánto nos falta', 'cuánto nos queda'],
    TellMeMoreIntent: cat(
      ['no entiendo cómo hacerlo', 'cómo lo hago', 'cómo se hace', 'explícamelo', 'explícame el ejercicio', 'cómo me pongo', 'cómo me coloco',
        'no sé cómo hacerlo', 'cómo va esto', 'explícame mejor'],
      cross(['qué hago con', 'dónde pongo', 'dónde van', 'cómo pongo'], ['las {bodyPart}', 'los {bodyPart}', 'el {bodyPart}', 'la {bodyPart}', 'mis {bodyPart}', 'mi {bodyPart}']),
    ),
    EasierIntent: [...cross(['hay uno', 'hay una', 'tienes uno', 'hay algo', 'hazlo', 'hazla', 'no puedo hazlo', 'no puedo'], ['más suave', 'más fácil',
      'más ligero', 'más sencillo']), 'bájale tantito', 'bájale', 'más suave', 'algo más fácil', 'hay algo más fácil', 'uno más fácil', 'es muy difícil', 'no puedo hacerlo',
      'no llego', 'más despacio', 'una versión más fácil', 'más ligerito'],
    HarderIntent: ['quiero sostener más tiempo', 'quiero aguantar más', 'más difícil', 'algo más difícil', 'es muy fácil', 'súbele', 'súbele tantito',
      'quiero más reto', 'dame más', 'más intenso'],
    ProgressIntent: ['cómo lo llevo hasta ahora', 'cómo lo llevo', 'cómo voy', 'cómo voy esta semana', 'cuántos minutos llevo esta semana', 'cuántos minutos llevo',
      'cuántas sesiones llevo', 'cuántas veces he estirado', 'cómo me va', 'mis avances', 'mi progreso esta semana', 'qué tal voy',
      ...cross(['cuántas veces'], ['he estirado', 'he hecho la rutina', 'estiré', 'he entrenado', 'hice la rutina'], ['esta semana', 'este mes', 'ya'])],
    'AMAZON.StartOverIntent': ['otra vez desde el inicio', 'desde el inicio', 'desde el principio', 'otra vez desde el principio', 'empecemos de nuevo',
      'vuelve a empezar', 'empieza otra vez', 'de nuevo desde cero', 'desde cero'],
    'AMAZON.PreviousIntent': ['regrésate uno', 'regresa uno', 'el de antes', 'vuelve al anterior', 'regresa al anterior', 'uno atrás', 'atrás',
      ...cross(['regresa', 'vuelve', 'volvamos', 'regresemos', 've', 'vamos'], ['a la anterior', 'al anterior', 'al de antes', 'a la de antes', 'atrás', 'al previo'])],
    SkipIntent: ['omitir este ejercicio', 'omite este', 'sáltalo', 'salta este', 'este no', 'pasa este', 'este no lo hago', 'brinca este', 'me lo salto',
      ...cross(['este', 'esta', 'ese'], ['me lo salto', 'me la salto', 'no lo hago', 'sáltalo', 'pásalo', 'sáltatelo']),
      ...cross(['pasa este', 'salta este', 'este no', 'sáltate este'], ['no me gusta', 'mejor otro', 'el siguiente', 'mejor el siguiente'])],
    StartRoutineIntent: cat(
      cross(['los estiramientos de', 'los ejercicios de', 'la rutina de', 'la de', 'estiramientos para', 'estiramientos de', 'quiero estirar para', 'quiero la de'],
        ['{routine}'], ['', 'por favor']),
      cross(['la', 'la de', 'quiero la', 'pon la', 'haz la'], ['{routine}'], ['', 'por favor', 'para esta noche', 'de hoy']),
      cross(['una pausa rápida en', 'una pausa en', 'los ejercicios para', 'algo para', 'quiero', 'quiero los', 'los'], ['la {routine}', 'el {routine}', '{routine}']),
    ),
  },
  routines: {
    morning: ['matutinos', 'matutina', 'estiramientos matutinos', 'los matutinos', 'despertarme', 'para despertarme', 'despertar', 'la mañana', 'mañanera', 'temprano', 'primera hora'],
    evening: ['la larga', 'esta noche', 'la noche', 'larga', 'antes de acostarme', 'acostarme', 'para dormir', 'antes de dormir', 'para antes de dormir'],
    workday: ['la oficina', 'oficina', 'escritorio', 'el escritorio', 'la pausa corta del curro', 'el curro', 'curro', 'la chamba', 'chamba',
      'la pausa corta', 'pausa corta', 'el trabajo', 'pausa rápida', 'pausa rápida en la chamba', 'pausa rápida en el trabajo'],
  },
};

const fr: Everyday = {
  samples: {
    'AMAZON.NextIntent': cat(
      cross(['', 'allez', 'ok', "c'est bon", 'bon', 'voilà', 'fini', 'envoye'], ['suivant', 'la suite', 'la suivante', 'au suivant', 'à la suivante',
        'on passe à la suivante', 'on passe au suivant', 'on continue', 'on enchaîne', 'la prochaine', 'on passe à autre chose', "c'est quoi la suite"]),
      ["c'est fait", "j'ai fini", 'terminé', 'fini', "c'est fini celle-là", 'on avance'],
      cross(['on passe', 'passons', 'allez on passe', 'on va'], ['à la suite', 'à la suivante', 'au suivant', 'à autre chose', 'à la prochaine']),
    ),
    // "continue", "on continue" are NextIntent's: between stretches they mean the next one, and after a pause Next resumes too.
    'AMAZON.ResumeIntent': ["c'est reparti", 'on reprend', 'reprends', 'reprenons', 'on y retourne', 'je suis revenu', 'je suis revenue', 'me revoilà',
      "je suis là", 'enlève la pause', ...cross(['allez', 'bon', 'ok', 'vas-y'], ['on reprend', 'reprends', "c'est reparti"])],
    'AMAZON.RepeatIntent': ['quoi', 'pardon', 'hein', 'tu as dit quoi', "t'as dit quoi", "qu'est-ce que tu as dit", 'répète', 'répète ça', 'redis-le',
      'tu peux répéter', 'encore une fois', "j'ai pas compris", "je n'ai pas compris", 'comment',
      ...cross(['redis-moi ça', 'redis-le', 'répète', 'répète ça', 'pardon', 'quoi'], ["j'ai pas compris", "je n'ai pas compris", "j'ai pas entendu",
        "j'ai rien compris", "s'il te plaît"])],
    'AMAZON.PauseIntent': ['attends une seconde', 'attends une minute', 'une seconde', 'une minute', 'deux secondes', 'mets sur pause', 'mets pause',
      'pause', "pause s'il te plaît", "attends un peu", 'un instant', 'un moment', "j'ai besoin d'une pause", 'je reviens', 'minute',
      ...cross(['attends', 'une minute', 'une seconde', 'deux secondes', 'un instant', 'minute'], ['deux secondes', 'une seconde', 'on sonne', 'ça sonne',
        'le téléphone', 'on frappe', 'je reviens', 'je dois répondre'])],
    'AMAZON.StopIntent': ["c'est assez pour aujourd'hui", "c'est fini pour aujourd'hui", "j'en ai assez", "ça suffit", "ça suffit pour aujourd'hui",
      "j'arrête", "j'arrête là", 'on arrête', 'on arrête là', "c'est tout pour aujourd'hui", 'stop coach des hanches', 'arrête coach des hanches',
      "j'ai fini pour aujourd'hui", "c'est tout", "je veux arrêter",
      ...cross(["j'arrête", 'on arrête', "on s'arrête", "je m'arrête", "c'est fini", 'ça suffit', "j'en ai assez"], ["pour aujourd'hui", 'là', 'pour ce soir',
        'pour ce matin', 'ici', 'maintenant'])],
    'AMAZON.CancelIntent': ["c'est pas grave", 'laisse tomber', 'oublie ça', 'oublie', 'peu importe', 'tant pis'],
    'AMAZON.HelpIntent': ['je dis quoi', 'qu\'est-ce que je dis', 'je peux dire quoi', 'comment marche coach des hanches', 'comment ça marche',
      'tu sais faire quoi', "qu'est-ce que tu sais faire", 'je fais quoi', 'aide-moi', "j'ai besoin d'aide", 'quelles sont les options'],
    'AMAZON.YesIntent': [...cross(['oui', 'ouais', 'ouin'], ['vas-y', 'correct', "d'accord", 'allez', 'bien sûr', 'envoye']), 'ouin', 'correct', 'ben oui', 'bah oui', 'oui oui', 'ouais', 'ouais vas-y', 'vas-y', 'allez', "d'accord", "c'est parti", 'carrément', 'bien sûr'],
    'AMAZON.NoIntent': ["pas aujourd'hui", 'pas vraiment', 'pas maintenant', 'non merci', 'non pas maintenant', 'bof', 'pas trop', 'non ça va', 'nan'],
    HoldDurationIntent: cat(
      cross(['je tiens', 'je reste comme ça', 'je garde la position', 'je reste', 'on tient', 'il faut tenir', 'je dois tenir'], ['combien de temps', 'combien de secondes',
        'encore combien de temps', "jusqu'à quand"]),
      ['combien de secondes', 'ça dure combien de temps', 'il reste combien de secondes', 'encore longtemps', 'je lâche quand'],
    ),
    WhichSideIntent: ['on a changé de côté', "c'est quel côté maintenant", "c'est quel côté", 'quel côté', 'quelle jambe', 'gauche ou droite',
      'droite ou gauche', 'on est de quel côté', 'on fait quel côté', "c'est quelle jambe"],
    WhatDoesThisStretchIntent: ['quel muscle ça travaille', "ça travaille quoi", "ça sert à quoi", "c'est quoi cet étirement", "c'est quoi cet exercice",
      'ça étire quoi', "qu'est-ce que ça étire", 'quel muscle on étire', "comment s'appelle cet étirement", 'pourquoi on fait ça'],
    HowManyLeftIntent: ['combien il en reste encore', 'combien il en reste', 'il en reste combien', 'encore combien', "c'est la dernière",
      "c'est bientôt fini", 'il reste beaucoup', 'on a bientôt fini', "combien d'étirements il reste"],
    TellMeMoreIntent: cat(
      ['comment on fait exactement', 'comment on fait', 'je comprends pas comment le faire', 'je ne comprends pas comment faire', 'explique-moi',
        'tu peux expliquer', 'comment je me place', 'je me mets comment', 'je fais comment', 'explique mieux'],
      cross(['je mets', 'je place', 'je fais quoi avec'], ['mes {bodyPart}', 'ma {bodyPart}', 'mon {bodyPart}', 'les {bodyPart}'], ['', 'où', 'comment']),
    ),
    EasierIntent: [...cross(['il y a', 'y a-t-il', "t'as", 'tu as', 'donne-moi', "c'est trop dur pour moi", "c'est trop dur", 'trop dur'], ['plus doux',
      'plus facile', 'quelque chose de plus facile', 'quelque chose de plus doux', 'une version plus facile', 'moins dur']), 'plus facile', 'quelque chose de plus facile', "c'est trop difficile", 'trop dur', "c'est trop dur", 'plus doux', 'une version plus facile',
      'moins intense', 'vas-y plus doucement', "j'y arrive pas"],
    HarderIntent: ['je veux plus de défi', 'je veux tenir plus longtemps', 'plus difficile', 'plus dur', "c'est trop facile", 'plus intense',
      'quelque chose de plus dur', 'tenir plus longtemps', 'des tenues plus longues'],
    ProgressIntent: ["je m'en sors comment jusqu'ici", "je m'en sors comment", 'comment je me débrouille', "c'est quoi ma progression", 'ma progression',
      'combien de minutes cette semaine', "j'en suis où", 'je suis rendu où', 'combien de séances', 'combien de séances cette semaine', 'mes progrès',
      'comment ça avance', 'où en suis-je', ...cross(['combien de séances', "combien d'étirements", 'combien de fois'], ["j'ai faites", "j'ai fait",
        'je me suis étiré', "j'ai fait ma routine"], ['', 'cette semaine', 'ce mois-ci'])],
    'AMAZON.StartOverIntent': ['du début', 'depuis le début', 'reprends tout depuis le début', 'on recommence', 'recommence', 'recommence tout',
      'on reprend du début', 'tout depuis le début', 'à zéro'],
    'AMAZON.PreviousIntent': ['revenir à la précédente', 'la précédente', 'on revient en arrière', 'retour', 'celle d\'avant', 'reviens en arrière'],
    SkipIntent: ['skippe la', 'skippe', 'saute celle ci', 'saute celle-là', 'on la saute', 'on saute', "j'ai pas envie de faire celle là",
      'pas celle-là', 'passe celle-là', 'on passe celle-là', 'je la fais pas',
      ...cross(['saute', 'passe', 'je passe', 'on saute', 'on passe', 'pas'], ['celui-là', 'celui-ci', 'celle-là', 'celle-ci', 'cet étirement',
        'celui-là le prochain', 'celle-là la suivante', 'celui-là le suivant'])],
    StartRoutineIntent: cat(
      cross(['les étirements du', 'les étirements de', 'celle du', 'celle de', 'la routine du', 'la routine de', 'des étirements', 'la', 'la longue pour'],
        ['{routine}'], ['', "s'il te plaît"]),
      cross(['une pause au', 'la pause du', 'une pause', 'des étirements à la', 'des étirements au'], ['{routine}']),
      cross(['mes', 'mes étirements', 'les étirements pour', 'une petite pause', 'quelque chose', 'quelque chose pour', 'un truc', 'un truc pour'],
        ['{routine}', 'la {routine}', 'le {routine}', 'du {routine}', 'au {routine}']),
    ),
  },
  routines: {
    morning: ['matin', 'du matin', 'le matin', 'réveil', 'au réveil', 'matinaux', 'étirements matinaux', 'matinal', 'matinale', 'matinales'],
    evening: ['soir', 'du soir', 'ce soir', 'longue', 'la longue', 'avant de me coucher', 'avant de dormir', 'avant le dodo', 'dodo', 'coucher'],
    workday: ['boulot', 'du boulot', 'travail', 'job', 'la job', 'bureau', 'au bureau', 'pause du boulot', 'pause au travail', 'petite pause au bureau',
      'pour la job', 'petite pause'],
  },
};

const everyday: Readonly<Record<Language, Everyday>> = { de, es, fr };

/** A language's samples with its everyday ones added, and its routine words with theirs. */
export function withEveryday(language: Language, words: Pick<LocaleWords, 'samples' | 'types'>): Pick<LocaleWords, 'samples' | 'types'> {
  const extra = everyday[language];
  const samples: Record<string, readonly string[]> = { ...words.samples };
  for (const [intent, more] of Object.entries(extra.samples)) samples[intent] = [...(samples[intent] ?? []), ...more];
  const routine: Record<string, readonly string[]> = { ...(words.types.RoutineType ?? {}) };
  for (const [id, more] of Object.entries(extra.routines)) routine[id] = [...(routine[id] ?? []), ...more];
  return { samples, types: { ...words.types, RoutineType: routine } };
}
