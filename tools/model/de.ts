/**
 * The German model (de-DE): how people in Germany and Austria talk on the mat, written from how
 * they speak (du-Form commands to Alexa, "tut weh", "zwickt", "eingeschlafen"), never translated
 * sample by sample from English and never from the held-out corpus. Compounds ("Abendroutine")
 * and their split forms ("die Routine am Abend") both appear, since people say both.
 */
import { cat, cross, type LocaleWords } from './locale-model';
import { withEveryday } from './everyday-words';
import { newIntentWords } from './new-intents';
import { germanEveryday, germanRoutineWords } from './de-everyday';
import { GRAMMARS } from '../nlu/languages';
import { opt } from './de-clauses';

/** The first parts of German compounds a recogniser may write apart ("bandscheiben vorfall", "knie op", "hüft arthrose"). */
const COMPOUND_HEADS = ['bandscheiben', 'hüft', 'knie', 'rücken', 'leisten', 'meniskus', 'kreuzband', 'ischias', 'schleimbeutel', 'knochen'];
function splitCompounds<T extends Record<string, readonly string[]>>(values: T): T {
  const split = (word: string): string[] => {
    const head = COMPOUND_HEADS.find((h) => word.startsWith(h) && word.length > h.length + 2 && word[h.length] !== ' ');
    return head ? [word, `${head} ${word.slice(head.length)}`] : [word];
  };
  return Object.fromEntries(Object.entries(values).map(([id, words]) => [id, [...new Set(words.flatMap((w) => w.split(' ').length === 1 || /^(?:ein|eine|einen) /.test(w) ? [w, ...split(w.replace(/^(?:ein|eine|einen) /, '')).slice(1)] : [w]))]])) as unknown as T;
}

