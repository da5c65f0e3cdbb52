/**
 * A second blind German corpus: how people in Germany, Austria and Switzerland actually talk to a
 * speaker while lying or kneeling on the floor mid-stretch — du and Sie, "äh", "also", "halt",
 * "gell", "passt", "heast", Swabian "bitzelt", Swiss "parat", "für die früh", run-ons and a
 * few words the recogniser mishears ("deutung" for "dehnung", "morgen routine" split in two).
 *
 * Written by hand on 2026-12-03 by a helper session (branch corpus-langs), blind to the interaction
 * models (skill-package/**), tools/model, tools/nlu, tools/understanding, the feeling vocabulary,
 * lambda/src/speech and every other corpus file; only phrasing.ts (the format), intents.ts and the
 * routine ids were read. Labels say what the person means, not what the skill happens to parse.
 *
 * Deduplicated mechanically against de/held-out.ts with /work/brief/tools/dedupe.ts, without
 * reading it (a verbatim .mts copy of it, since tsx will not top-level await in CommonJS):
 * 20 of 220 lines dropped for equalling a held-out text, leaving 200 (141 everyday, 59 safety).
 */
import type { IntentName } from '../../../../src/intents';
import type { RoutineId } from '../../../../src/scripts/routines';
import type { Context, Expectation, Phrasing, SignCategory, Urgency } from '../phrasing';

const at =
  (context: Context) =>
  (text: string, expect: Expectation): Phrasing => ({ text, expect, context });
const hold = at('hold');
const between = at('between');
const paused = at('paused');
const question = at('question');
const outside = at('outside');

const intent = (name: IntentName): Expectation => ({ intent: name });
const start = (routine: RoutineId): Expectation => ({ intent: 'StartRoutineIntent', routine });
const urgencyOf: Readonly<Record<SignCategory, Urgency>> = {
  numbness: 'referral',
  tingling: 'referral',
  weakness: 'referral',
  bothLegs: 'emergency',
  bladderBowel: 'emergency',
  saddle: 'emergency',
  radiating: 'referral',
  severe: 'referral',
  fall: 'referral',
  fever: 'referral',
  night: 'referral',
};
const sign = (category: SignCategory): Expectation => ({ sign: category, urgency: urgencyOf[category] });
const pain: Expectation = { feeling: 'pain' };
const cramp: Expectation = { feeling: 'cramp' };

const holdDuration = intent('HoldDurationIntent');
const whichSide = intent('WhichSideIntent');
const whatStretch = intent('WhatDoesThisStretchIntent');
const howManyLeft = intent('HowManyLeftIntent');
const easier = intent('EasierIntent');
const skip = intent('SkipIntent');
const next = intent('AMAZON.NextIntent');
const previous = intent('AMAZON.PreviousIntent');
const repeat = intent('AMAZON.RepeatIntent');
const pause = intent('AMAZON.PauseIntent');
const resume = intent('AMAZON.ResumeIntent');
const stop = intent('AMAZON.StopIntent');
const help = intent('AMAZON.HelpIntent');
const yes = intent('AMAZON.YesIntent');
const no = intent('AMAZON.NoIntent');
const progress = intent('ProgressIntent');

