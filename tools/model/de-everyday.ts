/**
 * German navigation, questions and starts, crossed from how a German speaker builds them rather
 * than listed: a core ("überspringen", "wie lange halten") in every frame German gives it
 * (de-clauses.ts), the question said as a statement or tucked into "sag mir, wie lange …", Sie as
 * well as du, a clause said before it ("so, ich bin bereit, …", "das ist mir zu schwer, …") or a
 * reason after it ("…, es klingelt"), and the words a recogniser makes of a few ("deutung").
 * Written from those patterns, never from the held-out corpus; de.ts adds these to its own samples.
 */
import { cat, cross } from './locale-model';
import { asked, opt, type GermanVerb } from './de-clauses';

/** A stretch named by a noun after a determiner, and what a recogniser makes of "Dehnung" ("deutung"). */
const theStretch = ['die übung', 'diese übung', 'die dehnung', 'die deutung'];
/** The few objects of a command said of the stretch in hand: pronoun or noun, this one or the next. */
const thisOne = ['', 'die', 'die hier', 'diese', 'das', ...theStretch.slice(0, 3)];

const verb = (du: string[], plural: string, ich: string[], prefix?: string): GermanVerb => (prefix ? { du, plural, ich, prefix } : { du, plural, ich });

// Skip: "überspringen", "auslassen", "weglassen", "skippen", each in every frame, of this one or the next.
const skip = cat(
  asked(verb(['überspring', 'überspringe'], 'überspringen', ['überspring', 'überspringe']), [...thisOne, 'die nächste']),
  asked(verb(['lass'], 'lassen', ['lass', 'lasse'], 'aus'), [...thisOne, 'die nächste']),
  asked(verb(['lass'], 'lassen', ['lass', 'lasse'], 'weg'), ['', 'die']),
  cross(['skip', 'skipp', 'skippen', 'die skippen', 'die übung skippen'], opt('die', 'die übung', 'das', 'bitte')),
  // A pronoun goes before the particle: "lass die mal aus", "überspring die doch".
  cross(['lass', 'lassen sie', 'lassen wir'], ['die', 'das', 'die hier'], ['mal', 'bitte', 'doch', 'lieber'], ['aus', 'weg']),
  // With a modal, the pronoun and then the particle: "können wir die bitte überspringen", "die lassen wir heute aus".
  cross(['können wir', 'kann ich', 'lass uns', 'ich möchte', 'ich will'], ['die', 'das'], ['bitte', 'mal', 'lieber'], ['überspringen', 'auslassen']),
  cross(['die', 'die hier', 'die übung', 'diese'], ['lassen wir', 'überspringen wir'], opt('heute', 'lieber', 'mal'), opt('aus')),
  // What one does not like or cannot do, said of this one, then the skip asked for ("die mag ich nicht, bitte auslassen", "die kann ich nicht, überspringen").
  cross(['die', 'die hier', 'diese'], ['mag ich nicht', 'taugt mir nicht'], opt('die bitte auslassen', 'bitte auslassen', 'überspringen', 'die nächste bitte')),
  cross(['die kann ich nicht', 'die schaff ich nicht', 'die mag ich nicht'], opt('bitte'), ['überspringen', 'auslassen']),
  cross(['die mag ich nicht', 'die kann ich nicht', 'die schaff ich nicht', 'die taugt mir nicht', 'die will ich nicht', 'die mag i ned', 'die mag ich gar nicht'],
    ['überspring die', 'überspring die bitte', 'überspring sie', 'lass die aus', 'lass die bitte aus', 'lass die weg', 'bitte weiter', 'weiter', 'nächste', 'die nächste']),
  cross(thisOne.filter((o) => o !== ''), ['lass ich', 'lasse ich', 'lassen wir'], ['weg']),
  cross(['überspring', 'überspringe', 'überspringen sie', 'überspringen wir', 'skip'], ['die', 'das', 'die hier'], ['mal', 'bitte', 'doch', 'lieber']),
  // What one would rather not, said of this one, or with the next asked for instead.
  // Not "das": "das möchte ich nicht" answers a question (NoIntent).
  cross(['die', 'die hier', 'diese', 'die übung', 'diese übung', 'die dehnung', 'diese dehnung'], ['lieber nicht', 'bitte nicht', 'heute nicht', 'heut nicht',
    'jetzt nicht', 'nicht heute', 'lieber nicht machen', 'möchte ich nicht', 'will ich nicht']),
  cross(['die nächste', 'nächste', 'weiter', 'nächste übung', 'die nächste übung'], opt('bitte'), ['die hier nicht', 'diese nicht', 'die nicht', 'nicht die', 'die will ich nicht', 'die lieber nicht']),
  // Said as what one will not do: "die mach ich heut nicht", "die will ich nicht machen".
  cross(['die', 'die hier', 'die übung', 'die nächste'], ['mach ich', 'will ich'], opt('heute', 'heut'), ['nicht', 'nicht machen'], opt('die bitte auslassen', 'weiter')),
  cross(['die nicht', 'die bitte nicht', 'die hier nicht', 'diese nicht', 'ohne die', 'ohne diese', 'ohne die übung'], opt('bitte', 'weiter', 'die nächste')),
);

// Next: the word for "on" in every frame, with the readiness said before it ("so, ich bin bereit, mach weiter").
const READY = ['', 'so', 'okay', 'gut', 'passt', 'fertig', 'fertig mit der übung', 'bin fertig mit der übung', 'die hab ich', 'ich bin bereit', 'bin bereit', 'ich bin so weit', 'bin so weit', 'ich bin fertig', 'bin fertig',
  'ich bin parat', 'bin parat', 'alles klar', 'so ich bin bereit', 'okay ich bin so weit', 'erledigt', 'geschafft'];
const ON = ['weiter', 'mach weiter', 'machen wir weiter', 'weiter gehts', 'auf gehts', 'los gehts', 'nächste', 'die nächste', 'nächste übung', 'die nächste übung',
  'nächste dehnung', 'nächste deutung', 'zur nächsten', 'zur nächsten übung', 'weiter zur nächsten', 'auf zur nächsten', 'und weiter', 'weiter jetzt', 'jetzt weiter',
  'es kann weitergehen', 'weitermachen', 'wir können weiter', 'wir können weitermachen', 'gehen wir weiter', 'gemma weiter', 'gemma', 'auf zur nächsten übung',
  'die nächste kann kommen', 'her mit der nächsten', 'ich bin bereit für die nächste', 'bereit für die nächste', 'bin bereit für die nächste'];
const next = cat(
  ON,
  cross(READY, ON.slice(0, 12)),
  ['bin parat', 'ich bin parat', 'ich bin so weit', 'bin so weit', 'auf gehts', 'auf', 'weiter so', 'nur weiter', 'immer weiter', 'nächstes', 'das nächste',
    'die nächste dehnung bitte', 'nächste deutung bitte', 'was ist die nächste', 'welche kommt jetzt', 'was kommt jetzt', 'was kommt als nächstes', 'was kommt dann'],
  asked(verb(['mach'], 'machen', ['mach', 'mache'], 'weiter'), ['', 'mit der nächsten', 'mit der nächsten übung']),
  ['es kann weitergehen', 'jetzt gehts weiter', 'es geht weiter', 'jetzt weiter', 'los weiter', 'weiter machen bitte', 'jetzt kann es weitergehen',
    'kann losgehen', 'es kann losgehen', 'kann weitergehen', 'weiter im programm', 'weiter im text', 'nächster punkt', 'zum nächsten'],
  cross(opt('so', 'okay', 'gut', 'also'), ['bin bereit', 'geschafft', 'das hab ich geschafft', 'die hab ich geschafft', 'fertig mit der seite', 'fertig mit der übung', 'die seite hab ich']),
  // The next one named: "weiter zur nächsten übung", "und jetzt die nächste dehnung".
  cross(['weiter', 'auf', 'los', 'gehen wir', 'geh', 'ab', 'weiter gehts'], ['zur nächsten', 'zur nächsten übung', 'zur nächsten dehnung', 'mit der nächsten',
    'mit der nächsten übung']),
  cross(opt('und', 'dann', 'jetzt', 'und jetzt', 'okay'), ['nächste', 'die nächste', 'nächste übung', 'die nächste übung', 'nächste dehnung', 'die nächste dehnung']),
  asked(verb(['geh'], 'gehen', ['geh', 'gehe'], 'weiter'), ['', 'zur nächsten', 'zur nächsten übung']),
  // Asked rather than said: "können wir weitermachen", "sollen wir weiter".
  cross(['können wir', 'sollen wir', 'wollen wir', 'dürfen wir', 'kann ich', 'darf ich'], ['weitermachen', 'weiter machen', 'weiter', 'jetzt weitermachen', 'wieder weitermachen']),
);

// Previous: back one, said as a direction, a move or the stretch before.
const BEFORE = ['die davor', 'die übung davor', 'die dehnung davor', 'die vorige', 'die vorherige', 'die vorige übung', 'die vorherige übung', 'die letzte',
  'die letzte übung', 'die letzte dehnung', 'die vorige dehnung', 'die von vorhin', 'die von vorher', 'die übung von vorhin', 'die von eben'];