const types: LocaleWords['types'] = {
  RoutineType: {
    evening: ['abend', 'abendroutine', 'abends', 'am abend', 'abenddehnung', 'feierabend', 'vor dem schlafen', 'vor dem schlafengehen',
      'nacht', 'zum einschlafen', 'zum runterkommen', 'lange', 'lange routine', 'ganze', 'entspannung', 'heute abend'],
    morning: ['morgen', 'morgenroutine', 'morgens', 'am morgen', 'früh', 'frühmorgens', 'zum aufwachen', 'nach dem aufstehen',
      'aufstehen', 'wach werden', 'morgendehnung', 'heute morgen'],
    workday: ['büropause', 'büro', 'arbeit', 'arbeitspause', 'pause', 'kurze pause', 'schreibtisch', 'am schreibtisch', 'schreibtischpause',
      'mittagspause', 'zwischendurch', 'kurz', 'kurze', 'schnelle', 'arbeitstag', 'im büro', 'bei der arbeit', 'stuhl', 'im sitzen',
      'zwei minuten', 'homeoffice'],
  },
  BodyPartType: {
    hip: ['hüfte', 'hüften', 'hüftgelenk', 'hüftbeuger', 'der hüfte', 'vorne an der hüfte', 'seite der hüfte'],
    back: ['rücken', 'unterer rücken', 'unteren rücken', 'kreuz', 'lendenwirbelsäule', 'wirbelsäule', 'oberer rücken', 'lende', 'lws'],
    knee: ['knie', 'kniescheibe', 'kniekehle', 'knien'],
    groin: ['leiste', 'leisten', 'schritt', 'abwischen', 'dem abwischen', 'klo', 'dem klo', 'der toilette', 'intimbereich', 'genitalbereich', 'damm', 'innenseite der oberschenkel', 'zwischen den beinen',
      'unten rum', 'untenrum', 'becken', 'beckenboden', 'schambereich',
      // Where one sits, said as a place rather than named ("wie eingeschlafen da wo man sitzt").
      'innen am oberschenkel', 'innen an den oberschenkeln', 'innen an beiden oberschenkeln', 'innenseite vom oberschenkel', 'innenseite von den oberschenkeln', 'innenseite des oberschenkels',
      'oberschenkelinnenseite', 'oberschenkelinnenseiten', 'die innenseite der oberschenkel', 'die innenseiten der oberschenkel', 'innen an den schenkeln',
      ...cross(opt('da', 'genau da', 'dort'), ['wo man sitzt', 'wo ich sitze', 'wo ich drauf sitze', 'wo man drauf sitzt', 'worauf ich sitze', 'worauf man sitzt']), 'die sitzfläche', 'sitzfläche'],
    leg: ['bein', 'oberschenkel', 'wade', 'waden', 'schienbein', 'linkes bein', 'rechtes bein', 'linken bein', 'rechten bein', 'ein bein',
      'oberschenkelrückseite', 'beinrückseite', 'hamstrings', 'oberschenkelmuskel'],
    bothLegs: ['haxn', 'beide haxn', 'haxen', 'beide haxen', 'beide beine', 'beiden beinen', 'beine', 'beinen', 'beide füße', 'beiden füßen', 'beide seiten', 'beiden seiten',
      // Everything from the hip down ("unterhalb der hüfte ist alles taub"), and thighs or shins made plural by "meine".
      'unterhalb der hüfte', 'von der hüfte abwärts', 'ab der hüfte abwärts', 'ab der hüfte', 'ab dem becken abwärts', 'vom becken abwärts', 'von der taille abwärts',
      'ab der taille abwärts', 'unterkörper', 'der unterkörper', 'meine oberschenkel', 'meine unterschenkel',
      // Both named with "beide": the catch-all would drop the word before its slot ("beide knie geben nach" would reach it as "knie geben nach").
      ...['beide', 'meine beiden', 'die beiden'].flatMap((both) => ['knie', 'oberschenkel', 'waden', 'unterschenkel', 'hüften', 'fersen', 'fußsohlen', 'schienbeine'].map((part) => `${both} ${part}`)),
      ...['knien', 'oberschenkeln', 'waden', 'unterschenkeln', 'hüften', 'fersen', 'fußsohlen', 'schienbeinen'].map((part) => `beiden ${part}`)],
    foot: ['fuß', 'füße', 'fuss', 'zehen', 'zeh', 'knöchel', 'ferse', 'fußsohle', 'sprunggelenk', 'linken fuß', 'rechten fuß'],
    neck: ['nacken', 'hals', 'schulter', 'schultern'],
    glute: ['po', 'gesäß', 'hintern', 'pobacke', 'pobacken', 'steißbein', 'sitzbein', 'popo', 'gesäßmuskel', 'piriformis'],
    wrist: ['handgelenk', 'hand', 'hände', 'arm', 'arme', 'finger', 'ellbogen'],
    bladder: ['blase', 'wasserlassen', 'pipi', 'urin', 'pinkeln'],
    bowel: ['darm', 'stuhlgang', 'stuhl', 'großes geschäft', 'verdauung'],
  },
  SymptomType: {
    numbness: ['taubes gefühl', 'ein taubes gefühl', 'komisches taubes gefühl', 'taub', 'taubheit', 'taubheitsgefühl', 'taubheitsgefühle', 'gefühllos', 'kein gefühl', 'kein gefühl mehr', 'eingeschlafen',
      'pelzig', 'wie tot', 'nichts mehr spüren', 'nichts spüren', 'spüre nichts', 'spüre es nicht', 'fühlt sich taub an', 'abgestorben'],
    tingling: ['kribbeln', 'kribbelt', 'kribbelig', 'ameisenlaufen', 'ameisen', 'prickeln', 'prickelt', 'nadelstiche', 'wie nadeln',
      'wie tausend nadeln', 'brizzeln', 'elektrisieren', 'surren'],
    weakness: ['schwach', 'schwäche', 'kraftlos', 'keine kraft', 'keine kraft mehr', 'knickt weg', 'knickt ein', 'gibt nach', 'sackt weg',
      'nicht heben', 'nicht anheben', 'nicht mehr heben', 'nicht bewegen', 'nicht mehr bewegen', 'hält mich nicht', 'trägt mich nicht',
      'wie gummi', 'wie pudding', 'fußheberschwäche', 'hängt', 'schleift', 'lahm', 'gelähmt'],
    radiating: ['ausstrahlen', 'strahlt aus', 'strahlt', 'ausstrahlende schmerzen', 'zieht ins bein', 'zieht bis in den fuß', 'schießt ins bein',
      'schießt', 'einschießend', 'zieht runter', 'zieht nach unten', 'bis unters knie', 'bis in den fuß', 'bis in die zehen',
      'wie ein stromschlag', 'stromschlag', 'elektrischer schlag', 'brennt bis ins bein', 'zieht das bein runter', 'geht ins bein',
      'geht bis in den fuß', 'läuft das bein runter', 'wandert ins bein'],
    bladderBowel: ['spielt verrückt', 'läuft einfach raus', 'läuft raus', 'tröpfelt', 'tropft', 'geht nicht mehr', 'kommt nichts', 'blasenprobleme', 'darmprobleme', 'inkontinenz', 'urin verloren', 'eingenässt', 'in die hose gemacht',
      'nicht mehr halten', 'das wasser nicht halten', 'den urin nicht halten', 'den stuhl nicht halten', 'nicht merken wann ich muss',
      'nicht pinkeln', 'nicht wasserlassen', 'probleme beim wasserlassen', 'probleme mit der blase', 'probleme mit dem darm',
      'kontrolle über die blase verloren', 'kontrolle über den darm verloren', 'merke nicht wann ich auf toilette muss',
      'eingemacht', 'ein malheur'],
    saddle: ['reithosenanästhesie', 'reithosen taubheit', 'taub im schritt', 'taub zwischen den beinen', 'taubheit im intimbereich',
      'taubheit am po', 'taub am gesäß', 'taub im genitalbereich', 'das klopapier nicht spüren', 'beim abwischen nichts spüren',
      'taubheit im schritt', 'taubheit zwischen den beinen', 'taub untenrum'],
    severe: ['starke schmerzen', 'unerträglich', 'unerträgliche schmerzen', 'höllische schmerzen', 'immer schlimmer', 'schlimmer',
      'wird schlimmer', 'kaum auszuhalten', 'nicht auszuhalten', 'extrem', 'extreme schmerzen', 'zehn von zehn', 'die schlimmsten schmerzen',
      'wahnsinnige schmerzen', 'furchtbare schmerzen', 'immer stärker', 'schlimmer und schlimmer', 'heftige schmerzen'],
    fall: ['gestürzt', 'hingefallen', 'sturz', 'einen sturz', 'ausgerutscht', 'unfall', 'einen unfall', 'gefallen', 'die treppe runtergefallen',
      'vom fahrrad gefallen', 'auf den rücken gefallen', 'auf die hüfte gefallen', 'autounfall', 'einen autounfall', 'gestolpert',
      'hingeflogen', 'auf den po gefallen', 'aufs steißbein gefallen'],
    fever: ['fieber', 'fiebrig', 'schüttelfrost', 'erhöhte temperatur', 'temperatur', 'krank', 'nachtschweiß', 'grippe', 'heiß und kalt',
      'schwitze', 'fühle mich krank', 'fühle mich elend', 'angeschlagen', 'schlapp'],
    night: ['nachts im bett', 'im bett', 'abends im bett', 'nachts beim liegen', 'nachts', 'in der nacht', 'weckt mich', 'weckt mich nachts', 'wache nachts auf', 'wache davon auf', 'kann nicht schlafen',
      'nicht schlafen', 'im liegen', 'in ruhe', 'nachtschmerz', 'auch in ruhe', 'nachts schlimmer', 'lässt mich nicht schlafen'],
    cramp: ['krampf', 'einen krampf', 'krämpfe', 'wadenkrampf', 'verkrampft', 'krampft', 'muskelkrampf', 'zieht sich zusammen', 'verhärtet'],
  },
  PainType: {
    hurts: ['tut weh', 'tut richtig weh', 'tut sehr weh', 'tut echt weh', 'tut so weh', 'schmerzt', 'schmerzhaft', 'weh', 'tut mir weh'],
    sore: ['ziept', 'ziepen', 'tut ein bisschen weh', 'schmerzt leicht', 'pocht', 'pochend', 'empfindlich', 'wund', 'drückt'],
    sharp: ['sticht', 'stechend', 'scharf', 'stechender schmerz', 'stechen'],
    burning: ['brennt', 'brennend', 'brennen'],
    pinching: ['zwickt', 'zwicken', 'klemmt', 'zwackt', 'kneift'],
    tooMuch: ['zu viel', 'zu stark', 'zu weit', 'zu intensiv', 'zu heftig', 'unangenehm', 'nicht gut', 'komisch', 'falsch', 'nicht richtig'],
  },
  SensationType: {
    pain: ['schmerz', 'schmerzen', 'einen schmerz', 'einen stich', 'ein stechen', 'stechen', 'brennen', 'zwicken', 'stiche', 'ein knacken', 'einen ruck', 'ein reißen', 'ein brennen',
      'ein zwicken', 'einen stechenden schmerz', 'ein knacksen', 'ein ploppen', 'einen schlag'],
  },
  StrainType: {
    // And what a stretch does when something gives, in the perfect ("da hat was geknackt", "mir ist was in den rücken geschossen").
    strain: ['geknackt', 'geknackst', 'geschnalzt', 'gekracht', 'geschossen', 'eingeschossen', 'reingeschossen', 'eingeklemmt', 'eingezwickt', 'verrissen',
      'gestochen', 'gerissen', 'gezerrt', 'was gezerrt', 'etwas gezerrt', 'eine zerrung', 'zerrung', 'einen muskel gezerrt', 'überdehnt', 'verrenkt',
      'verletzt', 'wehgetan', 'weh getan', 'was getan', 'verhoben', 'verdreht', 'was gerissen', 'etwas gerissen', 'übertrieben'],
  },
  ConditionType: splitCompounds({
    groinPain: ['leistenschmerzen', 'schmerzen in der leiste', 'hüftarthrose', 'arthrose', 'coxarthrose', 'impingement', 'hüftimpingement',
      'labrumriss', 'schleimbeutelentzündung', 'bursitis', 'arthrose in der hüfte'],
    hipInjury: ['probleme mit der hüfte', 'probleme mit meiner hüfte', 'hüftverletzung', 'verletzte hüfte', 'künstliche hüfte', 'neue hüfte', 'hüft op', 'hüftoperation', 'hüftprothese',
      'kaputte hüfte', 'schlechte hüfte', 'ein problem mit meiner hüfte', 'ein problem mit der hüfte', 'neues hüftgelenk', 'ein neues hüftgelenk', 'künstliches hüftgelenk', 'ein künstliches hüftgelenk', 'hüft tep', 'eine hüft tep'],
    backInjury: ['rückenverletzung', 'bandscheibenvorfall', 'bandscheibenvorwölbung', 'bandscheibenprobleme', 'rücken op',
      'rückenoperation', 'kaputten rücken', 'kaputter rücken', 'protrusion', 'hexenschuss', 'rückenprobleme', 'schlechten rücken', 'probleme mit der bandscheibe',
      'probleme mit den bandscheiben', 'probleme mit dem rücken', 'ein problem mit dem rücken', 'ein problem mit meinem rücken', 'ein problem mit der bandscheibe', 'probleme mit meinem rücken', 'bandscheibenschaden', 'einen bandscheibenschaden', 'einen bandscheibenvorfall'],
    kneeProblem: ['probleme mit den knien', 'ein problem mit dem knie', 'ein problem mit meinem knie', 'probleme mit dem knie', 'probleme mit meinen knien', 'knieprobleme', 'kaputte knie', 'kaputtes knie', 'knieverletzung', 'knieschmerzen', 'knie op', 'knieoperation',
      'künstliches knie', 'knieprothese', 'meniskusriss', 'meniskus', 'kreuzbandriss', 'schlechte knie'],
    sciatica: ['ischias', 'ischiasschmerzen', 'eingeklemmter nerv', 'einen eingeklemmten nerv', 'ischiasnerv'],
    pregnancy: ['schwanger', 'schwangerschaft', 'in der schwangerschaft', 'gerade entbunden', 'ein baby bekommen', 'hochschwanger', 'in anderen umständen',
      ...['ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten'].flatMap((month) => [`im ${month} monat schwanger`,
        `schwanger im ${month} monat`, `schwanger und im ${month} monat`])],
    osteoporosis: ['osteoporose', 'knochenschwund', 'brüchige knochen', 'osteopenie'],
    hypermobility: ['hypermobilität', 'hypermobil', 'überbeweglich', 'überbewegliche gelenke', 'ehlers danlos'],
    surgery: ['operation', 'eine operation', 'op', 'eine op', 'frisch operiert', 'operiert worden', 'eine narbe'],
  }),
};