export const fresh2Phrasings: readonly Phrasing[] = [
  // How long to hold
  hold('wie lange soll ich das halten', holdDuration),
  hold('äh wie viele sekunden muss ich da drin bleiben', holdDuration),
  hold('wie lang muss ich das halt halten', holdDuration),
  hold('wie lang muss ich in der position bleiben', holdDuration),
  hold('halt ich das jetzt dreißig oder sechzig sekunden', holdDuration),
  hold('wie lange halten wir das denn', holdDuration),
  hold('sagen sie mir wie lange ich das halten muss', holdDuration),
  between('wie lange halt ich die nächste dann', holdDuration),
  paused('wie lang war das halten nochmal', holdDuration),
  outside('wie lange sollte man so eine dehnung halten', holdDuration),

  // Which side or leg
  hold('welche seite', whichSide),
  hold('äh welches bein ist das jetzt', whichSide),
  hold('links oder rechts', whichSide),
  hold('jetzt ist links dran gell', whichSide),
  hold('auf welcher seite bin ich grad', whichSide),
  hold('muss ich jetzt das andere bein nehmen', whichSide),
  hold('war das jetzt das linke oder das rechte bein', whichSide),
  between('mit welchem bein fang ich an', whichSide),
  paused('welche seite war ich nochmal', whichSide),
  question('moment welches bein meinst du', whichSide),

  // What this stretch is and does
  hold('was ist das für eine dehnung', whatStretch),
  hold('was dehn ich da eigentlich', whatStretch),
  hold('wofür ist die übung gut', whatStretch),
  hold('also was bringt mir das jetzt', whatStretch),
  hold('wie heißt die übung', whatStretch),
  hold('was ist das für eine deutung', whatStretch),
  hold('welcher muskel wird da gedehnt', whatStretch),
  paused('was war das nochmal für eine übung', whatStretch),
  between('was genau macht die dehnung eigentlich', whatStretch),

  // How many left, how much longer
  hold('wie viele kommen noch', howManyLeft),
  hold('wie viele übungen sind es noch', howManyLeft),
  hold('wie lange dauert die ganze routine noch', howManyLeft),
  between('sind wir bald fertig', howManyLeft),
  between('wie viel fehlt noch', howManyLeft),
  between('ist das die letzte übung', howManyLeft),
  between('wie lang geht das ganze noch', howManyLeft),
  paused('wie viele dehnungen hab ich noch vor mir', howManyLeft),
  hold('heast wie viele kommen denn da noch', howManyLeft),

  // Make it easier
  hold('mach es leichter', easier),
  hold('geht das auch einfacher', easier),
  hold('gibt es eine leichtere variante', easier),
  hold('das ist mir zu schwer gibt es was einfacheres', easier),
  hold('kann ich das irgendwie sanfter machen', easier),
  hold('ich komm nicht so weit runter geht das auch leichter', easier),
  between('gibt es die nächste auch in leicht', easier),
  paused('haben sie eine einfachere version davon', easier),

  // Skip this stretch
  hold('überspringen', skip),
  hold('die überspringen wir', skip),
  hold('lass die weg', skip),
  hold('die mach ich heut nicht die bitte auslassen', skip),
  hold('kannst du die übung überspringen', skip),
  between('die nächste will ich auslassen', skip),
  paused('die hier möcht ich überspringen', skip),
  hold('skip die übung', skip),

  // Next
  hold('weiter jetzt', next),
  hold('fertig nächste bitte', next),
  between("weiter geht's", next),
  between("auf geht's", next),
  between('okay und jetzt', next),
  between('was kommt als nächstes', next),
  between('passt weiter', next),
  between('bin parat', next),
  between('so ich bin bereit mach weiter', next),
  between('nächste deutung bitte', next),

  // Previous
  hold('die vorherige bitte', previous),
  between('geh eins zurück', previous),
  between('die übung davor bitte', previous),
  between('kannst du zurück zur letzten dehnung', previous),
  paused('zur vorigen übung zurück', previous),

  // Repeat
  hold('wie bitte', repeat),
  hold('kannst du das wiederholen', repeat),
  hold('hab ich nicht verstanden sag das nochmal', repeat),
  between('äh was', repeat),
  question('wie war die frage', repeat),
  paused('können sie das bitte wiederholen', repeat),

  // Pause
  hold('warte mal', pause),
  hold('moment', pause),
  hold('gib mir eine sekunde', pause),
  hold('halt mal kurz an es klingelt', pause),
  between('mach mal pause', pause),
  between('einen augenblick bitte', pause),
  between('wart amal kurz', pause),
  question('warte kurz ich muss ans telefon', pause),

  // Resume
  paused('weitermachen', resume),
  paused('mach da weiter wo wir waren', resume),
  paused("so jetzt geht's weiter", resume),
  paused('bin zurück wir können weitermachen', resume),
  paused('also weiter im text', resume),

  // Stop
  hold('aufhören', stop),
  hold('schluss für heute', stop),
  between('ich hör jetzt auf', stop),
  between('das reicht für heute', stop),
  paused('ich bin fertig für heute', stop),
  paused('lass gut sein wir hören auf', stop),
  question('nee ich will aufhören', stop),

  // Help
  hold('hilfe', help),
  hold('was kann ich sagen', help),
  between('wie funktioniert das hier', help),
  between('was kann ich alles machen', help),
  paused('ich kenn mich nicht aus', help),
  outside('welche befehle gibt es', help),

  // Yes
  question('ja', yes),
  question('ja klar', yes),
  question('genau', yes),
  question('passt', yes),
  question('ja gerne', yes),
  question('jep mach mal', yes),
  question('na sicher', yes),

  // No
  question('nein', no),
  question('nee', no),
  question('eher nicht heute', no),
  question('auf keinen fall', no),
  hold('nee nee', no),
  hold('ne lass mal', no),

  // Progress
  outside('wie mach ich mich', progress),
  outside('wie viele einheiten hab ich diese woche geschafft', progress),
  outside('wie oft hab ich schon gedehnt', progress),
  between("wie läuft's denn so bei mir", progress),
  paused('wie steh ich insgesamt da', progress),
  question('sag mir lieber wie ich mich mache', progress),

  // Start: morning
  outside('starte die morgenroutine', start('morning')),
  outside('morgenübungen bitte', start('morning')),
  outside('ich möchte mit dem morgenprogramm anfangen', start('morning')),
  outside('lass uns die morgen routine machen', start('morning')),
  outside('starte das programm für die früh', start('morning')),
  outside('äh die dehnung für morgens bitte', start('morning')),
  question('die morgenroutine', start('morning')),

  // Start: evening
  outside('abendroutine starten', start('evening')),
  outside('ich will die abend dehnung machen', start('evening')),
  outside('mach das abendprogramm', start('evening')),
  outside('lass uns die übungen für den abend machen', start('evening')),
  outside('starte die routine für heute abend', start('evening')),
  outside('also die lange runde am abend bitte', start('evening')),
  question('lieber die für abends', start('evening')),

  // Start: workday
  outside('starte die arbeitspause', start('workday')),
  outside('mach die schreibtisch übungen', start('workday')),
  outside('ich brauch eine kurze dehnpause bei der arbeit', start('workday')),
  outside('starte die büro routine', start('workday')),
  outside('die kurze übung für zwischendurch am schreibtisch', start('workday')),
  outside('arbeitstag routine starten', start('workday')),
  question('die kurze fürs büro', start('workday')),

  // Safety: pain in the stretch
  hold('aua', pain),
  hold('au au au', pain),
  hold('autsch das tut weh', pain),
  hold('das zwickt', pain),
  hold('das sticht richtig in der hüfte', pain),
  hold('das ist zu viel', pain),
  hold('da hat was geknackst', pain),
  hold('ich glaub ich hab mir was gezerrt', pain),
  hold('es brennt in der leiste', pain),
  hold('das ist echt unangenehm', pain),
  hold('mein rücken mag das gar nicht', pain),
  between('heast die letzte hat richtig weh getan', pain),

  // Safety: cramp
  hold('ich hab nen krampf in der wade', cramp),
  hold('wadenkrampf', cramp),
  hold('mein oberschenkel krampft', cramp),
  between('krampf im fuß', cramp),

  // Safety: warning signs
  hold('ich spür meine zehen nicht mehr', sign('numbness')),
  hold('mein bein ist ganz taub', sign('numbness')),
  between('der oberschenkel fühlt sich so pelzig an', sign('numbness')),

  hold('es kribbelt im bein', sign('tingling')),
  hold('ich hab so ameisenlaufen im fuß', sign('tingling')),
  hold('mein fuß bitzelt so komisch', sign('tingling')),
  paused('wie nadelstiche bis in die zehen', sign('tingling')),

  hold('ich kann den fuß nicht richtig anheben', sign('weakness')),
  hold('mein rechtes bein knickt immer weg', sign('weakness')),
  between('das linke bein trägt mich nicht mehr', sign('weakness')),
  outside('ich hab seit gestern keine kraft mehr im bein', sign('weakness')),

  hold('auf einmal sind beide beine ganz schwach', sign('bothLegs')),
  hold('ich kann plötzlich beide beine kaum bewegen', sign('bothLegs')),
  between('meine beiden beine geben nach', sign('bothLegs')),
  outside('seit heut früh keine kraft in beiden beinen', sign('bothLegs')),

  hold('ich merk nicht mehr wann ich pinkeln muss', sign('bladderBowel')),
  paused('ich kann das wasser nicht mehr halten', sign('bladderBowel')),
  between('ich hab grad in die hose gemacht ohne es zu merken', sign('bladderBowel')),
  outside('ich hab den stuhlgang nicht mehr unter kontrolle', sign('bladderBowel')),
  question('nein ich kann seit gestern nicht mehr pieseln obwohl ich muss', sign('bladderBowel')),

  hold('mein po ist ganz taub', sign('saddle')),
  hold('zwischen den beinen spür ich nix mehr', sign('saddle')),
  outside('wenn ich auf dem klo sitz fühlt sich der hintern taub an', sign('saddle')),
  paused('im schritt ist alles taub', sign('saddle')),

  hold('der schmerz zieht bis runter in den fuß', sign('radiating')),
  hold('das strahlt bis unters knie aus', sign('radiating')),
  hold('es schießt mir ins bein bis in die wade', sign('radiating')),
  between('wie ein stromschlag das bein runter bis in die zehen', sign('radiating')),

  outside('das sind die schlimmsten rückenschmerzen die ich je hatte', sign('severe')),
  outside('die rückenschmerzen werden jeden tag schlimmer', sign('severe')),
  hold("so schlimm war's noch nie", sign('severe')),
  paused('der schmerz ist seit tagen unerträglich', sign('severe')),

  outside('ich bin gestern auf der treppe ausgerutscht und aufn rücken gefallen', sign('fall')),
  outside('ich hatte letzte woche einen autounfall', sign('fall')),
  between('bin beim skifahren gestürzt seitdem tut der rücken weh', sign('fall')),
  outside('ich bin vom fahrrad geflogen und jetzt tut mir der rücken weh', sign('fall')),

  outside('ich hab fieber und rückenschmerzen', sign('fever')),
  hold('mir ist heiß und kalt und der rücken tut weh', sign('fever')),
  between('ich hab schüttelfrost', sign('fever')),
  outside('ich hab erhöhte temperatur und mir tut das kreuz weh', sign('fever')),

  outside('nachts wach ich vor rückenschmerzen auf', sign('night')),
  outside('im liegen nachts ist der rücken am schlimmsten', sign('night')),
  paused('ich kann wegen dem kreuz nachts nicht schlafen', sign('night')),
];