const previous = cat(
  cross(opt('nochmal', 'noch mal', 'bitte'), BEFORE, opt('nochmal', 'zurück')),
  asked(verb(['geh'], 'gehen', ['geh', 'gehe'], 'zurück'), ['', 'eine', 'eins', 'einen schritt']),
  cross(['geh', 'gehe', 'gehen sie', 'gehen wir', 'bitte', ''], opt('mal', 'bitte'), opt('eine', 'eins', 'einen schritt', 'eine übung'), ['zurück'], opt('bitte')),
  cross(['zurück zur', 'zur', 'nochmal zur'], ['vorigen', 'vorherigen', 'letzten'], opt('übung', 'dehnung'), opt('zurück', 'bitte')),
  cross(opt('eine', 'eins', 'einen schritt', 'eine übung', 'mal eine', 'bitte eine'), ['zurück gehen', 'zurückgehen', 'zurück springen', 'zurückspringen']),
  // The stretch before, to be done again: "nochmal die vorherige machen".
  cross(opt('nochmal', 'noch mal', 'bitte'), BEFORE.slice(0, 7), ['machen', 'wiederholen', 'nochmal machen']),
);

// Repeat: asked for again, as a request or as "I did not understand", du or Sie.
const AGAIN = ['nochmal', 'noch mal', 'noch einmal', 'bitte nochmal', 'bitte noch einmal', 'bitte wiederholen', 'wiederholen', 'wiederholen bitte'];
const repeat = cat(
  asked(verb(['wiederhol', 'wiederhole'], 'wiederholen', ['wiederhol', 'wiederhole']), ['', 'das', 'die frage', 'die anleitung']),
  cross(['sag', 'sagen sie'], opt('mir'), opt('das', 'es'), opt('bitte', 'mal'), AGAIN.slice(0, 3)),
  // Not heard or not understood, said of oneself: "ich hab das nicht mitbekommen".
  cross(['ich hab', 'ich habe', 'das hab ich', 'hab ich', 'das habe ich'], opt('das', 'dich'), ['nicht', 'nicht ganz'], ['verstanden', 'mitbekommen', 'gehört', 'kapiert',
    'mitgekriegt', 'mitgekricht', 'gecheckt', 'gschnallt', 'geschnallt', 'gepeilt', 'verstande']),
  // The stretch itself once more, named: "noch einmal die übung".
  cross(['noch einmal', 'nochmal', 'noch mal', 'bitte nochmal', 'einmal noch'], ['die übung', 'die dehnung', 'diese übung', 'diese dehnung', 'die hier', 'das gleiche']),
  cross(['hab ich nicht verstanden', 'das hab ich nicht verstanden', 'das habe ich nicht verstanden', 'ich habe das nicht verstanden', 'ich hab das nicht verstanden',
    'nicht verstanden', 'hab dich nicht verstanden', 'ich habe sie nicht verstanden', 'ich hab nichts verstanden', 'das war zu schnell', 'zu schnell', 'sorry',
    'entschuldigung', 'wie bitte', 'was', 'hä', 'ich hab dich nicht gehört', 'hab nichts gehört', 'ich habe nichts gehört'],
  opt('sag das nochmal', 'nochmal bitte', 'bitte wiederholen', 'kannst du das wiederholen', 'was hast du gesagt')),
  cross(['wie war', 'was war', 'wie ging', 'was ist'], ['das', 'die frage', 'die anleitung', 'der letzte satz'], opt('nochmal', 'noch mal', 'gleich', 'gerade')),
  cross(['was hast du', 'was haben sie', 'was hast'], opt('da', 'gerade', 'grad', 'eben', 'zuletzt'), ['gesagt', 'gsagt']),
  cross(['nochmal', 'nochmal bitte', 'bitte', 'wie bitte'], ['was hast du', 'was hast', 'was haben sie'], ['gesagt', 'gsagt']),
  // The bare infinitive a request to the coach leaves ("kannst du das noch mal sagen" is read as "das noch mal sagen").
  cross(opt('das', 'es', 'die frage', 'die anleitung'), ['nochmal', 'noch mal', 'noch einmal'], ['sagen', 'wiederholen']),
);

// Pause: a wait in every register, with the reason said after it ("warte kurz, ich muss ans Telefon").
const WAIT = ['warte', 'wart', 'warten sie', 'warte mal', 'wart mal', 'wart amal', 'warte kurz', 'wart kurz', 'warte mal kurz', 'wart mal kurz', 'wart amal kurz',
  'moment', 'moment mal', 'einen moment', 'einen moment bitte', 'augenblick', 'einen augenblick', 'sekunde', 'eine sekunde', 'kurz', 'pause', 'kurze pause',
  'halt', 'halt mal', 'halt kurz', 'halt mal kurz an', 'halt kurz an', 'halt an', 'stopp mal kurz', 'mach mal pause', 'mach kurz pause', 'pause bitte',
  'gib mir kurz', 'gib mir eine sekunde', 'gib mir einen moment', 'gib mir eine minute', 'geben sie mir eine minute', 'kleinen moment', 'momentchen',
  // "ne", "nen": "eine", "einen" as said.
  'gib mir ne minute', 'gib mir ne sekunde', 'gib mir nen moment', 'ne sekunde', 'nen moment', 'nen augenblick', 'ne minute'];
const BECAUSE = ['', ...cross(['ich muss'], opt('kurz', 'mal'), ['was holen', 'raus', 'was erledigen', 'nach dem kind schauen', 'was trinken', 'zur tür']), 'es klingelt', 'es läutet', 'das telefon', 'das telefon klingelt', 'mein telefon klingelt', 'ich muss ans telefon', 'ich muss an die tür',
  'da ist jemand an der tür', 'es hat geklingelt', 'ich muss kurz weg', 'ich muss kurz', 'ich komme gleich', 'ich komm gleich', 'bin gleich wieder da',
  'bin gleich zurück', 'ich bin gleich zurück', 'ich muss was trinken', 'ich muss kurz aufs klo', 'das kind ruft', 'der hund', 'ich brauch kurz',
  'ich brauche eine pause', 'ich brauch eine pause', 'es klingelt an der tür', 'es hat an der tür geklingelt', 'jemand ist an der tür', 'das telefon läutet',
  'mein handy klingelt', 'ich krieg einen anruf', 'ich muss was nachschauen'];
const pause = cat(
  cross(WAIT, opt('bitte')),
  // The reason alone, which mid-hold asks for the wait ("ich muss kurz an die tür"), and the reason said before the wait ("es klingelt, warte kurz").
  cross(['ich muss', 'ich muss kurz', 'ich muss mal', 'ich muss mal eben', 'ich muss eben', 'ich muss schnell'], ['an die tür', 'ans telefon', 'zur tür', 'weg', 'aufs klo', 'was erledigen',
    'nach dem kind schauen', 'was trinken']),
  cross(['halten sie', 'halt', 'halte'], opt('mal', 'kurz', 'mal kurz', 'bitte'), ['an']),
  cross(['stopp', 'stop', 'halt'], ['warte', 'warte kurz', 'warte mal', 'moment', 'einen moment']),
  ['wartemal', 'wart mal eben', 'warte eben', 'moment eben'],
  cross(['ich möchte', 'ich muss', 'kann ich', 'können wir', 'darf ich', 'lass uns'], opt('kurz', 'mal', 'mal kurz'), ['unterbrechen', 'pause machen', 'eine pause machen', 'anhalten']),
  cross(['es klingelt', 'das telefon klingelt', 'es hat geklingelt', 'mein handy klingelt'], ['warte', 'warte kurz', 'moment', 'kurz', 'pause']),
  cross(['warte', 'warte mal', 'warte kurz', 'moment', 'halt mal kurz an'], BECAUSE),
  cross(['ich brauch', 'ich brauche', 'ich bräuchte', 'ich muss', 'ich möchte'], opt('kurz', 'mal'), opt('eine', 'eine kurze', 'ne', 'ne kurze'), ['pause']),
  // Time asked for ("gib mir zwei minuten"), "right back" said on the way out, a short stop that is a wait ("stopp kurz").
  cross(['gib mir', 'geben sie mir', 'ich brauch', 'ich brauche'], ['zwei minuten', 'ein paar minuten', 'fünf minuten', 'ein paar sekunden', 'kurz zeit', 'einen kleinen moment',
    'einen augenblick', 'einen kleinen augenblick']),
  ['ich bin gleich wieder da', 'bin gleich wieder da', 'ich komme gleich wieder', 'ich komm gleich wieder', 'bin gleich zurück', 'ich bin gleich zurück', 'einen kleinen moment',
    'einen kleinen augenblick', 'ein momentchen', 'kleinen augenblick', 'kurze unterbrechung', 'eine kurze unterbrechung', 'unterbrechung', 'stopp kurz', 'stop kurz',
    'kurz stopp', 'stopp einen moment', 'kurz anhalten', 'mal kurz anhalten'],
  cross(['können wir', 'lass uns', 'machen wir', 'mach', 'machen sie', 'wir machen'], opt('mal', 'kurz', 'mal kurz', 'bitte', 'bitte mal'), opt('eine', 'eine kurze'), ['pause']),
  cross(['können wir', 'lass uns', 'ich möchte', 'ich muss', 'wir müssen'], opt('kurz', 'mal kurz'), ['pause machen', 'eine pause machen']),
  asked(verb(['pausier', 'pausiere'], 'pausieren', ['pausier', 'pausiere']), ['', 'kurz', 'mal kurz']),
  cross(['pausier', 'pausiere', 'pausieren sie', 'unterbrich', 'unterbrechen sie', 'halte'], opt('mal', 'bitte'), opt('die routine', 'die übung', 'den timer')),
);