const WHEN = ['gestern', 'heute', 'letzte woche', 'heute morgen', 'letzte nacht', 'vorhin', 'neulich', 'vor ein paar tagen', 'am wochenende'];

const startVerbs = ['starte', 'start', 'beginne', 'beginn', 'mach', 'machen wir', 'lass uns', 'ich möchte', 'ich will', 'ich hätte gern',
  'spiel', 'los mit', 'zeig mir', 'ich brauche', 'gib mir', 'wir machen', 'jetzt'];
const startDets = ['', 'die', 'meine', 'eine', 'deine', 'unsere'];
// The routine's own words carry its nouns ("die morgen routine", "die übungen für den abend": de-everyday.ts), so a start needs none here.
const startTails = [''];
const startRoutine = cat(
  cross(startVerbs, startDets, ['{routine}'], startTails),
  // Never the slot alone with one word after it ("{routine} bitte"): any word at all would start a routine ("beenden bitte"); the
  // resolver's fillers take "bitte" off "abendroutine bitte" instead.
  cross(['die', 'meine', 'eine'], ['{routine}'], ['machen', 'starten', 'beginnen', 'bitte', 'jetzt']), cross(['{routine}'], ['machen', 'starten', 'beginnen']),
  cross(['die', 'meine'], ['{routine}'], ['zu starten', 'zu beginnen', 'zu machen']),
  cross(['starte', 'beginne', 'mach', 'ich möchte', 'ich will'], ['die routine', 'die dehnung', 'die übungen'], ['am', 'für den', 'für'], ['{routine}']),
  ['{routine}', 'routine {routine}', 'dehnen', 'lass uns dehnen', 'ich will dehnen', 'ich möchte dehnen', 'los gehts', 'starte eine routine',
    'starte das training', 'dehnübungen starten', 'wir fangen an', 'fang an', 'anfangen', 'eine routine starten', 'eine routine bitte'],
  // A start said as "let's begin", with no routine named: the coach asks which.
  cross(opt('so', 'okay', 'dann', 'also', 'gut'), ['fangen wir an', 'lass uns anfangen', 'legen wir los', 'lass uns loslegen', 'wir können loslegen', 'können wir loslegen',
    'können wir anfangen', 'wir können anfangen', 'ich möchte anfangen', 'ich will anfangen', 'ich bin bereit anzufangen']),
);

const painExclaims = ['au', 'aua', 'autsch', 'au au', 'aua aua', 'oh au', 'ah au', 'auweia', 'aaah', 'au weh', 'oh weh', 'auweh', 'ui', 'uiuiui', 'oje',
  'verdammt', 'scheiße', 'mist', 'oh mann', 'uff', 'au au au', 'aua aua aua', 'au au au au',
  // What a recogniser makes of "autsch" and "aua".
  'outsch', 'autschn', 'autschi', 'auah', 'auaa'];
/**
 * The cries that only ever mean it hurts ("autsch, die hüfte", "aua, da unten"): whatever follows them is read by the
 * classifier in PainIntent's feeling slot, so a sign said after one is still referred and anything else stops the stretch.
 * Not "oje", "uff", "mist": said with "das ist anstrengend" or "verpasst" they are no pain.
 */
const PAIN_CRIES = ['au', 'aua', 'autsch', 'au au', 'aua aua', 'au au au', 'aua aua aua', 'auweia', 'au weh', 'auweh', 'autschi', 'outsch', 'auah', 'oh au',
  'ah au', 'au mei', 'aua mei', 'autsch autsch', 'auuu', 'auaua'];
