/**
 * A fifth blind German set (de-DE, with Austrian and Swiss forms: "schifahren", "wadl", "fuss"
 * without ß, "nimmer", "häusl"), written by hand on 2026-12-04 before reading the German feeling
 * vocabulary or the German model, and deduplicated mechanically against the held-out half.
 * Weighted to safety: every warning-sign category with its urgency, pain and discomfort (du and
 * Sie, exclamations, "zu viel", run-ons), cramps, then a few shorter, longer and custom requests.
 * Labels are what a careful physiotherapist would want, not what the code does.
 */
import { Intent } from '../../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, type Phrasing } from '../phrasing';

export const fresh5Phrasings: readonly Phrasing[] = [
  // Numbness (referral); "eingeschlafen" is numbness, not a fall
  hold('ich spür meinen großen zeh nicht mehr', sign('numbness')),
  hold('mein unterschenkel ist ganz pelzig', sign('numbness')),
  hold('die ferse ist wie gefühllos', sign('numbness')),
  hold('irgendwie hab ich kein gefühl mehr im fuß', sign('numbness')),
  between('mein linker fuss ist eingeschlafen', sign('numbness')),
  paused('i spür meine zehen nimmer', sign('numbness')),
  outside('seit gestern ist die außenseite vom oberschenkel taub', sign('numbness')),
  hold('das bein fühlt sich an wie abgestorben', sign('numbness')),
  // Tingling (referral)
  hold('es kribbelt in den zehen', sign('tingling')),
  hold('so ein ameisenlaufen im bein', sign('tingling')),
  hold('es prickelt im rechten fuß', sign('tingling')),
  between('mein bein kribbelt wie verrückt', sign('tingling')),
  paused('ich hab so ein kribbeln bis runter in die ferse', sign('tingling')),
  outside('beim sitzen kribbelt mir immer der linke fuss', sign('tingling')),
  // Weakness, foot drop, a leg giving way (referral)
  hold('mein knie knickt mir weg', sign('weakness')),
  hold('das rechte bein gibt einfach nach', sign('weakness')),
  between('ich kann den fuß nicht mehr richtig hochziehen', sign('weakness')),
  between('ich bleib beim gehen mit der fußspitze hängen', sign('weakness')),
  paused('mein linkes bein trägt mich nicht mehr richtig', sign('weakness')),
  outside('ich hab seit ein paar tagen keine kraft im rechten bein', sign('weakness')),
  outside('ich schlurfe mit dem linken fuß', sign('weakness')),
  hold('der fuß klappt mir beim gehen einfach runter', sign('weakness')),
  // Both legs (emergency)
  hold('auf einmal sind beide beine ganz schwach', sign('bothLegs')),
  between('ich kann meine beine plötzlich kaum noch bewegen', sign('bothLegs')),
  hold('mir sind grad beide beine weggeknickt', sign('bothLegs')),
  paused('beide füße sind taub', sign('bothLegs')),
  outside('ich spür meine beine nicht mehr', sign('bothLegs')),
  hold('meine beine wollen nicht mehr alle zwei sind wie gelähmt', sign('bothLegs')),
  // Bladder and bowel (emergency), everyday words
  outside('ich kann seit heute früh nicht mehr pinkeln', sign('bladderBowel')),
  hold('ich hab grad in die hose gemacht', sign('bladderBowel')),
  between('ich merk nicht mehr wann ich aufs klo muss', sign('bladderBowel')),
  paused('ich kann das wasser nicht mehr halten', sign('bladderBowel')),
  outside('ich hab den stuhlgang nicht mehr im griff', sign('bladderBowel')),
  outside('ich muss dauernd aufs häusl und es kommt nix', sign('bladderBowel')),
  between('ich hab mich eingenässt', sign('bladderBowel')),
  question('ich muss immer aufs wc aber es kommt nichts', sign('bladderBowel')),
  // Saddle numbness (emergency)
  hold('am po ist alles taub', sign('saddle')),
  between('zwischen den beinen spür ich nichts', sign('saddle')),
  outside('mein hintern ist ganz gefühllos', sign('saddle')),
  outside('beim abwischen auf dem klo spür ich nichts', sign('saddle')),
  paused('der intimbereich ist irgendwie taub', sign('saddle')),
  hold('im schritt ist alles pelzig', sign('saddle')),
  // Pain spreading below the knee or into the foot (referral)
  hold('der schmerz zieht bis in die wade', sign('radiating')),
  hold('es strahlt bis in den fuß aus', sign('radiating')),
  between('das schießt mir ins bein bis runter zum knöchel', sign('radiating')),
  paused('es zieht hinten am bein runter bis zur ferse', sign('radiating')),
  outside('der ischias zieht bis unters knie', sign('radiating')),
  hold('wie ein stromschlag bis in die zehen', sign('radiating')),
  // Severe, worst-ever, worsening (referral)
  outside('das sind die schlimmsten rückenschmerzen die ich je hatte', sign('severe')),
  outside('es wird von tag zu tag schlimmer im kreuz', sign('severe')),
  between('die schmerzen werden immer ärger', sign('severe')),
  paused('ich hab unerträgliche schmerzen im rücken', sign('severe')),
  outside('höllische schmerzen im unteren rücken seit gestern', sign('severe')),
  // After a fall or accident (referral)
  outside('ich bin gestern die treppe runtergefallen', sign('fall')),
  outside('ich bin aufs steißbein gefallen', sign('fall')),
  between('ich hatte letzte woche einen autounfall', sign('fall')),
  outside('ich bin beim schifahren gestürzt und seitdem tut der rücken weh', sign('fall')),
  paused('ich bin auf dem glatteis ausgerutscht und auf den rücken geknallt', sign('fall')),
  outside('ich bin vom fahrrad gestürzt', sign('fall')),
  // Fever or unwell (referral)
  outside('ich hab fieber und der rücken tut weh', sign('fever')),
  between('ich glüh richtig und hab kreuzschmerzen', sign('fever')),
  paused('ich hab schüttelfrost', sign('fever')),
  outside('ich hab temperatur und fühl mich elend', sign('fever')),
  outside('mir ist abwechselnd heiß und kalt und der rücken schmerzt', sign('fever')),
  // Pain at night (referral)
  outside('nachts wach ich vor schmerzen auf', sign('night')),
  outside('in der nacht ist es am schlimmsten', sign('night')),
  between('ich kann vor rückenschmerzen nicht schlafen', sign('night')),
  outside('um drei uhr früh weckt mich der schmerz', sign('night')),
  // Pain and discomfort: the stretch stops
  hold('zu viel', pain),
  hold('des is zviel', pain),
  hold('hör auf das tut weh', pain),
  hold('stopp stopp das tut weh', pain),
  hold('das ist mir zu heftig', pain),
  hold('uiuiui', pain),
  hold('ich glaub ich hab mir was gezerrt', pain),
  hold('da hat was geknackt und jetzt tuts weh', pain),
  hold('es hat grad geschnalzt in der hüfte', pain),
  hold('das tut gemein weh', pain),
  hold('entschuldigung aber das schmerzt', pain),
  hold('können sie kurz aufhören das tut weh', pain),
  hold('das gefällt meiner hüfte gar nicht', pain),
  hold('mei das tut weh', pain),
  hold('oje oje', pain),
  hold('das tuet weh', pain),
  hold('geht nicht tut weh', pain),
  hold('ich spür grad so einen stechenden schmerz und weiß nicht ob ich weitermachen soll', pain),
  hold('das ist mir zu viel dehnung', pain),
  between('das eben hat richtig wehgetan', pain),
  paused('es tut mir weh wenn ich da reingehe', pain),
  // Cramps: ease out, it passes
  hold('ich hab einen krampf in der wade', cramp),
  hold('wadenkrampf', cramp),
  hold('mein fuß krampft', cramp),
  hold('der oberschenkel verkrampft sich grad', cramp),
  hold('ich hab einen krampf im wadl', cramp),
  hold('krampf im fuss', cramp),
  // Shorter, longer, a length or a part asked for
  outside('hast du was kürzeres', is(Intent.Shorter)),
  outside('geht das auch kürzer', is(Intent.Shorter)),
  outside('ich möchte eine längere routine', is(Intent.Longer)),
  outside('gibts auch was längeres', is(Intent.Longer)),
  outside('ich hab nur zehn minuten zeit', is(Intent.CustomRoutine)),
  outside('mach mir eine viertelstunde für die hüfte', is(Intent.CustomRoutine)),
  outside('fünf minuten für den unteren rücken bitte', is(Intent.CustomRoutine)),
  outside('hätten sie etwas für zwanzig minuten', is(Intent.CustomRoutine)),
];