// Resume: back, and the wish to carry on from where it stopped.
const BACK = ['', 'bin zurück', 'ich bin zurück', 'bin wieder da', 'ich bin wieder da', 'da bin ich wieder', 'so da bin ich wieder', 'wieder da',
  'so bin wieder da', 'so ich bin zurück', 'okay bin wieder da', 'ich bin wieder zurück', 'bin wieder zurück', 'wieder zurück'];
const RESUME = ['weiter', 'weiter gehts', 'weitermachen', 'wir können weitermachen', 'wir können weiter', 'machen wir weiter', 'mach weiter', 'mach da weiter wo wir waren',
  'mach weiter wo wir waren', 'weiter wo wir waren', 'weiter wo wir aufgehört haben', 'mach da weiter wo wir aufgehört haben', 'da weiter wo wir waren',
  'es kann weitergehen', 'jetzt gehts weiter', 'es geht weiter', 'weiter gehts', 'fortsetzen', 'fortfahren', 'pause beenden', 'pause vorbei', 'weiter im text',
  'machen sie weiter', 'fahren sie fort', 'fahr fort', 'setz fort', 'lass uns weitermachen'];
/** Said alone, these are "on" (NextIntent, which also ends a pause); after "I'm back" they resume. */
const ALSO_NEXT = new Set(['weiter', 'weitermachen', 'mach weiter', 'machen wir weiter', 'weiter gehts', 'wir können weiter', 'wir können weitermachen',
  'es kann weitergehen', 'jetzt gehts weiter', 'es geht weiter', 'lass uns weitermachen', 'weiter im text']);
const resume = cat(RESUME.filter((r) => !ALSO_NEXT.has(r)), cross(BACK.filter((b) => b !== ''), RESUME.slice(0, 10)), cross(['mach', 'machen wir', 'machen sie', 'weiter', 'wir machen'], opt('da', 'dort', 'bitte da'), ['weiter wo'],
  ['wir waren', 'wir aufgehört haben', 'ich aufgehört habe', 'ich war', 'wir stehen geblieben sind']));

// Stop: enough for today, in every form, with what is said before it ("lass gut sein, wir hören auf").
// Never "ich kann nicht mehr" before it: said on the mat, that may be pain, which must stop the stretch rather than end the session.
const ENOUGH = ['', 'lass gut sein', 'das reicht', 'es reicht', 'genug', 'okay', 'so', 'nee', 'nein', 'ach', 'ich mag nicht mehr', 'das wars'];
const STOP = ['wir hören auf', 'ich hör auf', 'ich höre auf', 'ich will aufhören', 'ich möchte aufhören', 'lass uns aufhören', 'aufhören', 'schluss', 'schluss für heute',
  'für heute reichts', 'das reicht für heute', 'es reicht für heute', 'genug für heute', 'das wars für heute', 'ich bin fertig für heute', 'beenden', 'routine beenden',
  'wir hören für heute auf', 'ich hör für heute auf', 'ich höre für heute auf', 'ich mach schluss', 'wir machen schluss', 'machen wir schluss', 'hören wir auf',
  'schluss jetzt', 'ende', 'das reicht jetzt', 'genug jetzt', 'ich will nicht mehr', 'ich mag nicht mehr', 'beende das', 'beende die übungen',
  ...cross(['ich hab', 'ich habe', 'hab'], ['genug', 'genug für heute', 'für heute genug', 'keine lust mehr', 'keine zeit mehr']),
  ...cross(['für heute', 'jetzt', 'das', 'es'], ['reicht es', 'reichts', 'reicht es mir', 'reicht mir', 'ist schluss', 'ist genug']), 'schluss damit', 'genug damit',
  ...cross(['wir machen', 'machen wir', 'ich mach', 'ich mache'], ['morgen', 'ein andermal', 'später', 'nächstes mal'], ['weiter']), 'beenden bitte', 'bitte beenden',
  'fertig für heute', 'für heute fertig', 'ich bin fertig für heute', 'ich bin durch für heute', 'bin durch für heute', 'durch für heute', 'genug gedehnt',
  'genug gedehnt für heute', 'ich hab genug gedehnt', 'für heute genug gedehnt',
  ...cross(['ich mach', 'ich mache', 'wir machen', 'machen wir'], opt('jetzt', 'für heute', 'dann', 'mal', 'hier'), ['schluss']),
  // "hör bitte auf", "hören wir jetzt auf"
  ...cross(['hör', 'hören wir', 'hört'], ['bitte', 'jetzt', 'mal', 'bitte jetzt', 'jetzt bitte', 'für heute'], ['auf'])];
// Goodbyes from Germany, Austria and Switzerland said to end a session ("servus", "pfiat di", "ade", "uf widerluege").
const FAREWELL = ['tschüss', 'tschüssi', 'servus', 'pfiat di', 'pfiat eich', 'ade', 'adieu', 'baba', 'tschau', 'ciao', 'auf wiedersehen', 'uf widerluege',
  'bis morgen', 'bis zum nächsten mal', 'bis dann', 'mach es gut', 'machs gut'];
const stop = cat(STOP, cross(ENOUGH, STOP.slice(0, 12)), cross(opt('okay', 'so', 'danke', 'danke dir'), FAREWELL));

// Help: what can be said and how it works, du or Sie, and by the name people give the skill.
const SKILL = ['hüft coach', 'hip coach', 'hüftcoach', 'der hüft coach', 'der coach', 'das ding', 'die app', 'der skill'];
const help = cat(
  cross(['was kann', 'wie funktioniert', 'wie geht', 'wie bediene ich', 'wie benutze ich', 'was macht'], SKILL),
  cross(['wie funktioniert', 'wie geht', 'wie läuft'], ['das', 'das hier', 'das ganze', 'das genau'], opt('eigentlich', 'überhaupt')),
  cross(['was kann ich', 'was soll ich', 'was muss ich', 'was darf ich'], opt('hier', 'jetzt', 'denn', 'alles', 'denn alles', 'denn hier', 'hier alles', 'jetzt hier'),
    ['sagen', 'tun', 'machen', 'fragen']),
  cross(['ich kenn mich', 'ich kenne mich', 'ich komm', 'ich komme'], opt('hier', 'da'), ['nicht aus', 'nicht zurecht', 'nicht klar', 'nicht mehr mit']),
  cross(['was kann man', 'was darf man'], opt('hier', 'alles', 'hier alles'), ['sagen', 'machen', 'fragen']),
  cross(['wie bediene ich', 'wie benutze ich', 'wie nutze ich'], ['dich', 'sie', 'das hier']), ['wie funktionierst du'],
  cross(['ich brauche hilfe', 'ich brauch hilfe', 'hilfe'], ['bei der bedienung', 'mit der bedienung', 'mit dem skill', 'mit der app']),
  cross(['was gibt es für', 'was gibts für', 'welche'], ['befehle', 'möglichkeiten', 'optionen', 'kommandos'], opt('gibt es', 'hab ich', 'kennst du', 'hier')),
  cross(['erklär mir', 'sag mir', 'zeig mir', 'erklären sie mir'], ['wie das funktioniert', 'wie das geht', 'wie das hier funktioniert', 'wie ich das benutze',
    'was ich sagen kann', 'was ich machen kann', 'was du kannst', 'was du alles kannst']),
  ['ich weiß nicht was ich sagen soll', 'ich weiß nicht wie das geht', 'ich weiß nicht weiter', 'ich versteh das nicht', 'ich verstehe das nicht',
    'keine ahnung was ich machen soll', 'hilf mir bitte', 'helfen sie mir', 'was sind die befehle', 'welche befehle kennst du', 'welche befehle gibt es'],
);

// Hold duration: how long, said with every verb of holding and staying, du, ich, wir or man, with the particles in the middle.
const HOW_LONG = ['wie lange', 'wie lang', 'wie viele sekunden', 'wieviel sekunden', 'wie viel zeit', 'wie viele minuten'];
// A particle goes after a pronoun object and before a noun ("das halt halten", "denn die position halten").
const HOLD_TAILS = cat(cross(['das'], opt('denn', 'jetzt', 'halt', 'eigentlich', 'noch', 'denn noch', 'jetzt noch'), ['halten', 'machen', 'aushalten', 'so halten']),
  cross(['die position', 'die dehnung', 'die übung', 'so eine dehnung', 'jede seite', 'die nächste'], ['halten']),
  cross(['so', 'hier', 'da drin', 'in der position', 'in der dehnung', 'drin'], ['bleiben']), ['halten', 'bleiben', 'noch halten']);