const painSamples = cat(
  cross(PAIN_CRIES, ['{feeling}']),
  ['{pain}', '{pain} jetzt', 'viel {pain}', 'echt {pain}', 'jetzt {pain}', 'viel zu viel', 'schmerzt', 'schmerz', 'weh', 'tut weh', 'tut so weh', 'das tut weh', 'es tut weh', 'das schmerzt', 'es schmerzt', 'ich habe schmerzen', 'ich hab schmerzen', 'schmerzen',
    'ich hab weh', 'stopp das tut weh', 'stop es tut weh', 'das fühlt sich nicht gut an', 'das fühlt sich falsch an',
    'das ist nicht gut', 'das mag mein körper nicht', 'das gefällt mir nicht', 'das geht nicht', 'ich habe mir wehgetan'],
  painExclaims,
  // How it feels, then that it hurts or a stop ("zu weit, das tut weh", "das sticht, stopp").
  cross(opt('das ist', 'es ist', 'das', 'es'), ['{pain}'], ['das tut weh', 'es tut weh', 'tut weh', 'das schmerzt', 'stopp', 'stop', 'hör auf', 'aua', 'au']),
  cross(painExclaims, ['das tut weh', 'es tut weh', 'des tut weh', 'des tut so weh', 'tut des weh', 'mein {bodyPart}', 'meine {bodyPart}', 'das {pain}',
    'des {pain}', 'stopp']),
  cross(['mein {bodyPart}', 'meine {bodyPart}', 'das {bodyPart}', 'der {bodyPart}', 'die {bodyPart}', 'es', 'das', 'das hier',
    'die übung', 'diese dehnung', 'diese übung', '{bodyPart}'], ['{pain}']),
  cross(['das ist', 'es ist', 'das wird', 'es wird', 'das fühlt sich', 'es ist ein bisschen', 'das ist echt'], ['{pain}']),
  cross(['das fühlt sich', 'es fühlt sich', 'fühlt sich'], ['{pain}'], ['an'], opt('im {bodyPart}', 'in der {bodyPart}', 'am {bodyPart}')),
  cross(['es', 'das', 'das hier'], ['{pain}'], ['im {bodyPart}', 'in der {bodyPart}', 'am {bodyPart}', 'an der {bodyPart}', 'in meinem {bodyPart}',
    'in meiner {bodyPart}']),
  cross(['mir', 'mir tut'], ['der {bodyPart}', 'die {bodyPart}', 'das {bodyPart}'], ['weh']),
  cross(['ich spüre', 'ich fühle', 'ich hatte', 'da war', 'ich habe', 'ich hab', 'ich hab gerade', 'ich habe gerade', 'plötzlich'],
    ['{sensation}'], ['', 'im {bodyPart}', 'in der {bodyPart}', 'am {bodyPart}', 'gespürt']),
  cross(['ich habe', 'ich hab', 'ich hab mir', 'ich habe mir', 'ich glaube ich habe mir', 'ich glaub ich hab mir', 'ich habe mir wohl'],
    ['{strain}'], ['', 'den {bodyPart}', 'die {bodyPart}', 'das {bodyPart}']),
  cross(['ich habe mir', 'ich hab mir'], ['den {bodyPart}', 'die {bodyPart}', 'das {bodyPart}'], ['{strain}']),
  // The pain named with where it is, and no verb ("schmerzen in der hüfte", "stechende schmerzen im knie").
  cross(['', 'starke', 'stechende', 'plötzliche', 'plötzlich', 'so'], ['{sensation}'], ['im {bodyPart}', 'in der {bodyPart}', 'am {bodyPart}', 'an der {bodyPart}',
    'in meinem {bodyPart}', 'in meiner {bodyPart}', 'im linken {bodyPart}', 'im rechten {bodyPart}', 'in der linken {bodyPart}', 'in der rechten {bodyPart}']),
  // What just happened, in the perfect: "da hat was geknackt", "mir ist was in den rücken geschossen", "es hat gerade gezogen".
  cross(['mir hat', 'da hat', 'es hat', 'mir ist', 'da ist', 'mir hats', 'da hats'], opt('gerade', 'plötzlich'), ['was', 'es'],
    opt('in den {bodyPart}', 'im {bodyPart}'), ['{strain}']),
  // What hurt, in the perfect ("die letzte hat richtig weh getan", "das hat gezwickt").
  cross(['das', 'es', 'die letzte', 'die letzte übung', 'die übung', 'die dehnung', 'mein {bodyPart}'], ['hat', 'hat mir'], opt('richtig'),
    ['weh getan', 'wehgetan', 'geschmerzt', 'gezwickt', 'gestochen']),
  // The body part as the one who objects ("mein knie mag das nicht", "die hüfte beschwert sich").
  cross(['mein {bodyPart}', 'meine {bodyPart}', 'der {bodyPart}', 'die {bodyPart}', 'das {bodyPart}'], ['mag das nicht', 'mag das gar nicht', 'findet das nicht gut',
    'beschwert sich', 'protestiert', 'meldet sich', 'macht das nicht mit', 'mag die übung nicht']),
);

