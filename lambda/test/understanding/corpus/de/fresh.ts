/**
 * Understanding corpus, German (de-DE, de-AT), FRESH set: written by a helper engineer on 2026-12-02, blind to the model, its samples, the classifier's word lists and the other halves; covers every warning-sign category, pain, cramp and the everyday navigation, questions and starts; colloquial spoken German with Austrian variants (Haxn, Kreuz, fesch, gscheit), fillers and a few recogniser losses.
 * Urgency: bladderBowel, saddle and bothLegs are emergencies; the other signs are referrals.
 *
 * The lead then dropped, mechanically and without reading them, the 9 texts that equal a held-out
 * text, so tuning against this set never tunes against the held-out half. Before any tuning against
 * it (main at d0d3ed6, 2026-12-02 20:15 UTC, `npm run understanding -- --locale de-DE --half dev`
 * with only this set as the dev half), the exact resolver read 32 % of its 41 everyday phrasings right (32 % by ear), read 90 % of its 67 warning signs (75 % with the right urgency) and stopped 60 % of its 20 pain phrasings by ear; none was told to go on.
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
  hold('mein fuß ist ganz taub', referral('numbness')),
  hold('ich spür meine zehen nicht mehr', referral('numbness')),
  hold('mir ist das bein eingeschlafen', referral('numbness')),
  hold('der linke fuß ist wie eingeschlafen', referral('numbness')),
  hold('ich hab kein gefühl mehr im unterschenkel', referral('numbness')),
  hold('mein oberschenkel fühlt sich pelzig an', referral('numbness')),
  hold('die ferse ist irgendwie taub geworden', referral('numbness')),
  // tingling
  hold('es kribbelt im bein', referral('tingling')),
  hold('ich hab so ameisenlaufen im fuß', referral('tingling')),
  hold('meine zehen kribbeln total', referral('tingling')),
  hold('so ein elektrisches kribbeln in der wade', referral('tingling')),
  hold('des bizzelt so komisch im fuß', referral('tingling')),
  hold('es sticht wie nadeln im oberschenkel', referral('tingling')),
  // weakness
  hold('ich krieg den fuß nicht mehr hoch', referral('weakness')),
  hold('mein rechtes bein knickt immer weg', referral('weakness')),
  hold('das bein trägt mich nicht mehr richtig', referral('weakness')),
  hold('ich hab keine kraft mehr im linken bein', referral('weakness')),
  hold('der fuß hängt so schlaff runter', referral('weakness')),
  hold('mir gibt das knie einfach nach', referral('weakness')),
  // bothLegs
  hold('auf einmal sind beide beine ganz schwach', emergency('bothLegs')),
  hold('ich kann beide beine nicht mehr bewegen', emergency('bothLegs')),
  hold('plötzlich tragen mich meine beine nicht mehr', emergency('bothLegs')),
  hold('beide haxn sind wie gelähmt', emergency('bothLegs')),
  hold('ich kann auf keinem bein mehr stehen', emergency('bothLegs')),
  hold('meine beine sind beide auf einmal weg', emergency('bothLegs')),
  hold('links und rechts keine kraft mehr in den beinen', emergency('bothLegs')),
  // bladderBowel
  hold('ich kann das wasser nicht mehr halten', emergency('bladderBowel')),
  hold('ich hab mir grad in die hose gemacht', emergency('bladderBowel')),
  hold('ich merk nicht mehr wann ich pinkeln muss', emergency('bladderBowel')),
  hold('ich kann seit heute früh nicht mehr aufs klo', emergency('bladderBowel')),
  hold('mir geht einfach urin ab', emergency('bladderBowel')),
  hold('ich hab den stuhlgang nicht mehr unter kontrolle', emergency('bladderBowel')),
  hold('ich muss pieseln und es kommt nix', emergency('bladderBowel')),
  // saddle
  hold('mein hintern ist ganz taub', emergency('saddle')),
  hold('ich spür meinen po nicht mehr', emergency('saddle')),
  hold('auf der toilette spür ich unten nichts', emergency('saddle')),
  hold('die leiste und der intimbereich sind gefühllos', emergency('saddle')),
  hold('am gesäß kribbelt es und ist taub', emergency('saddle')),
  hold('beim abwischen fühl ich nix', emergency('saddle')),
  // radiating
  hold('der schmerz zieht bis in den fuß runter', referral('radiating')),
  hold('es strahlt bis in die wade aus', referral('radiating')),
  hold('das zieht hinten am bein runter bis unters knie', referral('radiating')),
  hold('es schießt mir ins bein', referral('radiating')),
  hold('vom kreuz runter bis in die zehen tut alles weh', referral('radiating')),
  hold('ich glaub das ist der ischias der zieht bis zum knöchel', referral('radiating')),
  // severe
  hold('das sind die schlimmsten schmerzen meines lebens', referral('severe')),
  hold('es wird immer schlimmer mit dem rücken', referral('severe')),
  hold('ich halt das vor schmerz kaum aus', referral('severe')),
  hold('unerträgliche schmerzen im kreuz', referral('severe')),
  hold('der rücken tut so arg weh ich kann nicht mehr', referral('severe')),
  hold('seit tagen wird es nur noch ärger', referral('severe')),
  // fall
  hold('ich bin gestern auf der treppe ausgerutscht und aufs kreuz gefallen', referral('fall')),
  outside('ich bin vom rad gestürzt und jetzt tut der rücken weh', referral('fall')),
  hold('ich hatte letzte woche einen autounfall', referral('fall')),
  hold('bin aufm eis hingeflogen und aufs steißbein', referral('fall')),
  hold('ich bin grad umgefallen', referral('fall')),
  hold('bin von der leiter runtergefallen', referral('fall')),
  // fever
  hold('ich hab fieber und der rücken tut weh', referral('fever')),
  hold('mir ist heiß und kalt und ich hab schüttelfrost', referral('fever')),
  outside('ich hab erhöhte temperatur und kreuzweh', referral('fever')),
  hold('ich fühl mich richtig krank und fiebrig', referral('fever')),
  hold('ich glüh total und der rücken sticht', referral('fever')),
  // night
  hold('der rücken weckt mich jede nacht auf', referral('night')),
  hold('nachts kann ich vor schmerz nicht schlafen', referral('night')),
  hold('im liegen in der nacht ist es am schlimmsten', referral('night')),
  outside('ich wach um drei uhr früh auf weil das kreuz so weh tut', referral('night')),
  hold('nachts im bett tut es am meisten weh', referral('night')),
  // pain
  hold('aua', pain),
  hold('au au au', pain),
  hold('aua des tut weh', pain),
  hold('das ist zu viel', pain),
  hold('das sticht total', pain),
  hold('es zwickt in der hüfte', pain),
  hold('da hat grad was geknackt', pain),
  hold('ich glaub ich hab mir was gezerrt', pain),
  hold('es brennt in der leiste', pain),
  hold('das tut echt weh', pain),
  hold('ich hab mir was verrissen', pain),
  hold('mir hat es was eingezwickt', pain),
  hold('so ein stechen im unteren rücken', pain),
  hold('das ist mir zu heftig', pain),
  hold('oh mann das zieht zu stark', pain),
  hold('da hat was geschnalzt', pain),
  hold('mein rücken mag das gar nicht', pain),
  between('die letzte übung hat wehgetan', pain),
  hold('ui ui ui nein', pain),
  hold('scheiße das tut weh', pain),
  // cramp
  hold('ich hab einen krampf in der wade', cramp),
  hold('wadenkrampf', cramp),
  hold('mein fuß verkrampft sich grad', cramp),
  hold('ich krieg nen krampf im fuß', cramp),
  hold('die zehen krampfen sich zusammen', cramp),
  // everyday
  between('weiter bitte', intent('AMAZON.NextIntent')),
  between('und jetzt die nächste', intent('AMAZON.NextIntent')),
  between('passt weiter', intent('AMAZON.NextIntent')),
  between('los gehts', intent('AMAZON.NextIntent')),
  between('zurück zur vorigen', intent('AMAZON.PreviousIntent')),
  between('die von vorhin nochmal', intent('AMAZON.PreviousIntent')),
  hold('wie bitte', intent('AMAZON.RepeatIntent')),
  hold('hab ich nicht verstanden nochmal bitte', intent('AMAZON.RepeatIntent')),
  hold('moment mal', intent('AMAZON.PauseIntent')),
  hold('kurz anhalten', intent('AMAZON.PauseIntent')),
  hold('warte mal kurz es läutet', intent('AMAZON.PauseIntent')),
  paused('so weiter gehts', intent('AMAZON.ResumeIntent')),
  paused('bin wieder da mach weiter', intent('AMAZON.ResumeIntent')),
  hold('ich hör für heute auf', intent('AMAZON.StopIntent')),
  between('schluss für heute', intent('AMAZON.StopIntent')),
  between('aus jetzt', intent('AMAZON.StopIntent')),
  between('was kann ich alles sagen', intent('AMAZON.HelpIntent')),
  hold('die übung lass ich aus', intent('SkipIntent')),
  hold('überspring die', intent('SkipIntent')),
  between('die mag ich nicht nimm die nächste', intent('SkipIntent')),
  hold('wie viele sekunden noch', intent('HoldDurationIntent')),
  hold('welche seite ist jetzt dran', intent('WhichSideIntent')),
  hold('welches bein', intent('WhichSideIntent')),
  hold('links oder rechts', intent('WhichSideIntent')),
  hold('wofür ist die übung gut', intent('WhatDoesThisStretchIntent')),
  hold('was dehnt das eigentlich', intent('WhatDoesThisStretchIntent')),
  between('wie viele kommen noch', intent('HowManyLeftIntent')),
  between('wie lange dauert das noch', intent('HowManyLeftIntent')),
  outside('wie schlag ich mich so', intent('ProgressIntent')),
  outside('wie oft hab ich diese woche schon gedehnt', intent('ProgressIntent')),
  outside('mach mit mir die morgenroutine', intent('StartRoutineIntent', 'morning')),
  outside('starte das dehnen für die früh', intent('StartRoutineIntent', 'morning')),
  outside('kurze pause im büro', intent('StartRoutineIntent', 'workday')),
  outside('die übungen für zwischendurch am schreibtisch', intent('StartRoutineIntent', 'workday')),
  outside('abendprogramm starten', intent('StartRoutineIntent', 'evening')),
  outside('was für den abend vorm schlafengehen', intent('StartRoutineIntent', 'evening')),
  hold('gibts das auch leichter', intent('EasierIntent')),
  hold('das schaff ich nicht geht das einfacher', intent('EasierIntent')),
  question('ja passt', intent('AMAZON.YesIntent')),
  question('jo eh', intent('AMAZON.YesIntent')),
  question('na lieber nicht', intent('AMAZON.NoIntent')),
];