const holdDuration = cat(
  cross(HOW_LONG.slice(0, 2), ['soll ich', 'muss ich', 'sollte man', 'soll man', 'sollen wir', 'müssen wir'], HOLD_TAILS),
  cross(HOW_LONG.slice(2, 3), ['soll ich', 'muss ich', 'sollen wir', 'müssen wir'], ['halten', 'bleiben', 'das halten', 'noch halten', 'so bleiben', 'hier bleiben',
    'da drin bleiben', 'in der position bleiben']),
  cross(HOW_LONG.slice(0, 2), ['halte ich', 'halt ich', 'halten wir', 'hält man', 'bleib ich', 'bleibe ich', 'bleiben wir'], opt('denn'),
    opt('das', 'die nächste', 'so', 'hier', 'in der position')),
  // The question tucked in (verb last): "sag mir, wie lange ich das halten muss".
  cross(opt('sag mir', 'sagen sie mir'), ['wie lange'], ['ich', 'man'], ['das', 'die position', 'die dehnung', 'so'],
    ['halten muss', 'halten soll', 'bleiben muss', 'bleiben soll']),
  cross(['wie lange', 'wie lang'], ['ich'], ['das', 'die position', 'die dehnung'], ['halte', 'halten soll', 'halten muss']),
  cross(['wie lange', 'wie lang'], ['war', 'ist', 'dauert'], opt('das', 'die'), ['halten', 'haltezeit', 'haltedauer']),
  cross(['wie viel zeit', 'wie viele sekunden'], ['hab ich noch', 'habe ich noch', 'bleibt noch', 'ist noch', 'haben wir noch']),
  cross(['wie viele sekunden', 'wie lange', 'wie lang'], ['sind es', 'sind das', 'ist das', 'ist es', 'geht das', 'dauert das', 'dauert es'], opt('noch', 'denn', 'jetzt', 'denn noch')),
  // Asked yes or no: "muss ich das lange halten".
  cross(['muss ich', 'soll ich', 'halte ich'], opt('das'), ['lange', 'länger', 'noch lange'], opt('halten')),
  // A length asked by naming it: "halt ich das jetzt dreißig oder sechzig sekunden".
  cross(['halt ich das', 'halte ich das', 'sind es'], opt('jetzt'), ['dreißig', 'sechzig'],
    opt('oder dreißig', 'oder sechzig'), ['sekunden']),
);

// Which side: asked of the side, the leg or the hip, as a question or as a statement to confirm.
const SIDE = ['welche seite', 'welches bein', 'welche hüfte', 'welche'];
const LEFT_RIGHT = ['links oder rechts', 'rechts oder links', 'links', 'rechts', 'die linke seite', 'die rechte seite', 'das linke bein', 'das rechte bein',
  'die linke oder die rechte seite', 'das linke oder das rechte bein', 'die linke oder rechte seite', 'das linke oder rechte bein', 'die linke', 'die rechte',
  'die andere seite', 'das andere bein'];
const whichSide = cat(
  cross(['bin ich', 'sind wir', 'ist das'], opt('jetzt'), ['auf der richtigen seite', 'auf der falschen seite', 'die richtige seite', 'das richtige bein', 'richtig so']),
  cross(SIDE, ['ist jetzt', 'ist dran', 'ist jetzt dran', 'ist das', 'ist das jetzt', 'war das', 'war ich', 'war ich nochmal', 'kommt jetzt', 'kommt zuerst', 'zuerst', 'mach ich',
    'mache ich', 'mach ich jetzt', 'nehm ich', 'nehme ich', 'meinst du', 'meinen sie', 'soll ich nehmen', 'muss ich nehmen', 'jetzt', 'gerade', 'bin ich']),
  cross(['auf welcher seite', 'mit welchem bein', 'mit welcher seite', 'mit welchem fuß', 'mit welcher hüfte', 'auf welchem bein'], ['bin ich', 'sind wir', 'fang ich an',
    'fange ich an', 'beginne ich', 'soll ich anfangen', 'mach ich', 'fangen wir an', 'starten wir'],
  opt('jetzt', 'nochmal')),
  cross(['ist das', 'war das', 'sind wir', 'bin ich', 'ist jetzt', 'kommt jetzt', 'jetzt'], opt('jetzt', 'grad'), LEFT_RIGHT.slice(0, 8)),
  cross(['ist das', 'war das', 'ist das jetzt', 'war das jetzt'], LEFT_RIGHT.slice(8, 12)),
  cross(['jetzt ist', 'ist jetzt', 'ist', 'kommt jetzt', 'dann ist'], LEFT_RIGHT.slice(2, 10), ['dran']),
  cross(LEFT_RIGHT.slice(0, 2), ['zuerst', 'als erstes', 'jetzt', 'dran', 'zuerst dran', 'welche seite']),
  cross(['muss ich', 'soll ich', 'machen wir'], opt('jetzt'), ['das andere bein', 'die andere seite', 'die seite wechseln', 'seite wechseln', 'wechseln'],
    opt('nehmen', 'machen')),
  cross(['ist jetzt', 'ist', 'kommt jetzt'], ['die andere seite', 'das andere bein'], ['dran']),
  // A side said to be confirmed ("bin ich auf der linken seite", "jetzt die linke"), the side that comes next, the side to start on.
  cross(['bin ich', 'bin ich jetzt', 'sind wir', 'ist das jetzt', 'mach ich', 'mache ich', 'jetzt', 'und jetzt', 'also'], ['auf der linken seite', 'auf der rechten seite',
    'die linke', 'die rechte', 'die linke seite', 'die rechte seite', 'mit links', 'mit rechts', 'das linke bein', 'das rechte bein']),
  cross(['welche seite', 'welches bein', 'welcher fuß', 'welche hüfte', 'welche'], ['kommt als nächstes', 'kommt danach', 'kommt dann', 'kommt als erstes']),
  cross(['welchen fuß', 'welches knie', 'welches bein', 'welche seite', 'welche hand'], ['nehm ich', 'nehme ich', 'brauch ich', 'nehmen wir']),
  cross(['fang ich', 'fange ich', 'beginne ich', 'fangen wir', 'starte ich'], ['links', 'rechts', 'mit links', 'mit rechts', 'mit der linken seite', 'mit der rechten seite',
    'mit dem linken bein', 'mit dem rechten bein'], opt('an')),
  cross(['links', 'rechts'], ['zuerst', 'als erstes'], ['oder rechts', 'oder links']),
  cross(['welche seite', 'welches bein', 'welche hüfte'], ['machen wir', 'machen wir jetzt', 'muss ich strecken', 'muss ich dehnen', 'dehne ich', 'dehnen wir', 'strecke ich']),
  cross(['was ist dran', 'was ist jetzt dran', 'was kommt jetzt'], ['links oder rechts', 'rechts oder links']),
  cross(['auf welcher seite', 'mit welchem bein', 'mit welcher seite'], ['muss ich', 'soll ich', 'muss ich jetzt', 'soll ich jetzt']),
  // The question tucked in, verb last, after "sag mir", "ich würd gern wissen" (the resolver's fillers) or alone: "welches bein dran ist".
  cross(opt('sag mir'), SIDE.slice(0, 3), opt('jetzt'), ['dran ist', 'das ist', 'ich mache', 'ich nehmen soll']),
);

/** What people stretch against, asked about as the purpose of a stretch; recogniser splits ("rücken schmerzen") too. */
const COMPLAINTS = ['rückenschmerzen', 'rücken schmerzen', 'hüftschmerzen', 'hüft schmerzen', 'kreuzschmerzen', 'ischias', 'verspannungen', 'einen steifen rücken',
  'steife hüften', 'die hüfte', 'den rücken', 'meinen rücken', 'das kreuz', 'den unteren rücken', 'langes sitzen', 'das viele sitzen', 'schmerzen im unteren rücken',
  'die hüftbeuger', 'arthrose', 'die beweglichkeit', 'kreuzweh', 'rückenweh'];

// What this stretch is and does: the name, the muscle, the purpose, asked of this one.
const THE = ['das', 'die', 'das hier', ...cross(['die', 'diese'], ['übung', 'dehnung', 'deutung'])];
const whatStretch = cat(
  cross(['was ist das für eine', 'was ist das für', 'was für eine', 'was war das für eine', 'was war das nochmal für eine', 'was ist das nochmal für eine',
    'was ist das eigentlich für eine'], ['übung', 'dehnung', 'deutung'], opt('ist das', 'war das', 'nochmal')),
  cross(['wie heißt', 'wie hieß', 'wofür ist', 'wozu ist', 'wozu dient', 'was bringt', 'was bringt mir', 'was macht', 'was genau macht', 'was dehnt', 'was trainiert'],
    THE, opt('eigentlich', 'nochmal', 'gut')),
  cross(['was dehnt', 'was macht', 'was bringt'], ['das', 'die'], ['genau', 'überhaupt']),
  // What it is done for, asked with the doing ("wofür mach ich das eigentlich", "warum machen wir die").
  cross(['wofür', 'wozu', 'warum', 'für was'], ['mach ich', 'machen wir'], ['das', 'die', 'die übung'], opt('eigentlich', 'überhaupt')),
  cross(['was dehn ich', 'was dehne ich', 'was dehnen wir', 'was wird', 'welcher muskel wird', 'welche muskeln werden', 'welchen muskel dehn ich', 'welchen muskel dehne ich',
    'welcher muskel ist', 'was trainier ich'], opt('da', 'hier', 'gerade'), opt('eigentlich'), opt('gedehnt')),
  cross(['was ist', 'was ist denn', 'was ist eigentlich', 'wozu dient'], ['der zweck', 'der sinn', 'das ziel', 'der nutzen'], opt('der übung', 'davon', 'dabei')),
  cross(['was bringt', 'wofür ist', 'was soll'], opt('mir', 'uns'), ['das', 'das jetzt', 'das eigentlich', 'das hier', 'das bringen', 'das gut']),
  cross(['hilft das', 'hilft die übung', 'hilft des', 'ist das gut', 'bringt das was', 'hilft das auch'], ['gegen', 'bei', 'für'], COMPLAINTS),
  cross(['für was', 'wofür', 'wozu'], ['ist das', 'is des', 'ist die', 'ist des'], ['gut', 'guat', 'gedacht', 'da']),
);