const warningSamples = cat(
  ['{symptom}', 'ich habe {symptom}', 'ich hab {symptom}', 'ich spüre {symptom}', 'ich fühle {symptom}', 'ich bin {symptom}',
    'mir ist {symptom}', 'es {symptom}', 'es ist {symptom}', 'das ist {symptom}', 'der schmerz {symptom}', 'der schmerz ist {symptom}',
    'die schmerzen sind {symptom}', 'die schmerzen werden {symptom}', 'es wird {symptom}', 'ich habe {symptom} bekommen', 'ich merke {symptom}',
    'ich kann {symptom}', 'ich kann nicht {symptom}', 'ich hatte {symptom}', 'ich hatte einen {symptom}', 'ich hatte eine {symptom}',
    'ich habe {symptom} gehabt', 'es fühlt sich {symptom} an', 'das fühlt sich {symptom} an', 'der schmerz {symptom} ins {bodyPart}',
    'es {symptom} ins {bodyPart}', 'es {symptom} in den {bodyPart}', 'es {symptom} in die {bodyPart}', 'der schmerz {symptom} in den {bodyPart}'],
  cross(['{symptom}'], ['im {bodyPart}', 'in der {bodyPart}', 'in den {bodyPart}', 'am {bodyPart}', 'an der {bodyPart}', 'in beiden {bodyPart}']),
  // The when first, as German puts it (verb second): "nachts tut es am meisten weh", "im liegen ist es schlimmer".
  // Said without a verb, the sign with how and where ("totales Taubheitsgefühl am Po", "Fieber und Rückenschmerzen", "Fuß schleift beim Gehen").
  cross(['', 'totales', 'totale', 'starkes', 'starke', 'leichtes', 'leichte', 'ein', 'eine', 'so ein', 'so eine', 'ständiges', 'ständig',
    'komisches', 'komische', 'dauerndes', 'plötzlich', 'immer', 'nur noch'], ['{symptom}'], ['', 'im {bodyPart}', 'am {bodyPart}', 'in der {bodyPart}',
    'in den {bodyPart}', 'an der {bodyPart}', 'beim gehen', 'beim laufen', 'beim stehen', 'und rückenschmerzen', 'und schmerzen', 'mit schmerzen',
    'seit gestern', 'seit tagen', 'die ganze zeit', 'beim {bodyPart}', 'auf dem {bodyPart}', 'auf der {bodyPart}']),
  cross(['{bodyPart}', 'mein {bodyPart}', 'meine {bodyPart}', 'der {bodyPart}', 'die {bodyPart}', 'das {bodyPart}'], ['{symptom}'],
    ['', 'es', 'mir', 'es mir', 'es so', 'beim gehen', 'beim laufen', 'beim stehen', 'die ganze zeit', 'ständig', 'immer', 'einfach', 'seit gestern']),
  cross(['{symptom}'], ['tut', 'tut mir'], ['es', 'der {bodyPart}', 'die {bodyPart}', 'das {bodyPart}', 'mein {bodyPart}', 'meine {bodyPart}'],
    ['', 'am meisten', 'besonders', 'richtig', 'mehr', 'stärker', 'so'], ['weh']),
  // The when first, then what it stops: "nachts kann ich vor Schmerz nicht schlafen".
  // Where it goes: the sign, then the way down the leg ("wie ein stromschlag das bein runter bis in die zehen", "wie nadelstiche bis in den fuß").
  cross(['', 'wie', 'so ein', 'so eine', 'es', 'das', 'der schmerz'], ['{symptom}'], ['bis in die {bodyPart}', 'bis in den {bodyPart}', 'bis zum {bodyPart}',
    'bis zur {bodyPart}', 'bis runter in den {bodyPart}', 'bis runter in die {bodyPart}', 'das bein runter', 'das bein runter bis in die {bodyPart}',
    'das bein runter bis in den {bodyPart}', 'bis unters knie', 'ins {bodyPart}', 'in die {bodyPart}']),
  // Waking, with the separable verb split round what wakes ("nachts wach ich vor rückenschmerzen auf").
  cross(['{symptom}'], ['wach ich', 'wache ich', 'werd ich', 'werde ich'], opt('vor schmerzen', 'vor rückenschmerzen', 'vor schmerz', 'davon', 'deswegen',
    'wegen dem rücken', 'wegen der hüfte', 'vom rücken'), ['auf', 'wach']),
  cross(['ich wache', 'ich wach', 'ich werde', 'ich werd'], ['{symptom}'], opt('vor schmerzen', 'vor rückenschmerzen', 'davon', 'deswegen'), ['auf', 'wach']),
  cross(['{symptom}'], ['kann ich nicht schlafen', 'kann ich vor schmerz nicht schlafen', 'kann ich vor schmerzen nicht schlafen', 'kann ich kaum schlafen',
    'wache ich auf', 'wach ich auf', 'werd ich wach', 'ist es am schlimmsten', 'sind die schmerzen am schlimmsten', 'sind die schmerzen schlimmer',
    'kann ich nicht liegen', 'kann ich nicht mehr schlafen']),
  cross(['{symptom}'], ['schmerzen', 'diese schmerzen', 'starke schmerzen', 'rückenschmerzen', 'hüftschmerzen', 'weh']),
  // What the pain keeps from, said the southern way too ("nachts kann i vor lauter schmerzen ned schlafen").
  cross(['{symptom}'], ['kann ich', 'kann i'], opt('vor lauter schmerzen', 'vor schmerzen'), ['nicht', 'ned'], ['schlafen', 'durchschlafen']),
  cross(['{symptom}'], ['tut es weh', 'tut es am meisten weh', 'tut es richtig weh', 'tut es mehr weh', 'tut mir der {bodyPart} weh',
    'tut der {bodyPart} weh', 'tut die {bodyPart} weh', 'tut mir die {bodyPart} weh', 'ist es schlimmer', 'ist es am schlimmsten',
    'wird es schlimmer', 'schmerzt es', 'schmerzt der {bodyPart}', 'schmerzt die {bodyPart}', 'habe ich schmerzen', 'hab ich schmerzen',
    'wache ich auf', 'werde ich wach', 'ist der schmerz am schlimmsten']),
  cross(['ich habe', 'ich hab', 'ich spüre', 'da ist', 'ich merke', 'ich fühle'], ['{symptom}'], ['im {bodyPart}', 'in der {bodyPart}',
    'in den {bodyPart}', 'in beiden {bodyPart}', 'am {bodyPart}', 'an der {bodyPart}', 'in meinem {bodyPart}', 'in meiner {bodyPart}']),
  cross(['mein {bodyPart}', 'meine {bodyPart}', 'das {bodyPart}', 'die {bodyPart}', 'der {bodyPart}', '{bodyPart}'],
    ['ist {symptom}', 'sind {symptom}', '{symptom}', 'fühlt sich {symptom} an', 'fühlen sich {symptom} an', 'wird {symptom}', 'werden {symptom}',
      'ist ganz {symptom}', 'ist plötzlich {symptom}', 'ist total {symptom}', 'ist alles {symptom}', 'ist alles ganz {symptom}', 'fühlt sich alles {symptom} an',
      'ist irgendwie {symptom}', 'ist so {symptom}', 'sind ganz {symptom}', 'sind so {symptom}', 'sind plötzlich {symptom}', 'sind auf einmal {symptom}', 'ist auf einmal {symptom}']),
  cross(['ich kann', 'ich kann kaum'], ['mein {bodyPart}', 'meinen {bodyPart}', 'meine {bodyPart}', 'das {bodyPart}', 'den {bodyPart}', 'die {bodyPart}'],
    ['{symptom}']),
  cross(['ich bin', 'ich bin gerade', 'ich bin neulich'], WHEN, ['{symptom}']),
  cross(['ich habe seit', 'ich hab seit'], ['gestern', 'heute', 'ein paar tagen', 'einer woche'], ['{symptom}']),
  cross(['der schmerz', 'es', 'das'], ['weckt mich {symptom}', 'ist {symptom} schlimmer', 'kommt {symptom}']),
  // The when (or another sign) first, then any verb of feeling, verb second ("nachts kribbelt es im bein", "nachts zieht mir der rücken so"):
  // the catch-all cannot take these, as its carrier would drop the "nachts" the classifier needs.
  cross(['{symptom}'], ['kribbelt', 'zieht', 'brennt', 'sticht', 'pocht', 'schmerzt', 'zwickt', 'drückt', 'spür ich', 'merk ich'],
    ['es', 'mir', 'mir der {bodyPart}', 'der {bodyPart}', 'die {bodyPart}', 'mein {bodyPart}'], opt('im {bodyPart}', 'in der {bodyPart}', 'am {bodyPart}', 'so', 'weh', 'ein', 'taub')),
  cross(['{symptom}'], ['ist es', 'ist der schmerz', 'sind die schmerzen', 'wird es', 'is es', 'wirds'], opt('immer', 'besonders', 'richtig', 'so', 'viel', 'noch'),
    ['schlimm', 'schlimmer', 'am schlimmsten', 'arg', 'ärger', 'unerträglich', 'stärker', 'heftig', 'heftiger', 'am ärgsten']),
  // The when first, then what wakes ("nachts weckt mich der rückenschmerz jedes mal").
  cross(['{symptom}'], ['weckt mich', 'weckt mich immer', 'weckt mi'], ['', 'der schmerz', 'der {bodyPart}', 'die {bodyPart}', 'der {bodyPart} schmerz', 'der {bodyPart}schmerz',
    'das', 'es', 'mein {bodyPart}', 'meine {bodyPart}'], opt('jedes mal', 'immer', 'auf', 'ständig', 'jede nacht', 'regelmäßig')),
  // "Fühlt sich an wie …" with the separable "an" before the likeness ("die beine fühlen sich an wie gummi"), and the likeness
  // alone ("wie nadelstiche im fuß").
  cross(['{bodyPart}', 'mein {bodyPart}', 'meine {bodyPart}', 'der {bodyPart}', 'die {bodyPart}', 'das {bodyPart}', 'es', 'das'],
    ['fühlt sich an', 'fühlen sich an', 'fühlt sich an als ob', 'fühlen sich an als ob'], ['{symptom}']),
  cross(['wie', 'so wie', 'fast wie'], ['{symptom}'], ['', 'im {bodyPart}', 'in der {bodyPart}', 'am {bodyPart}', 'in den {bodyPart}', 'in beiden {bodyPart}']),
  // The sign, then the place with no preposition ("wie eingeschlafen da wo man sitzt", "taub zwischen den beinen").
  cross(['', 'wie', 'so wie', 'fast wie', 'ganz', 'total', 'irgendwie', 'alles'], ['{symptom}'], ['da {bodyPart}', 'genau {bodyPart}', 'dort {bodyPart}', '{bodyPart}']),
  // The sign with where it is and since when, no verb ("höllische schmerzen im unteren rücken seit gestern").
  cross(['{symptom}'], ['im {bodyPart}', 'in der {bodyPart}', 'am {bodyPart}', 'an der {bodyPart}'], ['seit gestern', 'seit heute', 'seit heute früh',
    'seit tagen', 'seit ein paar tagen', 'seit einer woche', 'seit wochen', 'die ganze zeit', 'ständig']),
);

