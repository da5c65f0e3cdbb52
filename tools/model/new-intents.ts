/**
 * Reminders and custom-length routines in German, Spanish and French: the samples and slot words
 * of the intents the reminders and custom-routine features added to en-US (tools/model/reminders.ts,
 * custom-routine.ts), written natively. The language generators spread these in.
 */
import { cat, cross, type LocaleWords } from './locale-model';

type Language = 'de' | 'es' | 'fr';

const types: Readonly<Record<Language, LocaleWords['types']>> = {
  de: {
    ReminderDaysType: {
      daily: ['jeden tag', 'täglich', 'alle tage'], weekdays: ['werktags', 'unter der woche', 'montag bis freitag', 'an werktagen'],
      weekends: ['am wochenende', 'wochenende', 'samstags und sonntags'], MO: ['montag', 'montags'], TU: ['dienstag', 'dienstags'],
      WE: ['mittwoch', 'mittwochs'], TH: ['donnerstag', 'donnerstags'], FR: ['freitag', 'freitags'], SA: ['samstag', 'samstags'], SU: ['sonntag', 'sonntags'],
    },
    FocusType: {
      lowerBack: ['unteren rücken', 'unterer rücken', 'rücken', 'kreuz', 'lendenwirbelsäule'], hips: ['hüfte', 'hüften'],
      hipFront: ['hüftbeuger', 'vorderseite der hüfte'], hipOuter: ['außenseite der hüfte', 'äußere hüfte'],
      hipInner: ['innenseite der oberschenkel', 'adduktoren', 'leiste'], glutes: ['gesäß', 'po', 'piriformis'],
      hamstrings: ['hintere oberschenkel', 'oberschenkelrückseite', 'hamstrings'],
    },
  },
  es: {
    ReminderDaysType: {
      daily: ['todos los días', 'cada día', 'a diario'], weekdays: ['entre semana', 'de lunes a viernes', 'los días laborables'],
      weekends: ['los fines de semana', 'el fin de semana', 'fines de semana'], MO: ['lunes', 'los lunes'], TU: ['martes', 'los martes'],
      WE: ['miércoles', 'los miércoles'], TH: ['jueves', 'los jueves'], FR: ['viernes', 'los viernes'], SA: ['sábado', 'los sábados'], SU: ['domingo', 'los domingos'],
    },
    FocusType: {
      lowerBack: ['zona lumbar', 'espalda baja', 'espalda', 'lumbares'], hips: ['cadera', 'caderas'],
      hipFront: ['flexores de cadera', 'parte delantera de la cadera'], hipOuter: ['parte externa de la cadera', 'cadera por fuera'],
      hipInner: ['aductores', 'cara interna del muslo', 'ingle'], glutes: ['glúteos', 'nalgas', 'piriforme'],
      hamstrings: ['isquiotibiales', 'femorales', 'parte de atrás del muslo'],
    },
  },
  fr: {
    ReminderDaysType: {
      daily: ['tous les jours', 'chaque jour', 'quotidien'], weekdays: ['en semaine', 'du lundi au vendredi', 'les jours de semaine'],
      weekends: ['le week-end', 'les week-ends', 'le samedi et le dimanche'], MO: ['lundi', 'le lundi'], TU: ['mardi', 'le mardi'],
      WE: ['mercredi', 'le mercredi'], TH: ['jeudi', 'le jeudi'], FR: ['vendredi', 'le vendredi'], SA: ['samedi', 'le samedi'], SU: ['dimanche', 'le dimanche'],
    },
    FocusType: {
      lowerBack: ['bas du dos', 'dos', 'lombaires'], hips: ['hanches', 'hanche'], hipFront: ['fléchisseurs de hanche', "l'avant des hanches"],
      hipOuter: ["l'extérieur des hanches", 'extérieur de la hanche'], hipInner: ['adducteurs', "l'intérieur des cuisses", 'aine'],
      glutes: ['fessiers', 'fesses', 'piriforme'], hamstrings: ['ischio-jambiers', 'ischios', 'arrière des cuisses'],
    },
  },
};

/** How a shorter or longer one is asked for, before the comparative: as a question (du/Sie, tú/usted, tu/vous) or a wish. */
const comparativeAsksDe = ['', 'hast du', 'haben sie', 'hättest du', 'hätten sie', 'gibt es', 'gibts', 'gibt es auch', 'gibts auch', 'geht das', 'geht das auch',
  'geht es auch', 'ich möchte', 'ich will', 'ich hätte gern', 'lieber', 'mach mir'];