// How many are left: stretches, time, the end; in a question or said as "sind wir bald fertig".
const howManyLeft = cat(
  cross(['wie viele', 'wieviele', 'wie viele übungen', 'wie viele dehnungen', 'wie viele deutungen', 'wie viel'], ['kommen noch', 'sind es noch', 'sind noch', 'fehlen noch',
    'bleiben noch', 'hab ich noch', 'habe ich noch', 'haben wir noch', 'sind übrig', 'sind noch übrig', 'kommen denn noch', 'kommen da noch', 'kommen denn da noch',
    'hab ich noch vor mir', 'haben wir noch vor uns', 'noch', 'muss ich noch', 'müssen wir noch', 'machen wir noch', 'mach ich noch', 'stehen noch an', 'kommt noch',
    'kommt denn noch', 'fehlt noch', 'ist noch', 'kommt da noch', 'kommt jetzt noch']),
  cross(['wie lange', 'wie lang'], ['dauert', 'geht', 'brauchen wir', 'dauerts'], ['die routine', 'die ganze routine', 'das ganze', 'es'],
    opt('noch', 'denn noch')),
  cross(['sind wir', 'bin ich', 'ist es', 'ist die routine'], opt('bald', 'gleich', 'schon', 'fast', 'schon fast'), ['fertig', 'durch', 'vorbei', 'geschafft', 'am ende']),
  // The end named ("wie viele noch bis zum schluss"), and "many" asked as yes or no ("sind noch viele übungen", "kommen noch viele").
  cross(['wie viele', 'wie viele übungen', 'wie viele dehnungen', 'wie viel'], ['noch', 'sind es noch', 'kommen noch'], ['bis zum schluss', 'bis zum ende', 'bis ich fertig bin', 'bis wir fertig sind']),
  cross(['sind', 'kommen', 'sind es', 'gibt es', 'gibts', 'habe ich', 'hab ich', 'haben wir'], ['noch viele', 'noch viel', 'noch viele übungen', 'noch viele dehnungen', 'noch viele übrig']),
  cross(['ist das', 'war das', 'kommt jetzt', 'ist das jetzt'], ['die letzte', 'die letzte übung', 'die letzte dehnung', 'die vorletzte', 'schon die letzte']),
  cross(['wie weit sind wir', 'wie weit bin ich', 'wie viel fehlt', 'wie viel ist', 'was fehlt'], opt('noch', 'schon', 'jetzt', 'in der routine', 'noch übrig')),
  cross(['wann bin ich', 'wann sind wir', 'wann ist die routine', 'wann ist es'], opt('endlich', 'denn', 'ungefähr'), ['fertig', 'durch', 'vorbei', 'zu ende']),
  cross(['wie viele', 'wie viele übungen'], ['fehlen', 'kommen', 'bleiben']),
  cross(['was steht', 'was kommt', 'was haben wir'], ['noch an', 'noch alles', 'alles noch', 'noch vor uns']),
  cross(['was ist', 'was bleibt', 'wie viel bleibt'], ['noch übrig', 'übrig']), ['ist noch viel', 'ist noch viel übrig'],
);

// Easier: the ask, said alone or after what is hard ("ich komm nicht so weit runter, geht das auch leichter").
const HARD = ['', 'das ist mir zu schwer', 'das ist zu schwer', 'zu schwer', 'das schaff ich nicht', 'ich schaff das nicht', 'ich komm nicht so weit', 'ich komme nicht so weit',
  'ich komm nicht so weit runter', 'ich komme nicht so weit runter', 'ich bin zu steif', 'das klappt nicht', 'das geht nicht', 'ich komm da nicht hin', 'puh',
  'das schaffe ich nicht', 'ich schaffe das nicht', 'das ist zu anstrengend', 'zu anstrengend', 'ich bin nicht so beweglich'];
const HARD_SAID = HARD.slice(1, 11);
/** The comparatives of less a gentler version is asked with. */
const LESS = ['leichter', 'einfacher', 'sanfter'];
const EASIER = ['gibt es was einfacheres', 'gibts was einfacheres', 'gibt es was leichteres', 'gibts was leichteres', 'geht das auch leichter', 'geht das auch einfacher',
  'geht das leichter', 'geht das einfacher', 'gibt es eine leichtere variante', 'gibt es eine einfachere version', 'gibt es die auch leichter', 'gibt es die auch in leicht',
  'gibt es die nächste auch in leicht', 'gibt es die nächste auch leichter', 'haben sie eine einfachere version', 'haben sie eine leichtere variante',
  'hast du eine leichtere variante', 'hast du was leichteres', 'haben sie was leichteres', 'eine leichtere bitte', 'leichter bitte', 'einfacher bitte',
  'mach es leichter', 'mach es einfacher', 'machen sie es leichter', 'etwas sanfter bitte', 'sanfter bitte'];
const TOO_HARD = cross(['das ist', 'das ist mir', 'die ist', 'das war', 'das war mir', 'des is ma'], ['zu schwer', 'zu anstrengend', 'zu schwierig', 'zu hart']);
const LESS_SAID = ['weniger schwer', 'weniger anstrengend', 'weniger intensiv', 'weniger hart', 'nicht so schwer', 'nicht so anstrengend', 'leichter', 'einfacher', 'sanfter', 'lockerer'];
const easier = cat(
  EASIER,
  cross(TOO_HARD, ['leichter bitte', 'einfacher bitte', 'mach es leichter', 'machs leichter', 'geht das leichter', 'eine leichtere bitte', 'gibts was leichteres', 'sanfter bitte']),
  cross(['machs'], opt('mal', 'etwas', 'ein bisschen', 'doch'), LESS_SAID),
  cross(['mach', 'machen sie'], ['es', 'das', 'die übung', 'die übungen', 'die dehnungen', 'das ganze'], opt('mal', 'etwas', 'ein bisschen'), LESS_SAID.slice(0, 6)),
  cross(['mach', 'machen sie'], ['die übungen', 'die dehnungen', 'das ganze'], opt('mal', 'etwas', 'ein bisschen'), LESS_SAID.slice(6)),
  cross(['gibt es', 'gibts', 'hast du', 'haben sie'], ['da', 'dafür', 'hier', 'denn'], cat(cross(['eine'], ['leichtere', 'einfachere', 'sanftere'], ['variante', 'version', 'übung', 'alternative']),
    cross(['was'], ['leichteres', 'einfacheres', 'sanfteres']))),
  HARD_SAID,
  cross(['das ist', 'das ist mir', 'die ist', 'die ist mir', 'es ist', 'es ist mir', 'die übung ist', 'die übung ist mir'], ['zu schwer', 'zu anstrengend',
    'zu schwierig', 'zu hart']),
  cross(HARD_SAID, EASIER.slice(0, 10)),
  cross(['kann ich', 'können wir', 'kann man'], ['das', 'die übung'], opt('irgendwie', 'etwas'), ['sanfter', 'leichter', 'einfacher'], opt('machen')),
  // An easier one asked for: "gibt es eine einfachere Variante", "haben Sie was Sanfteres", "mach es bitte einfacher".
  cross(['gibt es', 'gibts', 'hast du', 'haben sie'], ['eine', 'auch eine'], ['leichtere', 'einfachere', 'sanftere'], ['variante', 'version', 'übung', 'alternative']),
  cross(['gibt es', 'gibts', 'hast du', 'haben sie'], ['was', 'etwas'], ['leichteres', 'einfacheres', 'sanfteres']),
  cross(['mach', 'machen sie'], ['es', 'das', 'die übung'], opt('bitte', 'mal', 'doch', 'etwas'), ['leichter', 'einfacher', 'sanfter']),
  cross(['bitte', 'etwas', 'ein bisschen', 'bitte etwas', 'noch etwas', 'lieber'], ['leichter', 'einfacher', 'sanfter', 'lockerer'], opt('bitte')),
  // The frames harder has, with the comparatives of less ("geht das ein bisschen leichter", "mach es mir leichter", "das darf ruhig sanfter sein").
  cross(['geht das', 'geht es', 'gehts', 'kann man das'], opt('auch', 'etwas', 'ein bisschen'), LESS),
  cross(['mach'], ['es', 'das'], ['mir', 'mir etwas'], LESS),
  cross(opt('eine'), ['leichtere', 'einfachere', 'sanftere'], ['variante', 'version'], opt('bitte')),
  cross(['ich brauche', 'ich brauch', 'ich hätte gern', 'lieber'], ['was leichteres', 'etwas leichteres', 'was einfacheres', 'was sanfteres', 'eine leichtere variante', 'eine sanftere variante']),
  cross(['das', 'es'], ['darf', 'kann'], opt('ruhig', 'etwas'), LESS, ['sein']),
  cross(['nicht so', 'bitte nicht so', 'nicht ganz so'], ['schwer', 'anstrengend', 'intensiv', 'tief'], opt('bitte')),
  cross(['kann man das', 'kannst du das', 'können wir das', 'kann ich das', 'bitte'], ['vereinfachen', 'abschwächen', 'entschärfen', 'leichter machen', 'einfacher machen']),
  cross(['zeig mir', 'gib mir', 'ich möchte', 'ich will'], ['eine leichtere variante', 'eine einfachere variante', 'eine sanftere variante', 'was leichteres', 'was einfacheres']),
  cross(['geht das', 'geht die', 'kann ich das', 'gibt es die'], opt('auch'), ['im sitzen', 'im liegen', 'im stehen', 'auf dem stuhl']),
  cross(['ich bin', 'ich bin halt'], opt('nicht so', 'nicht sehr', 'gar nicht', 'so', 'zu'), ['gelenkig', 'flexibel', 'steif', 'unbeweglich']).filter((x) => !/ (?:gelenkig|flexibel)$/.test(x) || / (?:nicht so|nicht sehr|gar nicht) /.test(x)),
);