const conditionSamples = cat(cross(
  ['ich habe', 'ich hab', 'ich habe eine', 'ich habe einen', 'ich habe ein', 'ich hatte', 'ich hatte eine', 'ich hatte einen', 'ich bin',
    'ich leide an', 'ich leide unter', 'bei mir wurde', 'ich hatte kürzlich eine', 'ich hatte vor kurzem eine', 'ich hatte gerade eine',
    'wegen meiner', 'wegen meines', 'ich erhole mich von einer', 'ich habe seit jahren', 'mein arzt sagt ich habe', 'ich bin wegen'],
  ['{condition}'],
  ['', 'festgestellt', 'also sei vorsichtig', 'also bitte sanft', 'letztes jahr', 'letzten monat', 'vor ein paar wochen', 'gehabt', 'seit ein paar wochen',
    'seit ein paar monaten', 'seit jahren', 'seit zwei monaten', 'seit drei monaten', 'seit einem jahr'],
),
// Said in passing, with the particles and the since-when in the middle ("ich hab übrigens seit letztem jahr eine neue hüfte",
// "ich hatte mal einen bandscheibenvorfall"); what is said after it ("nur damit sie's wissen", "ist das ein problem") is a trailing filler.
cross(['ich habe', 'ich hab', 'ich hatte', 'ich bin'], ['übrigens', 'mal', 'schon', 'auch', 'übrigens auch', 'schon mal', 'übrigens mal', 'vor kurzem', 'letztes jahr',
  'seit letztem jahr', 'übrigens seit letztem jahr', 'seit kurzem', 'seit jahren', 'übrigens seit jahren'], opt('eine', 'einen', 'ein'), ['{condition}']),
);

const feeling = ['es fühlt sich {feeling}', 'das fühlt sich {feeling}', 'mein {feeling}',
  'meine {feeling}', 'da ist {feeling}', 'das ist {feeling}', 'es ist {feeling}', 'ich habe {feeling}', 'ich hab {feeling}', 'ich bin {feeling}',
  'irgendwie {feeling}', 'plötzlich {feeling}', 'warte {feeling}', 'moment {feeling}', 'oh {feeling}', 'hilfe {feeling}', 'ist es normal dass {feeling}',
  'ist das normal {feeling}', 'sollte ich mir sorgen machen {feeling}', 'es {feeling}', 'das {feeling}', 'mir {feeling}', 'ich {feeling}',
  // Openers that carry no meaning of their own, so what follows reaches the classifier whole ("im intimbereich spür ich nichts");
  // never a negation ("kein"), which the slot would lose.
  ...cross(['auf einmal', 'im', 'in', 'am', 'an', 'wenn', 'da', 'seit', 'beim', 'bei', 'jetzt', 'der', 'die', 'den', 'ein', 'eine', 'einen', 'so',
    'ganz', 'also', 'ach', 'oje', 'um', 'und', 'aber', 'hm', 'mann', 'boah', 'gestern', 'vorhin', 'heute', 'mich', 'man', 'meinen', 'meinem',
    'meiner', 'unten', 'hinten', 'irgendwas', 'etwas', 'sorry', 'du', 'beide', 'beiden', 'meine beiden', 'alle',
    // Where, when and how a German sentence about the body starts (verb second: "nachts tut es weh", "zwischen den beinen ist alles taub"),
    // and the cries and stops said before it ("hör auf, das tut weh", "uff, das ist unangenehm").
    'mit', 'zwischen', 'vom', 'von', 'nach', 'vor', 'seitdem', 'seit dem', 'immer', 'immer wieder', 'ständig',
    'dauernd', 'schon wieder', 'wieder', 'total', 'echt', 'gerade', 'grad', 'eben', 'letzte woche', 'schmerzen', 'der schmerz',
    'die schmerzen', 'hör auf', 'hör bitte auf', 'halt', 'halt stopp', 'stopp', 'stop', 'uff', 'puh', 'ah', 'ach du', 'au mann', 'oh mann',
    'oh gott', 'oh nein', 'mist', 'verdammt', 'scheiße', 'hey', 'hilfe', 'links', 'rechts', 'linkes', 'rechtes', 'das linke', 'das rechte',
    'die linke', 'die rechte', 'sowohl', 'sowohl das', 'sowohl mein', 'mein linkes', 'mein rechtes', 'meine linke', 'meine rechte', 'mein linker', 'mein rechter', 'irgendwie ist',
    'ich glaub', 'ich glaube', 'wenn ich', 'beim gehen', 'beim laufen', 'beim sitzen',
    'entschuldigung', 'tut mir leid aber', 'keine ahnung', 'kann es sein dass', 'ist es schlimm wenn', 'nein', 'nee', 'nein nein', 'geht nicht',
    'ui', 'oje', 'oh weh', 'des', 'bin', 'bin ich', 'hab', 'hab ich', 'habe', 'auf', 'aufm', 'unmöglich', 'kaum möglich', 'keine chance', 'stechen', 'ein stechen', 'brennen', 'ziehen',
    // Dialect and cries from Bavaria, Austria and Switzerland ("mei wadl tut weh", "s bei isch taub", "oida, das tut weh", "jessas, das zwickt"),
    // "viel zu doll", "wie tausend nadelstiche": none carries a sign or a negation of its own.
    'mei', 'mi', 's', 'des is', 'des isch', 'de', 'd', 'mir san', 'mia san',
    // A sign asked about rather than told ("warum kribbelt mein fuß", "wie wenn ich in brennnesseln getreten wäre").
    'warum', 'wieso', 'weshalb', 'woher kommt es dass', 'ist es schlimm dass', 'was heißt es wenn', 'als ob', 'als wenn', 'wie wenn', 'jessas', 'jesses', 'oida', 'sakra', 'sakradi', 'herrgott', 'himmel', 'mensch', 'meine güte', 'ojemine', 'ui ui',
    'ziemlich', 'sehr', 'richtig', 'voll', 'leicht', 'leichtes', 'leichte', 'ein leichtes', 'ein leichter', 'etwas', 'bisschen', 'ein bisschen', 'a bissl', 'a bisserl',
    'schon', 'schon ein bisschen', 'schon a bissl', 'weil', 'denn', 'weil halt', 'nö', 'heast', 'jo mei', 'angenehmes', 'angenehm', 'passt', 'passt aber',
    'tagsüber', 'neuerdings', 'in letzter zeit', 'seit kurzem', 'seit längerem', 'manchmal', 'oft', 'öfter',
    // Never "innen": numbness inside the thighs is the saddle kind, and never "nachts": night pain is a sign; the classifier must see both.
    'außen', 'vorne', 'vorn', 'oben', 'seitlich', 'außen am', 'hinten am', 'vorne am', 'außen an der',
    'hoppla', 'gopf', 'huch', 'ah', 'argh', 'uh', 'hui', 'uiuiui', 'mannomann', 'ach gott', 'oh mein gott', 'ohje', 'nein nein nein', 'ach herrje', 'herrje', 'viel', 'wie tausend', 'wie ein', 'wie eine', 'wie so'], ['{feeling}']),
  // A stop, a skip or a hurry said first, then what the body does ("können wir aufhören, mein bein ist taub", "weiter, mein fuß kribbelt"):
  // the classifier reads what follows, so a sign said after a request to stop is still a sign.
  ...cross(['können wir', 'lass uns', 'ich will', 'ich möchte', 'ich muss', 'wir müssen', ''], ['aufhören', 'abbrechen', 'stoppen', 'die übung abbrechen',
    'die überspringen', 'die übung überspringen'], ['{feeling}']),
  ...cross(['weiter', 'mach schnell', 'schnell', 'gib mir was gegen', 'starte keine übung', 'keine übung heute', 'überspring die', 'die nächste bitte',
    'mach die übung leichter', 'mach es leichter'], ['{feeling}'])];