const comparativeAsksEs = ['', 'tienes', 'tiene', 'hay', 'no hay', 'quiero', 'quisiera', 'prefiero', 'dame', 'deme', 'ponme', 'póngame', 'me pones', 'me pone'];
const comparativeAsksFr = ['', 'tu as', "t'as", 'vous avez', 'as-tu', 'avez-vous', 'il y a', "y a-t-il", "est-ce qu'il y a", 'je veux', 'je voudrais', 'donne-moi',
  'donnez-moi', 'on peut faire', 'on fait'];

const samples: Readonly<Record<Language, LocaleWords['samples']>> = {
  de: {
    SetReminderIntent: cat(
      cross(['erinnere mich', 'erinner mich', 'kannst du mich erinnern', 'bitte erinnere mich'], ['', 'um {time}', '{dayOne} um {time}', 'um {time} {dayOne}',
        '{dayOne} und {dayTwo} um {time}', '{dayOne} {dayTwo} und {dayThree} um {time}'], ['', 'an meine {routine}', 'an die {routine}', 'ans dehnen']),
      ['stell eine erinnerung', 'erinnerung einrichten', 'eine erinnerung für die {routine} um {time}', 'erinnerung um {time}'],
    ),
    ListRemindersIntent: ['welche erinnerungen habe ich', 'meine erinnerungen', 'zeig meine erinnerungen', 'welche erinnerungen hast du eingerichtet', 'habe ich erinnerungen'],
    MoveReminderIntent: cross(['verschieb', 'verschiebe', 'leg'], ['meine erinnerung', 'die erinnerung', 'meine {routine} erinnerung', 'die erinnerung für die {routine}'], ['auf {time}', 'um {time}', '']),
    CancelReminderIntent: cross(['lösch', 'lösche', 'entferne', 'stopp'], ['meine erinnerungen', 'meine erinnerung', 'die erinnerung', 'die erinnerung für die {routine}', 'alle erinnerungen'])
      .concat(['keine erinnerungen mehr', 'erinnerungen ausschalten']),
    CustomRoutineIntent: cat(
      cross(['', 'gib mir', 'ich möchte', 'ich will', 'mach', 'starte'], ['{minutes} minuten', 'eine {minutes} minuten routine', '{minutes} minuten dehnen', 'eine routine von {minutes} minuten'],
        ['', 'für {focus}', 'für den {focus}', 'für die {focus}']),
      cross(['ich habe', 'ich hab nur'], ['{minutes} minuten', '{duration}']),
      cross(['eine routine für', 'dehnen für', 'übungen für'], ['{focus}', 'den {focus}', 'die {focus}']),
    ),
    ShorterIntent: cat(cross(['', 'etwas ', 'mach es ', 'geht es '], ['kürzer', 'kürzer bitte', 'schneller']).concat(['eine kürzere routine', 'eine kürzere']),
      // Asked as a question or a wish, du and Sie ("hast du was kürzeres", "geht das auch kürzer", "hätten sie eine kürzere").
      cross(comparativeAsksDe, ['kürzer', 'was kürzeres', 'etwas kürzeres', 'eine kürzere', 'eine kürzere routine', 'eine kürzere einheit'], ['', 'bitte'])),
    LongerIntent: cat(cross(['', 'etwas ', 'mach es '], ['länger', 'länger bitte']).concat(['eine längere routine', 'eine längere']),
      cross(comparativeAsksDe, ['länger', 'was längeres', 'etwas längeres', 'eine längere', 'eine längere routine', 'eine längere einheit'], ['', 'bitte'])),
  },
  es: {
    SetReminderIntent: cat(
      cross(['recuérdame', 'puedes recordarme', 'por favor recuérdame'], ['', 'a las {time}', '{dayOne} a las {time}', 'a las {time} {dayOne}',
        '{dayOne} y {dayTwo} a las {time}', '{dayOne} {dayTwo} y {dayThree} a las {time}'], ['', 'mi {routine}', 'la {routine}', 'hacer mi {routine}', 'estirar']),
      ['pon un recordatorio', 'crea un recordatorio', 'un recordatorio para la {routine} a las {time}', 'recordatorio a las {time}'],
    ),
    ListRemindersIntent: ['qué recordatorios tengo', 'mis recordatorios', 'dime mis recordatorios', 'qué recordatorios has puesto', 'tengo recordatorios'],
    MoveReminderIntent: cross(['mueve', 'cambia', 'pasa'], ['mi recordatorio', 'el recordatorio', 'mi recordatorio de la {routine}', 'el recordatorio de la {routine}'], ['a las {time}', 'para las {time}', '']),
    CancelReminderIntent: cross(['cancela', 'borra', 'quita', 'elimina'], ['mis recordatorios', 'mi recordatorio', 'el recordatorio', 'el recordatorio de la {routine}', 'todos los recordatorios'])
      .concat(['no quiero más recordatorios', 'apaga los recordatorios']),
    CustomRoutineIntent: cat(
      cross(['', 'dame', 'quiero', 'haz', 'empieza'], ['{minutes} minutos', 'una rutina de {minutes} minutos', '{minutes} minutos de estiramientos', 'un estiramiento de {minutes} minutos'],
        ['', 'para {focus}', 'para la {focus}', 'para los {focus}', 'para las {focus}']),
      cross(['tengo', 'solo tengo'], ['{minutes} minutos', '{duration}']),
      cross(['una rutina para', 'estiramientos para'], ['{focus}', 'la {focus}', 'los {focus}', 'las {focus}']),
    ),
    ShorterIntent: cat(cross(['', 'algo ', 'hazla ', 'una rutina '], ['más corta', 'más corta por favor', 'más rápida']).concat(['algo más corto']),
      // Asked as a question or a wish, tú and usted, with the diminutive ("tienes algo más corto", "una rutina más cortita").
      cross(comparativeAsksEs, ['algo más corto', 'algo más cortito', 'una más corta', 'una más cortita', 'una rutina más corta', 'una rutina más cortita',
        'más corta', 'más cortita'], ['', 'por favor'])),
    LongerIntent: cat(cross(['', 'algo ', 'hazla ', 'una rutina '], ['más larga', 'más larga por favor']).concat(['algo más largo']),
      cross(comparativeAsksEs, ['algo más largo', 'una más larga', 'una rutina más larga', 'más larga'], ['', 'por favor'])),
  },
  fr: {
    SetReminderIntent: cat(
      cross(['rappelle-moi', 'tu peux me rappeler', "s'il te plaît rappelle-moi"], ['', 'à {time}', '{dayOne} à {time}', 'à {time} {dayOne}',
        '{dayOne} et {dayTwo} à {time}', '{dayOne} {dayTwo} et {dayThree} à {time}'], ['', 'ma {routine}', 'la {routine}', 'de faire ma {routine}', 'de m\'étirer']),
      ['mets un rappel', 'crée un rappel', 'un rappel pour la {routine} à {time}', 'rappel à {time}'],
    ),
    ListRemindersIntent: ['quels sont mes rappels', 'mes rappels', 'dis-moi mes rappels', "quels rappels j'ai", "est-ce que j'ai des rappels"],
    MoveReminderIntent: cross(['déplace', 'change', 'décale'], ['mon rappel', 'le rappel', 'mon rappel de la {routine}', 'le rappel de la {routine}'], ['à {time}', 'pour {time}', '']),
    CancelReminderIntent: cross(['annule', 'supprime', 'efface', 'enlève'], ['mes rappels', 'mon rappel', 'le rappel', 'le rappel de la {routine}', 'tous les rappels'])
      .concat(['plus de rappels', 'désactive les rappels']),
    CustomRoutineIntent: cat(
      cross(['', 'donne-moi', 'je veux', 'fais', 'lance'], ['{minutes} minutes', 'une routine de {minutes} minutes', "{minutes} minutes d'étirements", 'un étirement de {minutes} minutes'],
        ['', 'pour {focus}', 'pour le {focus}', 'pour les {focus}', 'pour la {focus}']),
      cross(["j'ai", "je n'ai que"], ['{minutes} minutes', '{duration}']),
      cross(['une routine pour', 'des étirements pour'], ['{focus}', 'le {focus}', 'les {focus}', 'la {focus}']),
    ),
    ShorterIntent: cat(cross(['', 'quelque chose de ', 'fais-la ', 'une routine '], ['plus courte', "plus courte s'il te plaît", 'plus rapide']).concat(['quelque chose de plus court']),
      // Asked as a question or a wish, tu and vous ("tu as quelque chose de plus court", "t'as plus court", "vous avez une routine plus courte").
      cross(comparativeAsksFr, ['plus court', 'quelque chose de plus court', 'une plus courte', 'une routine plus courte', 'une séance plus courte'])),
    LongerIntent: cat(cross(['', 'quelque chose de ', 'fais-la ', 'une routine '], ['plus longue', "plus longue s'il te plaît"]).concat(['quelque chose de plus long']),
      cross(comparativeAsksFr, ['plus long', 'quelque chose de plus long', 'une plus longue', 'une routine plus longue', 'une séance plus longue'])),
  },
};

export const newIntentWords = (language: Language): Pick<LocaleWords, 'samples' | 'types'> => ({ samples: samples[language], types: types[language] });