// Harder: the same frames as easier, with the comparatives of more ("geht's auch schwerer", "mach es anstrengender").
const MORE = ['schwerer', 'härter', 'intensiver', 'anstrengender', 'anspruchsvoller', 'fordernder', 'tiefer', 'stärker', 'schwieriger'];
const TOO_EASY = cross(['das ist', 'das war', 'die ist', 'die war', 'des is', 'das ist mir', 'das war mir'], ['zu leicht', 'zu einfach', 'zu locker']);
const harder = cat(
  cross(TOO_EASY, ['machs schwerer', 'mach es schwerer', 'mach es härter', 'machs härter', 'schwerer bitte', 'härter bitte', 'bitte schwerer', 'geht das schwerer',
    'geht das auch schwerer', 'gib mir was schwereres', 'eine schwerere bitte', 'mehr bitte', 'ich will mehr']),
  cross(['machs'], opt('mal', 'etwas', 'ein bisschen', 'noch', 'doch'), MORE),
  cross(['mach', 'machen sie'], ['die übungen', 'die dehnungen', 'das ganze'], opt('mal', 'etwas', 'ein bisschen', 'noch'), MORE.slice(0, 5)),
  cross(['gib mir', 'ich will', 'ich möchte', 'ich hätte gern', 'ich brauch', 'zeig mir', 'gibt es', 'gibts', 'hast du'], ['was', 'etwas', 'mal was'],
    ['schwereres', 'härteres', 'intensiveres', 'anstrengenderes', 'anspruchsvolleres', 'forderndes', 'schwierigeres', 'knackigeres']),
  // What the stretch may be, the verb agreeing with its subject ("die übungen könnten ruhig härter sein").
  cross(['das', 'es', 'die übung', 'die'], ['darf', 'könnte', 'dürfte', 'sollte', 'kann'], opt('ruhig', 'ruhig etwas', 'etwas'), MORE.slice(0, 4), ['sein']),
  cross(['die übungen', 'die dehnungen', 'die'], ['dürfen', 'könnten', 'dürften', 'sollten', 'können'], opt('ruhig', 'ruhig etwas', 'etwas'), MORE.slice(0, 4), ['sein']),
  cross(opt('mach', 'noch', 'jetzt'), ['eine stufe', 'ein level', 'eine stufe mehr', 'einen gang'], ['schwerer', 'härter', 'höher', 'rauf', 'schwieriger', 'anspruchsvoller', 'hoch']),
  cross(['geht das auch', 'geht es auch', 'gehts auch', 'geht das', 'geht es', 'gibt es die auch', 'gibts die auch'], opt('etwas', 'ein bisschen', 'noch'), MORE.slice(0, 6)),
  cross(['kann man das', 'kann ich das', 'können wir das'], opt('etwas', 'ein bisschen', 'noch'), MORE.slice(0, 6), ['machen']),
  // More said as what one can do ("ich kann mehr", "das geht noch tiefer"), and a harder one asked to be shown.
  cross(['das geht', 'es geht', 'ich kann', 'ich komme', 'ich komm'], ['noch tiefer', 'tiefer', 'noch mehr', 'viel mehr', 'noch weiter runter']),
  cross(['zeig mir', 'gib mir', 'ich möchte', 'ich will'], ['eine schwerere variante', 'eine schwierigere variante', 'eine härtere variante', 'was schwereres', 'was härteres']),
  cross(['mach', 'machen sie'], ['es', 'das', 'die übung'], opt('bitte', 'mal', 'doch', 'etwas', 'ein bisschen', 'noch'), MORE),
  cross(['gibt es', 'gibts', 'hast du', 'haben sie'], ['eine', 'auch eine'], ['schwerere', 'härtere', 'intensivere', 'anstrengendere', 'anspruchsvollere', 'schwierigere'], ['variante', 'version', 'übung', 'alternative']),
  cross(opt('eine'), ['schwerere', 'härtere', 'intensivere', 'schwierigere'], ['variante', 'version'], opt('bitte')),
  cross(['mach'], ['es', 'das'], ['mir', 'mir etwas'], MORE.slice(0, 3)),
  // What it may be ("das darf ruhig intensiver sein"), and being challenged ("ich will mehr gefordert werden").
  cross(['das', 'es'], ['darf', 'kann'], opt('ruhig', 'ruhig etwas', 'etwas'), MORE.slice(0, 4), ['sein']),
  cross(['kann das', 'kann es', 'darf das', 'darf es', 'könnte das'], opt('ruhig', 'etwas', 'noch'), MORE.slice(0, 4), ['sein']),
  cross(opt('viel', 'echt', 'bisschen', 'eigentlich'), ['zu leicht', 'zu einfach', 'zu locker']),
  cross(['eine stufe', 'ein level', 'eine stufe mehr'], ['schwerer', 'härter', 'höher', 'rauf']),
  cross(['ich will', 'ich möchte'], opt('mehr', 'richtig'), ['gefordert werden', 'herausgefordert werden']),
  cross(['ich brauche', 'ich brauch', 'ich hätte gern', 'lieber'], ['was schwereres', 'etwas schwereres', 'was härteres', 'eine schwierigere variante', 'eine schwerere variante']),
  cross(['gibt es', 'gibts', 'hast du', 'haben sie'], ['was', 'etwas'], ['schwereres', 'härteres', 'intensiveres', 'anstrengenderes', 'anspruchsvolleres']),
  cross(['das ist', 'das ist mir', 'die ist', 'die ist mir', 'es ist', 'die übung ist', 'die übung ist mir'], opt('viel', 'echt', 'ein bisschen'), ['zu leicht', 'zu einfach', 'zu locker', 'zu lasch']),
  cross(opt('bitte', 'etwas', 'ein bisschen', 'noch', 'lieber'), MORE, opt('bitte')).filter((x) => x !== ''),
  cross(opt('ich möchte', 'ich will', 'ich würde gern', 'lieber', 'bitte', 'kann ich', 'können wir'), ['länger halten', 'länger dehnen', 'die haltezeit länger', 'eine längere haltezeit'], opt('bitte')),
);
// Easier, by the hold: a shorter hold is the gentler dose ("kürzer halten", "die haltezeit kürzer machen").
const shorterHold = cross(opt('ich möchte', 'ich will', 'ich würde gern', 'lieber', 'bitte', 'kann ich', 'können wir'), ['kürzer halten', 'nicht so lange halten', 'die haltezeit kürzer machen',
  'die haltezeit verkürzen', 'eine kürzere haltezeit'], opt('bitte'));

/** A limb whose place in the stretch is asked ("wo soll das bein hin"), with the article it takes. */
const LIMBS = ['das {bodyPart}', 'der {bodyPart}', 'die {bodyPart}', 'mein {bodyPart}', 'meine {bodyPart}', 'das andere bein'];

// Tell me more: how it is done, asked of this one ("wie geht die genau", "erklär mir das nochmal genauer", "wie mach ich das richtig").
const tellMore = cat(
  cross(['wie genau geht', 'wie genau mach ich', 'wie genau funktioniert'], ['die', 'das', 'die übung']),
  cross(['wie geht', 'wie funktioniert', 'wie mach ich', 'wie mache ich', 'wie machen wir', 'wie macht man', 'wie soll ich', 'wie muss ich'], ['die', 'das', 'die übung', 'die dehnung', 'diese übung', 'diese dehnung'],
    opt('genau', 'richtig', 'nochmal', 'eigentlich'), opt('machen')),
  cross(['erklär mir', 'erklär', 'erkläre mir', 'erklären sie', 'erklären sie mir', 'beschreib mir', 'beschreib', 'zeig mir'], ['das', 'die übung', 'die dehnung', 'die position', 'es'],
    opt('nochmal', 'noch mal'), opt('genauer', 'genau', 'ausführlicher', 'richtig')),
  cross(opt('das', 'die übung', 'die dehnung', 'es'), opt('nochmal', 'noch mal', 'bitte'), ['genauer', 'ausführlicher'], ['erklären', 'beschreiben']),
  cross(['wie geht', 'wie ging'], ['das', 'die'], opt('nochmal', 'noch mal'), ['genau', 'richtig']),
  cross(opt('sag mir', 'sag mir genauer', 'mir genauer sagen', 'erklär mir'), ['wo', 'wohin'], LIMBS, ['hin soll', 'hin muss', 'hingehört', 'hinkommt', 'hin kommt']),
  cross(['wo soll', 'wo muss', 'wohin soll', 'wo kommt', 'wo gehört', 'wo kommen', 'wo sollen'], LIMBS, opt('genau', 'denn', 'jetzt'), ['hin']),
  cross(['was muss ich', 'was soll ich', 'was mach ich', 'was mache ich', 'was machen wir'], opt('da', 'hier', 'dabei', 'jetzt'), ['genau', 'jetzt genau', 'denn genau'], opt('machen', 'tun')),
  cross(['erklär mir', 'erkläre mir', 'erklären sie mir', 'beschreib mir', 'beschreiben sie mir', 'zeig mir'], ['die haltung', 'die stellung', 'die ausgangsposition',
    'den ablauf', 'die bewegung', 'die ausführung', 'die technik'], opt('genauer', 'ausführlicher', 'nochmal', 'etwas genauer')),
  cross(['wie mach ich das', 'wie mache ich das', 'wie geht das', 'wie geht die übung', 'wie funktioniert das', 'wie soll das gehen', 'was muss ich machen', 'was soll ich machen'],
    opt('richtig', 'genau', 'eigentlich'), ['ich checks nicht', 'ich check das nicht', 'ich verstehs nicht', 'ich versteh das nicht', 'ich kapiers nicht', 'ich kapier das nicht',
      'ich blick nicht durch', 'ich komm nicht mit', 'ich krieg das nicht hin', 'ich kriegs nicht hin', 'das klappt nicht']),
);