const holdSamples = cat(
  // The question crossed with its verbs and objects is in de-everyday.ts (holdDuration), each object with the verb it takes.
  cross(['wie lange noch'], ['halte ich', 'soll ich', 'muss ich', 'bleibe ich', 'halten wir', 'bleiben wir'], ['', 'das', 'die position', 'die dehnung', 'hier']),
  cross(['wann', 'wann darf', 'wann kann'], ['ich loslassen', 'ich lösen', 'ich aufhören', 'ist es vorbei', 'ist die zeit um', 'kann ich raus', 'darf ich raus']),
  ['wie lange noch', 'wie viel zeit noch', 'wie lange dauert die übung', 'wie lange dauert das', 'wie lange dauert die dehnung', 'sekunden noch',
    'wie viele sekunden noch', 'noch lange', 'dauert das noch lange', 'ist die zeit bald um', 'wie lange ist die haltezeit', 'wie lange pro seite'],
);

const samples: LocaleWords['samples'] = {
  StartRoutineIntent: startRoutine,
  PainIntent: painSamples,
  WarningSignIntent: warningSamples,
  ConditionIntent: conditionSamples,
  DescribeFeelingIntent: feeling,
  HoldDurationIntent: holdSamples,
  SkipIntent: cat(cross(['', 'bitte'], ['überspringen', 'überspring', 'überspring die', 'überspring diese', 'diese überspringen', 'die überspringen',
    'auslassen', 'lass die aus', 'lass die weg', 'weglassen', 'die will ich nicht', 'nicht diese', 'die mag ich nicht', 'überspring diese übung',
    'diese übung auslassen', 'die übung weglassen', 'die nächste übung bitte diese nicht'], ['', 'bitte']),
  ['kann ich die auslassen', 'können wir die überspringen', 'kann ich die überspringen', 'lass uns die überspringen', 'die lieber nicht']),
  WhichSideIntent: ['welche seite', 'auf welcher seite bin ich', 'welche seite ist das', 'welche seite ist dran', 'ist das rechts oder links',
    'links oder rechts', 'rechts oder links', 'welches bein', 'welches bein ist dran', 'bin ich rechts oder links', 'welche seite jetzt',
    'welche seite kommt jetzt', 'welche seite mache ich gerade', 'auf welcher seite sind wir', 'welche seite war das', 'welches bein jetzt',
    'ist jetzt links dran', 'ist jetzt rechts dran', 'mit welchem bein'],
  WhatDoesThisStretchIntent: cat(cross(['was bringt', 'wofür ist', 'wozu ist', 'was macht', 'was dehnt', 'was dehne ich mit', 'warum machen wir'],
    ['das', 'diese übung', 'die übung', 'diese dehnung', 'die dehnung', 'das hier'], ['', 'gut', 'eigentlich']),
  ['welcher muskel wird gedehnt', 'welche muskeln werden gedehnt', 'was ist der sinn', 'was ist der sinn davon', 'was dehne ich hier',
    'wozu das', 'wofür das', 'was soll das bringen', 'was trainiert das']),
  TellMeMoreIntent: cat(cross(['wie geht', 'wie mache ich', 'erklär mir', 'erkläre', 'beschreib', 'wie funktioniert'], ['das', 'die übung', 'diese übung',
    'die dehnung', 'diese dehnung'], ['', 'genauer', 'noch mal', 'bitte']),
  ['wie genau', 'mehr details', 'genauere anleitung', 'ich verstehe die übung nicht', 'wo kommen meine füße hin', 'wo kommt mein {bodyPart} hin',
    'wo kommt meine {bodyPart} hin', 'was mache ich mit meinem {bodyPart}', 'was mache ich mit meiner {bodyPart}', 'wie soll ich liegen',
    'wie soll ich sitzen', 'wie soll ich stehen', 'ich weiß nicht wie das geht', 'wie komme ich in die position']),
  HowManyLeftIntent: ['wie viele noch', 'wie viele übungen noch', 'wie viele kommen noch', 'wie viele sind es noch', 'wie lange dauert es noch insgesamt',
    'wann sind wir fertig', 'ist das die letzte', 'ist das die letzte übung', 'wie viel fehlt noch', 'wie viele übungen sind übrig',
    'wie viele übungen fehlen noch', 'wie viele dehnungen noch', 'kommt noch viel', 'was kommt noch', 'wie lange geht die routine noch'],
  EasierIntent: cat(cross(['', 'bitte', 'kannst du'], ['leichter', 'mach es leichter', 'mach es einfacher', 'einfacher', 'sanfter', 'mach es sanfter',
    'eine leichtere variante', 'eine leichtere übung', 'eine einfachere version', 'kürzer halten', 'kürzere haltezeit', 'kürzere haltezeiten',
    'nicht so intensiv', 'weniger intensiv', 'etwas leichteres'], ['', 'bitte', 'machen']),
  cross(['das ist', 'die ist', 'es ist', 'die übung ist'], ['zu schwer', 'zu anstrengend', 'zu schwierig', 'zu hart', 'zu schwer für mich']),
  ['ich schaffe das nicht', 'ich komme nicht so weit', 'ich bin nicht so beweglich', 'gibt es eine leichtere variante', 'ich bin zu steif dafür']),
  HarderIntent: cat(cross(['', 'bitte', 'kannst du'], ['schwerer', 'mach es schwerer', 'härter', 'mach es härter', 'anspruchsvoller', 'intensiver',
    'mach es intensiver', 'länger halten', 'längere haltezeit', 'längere haltezeiten', 'mehr herausforderung', 'eine stufe höher',
    'gib mir mehr', 'eine schwerere variante', 'etwas schwereres'], ['', 'bitte', 'machen']),
  cross(['das ist', 'die ist', 'es ist', 'die übung ist'], ['zu leicht', 'zu einfach', 'zu locker', 'zu leicht für mich', 'nicht anstrengend genug']),
  // "mach es ein bisschen schwerer", "mach die übung etwas intensiver"
  cross(['mach es', 'mach das', 'mach die übung', 'mach sie', 'machs', 'kannst du es'], ['ein bisschen', 'etwas', 'ein wenig', 'noch', 'ein bissl', 'ein bisserl', 'ein bissel'],
    ['schwerer', 'härter', 'intensiver', 'anspruchsvoller'], ['', 'machen'])),
  ProgressIntent: cat(cross(['wie läuft es', 'wie läufts', 'wie läuft es bei mir', 'wie komme ich voran', 'wie mache ich mich', 'wie schlage ich mich',
    'wie stehe ich da', 'wie sieht mein fortschritt aus', 'wie ist mein fortschritt', 'wie weit bin ich'], ['', 'bisher', 'so', 'diese woche', 'insgesamt']),
  cross(['zeig mir', 'sag mir', 'nenn mir', 'was ist', 'wie ist'], ['meinen fortschritt', 'mein fortschritt', 'meine serie', 'meine statistik',
    'meine bilanz', 'wie viele einheiten ich gemacht habe', 'wie ich vorankomme', 'wie es bei mir läuft']),
  ['wie es bei mir läuft', 'wie ich vorankomme', 'wie viele einheiten habe ich gemacht', 'wie viele tage am stück', 'wie viele tage in folge',
    'mein fortschritt', 'fortschritt', 'meine serie', 'statistik', 'wie oft habe ich gedehnt', 'wie viele routinen habe ich geschafft'],
  // "wie viele einheiten hab ich schon", "wie viele routinen habe ich diese woche gemacht"
  cross(['wie viele', 'wie viel'], ['einheiten', 'routinen', 'trainings', 'sessions', 'dehneinheiten'], ['hab ich', 'habe ich', 'haben wir'],
    ['', 'schon', 'bisher', 'diese woche', 'schon gemacht', 'gemacht', 'geschafft', 'schon geschafft', 'diese woche gemacht'])),
  DeleteDataIntent: ['lösche meine daten', 'lösch meine daten', 'daten löschen', 'meine daten löschen', 'lösch alles', 'lösche alles', 'vergiss mich',
    'lösche meinen fortschritt', 'fortschritt löschen', 'alles zurücksetzen', 'setz meinen fortschritt zurück', 'lösche alles über mich',
    'meine daten entfernen', 'entferne meine daten', 'alles löschen was du über mich weißt'],
  'AMAZON.HelpIntent': ['hilfe', 'hilf mir', 'was kann ich sagen', 'was kann ich tun', 'wie funktioniert das', 'ich brauche hilfe', 'was geht hier',
    'was sind die optionen', 'erklär mir das', 'was kannst du', 'was kann ich machen', 'welche befehle gibt es', 'wie benutze ich das'],
  'AMAZON.StopIntent': ['stopp', 'stop', 'aufhören', 'hör auf', 'beenden', 'beende', 'schluss', 'genug', 'das reicht', 'ich bin fertig',
    'ich höre auf', 'ich will aufhören', 'lass uns aufhören', 'ende', 'tschüss', 'schluss für heute', 'genug für heute', 'aus', 'stopp bitte',
    'mach schluss', 'beende die routine', 'routine beenden'],
  'AMAZON.CancelIntent': ['abbrechen', 'abbruch', 'vergiss es', 'egal', 'lass es', 'brich ab'],
  'AMAZON.NextIntent': cat(cross(['', 'okay', 'so'], ['weiter', 'nächste', 'nächste übung', 'die nächste', 'weitermachen', 'mach weiter',
    'bereit', 'ich bin bereit', 'ich bin so weit', 'los', 'los gehts', 'geht weiter', 'nächster schritt', 'wir können weiter', 'fertig',
    'ich bin fertig mit der übung', 'weiter gehts', 'und weiter'], ['', 'bitte'])),
  'AMAZON.PreviousIntent': ['zurück', 'vorherige', 'die vorherige', 'die vorherige übung', 'die letzte übung nochmal', 'eine zurück', 'geh zurück',
    'vorige übung', 'die davor', 'noch mal die davor', 'zurück zur letzten übung', 'eine übung zurück'],
  'AMAZON.RepeatIntent': ['wiederholen', 'wiederhole', 'nochmal', 'noch einmal', 'wie bitte', 'was hast du gesagt', 'sag das noch mal', 'noch mal bitte',
    'kannst du das wiederholen', 'die übung nochmal', 'diese noch einmal', 'bitte wiederholen', 'das nochmal', 'noch mal das gleiche'],
  'AMAZON.StartOverIntent': ['von vorn', 'von vorne', 'neu starten', 'noch mal von vorne', 'fang von vorne an', 'alles von vorne', 'neustart',
    'von anfang an', 'fang neu an', 'die routine neu starten', 'noch mal ganz von vorne', 'alles noch mal', 'beginne von vorne',
    // "fang nochmal von vorn an", "alles nochmal von anfang an", "beginnen wir wieder ganz von vorne"
    ...cross(['fang', 'fange', 'fangen wir', 'fang bitte', 'beginn', 'beginne', 'beginnen wir', 'starte', 'starten wir', 'mach', 'machen wir', 'alles', 'das ganze', 'die routine', ''],
      ['nochmal', 'noch mal', 'wieder', 'ganz', 'nochmal ganz'], ['von vorn', 'von vorne', 'von anfang an'], ['an', '']),
    // The bare infinitive a request leaves ("können wir nochmal ganz von vorn anfangen").
    ...cross(opt('nochmal', 'noch mal', 'ganz', 'nochmal ganz', 'noch mal ganz', 'wieder', 'alles'), ['von vorn', 'von vorne', 'von anfang an'], ['anfangen', 'beginnen', 'starten'])],
  'AMAZON.PauseIntent': ['pause', 'pausieren', 'pausiere', 'mach pause', 'mach mal pause', 'warte', 'moment', 'einen moment', 'kurz warten',
    'warte mal', 'gib mir eine minute', 'kurze pause', 'halt mal kurz an', 'unterbrechen', 'routine pausieren'],
  'AMAZON.ResumeIntent': ['fortsetzen', 'setz fort', 'weitermachen wo ich aufgehört habe', 'mach weiter wo wir waren', 'ich bin wieder da',
    'zurück zur übung', 'routine fortsetzen', 'pause beenden', 'weiter wo wir aufgehört haben', 'da weitermachen wo ich war'],
  'AMAZON.YesIntent': ['ja', 'jawohl', 'ja bitte', 'gerne', 'gern', 'klar', 'okay', 'ok', 'sicher', 'genau', 'na klar', 'ja gerne', 'mach das',
    'auf jeden fall', 'jep', 'jo', 'ja klar', 'passt', 'gut', 'in ordnung', 'einverstanden'],
  'AMAZON.NoIntent': ['nein', 'nee', 'nö', 'nein danke', 'lieber nicht', 'jetzt nicht', 'auf keinen fall', 'nicht jetzt', 'ne', 'eher nicht',
    'nein lieber nicht', 'nicht nötig'],
};

export function germanWords(): LocaleWords {
  const added = newIntentWords('de');
  const own = withEveryday('de', { samples, types });
  const crossed: Record<string, readonly string[]> = { ...own.samples };
  for (const [intent, more] of Object.entries(germanEveryday)) crossed[intent] = [...(crossed[intent] ?? []), ...more];
  const routines: Record<string, readonly string[]> = { ...own.types.RoutineType };
  for (const [id, more] of Object.entries(germanRoutineWords)) routines[id] = [...(routines[id] ?? []), ...more];
  return { invocationName: 'hüft coach', samples: { ...crossed, ...added.samples }, types: { ...own.types, RoutineType: routines, ...added.types }, fillers: GRAMMARS.de };
}
