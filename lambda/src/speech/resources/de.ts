import type { Words } from './words';

/**
 * Deutsche Texte für Hip Coach ("Hüft Coach"). Wir duzen: so spricht Alexa selbst auf Deutsch, und
 * so sprechen Trainerinnen und Physiotherapeuten in Kursen und Apps; mitten in der Dehnung soll die
 * Stimme nah und ruhig klingen, nicht förmlich.
 *
 * Übungsnamen stehen ohne Artikel und immer allein (nach einem Doppelpunkt oder als Anrede), damit
 * kein Satz sie beugen muss: "Als Nächstes: Kindhaltung." Seiten sind Adverbien ("rechts"/"links"),
 * aus demselben Grund. Zahlen, die man anders sagt als schreibt, stehen als Wörter ("eins eins zwei").
 *
 * Built on first use (a function, not a module-level object), so a container that never speaks
 * German never builds these strings.
 */
export function de(): Words {
  return {
    stretch: {
      kneelingHipFlexor: {
        name: 'Hüftbeuger-Dehnung im Halbknien',
        setup: [
          'Geh auf ein Knie, bei hartem Boden mit einem Kissen darunter, und stell den anderen Fuß flach vor dir auf.',
          'Schulter, Hüfte und hinteres Knie bilden eine Linie, der Oberkörper bleibt aufrecht.',
          'Kipp das Becken leicht nach hinten, als wolltest du den unteren Rücken flach machen, und spür, wie sich die Vorderseite der hinteren Hüfte öffnet.',
        ],
        short: 'Halbkniestand, Oberkörper aufrecht, Becken nach hinten kippen.',
        purpose: 'Diese Übung dehnt die Hüftbeuger, die Muskeln vorn an der Hüfte, die vom langen Sitzen kürzer werden und am unteren Rücken ziehen können.',
      },
      standingHipFlexor: {
        name: 'Hüftbeuger-Dehnung im Stehen',
        setup: [
          'Stell dich in einen Türrahmen oder neben eine Wand oder einen Tisch, damit du dich festhalten kannst.',
          'Mach mit einem Fuß einen großen Schritt nach vorn, etwa sechzig Zentimeter.',
          'Bleib aufrecht und kipp das Becken nach hinten, bis du vorn an der hinteren Hüfte eine sanfte Dehnung spürst.',
        ],
        short: 'Schrittstellung, aufrecht stehen, Becken nach hinten kippen.',
        purpose: 'Diese Übung öffnet die Vorderseite der Hüfte ganz ohne Knien, also auch am Schreibtisch.',
      },
      hipRotator: {
        name: 'Dehnung der Hüftrotatoren im Liegen',
        setup: [
          'Leg dich auf den Rücken, beide Knie gebeugt, die Füße auf dem Boden.',
          'Schlag ein Bein über das andere, sodass die Rückseite des oberen Oberschenkels auf dem unteren liegt.',
          'Halt die Beine mit den Händen und zieh beide Knie sanft zur Brust.',
          'Du solltest es im Gesäß spüren. Wenn es vorn in der Hüfte oder in der Leiste zwickt oder sich ein Knie meldet, lass locker.',
        ],
        short: 'Auf dem Rücken, Beine überkreuzt, Knie sanft zur Brust.',
        purpose: 'Diese Übung dehnt die Gesäßmuskeln und die tiefen Rotatoren hinten an der Hüfte.',
      },
      figureFour: {
        name: 'Figur-Vier-Dehnung im Liegen',
        setup: [
          'Leg dich auf den Rücken, beide Knie gebeugt, die Füße auf dem Boden.',
          'Leg den Außenknöchel eines Fußes auf den anderen Oberschenkel, knapp oberhalb des Knies.',
          'Greif hinter den unteren Oberschenkel und zieh beide Beine sanft zur Brust.',
          'Ziel ist eine Dehnung im Gesäß, nie ein Zwicken vorn in der Hüfte oder in der Leiste.',
        ],
        short: 'Auf dem Rücken, Knöchel aufs andere Knie, Beine heranziehen.',
        purpose: 'Diese Übung erreicht den Piriformis und die tiefen Hüftrotatoren; sind sie verspannt, können sie den Ischiasnerv reizen.',
      },
      piriformis: {
        name: 'Piriformis-Dehnung',
        setup: [
          'Leg dich auf den Rücken und schlag ein Bein über das andere.',
          'Fass das obere Knie mit der Hand der Gegenseite.',
          'Führ das Knie sanft Richtung gegenüberliegende Schulter, bis du es hinten an der Hüfte spürst.',
        ],
        short: 'Auf dem Rücken, Knie Richtung gegenüberliegende Schulter.',
        purpose: 'Diese Übung dehnt den Piriformis, einen kleinen Muskel tief im Gesäß, der die Hüfte nach außen dreht.',
      },
      seatedFigureFour: {
        name: 'Piriformis-Dehnung im Sitzen',
        setup: [
          'Setz dich vorn auf einen stabilen Stuhl, beide Füße flach auf dem Boden.',
          'Leg den Außenknöchel eines Fußes auf das andere Knie.',
          'Sitz aufrecht und neig dich dann aus der Hüfte ein wenig nach vorn, bis du es hinten an der Hüfte spürst.',
        ],
        short: 'Im Sitzen, Knöchel aufs andere Knie, leicht nach vorn neigen.',
        purpose: 'Diese Übung dehnt Piriformis und Gesäß vom Stuhl aus, ein sanfterer Weg zur Rückseite der Hüfte.',
      },
      seatedHamstring: {
        name: 'Dehnung der hinteren Oberschenkel im Sitzen',
        setup: [
          'Setz dich auf den Boden, beide Beine gestreckt vor dir.',
          'Sitz aufrecht, neig dich dann aus der Hüfte nach vorn und greif Richtung Zehen, nur so weit, wie es angenehm ist.',
          'Lass die Hände liegen, wo sie ankommen: Schienbeine, Knöchel oder Zehen, alles ist gut.',
        ],
        short: 'Beine lang, aus der Hüfte nach vorn, locker greifen.',
        purpose: 'Diese Übung dehnt die hinteren Oberschenkelmuskeln, die an den Sitzbeinhöckern ansetzen; sind sie verkürzt, beugt sich der untere Rücken mehr, als ihm guttut.',
      },
      standingHamstring: {
        name: 'Dehnung der hinteren Oberschenkel im Stehen',
        setup: [
          'Stell dich etwa schulterbreit hin.',
          'Die Knie sind gestreckt, aber nicht durchgedrückt; beug dich aus der Hüfte nach vorn.',
          'Lass Arme und Kopf hängen und geh nur so weit, wie es sich nach Dehnung anfühlt.',
        ],
        short: 'Füße auseinander, Knie weich gestreckt, aus der Hüfte beugen.',
        purpose: 'Diese Übung dehnt die Rückseite der Oberschenkel, damit beim Bücken die Hüfte mitarbeitet und nicht nur der untere Rücken.',
      },
      chairHamstring: {
        name: 'Dehnung der hinteren Oberschenkel am Stuhl',
        setup: [
          'Setz dich vorn auf die Stuhlkante.',
          'Streck ein Bein nach vorn aus, die Ferse auf dem Boden, die Zehen zeigen nach oben.',
          'Halt den Rücken lang und neig dich aus der Hüfte nach vorn, bis du es hinten im Oberschenkel spürst.',
        ],
        short: 'Im Sitzen, ein Bein lang, Ferse am Boden, aufrecht nach vorn.',
        purpose: 'Diese Übung dehnt die hinteren Oberschenkel ein Bein nach dem anderen, und der Stuhl nimmt dem Rücken die Last ab.',
      },
      standingTfl: {
        name: 'Seitliche Hüftdehnung im Stehen',
        setup: [
          'Stell dich schulterbreit hin, wenn du magst, nah an eine Wand.',
          'Kreuz einen Fuß hinter den anderen.',
          'Schieb die Hüfte zum hinteren Bein hinaus und führ die Arme über den Kopf zur anderen Seite, bis du es außen an der Hüfte spürst.',
        ],
        short: 'Einen Fuß dahinter kreuzen, wegneigen, die Außenseite der Hüfte spüren.',
        purpose: 'Diese Übung dehnt den Spanner der Oberschenkelbinde außen an der Hüfte, der am Tractus iliotibialis zieht, wenn er verspannt ist.',
      },
      frog: {
        name: 'Froschdehnung',
        setup: [
          'Geh in den Vierfüßlerstand und schieb die Knie weit auseinander, die Knöchel in einer Linie mit den Knien nach außen gedreht.',
          'Heb das Gesäß ein wenig an, damit der untere Rücken nicht rund wird.',
          'Bleib auf den Händen oder geh auf die Unterarme, wenn das angenehm ist, und schieb die Hüfte ein kleines Stück nach hinten.',
        ],
        short: 'Knie weit, Knöchel nach außen, Gesäß hoch, Hüfte leicht nach hinten.',
        purpose: 'Diese Übung dehnt die Adduktoren, die Muskeln an der Innenseite der Oberschenkel, die verkürzt am Becken ziehen.',
      },
      butterfly: {
        name: 'Schmetterlingsdehnung',
        setup: [
          'Setz dich auf den Boden und leg die Fußsohlen aneinander, die Knie fallen zur Seite.',
          'Halt deine Knöchel und sitz aufrecht.',
          'Lass die Knie nur so weit sinken, wie sie von selbst wollen; drück sie nie nach unten.',
        ],
        short: 'Fußsohlen zusammen, aufrecht sitzen, Knie sinken lassen.',
        purpose: 'Diese Übung dehnt sanft die Innenseite der Oberschenkel, weicher als die Froschdehnung.',
      },
      childsPose: {
        name: 'Kindhaltung',
        setup: [
          'Knie dich hin und setz dich Richtung Fersen zurück.',
          'Wandere mit den Händen nach vorn und leg die Stirn auf den Boden oder auf ein Kissen.',
          'Lass den Rücken rund werden und den Atem ruhiger.',
        ],
        short: 'Zurück auf die Fersen, Arme lang, Stirn ablegen.',
        purpose: 'Diese Übung lässt die Muskeln im unteren Rücken länger werden und entspannen.',
      },
      catCow: {
        name: 'Katze-Kuh',
        setup: [
          'Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter der Hüfte.',
          'Du bewegst dich langsam mit dem Atem zwischen zwei Formen: den Rücken nach oben rund machen, dann den Bauch sinken lassen und die Brust heben.',
          'Bleib klein und fließend, ohne Ruck.',
        ],
        short: 'Vierfüßlerstand; rund machen, dann den Bauch sinken lassen, mit dem Atem.',
        purpose: 'Diese Übung wärmt die Wirbelsäule auf und löst Steifheit im unteren Rücken, weil sie ihn sanft in beide Richtungen bewegt.',
        flow: [
          'Ausatmen und den Rücken rund zur Decke schieben.',
          'Einatmen und den Bauch sinken lassen, die Brust nach vorn.',
          'Wieder aus, Kinn und Steißbein einrollen.',
          'Und ein, Steißbein und Blick heben.',
        ],
      },
      supineTwist: {
        name: 'Wirbelsäulendrehung im Liegen',
        setup: [
          'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach.',
          'Breite die Arme weit aus und lass beide Schultern am Boden.',
          'Lass beide Knie langsam zu einer Seite sinken, nur so weit, wie es angenehm ist.',
        ],
        short: 'Auf dem Rücken, Arme weit, Knie zu einer Seite sinken lassen.',
        purpose: 'Diese Übung dreht die untere Wirbelsäule sanft und löst Steifheit in Rücken und Hüfte.',
      },
      pelvicTilt: {
        name: 'Beckenkippen',
        setup: [
          'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden.',
          'Du kippst das Becken sanft hin und her: den unteren Rücken flach auf den Boden bringen, dann wieder ein kleines Hohlkreuz zulassen.',
          'Beweg dich langsam mit dem Atem.',
        ],
        short: 'Auf dem Rücken, Becken kippen: flach machen, dann lösen.',
        purpose: 'Diese Übung hilft dir, eine neutrale Haltung der Wirbelsäule zu finden, und bewegt den unteren Rücken sanft.',
        flow: [
          'Ausatmen und den unteren Rücken flach auf den Boden bringen.',
          'Einatmen und ein kleines Hohlkreuz zurückkommen lassen.',
          'Aus, das Steißbein einrollen und sanft nach unten sinken.',
          'Und ein, zurück in die Mitte.',
        ],
      },
      kneesToChest: {
        name: 'Knie zur Brust',
        setup: [
          'Leg dich auf den Rücken und zieh beide Knie zur Brust.',
          'Halt dich hinter den Oberschenkeln oder an den Schienbeinen.',
          'Lass den unteren Rücken in den Boden sinken.',
        ],
        short: 'Auf dem Rücken, beide Knie umarmen.',
        purpose: 'Diese Übung dehnt sanft den unteren Rücken und das Gesäß.',
      },
      towelRoll: {
        name: 'Hüftöffner mit Handtuchrolle',
        setup: [
          'Leg dich auf den Rücken, ein kleines gerolltes Handtuch in der Leistenbeuge einer Hüfte.',
          'Zieh diesen Oberschenkel über die Handtuchrolle Richtung Brust.',
          'Halt ein paar Sekunden, lass ihn ein paar Zentimeter sinken und zieh ihn wieder heran; es soll sich anfühlen, als öffne sich die Hüfte, nicht als drücke es auf den Bauch.',
        ],
        short: 'Handtuch in die Leiste; Oberschenkel heranziehen und wieder sinken lassen.',
        purpose: 'Diese Übung hilft dem Hüftkopf, in der Pfanne nach unten zu gleiten, und macht steife Hüftgelenke freier.',
        flow: [
          'Zieh den Oberschenkel über das Handtuch heran und halte.',
          'Lass ihn ein paar Zentimeter sinken.',
          'Und wieder heranziehen.',
          'Lass ihn ein wenig sinken.',
        ],
      },
      seatedTwist: {
        name: 'Drehung im Sitzen',
        setup: [
          'Setz dich aufrecht vorn auf den Stuhl, beide Füße flach.',
          'Dreh die Brust zu einer Seite und leg die Hände an die Rückenlehne oder die Armlehne.',
          'Richte dich beim Einatmen auf und dreh beim Ausatmen ein wenig weiter, ohne Kraft.',
        ],
        short: 'Aufrecht sitzen, Brust zu einer Seite drehen, Hände am Stuhl.',
        purpose: 'Diese Übung dreht die Wirbelsäule sanft und löst die Steifheit vom Sitzen.',
      },
    },
    side: { right: 'rechts', left: 'links' },
    routine: {
      morning: 'Morgenroutine',
      workday: 'Büropause',
      evening: 'Abendroutine',
    },
    cue: {
      intro: ['Übung {{index}} von {{count}}: {{name}}.', 'Nummer {{index}} von {{count}}: {{name}}.', 'Übung {{index}} von {{count}}, {{name}}.'],
      introOnly: ['Die letzte: {{name}}.', 'Zum Abschluss: {{name}}.', 'Die letzte Übung: {{name}}.'],
      ready: ['Nimm dir Zeit, in Position zu kommen.', 'Richte dich in Ruhe ein.', 'Komm in Ruhe in die Position.'],
      readyDown: [
        'Nimm dir Zeit, um auf den Boden zu kommen.',
        'Komm in Ruhe runter auf den Boden.',
        'Geh in deinem Tempo auf den Boden.',
      ],
      readyUp: [
        'Nimm dir Zeit, um vom Boden aufzustehen.',
        'Steh langsam vom Boden auf, ganz ohne Eile.',
        'Roll dich auf die Seite und steh in deinem Tempo auf.',
      ],
      readySeat: [
        'Setz dich in Ruhe auf einen festen Stuhl.',
        'Setz dich in deinem Tempo auf einen stabilen Stuhl.',
        'Nimm Platz auf einem festen Stuhl.',
      ],
      firstSide: ['Zuerst die rechte Seite.', 'Wir fangen rechts an.', 'Beginn mit der rechten Seite.'],
      hold: ['Und halten.', 'Halte die Position.', 'Jetzt halten, schön ruhig.'],
      moveWithBreath: ['Und los, langsam und fließend.', 'Beweg dich jetzt mit deinem Atem.', 'Und los, ganz langsam.'],
      release: ['Und lösen.', 'Lass los.', 'Komm langsam heraus.'],
      rest: ['Atme einmal durch.', 'Ein Atemzug Pause.', 'Entspann dich einen Moment.'],
      again: [
        'Wieder hinein: Runde {{rep}} von {{reps}}.',
        'Zurück in die Position, Runde {{rep}} von {{reps}}.',
        'Komm wieder hinein für Runde {{rep}} von {{reps}}.',
      ],
      switchSides: ['Seitenwechsel: jetzt {{side}}.', 'Andere Seite, jetzt {{side}}.', 'Wechsel jetzt nach {{side}}.'],
      breathe: [
        'Atme langsam aus und lass locker.',
        'Atme weiter, ruhig und entspannt.',
        'Lass die Schultern sinken und atme.',
        'Bleib ruhig, nicht wippen.',
        'Nur eine leichte Dehnung; geh zurück, wenn etwas wehtut.',
        'Lass Kiefer und Schultern weich werden.',
      ],
      halfway: ['Die Hälfte ist geschafft.', 'Halbzeit.', 'Halb geschafft, bleib locker.'],
      tenLeft: ['Noch zehn Sekunden.', 'Zehn Sekunden noch.', 'Die letzten zehn Sekunden.'],
      countdown: ['Drei.', 'Zwei.', 'Eins.'],
      wellDone: ['Schön gemacht.', 'Gut gemacht.', 'Prima.'],
      nextUp: ['Als Nächstes: {{name}}.', 'Gleich kommt: {{name}}.', 'Danach folgt: {{name}}.'],
      sayNext: ['Sag weiter, wenn du bereit bist.', 'Wenn du so weit bist, sag weiter.', 'Sag weiter, dann geht es weiter.'],
      backTo: ['Zurück zu: {{name}}, {{side}}.', 'Wir machen weiter mit: {{name}}, {{side}}.', 'Noch einmal: {{name}}, {{side}}.'],
      backToBoth: ['Zurück zu: {{name}}.', 'Wir machen weiter mit: {{name}}.', 'Noch einmal: {{name}}.'],
      carryOn: ['Wieder hinein.', 'Halte weiter.', 'Komm wieder in die Position.'],
    },
    routineFlow: {
      start: [
        'Hier ist deine {{routine}}: {{count}} Übungen, etwa {{minutes}} Minuten. Nur leicht dehnen, nie in den Schmerz.',
        'Los geht deine {{routine}}: {{count}} Übungen, ungefähr {{minutes}} Minuten. Dehn nur bis zu einer leichten Spannung, nie bis zum Schmerz.',
        'Machen wir deine {{routine}}. {{count}} Übungen, etwa {{minutes}} Minuten. Geh bis zu einer sanften Dehnung, nie in den Schmerz.',
      ],
      adapted_groinPain: 'Wegen deiner Leiste habe ich die tiefen Hüftdehnungen weggelassen oder durch sanftere ersetzt.',
      adapted_hipInjury: 'Wegen deiner Hüfte bleibe ich heute bei sanften Varianten und den kürzesten Haltezeiten.',
      adapted_backInjury: 'Wegen deines Rückens bleibe ich heute bei sanften Varianten und den kürzesten Haltezeiten.',
      adapted_kneeProblem: 'Um deine Knie zu schonen, habe ich die Übungen im Knien durch kniefreundlichere ersetzt.',
      done: [
        'Das war deine {{routine}}: {{minutes}} Minuten Dehnen. Gut gemacht.',
        'Damit ist deine {{routine}} geschafft, {{minutes}} Minuten. Schön gemacht.',
        'Fertig: {{minutes}} Minuten {{routine}}. Prima.',
      ],
      reprompt: 'Sag weiter für die nächste Übung, {{name}}, oder sag wiederholen, um diese noch einmal zu machen.',
      repromptLast: 'Sag weiter zum Abschluss, oder sag wiederholen, um diese noch einmal zu machen.',
      atStart: 'Das ist die erste Übung, also noch einmal von vorn.',
      skipped: ['Wir überspringen: {{name}}.', 'Die lassen wir aus: {{name}}.', 'In Ordnung, die Übung {{name}} machen wir an einem anderen Tag.'],
      paused: 'Pausiert bei: {{name}}. Wenn du so weit bist, sag: Alexa, öffne Hüft Coach.',
      nothingToResume: 'Gerade ist keine Routine pausiert.',
      howToInterrupt: 'Noch ein Tipp vorab: Während ich spreche, hört der Lautsprecher nicht zu. Wenn du mich mitten in einer Dehnung stoppen willst, sag: Alexa, das tut weh.',
      startOver: 'Wir beginnen deine {{routine}} noch einmal von vorn.',
    },
    questions: {
      hold_one: 'Halte {{hold}} Sekunden.',
      hold_sided: 'Halte jede Seite {{hold}} Sekunden.',
      hold_reps: 'Halte {{hold}} Sekunden, {{reps}} Mal.',
      hold_sidedReps: 'Halte jede Seite {{hold}} Sekunden, {{reps}} Mal.',
      remaining_one: 'Noch etwa eine Sekunde bei dieser Übung.',
      remaining_other: 'Noch etwa {{count}} Sekunden bei dieser Übung.',
      gettingReady: 'Du kommst gerade erst in Position, die Zeit läuft noch nicht.',
      holdDone: 'Diese Haltephase ist vorbei.',
      side: 'Du bist gerade {{side}} dran{{repText}}.',
      sideRep: ', Runde {{rep}} von {{reps}}',
      notSided: 'Diese Übung arbeitet mit beiden Seiten gleichzeitig.',
      purpose: '{{name}}. {{purpose}}',
      left_one: 'Danach kommt noch eine Übung, {{time}}.',
      left_other: 'Danach kommen noch {{count}} Übungen, {{time}}.',
      left_none: 'Das ist die letzte Übung.',
      leftAfterDone_one: 'Noch eine Übung, {{time}}.',
      leftAfterDone_other: 'Noch {{count}} Übungen, {{time}}.',
      aboutMinutes_one: 'etwa eine Minute',
      aboutMinutes_other: 'etwa {{count}} Minuten',
      noRoutine: 'Wir sind gerade in keiner Übung. Sag: starte die Abendroutine, starte die Morgenroutine oder starte die Büropause.',
      afterAnswer: 'Sag weiter, wenn du bereit bist.',
    },
    launch: {
      firstTime:
        'Willkommen bei Hüft Coach. Ich begleite dich durch sanfte Dehnübungen für Hüfte und unteren Rücken, ganz ohne Hände. Das ist eine allgemeine Anleitung, keine medizinische Beratung: Hör auf, wenn etwas wehtut. Während ich spreche, hört der Lautsprecher nicht zu. Um mich zu stoppen, sag: Alexa, das tut weh.',
      returning: ['Willkommen zurück bei Hüft Coach.', 'Hallo, schön, dass du wieder da bist.', 'Schön, wieder von dir zu hören.'],
      suggest: 'Möchtest du mit deiner {{routine}} anfangen?',
      options: 'Du kannst sagen: starte die Morgenroutine, starte die Abendroutine oder starte die Büropause.',
      paused: 'Willkommen zurück. Nach dem, was du mir heute erzählt hast, lassen wir das Dehnen zur Sicherheit bis morgen ruhen.',
      pausedOptions: 'Du kannst fragen: wie läuft es bei mir? Oder sag Hilfe.',
      resumeOffer: 'Du hast deine {{routine}} mittendrin beendet, bei: {{name}}. Möchtest du dort weitermachen?',
    },
    screen: {
      intro: 'Vor deiner ersten Einheit zwei kurze Fragen. Antworte einfach mit ja oder nein.',
      q1: 'Erstens: Hast du Taubheit, Kribbeln oder Schwäche in den Beinen, oder Probleme, Blase oder Darm zu kontrollieren?',
      q2: 'Und zweitens: Sind deine Rückenschmerzen stark oder werden sie schlimmer, haben sie nach einem Sturz oder einer Verletzung angefangen, oder hast du dazu Fieber?',
      clear: 'Danke. Dann fangen wir sanft an.',
      referral:
        'Danke, dass du mir das sagst. Dann dehne heute bitte nicht, sondern lass dich zuerst ärztlich oder physiotherapeutisch untersuchen. Und wenn du Probleme mit Blase oder Darm hast, Taubheit zwischen den Beinen oder plötzliche Schwäche im Bein, ruf jetzt die eins eins zwei an. Pass auf dich auf.',
      reprompt: 'Bitte antworte mit ja oder nein.',
      beforeWeStart: 'Wir fangen an, sobald du geantwortet hast, ja oder nein.',
    },
    safety: {
      painStop: ['Stopp, komm sanft aus der Dehnung heraus.', 'Okay, lös dich jetzt langsam aus der Dehnung.', 'Lass die Dehnung jetzt los, ganz sanft.'],
      painRule: 'Ein leichtes Ziehen ist in Ordnung, Schmerz nicht. Wir dehnen nie in den Schmerz.',
      painOfferGentler: 'Ich kann dir stattdessen eine sanftere Übung geben: {{gentler}}. Oder wir lassen diese aus. Sag leichter, oder sag überspringen.',
      painOfferSkip: 'Sag überspringen, um diese Übung auszulassen, oder stopp, um die Einheit zu beenden.',
      painNoRoutine:
        'Wenn etwas wehtut, hör auf und ruh dich aus. Ein leichtes Ziehen ist beim Dehnen in Ordnung, Schmerz nicht. Wenn der Schmerz stark ist, schlimmer wird oder mit Taubheit, Kribbeln oder Schwäche einhergeht, lass dich bitte ärztlich untersuchen.',
      warning:
        'Ich beende die Routine jetzt. Das sollte abgeklärt werden: {{what}}. Lass das Dehnen für heute und lass dich bald ärztlich oder physiotherapeutisch untersuchen.',
      warningUrgent:
        'Ich beende die Routine jetzt. {{what}}: Das kann ein Zeichen für Druck auf die Nerven am unteren Ende der Wirbelsäule sein und braucht dringend ärztliche Hilfe. Bitte ruf jetzt die eins eins zwei an.',
      warningWhat_numbness: 'Taubheit, oder eine Stelle, die du nicht richtig spürst',
      warningWhat_tingling: 'Kribbeln oder Ameisenlaufen',
      warningWhat_weakness: 'Ein Bein, das schwach ist oder nachgibt, oder ein Fuß, den du nicht richtig anheben kannst',
      warningWhat_bothLegs: 'Schwäche oder Taubheit in beiden Beinen',
      warningWhat_radiating: 'Schmerz, der ins Bein ausstrahlt, bis unter das Knie oder in den Fuß',
      warningWhat_bladderBowel: 'Eine Veränderung bei der Kontrolle über Blase oder Darm, oder wenn du nicht merkst, dass du zur Toilette musst',
      warningWhat_saddle: 'Taubheit in der Leiste, am Gesäß oder zwischen den Beinen',
      warningWhat_severe: 'Starke Schmerzen, oder Schmerzen, die immer schlimmer werden',
      warningWhat_fall: 'Schmerzen nach einem Sturz oder Unfall',
      warningWhat_fever: 'Rückenschmerzen mit Fieber, oder wenn du dich allgemein krank fühlst',
      warningWhat_night: 'Rückenschmerzen, die dich nachts wecken oder auch im ruhigen Liegen nicht nachlassen',
      warningWhat_unknown: 'Was du beschreibst',
      crampStop: 'Das klingt nach einem Krampf. Komm sanft aus der Dehnung heraus.',
      crampEase: 'Dehn den Muskel sanft in die andere Richtung, reib ihn und atme. Ein Krampf geht meist in etwa einer Minute von selbst vorbei und ist kein Zeichen für eine Verletzung.',
      crampOnward: 'Wenn er nachgelassen hat, machen wir mit der nächsten Übung weiter, sobald du bereit bist. Oder sag überspringen, um diese auszulassen.',
      noResume: 'Heute dehnen wir nicht weiter.',
      keepLevelOffer: 'Weil heute etwas wehgetan hat: Möchtest du nächste Woche auf dieser Stufe bleiben, statt aufzusteigen?',
      keepLevelYes: 'In Ordnung, nächste Woche bleiben wir auf dieser Stufe.',
      keepLevelNo: 'In Ordnung, wir steigern, wenn du so weit bist.',
      easier_variant: 'In Ordnung, für den Rest dieser Einheit wechseln wir zu: {{name}}.',
      easier_shorter: 'In Ordnung, für den Rest dieser Einheit kürzere Haltezeiten: {{hold}} Sekunden.',
      easier_limit: 'Das ist schon die sanfteste Variante mit der kürzesten Haltezeit. Wenn es sich immer noch nicht gut anfühlt, sag überspringen.',
      harder: 'In Ordnung, für den Rest dieser Einheit längere Haltezeiten: {{hold}} Sekunden.',
      harder_limit: 'Das ist schon die längste Haltezeit, die ich bei dieser Übung anleite. Noch länger zu halten bringt kaum mehr.',
      condition_groinPain: 'Danke, dass du mir das sagst. Bei Leistenschmerzen lassen wir heute tiefes Beugen und Drehen in der Hüfte weg oder nehmen sanftere Varianten.',
      condition_hipInjury: 'Danke, dass du mir das sagst. Bei einer Hüftverletzung bleiben wir heute bei sanften Varianten und kurzen Haltezeiten.',
      condition_backInjury: 'Danke, dass du mir das sagst. Bei einer Rückenverletzung bleiben wir heute bei sanften Varianten und kurzen Haltezeiten.',
      condition_kneeProblem: 'Danke, dass du mir das sagst. Um deine Knie zu schonen, ersetzen wir heute die Übungen im Knien durch leichtere.',
      condition_unknown: 'Danke, dass du mir das sagst. Wir halten heute alles sanft, mit kurzen Haltezeiten.',
      conditionNote: 'Das merke ich mir nur für heute.',
      helpSafety:
        'Hüft Coach gibt allgemeine Anleitungen zum Dehnen, keine medizinische Beratung. Dehn nur bis zu einem leichten Ziehen und nie in den Schmerz; nicht wippen und nichts erzwingen. Wenn etwas wehtut, sag: Alexa, das tut weh, dann höre ich auf; während ich spreche, fang mit Alexa an, damit der Lautsprecher dich hört. Wenn du Taubheit, Kribbeln, Schwäche im Bein oder Veränderungen bei Blase oder Darm bemerkst, hör auf und lass dich ärztlich untersuchen.',
    },
    progress: {
      none: 'Du hast noch keine Routine abgeschlossen. Fang eine an, und ich behalte deine Wochen im Blick.',
      sessions_one: 'Du hast insgesamt eine Einheit gemacht',
      sessions_other: 'Du hast insgesamt {{count}} Einheiten gemacht',
      minutes_one: ', eine Minute Dehnen.',
      minutes_other: ', {{count}} Minuten Dehnen.',
      week: 'Du bist in Woche {{week}} deines Programms und hast diese Woche {{done}} von {{planned}} Einheiten geschafft.',
      streak_one: 'Du hast heute gedehnt, der erste Tag in Folge.',
      streak_other: 'Du hast {{count}} Tage in Folge gedehnt.',
      hold: 'Deine Haltezeiten in der Abendroutine liegen jetzt bei {{hold}} Sekunden.',
      next_up: 'Bleib diese Woche bei {{planned}} Einheiten, dann werden deine Haltezeiten nächste Woche etwas länger.',
      next_reps: 'Bleib diese Woche bei {{planned}} Einheiten, dann kommt nächste Woche bei einigen Übungen eine Runde dazu.',
      next_top: 'Du hast das volle Programm erreicht. Bleib dran, damit es so bleibt.',
      next_keep: 'Du wolltest auf dieser Stufe bleiben, also bleibt nächste Woche alles gleich.',
      greeting: 'Du bist in Woche {{week}} und hast diese Woche {{done}} von {{planned}} Einheiten geschafft.',
    },
    help: {
      outside:
        'Hüft Coach führt dich per Sprache durch Dehnübungen für Hüfte und unteren Rücken. Sag starte die Morgenroutine für fünf bis zehn Minuten, starte die Abendroutine für fünfzehn bis zwanzig, oder starte die Büropause für zwei bis drei Minuten. Du kannst auch fragen: wie läuft es bei mir?',
      inside:
        'Du bist gerade bei: {{name}}. Sag weiter, um fortzufahren, überspringen, um die Übung auszulassen, wiederholen, um sie noch einmal zu machen, oder zurück. Mitten in der Dehnung kannst du fragen: wie lange halte ich das, auf welcher Seite bin ich, oder wie viele kommen noch. Sag jederzeit: mach es leichter, oder: das tut weh.',
      reprompt: 'Was möchtest du tun?',
    },
    stop: {
      goodbye: ['Bis bald.', 'Pass auf dich auf, bis zum nächsten Mal.', 'Tschüss, bis bald.'],
      partial: 'Du hast {{done}} von {{count}} Übungen geschafft. Ich habe mir gemerkt, wo du warst.',
      partialNone: 'Ich habe mir gemerkt, wo du warst, damit du nächstes Mal dort weitermachen kannst.',
    },
    fallback: {
      outside:
        'Entschuldige, das habe ich nicht verstanden. Was möchtest du tun? Du kannst sagen: starte die Morgenroutine, starte die Abendroutine, starte die Büropause, oder frag: wie läuft es bei mir?',
      notCaught: 'Entschuldige, das habe ich nicht verstanden.',
      resumeAgain: 'Möchtest du dort weitermachen, wo du aufgehört hast? Ja oder nein.',
    },
    checkIn: {
      easeOut: [
        'Entschuldige, das habe ich nicht verstanden, also machen wir eine Pause. Komm sanft aus der Dehnung heraus und atme langsam durch.',
        'Das habe ich nicht verstanden. Lös dich kurz aus der Dehnung und atme.',
      ],
      ask: 'Sollen wir da weitermachen, wo du warst? Sag ja, oder stopp zum Beenden. Und wenn etwas wehtut, sag es mir.',
      resuming: 'In Ordnung, wir machen da weiter, wo du warst.',
    },
    routineUnknown:
      'Eine Routine namens {{value}} kenne ich nicht. Ich habe drei: morgens, etwa fünf bis zehn Minuten; abends, fünfzehn bis zwanzig; und eine Büropause von zwei bis drei Minuten. Welche möchtest du?',
    routineAsk: 'Welche Routine: Morgen, Abend oder Büropause?',
    deleteData: {
      confirm: 'Damit löschst du deinen Fortschritt und deine Einstellungen bei Hüft Coach endgültig. Bist du sicher?',
      done: 'Erledigt. Ich habe alles gelöscht, was Hüft Coach über dich gespeichert hatte.',
      kept: 'In Ordnung, dein Fortschritt bleibt gespeichert.',
    },
    resume: {
      declined: 'In Ordnung, dann fangen wir neu an.',
    },
    error: {
      generic: 'Entschuldige, bei mir ist etwas schiefgegangen. Dein Fortschritt ist sicher. Sag weiter, um fortzufahren, oder starte die Abendroutine.',
      reprompt: 'Sag weiter, um fortzufahren, oder stopp zum Beenden.',
      sayAgain: 'Entschuldige, das konnte ich gerade nicht speichern. Bitte sag es noch einmal.',
      sayAgainReprompt: 'Bitte sag es noch einmal, oder sag stopp zum Beenden.',
    },
    progressRepaired: 'Einen Teil deines gespeicherten Fortschritts konnte ich nicht lesen, deshalb habe ich diesen Teil zurückgesetzt.',
    yesNo: {
      nothingPending: 'Sag starte die Abendroutine, starte die Morgenroutine oder starte die Büropause.',
    },
  };
}