/** What a user calls their record: "mein Stand", "meine Serie", "meine Erfolge". */
const PROGRESS_NOUNS = ['mein stand', 'mein fortschritt', 'meine serie', 'meine statistik', 'meine bilanz', 'meine erfolge', 'meine woche', 'meine zahlen', 'meine übersicht',
  'mein streak'];
const PROGRESS_ACCUSATIVE = PROGRESS_NOUNS.map((n) => n.replace(/^mein /, 'meinen '));

// Progress: how it is going, said plainly or as a question about the week or the sessions.
const progress = cat(
  cross(['wie läufts', 'wie läuft es', 'wie geht es voran', 'wie stehe ich', 'wie steh ich', 'wie sieht es aus', 'wie siehts aus', 'wie mache ich mich', 'wie mach ich mich',
    'wie schlage ich mich', 'wie schlag ich mich'], opt('denn'), opt('so', 'da', 'bei mir', 'so bei mir', 'insgesamt', 'bisher', 'insgesamt da')),
  cross(opt('sag mir', 'sag mir lieber', 'sagen sie mir', 'zeig mir', 'erzähl mir'), ['wie ich mich mache', 'wie ich mich schlage', 'wie es bei mir läuft', 'wie ich vorankomme',
    'wie weit ich bin', 'wie viel ich geschafft habe', 'was ich geschafft habe', 'meinen fortschritt', 'meine statistik', 'meine woche', 'wie es läuft', 'wie es so läuft',
    'wie es aussieht']),
  cross(['wie viele einheiten', 'wie viele routinen', 'wie viele tage', 'wie viele tage am stück', 'wie viele tage hintereinander', 'wie viele tage in folge', 'wie oft'],
    ['hab ich', 'habe ich'], opt('diese woche', 'schon', 'insgesamt', 'bisher', 'diesen monat', 'dieses monat'),
    opt('geschafft', 'gemacht', 'gedehnt')),
  // What was done, asked of oneself ("was hab ich bisher so geschafft"), and whether it was enough ("hab ich diese woche genug gemacht").
  cross(['was hab ich', 'was habe ich'], opt('bisher', 'schon', 'diese woche'), opt('so'), ['geschafft', 'gemacht']),
  cross(['hab ich', 'habe ich'], opt('diese woche', 'bisher'), ['genug gemacht', 'genug gedehnt', 'oft genug gedehnt']),
  cross(opt('sag mir'), ['wie ich so vorankomme', 'wie ich so dastehe', 'wie ich dastehe', 'wie ich mich so schlage', 'wie ich mich so mache']),
  cross(['wie ist', 'wie war', 'was macht', 'was sagt', 'wie steht es um', 'wie siehts aus mit'], PROGRESS_NOUNS),
  cross(['wie sieht', 'wie schaut'], PROGRESS_NOUNS, ['aus']),
  cross(['zeig mir', 'zeig mal', 'zeig', 'sag mir', 'nenn mir'], PROGRESS_ACCUSATIVE),
  cross(['ich will', 'ich möchte'], PROGRESS_ACCUSATIVE, ['sehen', 'wissen']),
  cross(['wie oft', 'wie viele tage'], ['war ich', 'hab ich', 'habe ich'], opt('diese woche', 'schon', 'bisher', 'diesen monat'), ['dabei', 'trainiert', 'geübt', 'gestretcht']),
  cross(['hab ich', 'habe ich', 'ist'], ['meine serie', 'meine streak'], ['noch', 'noch intakt', 'verloren', 'gehalten']),
  cross(['wie lange', 'seit wann'], ['dehne ich', 'dehn ich', 'mach ich das', 'mache ich das', 'trainiere ich', 'bin ich dabei'], opt('schon')),
  cross(['wie viele', 'wie viel'], ['einheiten', 'routinen', 'übungen', 'tage', 'sessions'], ['diese woche', 'bisher', 'insgesamt', 'schon', 'diesen monat']),
  cross(['wie läuft es', 'wie läufts', 'wie steht es', 'wie sieht es aus'], ['mit meinem training', 'mit meinen übungen', 'mit dem dehnen', 'mit meiner serie']),
  cross(['wie fleißig', 'wie regelmäßig', 'wie gut'], ['war ich', 'bin ich', 'bin ich dabei'], opt('diese woche', 'bisher')),
  cross(['erzähl mir', 'erzählen sie mir', 'berichte mir'], ['von meinem fortschritt', 'über meinen fortschritt', 'von meiner woche', 'von meinen erfolgen']),
  cross(['wie schau ich aus', 'wie schaue ich aus', 'wie schaut es aus', 'wie schauts aus', 'wie siehts aus', 'wie sieht es aus', 'wie steh ich da', 'wie stehe ich da',
    'wie läufts', 'wie läuft es', 'wie ist es', 'wie stehts', 'wie steht es'], ['mit meinen fortschritten', 'mit meinem fortschritt', 'mit dem fortschritt', 'mit den fortschritten',
    'mit meiner serie', 'mit meiner statistik', 'mit meinen erfolgen', 'mit mir', 'bei mir so', 'mit meinem stand']),
  ['wie schau ich aus', 'wie schaue ich aus', 'wie schauts bei mir aus', 'wie schaut es bei mir aus', 'wie schaut mein fortschritt aus', 'wie schauen meine fortschritte aus',
    'wie sind meine fortschritte', 'meine fortschritte', 'zeig mir meine fortschritte', 'was machen meine fortschritte'],
  ['wie entwickle ich mich', 'werde ich besser', 'werde ich beweglicher', 'mache ich fortschritte', 'mach ich fortschritte', 'bin ich besser geworden'],
);

// Deleting what the skill keeps, in everyday words and every frame: "lösch alles, was du über mich weißt", "vergiss mich", "ich will, dass du meine Daten löschst".
const WHAT_IS_KEPT = ['meine daten', 'meine gespeicherten daten', 'alles über mich', 'alles was du über mich weißt', 'alles was du von mir weißt',
  'meinen verlauf', 'meinen ganzen verlauf', 'meinen fortschritt'];
const deleteData = cat(
  asked(verb(['lösch', 'lösche'], 'löschen', ['lösch', 'lösche']), WHAT_IS_KEPT),
  cross(['entfern', 'entferne', 'entfernen sie'], WHAT_IS_KEPT.slice(0, 3)),
  cross(['vergiss', 'vergessen sie', 'bitte vergiss'], ['mich', 'alles über mich', 'alles was du über mich weißt', 'meine daten']),
  cross(['ich will dass du', 'ich möchte dass du', 'ich möchte dass sie'], WHAT_IS_KEPT.slice(0, 6), ['löschst', 'löschen', 'vergisst']),
);

// Starting a routine: the routine's words (germanRoutineWords) carry the noun phrase ("die übungen für den abend",
// "die morgen routine"); the samples carry the verb, in every frame: a command, a wish with the verb last, "mit … anfangen", or the noun alone.
const THE_ROUTINE = cat(cross(['die', 'das', 'den', 'meine', 'mein', 'eine', ''], ['{routine}']),
  cross(['die', 'eine'], ['kurze', 'lange'], ['{routine}']));
const START_VERBS = ['starte', 'starten sie', 'mach', 'machen sie', 'beginne', 'zeig mir', 'gib mir', 'machen wir', 'starten wir', 'mach mir'];
const START_MODALS = ['ich möchte', 'ich will', 'ich würde gern', 'ich möcht', 'lass uns', 'können wir', 'wir können', 'lieber', 'dann lieber', 'ich nehme', 'ich nehm'];
const startRoutine = cat(
  cross(START_VERBS, THE_ROUTINE),
  cross(START_VERBS, ['mal', 'bitte'], THE_ROUTINE.slice(0, 7)),
  cross(START_MODALS, THE_ROUTINE.slice(0, 7), opt('machen', 'starten')),
  cross(['ich brauche', 'ich brauch', 'ich hätte gern', 'ich hätte gerne', 'gib mir'], ['eine', 'die', 'meine'], opt('kurze'), ['{routine}']),
  // Stretching said with the time as its when: "ich möchte vor dem schlafengehen dehnen", "lass uns morgens dehnen".
  cross(['ich möchte', 'ich will', 'lass uns', 'wir können', 'können wir', 'ich würde gern', ''], ['{routine}'], ['dehnen', 'üben', 'stretchen']),
  cross(['ich möchte', 'ich will', 'lass uns', 'wir fangen', 'fangen wir', 'fang'], ['mit dem', 'mit der', 'mit den'], ['{routine}'], ['an', 'anfangen', 'beginnen']),
  cross(THE_ROUTINE.filter((s) => s !== '{routine}'), opt('bitte', 'machen', 'starten', 'beginnen', 'anfangen')),
  cross(['{routine}'], ['machen', 'starten', 'beginnen', 'anfangen']),
  cross(['zeit für', 'es ist zeit für', 'jetzt ist zeit für', 'höchste zeit für', 'so zeit für', 'auf zu'], ['die', 'meine', 'eine', 'unsere', 'das', 'mein', ''], ['{routine}']),
  cross(START_MODALS, ['heute', 'heut', 'jetzt', 'gern', 'lieber'], ['die {routine}', 'das {routine}', '{routine}']),
  cross(['', 'ich brauch', 'ich brauche', 'gib mir', 'ich möchte', 'ich will', 'ich hätte gern', 'mach', 'mach mir', 'jetzt'], ['was', 'etwas', 'bitte was'], ['{routine}']),
  // The routine named by what it is for ("ich will die für in der früh", "die für abends bitte").
  cross(['', 'ich will', 'ich möchte', 'mach', 'starte', 'gib mir', 'lieber'], ['die für', 'die übungen für'], ['{routine}']),
);

/** A routine's time of day as said after a noun ("für den abend", "in der früh"), and in a compound split in two ("abend routine"). */
const ROUTINE_TIMES: Readonly<Record<'morning' | 'evening' | 'workday', { readonly after: readonly string[]; readonly before: readonly string[] }>> = {
  morning: { after: ['für den morgen', 'am morgen', 'für morgens', 'morgens', 'für die früh', 'in der früh', 'für früh', 'zum aufwachen', 'nach dem aufstehen',
    'für heute morgen', 'zum wachwerden'], before: ['morgen', 'morgens', 'früh'] },
  evening: { after: ['für den abend', 'am abend', 'für abends', 'abends', 'für heute abend', 'vor dem schlafen', 'vorm schlafengehen', 'vor dem schlafengehen',
    'zum einschlafen', 'für die nacht', 'zum runterkommen', 'vorm schlafen',
    ...cross(['zum runterkommen', 'zum entspannen', 'zum abschalten', 'zum einschlafen'], ['vorm schlafen', 'vor dem schlafen', 'vorm schlafengehen', 'am abend', 'abends', 'vorm ins bett gehen'])], before: ['abend', 'abends', 'nacht'] },
  workday: { after: ['für die arbeit', 'bei der arbeit', 'in der arbeit', 'fürs büro', 'im büro', 'für das büro', 'am schreibtisch', 'für den schreibtisch',
    'für zwischendurch', 'zwischendurch', 'für zwischendurch am schreibtisch', 'zwischendurch am schreibtisch', 'für die mittagspause', 'in der mittagspause', 'für den arbeitstag', 'am arbeitsplatz', 'im sitzen',
    'vom schreibtisch', 'von der arbeit', 'vom sitzen'],
  before: ['büro', 'arbeits', 'arbeitstag', 'schreibtisch', 'arbeit', 'pausen', 'mittags'] },
};
/** The adjective a routine's time is said with ("meine morgendliche Routine", "die abendlichen Übungen"). */
const ROUTINE_ADJECTIVES: Readonly<Record<string, readonly string[]>> = { morning: ['morgendliche', 'morgendlichen'], evening: ['abendliche', 'abendlichen'], workday: [] };
const ROUTINE_NOUNS = ['routine', 'übungen', 'übung', 'dehnung', 'programm', 'runde', 'dehnpause', 'pause', 'dehnungen', 'einheit', 'dehnübungen', 'training', 'deutung'];

/** Each routine's words as a noun phrase: "übungen für den abend", "die lange runde am abend", "morgen routine", "schreibtisch übungen". */
export const germanRoutineWords: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(ROUTINE_TIMES).map(([id, time]) => [id, cat(cross(id === 'workday' ? ['kurze', 'schnelle', 'kleine'] : id === 'evening' ? ['lange', 'längere', 'ganze'] : [],
    ROUTINE_NOUNS.slice(0, 8)),cross(ROUTINE_NOUNS.slice(0, 8), time.after), cross(['kurze', 'lange'], ROUTINE_NOUNS.slice(0, 8), time.after),
    cross(time.before, ROUTINE_NOUNS), time.before.map((t) => ROUTINE_NOUNS.map((n) => `${t}${n}`)).flat(), time.after,
    // "für" before a time that is a phrase of its own ("die runde für nach dem aufstehen", "übungen für in der früh").
    cross(ROUTINE_NOUNS.slice(0, 6), ['für'], time.after.filter((a) => !/^(?:für|zum|zwischendurch)/.test(a))), cross(ROUTINE_ADJECTIVES[id] ?? [], ROUTINE_NOUNS.slice(0, 6)))]),
);

/** Words for a routine of no particular time: any start that names none is asked which. */
const GENERIC_SESSIONS = ['übungsreihe', 'trainingseinheit', 'dehneinheit', 'session', 'einheit', 'runde', 'training'];
const anyRoutine = cat(cross(['starte', 'start', 'mach', 'beginne'], ['eine', 'ein'], GENERIC_SESSIONS),
  cross(['ich möchte', 'ich will', 'lass uns'], ['eine', 'ein'], GENERIC_SESSIONS, ['machen', 'starten']),
  // Stretching wished for with how much, no routine named ("ich würd gern a bissl dehnen"); starting "with the exercises".
  cross(['ich würde gern', 'ich möchte', 'ich will', 'lass uns'], ['ein bisschen', 'etwas', 'mal', 'kurz', 'eine runde', 'ein paar übungen'], ['dehnen', 'mich dehnen']),
  cross(['ich hätte gern', 'ich hätte gerne', 'ich möchte', 'gib mir', 'mach mit mir'], ['eine dehnübung', 'ein paar dehnübungen', 'ein paar übungen', 'eine dehnung']),
  cross(['fang', 'fangen wir', 'lass uns', 'ich möchte'], ['mit den übungen', 'mit dem training', 'mit dem dehnen'], ['an', 'anfangen']),
  cross(['ich will', 'ich möchte', 'ich würde gern', 'lass uns', 'wir wollen'], ['trainieren', 'stretchen', 'üben', 'mich stretchen', 'gymnastik machen']),
  cross(['los gehts', 'auf gehts', 'jetzt gehts los'], ['mit dem dehnen', 'mit den übungen', 'mit dem training', 'mit dem stretching']),
  ['dehnen wir', 'dehnen wir los', 'stretchen wir', 'trainieren wir', 'üben wir']);

// Yes and no, with what is said after it ("okay, machen wir", "nein danke, heute nicht").
// "Au ja" is delight, not a cry ("au ja, gerne"): a yes, before PainIntent's "au {feeling}" could read it.
const yes = cat(cross(['au ja', 'oh ja', 'o ja', 'au fein', 'au super', 'au prima', 'au ja super', 'au ja bitte', 'au ja gern'], opt('gerne', 'gern', 'bitte', 'klar', 'mach', 'machen wir', 'los', 'mach das', 'unbedingt')),
  ['ja ja', 'ja mach', 'ja ja mach', 'ja ja gerne', 'genau das', 'das genau', 'ja genau das', 'das will ich', 'das möchte ich', 'das wäre gut', 'gerne doch', 'ja das wäre gut'], cross(['ja', 'okay', 'ok', 'gut', 'klar', 'jep', 'jo', 'gerne', 'na gut', 'ja gut', 'passt', 'sicher'], ['machen wir', 'mach mal', 'mach das', 'gerne',
  'gern', 'los', 'bitte gerne', 'klar', 'sicher', 'passt', 'auf jeden fall']));
const no = cross(['nein', 'nee', 'nö', 'ne', 'na'], opt('danke'), ['heute nicht', 'jetzt nicht', 'lieber nicht', 'eher nicht', 'nicht heute', 'nicht jetzt',
  'das möchte ich nicht', 'das will ich nicht', 'lass mal', 'ein andermal', 'lieber ein andermal', 'will ich nicht']);

/** A contraction and its spelled-out form both: "weiter gehts" and "weiter geht es", "wie läufts" and "wie läuft es". */
const bothSpellings = (samples: readonly string[]): string[] =>
  samples.flatMap((s) => (/\b(gehts|läufts)\b/.test(s) ? [s, s.replace(/\bgehts\b/g, 'geht es').replace(/\bläufts\b/g, 'läuft es')] : [s]));

const crossed: Readonly<Record<string, readonly string[]>> = {
  SkipIntent: skip,
  'AMAZON.NextIntent': next,
  'AMAZON.PreviousIntent': previous,
  'AMAZON.RepeatIntent': repeat,
  'AMAZON.PauseIntent': pause,
  'AMAZON.ResumeIntent': resume,
  'AMAZON.StopIntent': stop,
  'AMAZON.HelpIntent': help,
  HoldDurationIntent: holdDuration,
  WhichSideIntent: whichSide,
  WhatDoesThisStretchIntent: whatStretch,
  HowManyLeftIntent: howManyLeft,
  EasierIntent: [...easier, ...shorterHold],
  HarderIntent: harder,
  TellMeMoreIntent: tellMore,
  ProgressIntent: progress,
  DeleteDataIntent: deleteData,
  StartRoutineIntent: [...startRoutine, ...anyRoutine],
  'AMAZON.YesIntent': yes,
  'AMAZON.NoIntent': no,
};

export const germanEveryday: Readonly<Record<string, readonly string[]>> = Object.fromEntries(Object.entries(crossed).map(([intent, list]) => [intent, bothSpellings(list)]));
