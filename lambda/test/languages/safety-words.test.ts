import { loadInteractionModel, resolve } from '../../../tools/nlu';
import { classifyFeeling, warningFromSlots, type Feeling } from '../../src/coach/feeling';
import { inEnglishClassifierWords } from '../../src/coach/feeling-words';

/**
 * The safety words of each language and region, read as the catch-all slot hands them over: the
 * words after the carrier ("ich {feeling}" leaves "spür meine zehen nicht mehr"). Expectations are
 * a physiotherapist's, written by hand: where a numb feeling is decides its urgency, a cramp is
 * not a sign, and the feelings of an ordinary stretch are never sent to a doctor.
 */
const warning = (sign: Extract<Feeling, { kind: 'warning' }>['sign']): Feeling => ({ kind: 'warning', sign });
const pain: Feeling = { kind: 'pain' };
const cramp: Feeling = { kind: 'cramp' };

describe('German (de-DE, de-AT)', () => {
  it.each([
    ['spür meine zehen nicht mehr', warning('numbness')],
    ['mein oberschenkel ist wie eingeschlafen', warning('numbness')],
    ['nichts mehr im linken fuß', warning('numbness')],
    ['hab so ein ameisenlaufen im fuß', warning('tingling')],
    ['knie gibt einfach nach', warning('weakness')],
    ['kann den fuß nicht richtig hochziehen', warning('weakness')],
    ['sind beide beine ganz schwach', warning('bothLegs')],
    ['muss dauernd pinkeln und merk es nicht', warning('bladderBowel')],
    ['popsch ist ganz taub', warning('saddle')],
    ['intimbereich spür ich nichts mehr', warning('saddle')],
    ['wenn ich auf dem klo sitze ist unten alles taub', warning('saddle')],
    ['der schmerz zieht bis runter in den fuß', warning('radiating')],
    ['schmerzen unterhalb vom knie', warning('radiating')],
    ['halt das nicht mehr aus', warning('severe')],
    ['bin gestern auf den rücken gefallen', warning('fall')],
    ['bin auf dem eis ausgerutscht', warning('fall')],
    ['mir ist ganz heiß und ich hab schüttelfrost', warning('fever')],
    ['drei uhr früh weckt mich der schmerz', warning('night')],
    ['hat was geknackt und jetzt tuts weh', pain],
    ['glaub ich hab mir was gezerrt', pain],
    ['nen krampf in der wade', cramp],
    ['wadenkrampf', cramp],
    // Regional and colloquial families (fresh3): Swiss, Austrian and Bavarian body talk, falls and pain in everyday words.
    ['füdli isch ganz taub', warning('saddle')],
    ['kann nimmer biseln', warning('bladderBowel')],
    ['haxn tragt mi nimmer', warning('bothLegs')],
    ['das bein will mich nicht mehr tragen', warning('weakness')],
    ['schlurfe mit dem rechten fuß', warning('weakness')],
    ['rechter fuß ist ein geschlafen', warning('numbness')],
    ['es chribbelet im bei', warning('tingling')],
    ['i spür mei bein net', warning('numbness')],
    ['links und rechts ganz taub', warning('bothLegs')],
    ['kann plötzlich nicht mehr laufen', warning('bothLegs')],
    ['sack einfach zusammen', warning('bothLegs')],
    ['beine sind plötzlich ganz schwer', warning('bothLegs')],
    ['bin vom stuhl gekippt', warning('fall')],
    ['voll auf den rücken geknallt', warning('fall')],
    ['mich heut früh ordentlich hingelegt auf dem nassen boden', warning('fall')],
    ['hab einen hexenschuss und kann mich gar nicht mehr rühren', warning('severe')],
    ['knie schreit', pain],
    ['tut sauweh', pain],
    ['es pikst', pain],
    ['das ist echt unbequem', pain],
    ['mei wadl krampft', cramp],
    // "knie" is singular and plural alike: the plural verb says both knees; a body part dropped with "beide" by the carrier.
    ['knie geben nach', warning('bothLegs')],
    ['knie gibt nach', warning('weakness')],
    ['waden sind taub', warning('bothLegs')],
    ['beiden knien kribbelt es', warning('bothLegs')],
    // fresh4 families: "pieken", Swiss and Austrian "z viel"/"zvü", the cry as recognised, a body part that cannot take it (pain, not a leg
    // giving way), "kaum noch", both sides as "das rechte als auch das linke", what goes by itself, a foot that slaps, a fall off something.
    ['piekt in der leiste', pain],
    ['isch mer z viel', pain],
    ['des is ma zvü', pain],
    ['outsch', pain],
    ['das hält meine hüfte nicht aus', pain],
    ['kann die beine kaum noch heben', warning('bothLegs')],
    ['das rechte als auch das linke bein ist taub', warning('bothLegs')],
    ['der urin läuft einfach so raus', warning('bladderBowel')],
    ['mein rechter fuß schlappt', warning('weakness')],
    ['bin von der leiter gefallen', warning('fall')],
    // fresh5 families: a foot that flaps or drops down as it walks, the WC and nothing coming, "zu" glued to its adjective.
    ['die fußspitze fällt beim gehen immer runter', warning('weakness')],
    ['mein fuss klappt einfach so runter', warning('weakness')],
    ['am wc kommt gar nix mehr', warning('bladderBowel')],
    ['jetzt is es zfest', pain],
    ['des is ma zviel', pain],
    // "einschlafen" split round what falls asleep, the knees as the subject after their verb, a strain said as "verzogen",
    // what one cannot keep up ("halt ich nicht durch"), "fies", and what a cry leaves in the slot ("au backe").
    ['schläft mir immer das linke bein ein', warning('numbness')],
    ['schlafen mir ständig die füße ein', warning('bothLegs')],
    ['sacken die knie ständig weg', warning('bothLegs')],
    ['glaub ich hab mir den rücken verzogen', pain],
    ['die halt ich nicht lange durch', pain],
    ['das ist echt fies', pain],
    ['backe', pain],
    // Legs that "will not any more", pudding in the legs, "beide" said after what it counts; a knee that objects stays pain.
    ['die haxn wollen einfach nicht mehr', warning('bothLegs')],
    ['mein rechtes bein will nicht mehr', warning('weakness')],
    ['fühlt sich an wie pudding in den knien', warning('bothLegs')],
    ['waden sind alle zwei ganz taub', warning('bothLegs')],
    ['mein knie mag das nicht mehr', pain],
    // fresh6 families: Bavarian trousers and "bieseln", the stool that goes with its verb first, not feeling when one must go
    // (emergency, was numbness); participles without their "e"; no sleep said with "ned"; everything from the hip down, plural
    // thighs with "meine", "fiaß", "schwache beine"; a feeling no longer pleasant or "nicht richtig" is pain, not numbness.
    ['hab mir in d hosn gmacht', warning('bladderBowel')],
    ['kann seit gestern nicht bieseln', warning('bladderBowel')],
    ['geht mir der urin einfach so ab', warning('bladderBowel')],
    ['ich merk gar nicht mehr ob ich muss', warning('bladderBowel')],
    ['bin auf der stiege ausgrutscht', warning('fall')],
    ['bin vom radl gfallen', warning('fall')],
    ['vor schmerzen kann ich ned schlafen', warning('night')],
    ['spür ab der hüfte abwärts gar nichts', warning('bothLegs')],
    ['meine oberschenkel werden ganz taub', warning('bothLegs')],
    ['de fiaß san eingschlafn', warning('bothLegs')],
    ['hab auf einmal so schwache beine', warning('bothLegs')],
    ['spür unten rum und meine beine kaum', warning('saddle')],
    ['prickelt wie kohlensäure in der wade', warning('tingling')],
    ['ist jetzt nicht mehr schön', pain],
    ['fühlt sich nicht richtig an', pain],
    ['da stimmt was nicht in der hüfte', pain],
    // fresh7 families: a negation at the end of a long verb-second sentence, where one sits said as a place, the inside of the thighs,
    // no leg to stand on, southern falls with short articles, joint sounds ("plopp", "ratsch"), Swiss ch- forms, a painful twitch.
    ['gestern spür ich den hintern und die innenseite vom oberschenkel kaum', warning('saddle')],
    ['seit heute früh spür ich meinen linken fuß überhaupt nicht mehr richtig', warning('numbness')],
    ['spür mein bein aber den fuß nicht', warning('numbness')],
    ['eingeschlafen da wo man sitzt', warning('saddle')],
    ['innen an den oberschenkeln ganz taub', warning('saddle')],
    ['kann auf keinem bein mehr richtig stehen', warning('bothLegs')],
    ['kann nimmer gscheit gehen', warning('bothLegs')],
    ['bin gestern gscheit auf d hüfte gfallen', warning('fall')],
    ['gestern übern teppich gflogn', warning('fall')],
    ["hat's plopp gemacht in der hüfte", pain],
    ['da hat es ratsch gemacht', pain],
    ['chlemmt i de hüfte', pain],
    ['es chnackt im chnü', pain],
    ['es schmärzt im rugge', pain],
    ['zuckt so schmerzhaft im unteren rücken', pain],
    ['es chrampft i de wade', cramp],
  ] as const)('"%s"', (said, expected) => {
    expect(classifyFeeling(said, 'de-DE')).toEqual(expected);
  });

  it.each(['die übung hat mir gefallen', 'es ist mir schwer gefallen', 'spüre die dehnung nicht', 'ich schlafe gleich ein vor entspannung',
    'das ist toll', 'es tuet guet', 'die übung ist schwer zu halten', 'ich kann heute nicht zur arbeit gehen', 'zieht schön', 'tut gut',
    'der stuhl ist zu hart', 'auf dem rad hat es mir gefallen', 'das klappt schon', 'klappt gut',
    'ich spür den zug nicht', 'ich spür die dehnung heute gar nicht richtig', 'schnapp mir kurz ein kissen', 'die übung auf der matte hat mir gut gefallen'])(
    '"%s" is no warning sign',
    (said) => {
      expect(classifyFeeling(said, 'de-DE').kind).not.toBe('warning');
    },
  );
});

describe('Spanish (es-ES, es-MX, es-US)', () => {
  it.each([
    ['se me ha dormido la pierna', warning('numbness')],
    ['el muslo entumido', warning('numbness')],
    ['siento el culo', warning('saddle')],
    ['me hormiguea la planta del pie', warning('tingling')],
    ['la pierna se me dobla', warning('weakness')],
    ['las dos piernas se me doblaron', warning('bothLegs')],
    ['se me duermen las dos piernas', warning('bothLegs')],
    ['me hice pipí sin darme cuenta', warning('bladderBowel')],
    ['me hice popó encima', warning('bladderBowel')],
    ['se me durmieron las pompas', warning('saddle')],
    ['tengo el culete acorchado', warning('saddle')],
    ['es que ya no me sostienen ni una pierna ni la otra', warning('bothLegs')],
    ['tengo como un chisporroteo en el pie', warning('tingling')],
    ['el dolor me baja hasta el pie', warning('radiating')],
    ['aguanto el dolor', warning('severe')],
    ['muero del dolor de cadera', warning('severe')],
    ['me pegué un porrazo esta mañana', warning('fall')],
    ['escalofríos y me siento fatal', warning('fever')],
    ['el dolor me despierta por la noche', warning('night')],
    ['me está lastimando', pain],
    ['uy duele duele', pain],
    ['algo ha crujido', pain],
    ['ay nanita', pain],
    ['sentí como un chasquido', pain],
    ['un calambre en la pantorrilla', cramp],
    // fresh4's families: a foot that hangs, cramps of Spain and Mexico, a knee that "shouts", and slots whose
    // opening words a catch-all carrier took ("no {feeling}", "se me {feeling}", "la {feeling}").
    ['el pie se me queda colgando', warning('weakness')],
    ['ha subido el gemelo', cramp],
    ['se me engarrotó la pierna', cramp],
    ['rodilla me está gritando', pain],
    ['me siento el pie', warning('numbness')],
    ['me sostienen las piernas', warning('bothLegs')],
    // fresh5 families: bowels that will not open ("ir del vientre"), no feeling said with "tener", "es mucho" as too much,
    // the English "cramp" of US Spanish.
    ['me cuesta mucho ir del vientre', warning('bladderBowel')],
    ['casi no tengo sensibilidad en los dedos', warning('numbness')],
    ['tengo poca sensación en el muslo', warning('numbness')],
    ['eso es mucho para mí', pain],
    ['me dio un cramp en el muslo', cramp],
    // Knees and thighs are both legs when plural; "no" dropped by the carrier before "puedo más" and "me gusta nada".
    ['se me doblan las rodillas', warning('bothLegs')],
    ['tengo los muslos dormidos', warning('bothLegs')],
    ['puedo más con este dolor', warning('severe')],
    ['me gusta nada esta postura', pain],
    ['se me entume la pierna', warning('numbness')],
    // Feeling ill, as the carrier leaves it ("estoy {feeling}" leaves "malo", "me {feeling}" leaves "encuentro fatal").
    ['malo', warning('fever')],
    ['mala y con dolor de espalda', warning('fever')],
    ['siento muy mal en general', warning('fever')],
    ['encuentro fatal', warning('fever')],
    // fresh6's families: a slot opening "lo siento" is what the catch-all left of "no lo siento …" (it took the "no"), so numbness
    // there, and where it is still decides the urgency; Mexican "calosfríos", Spain's "décimas", "afiebrado"; not up on tiptoe.
    ['lo siento en la pompa', warning('saddle')],
    ['la noto en el pie', warning('numbness')],
    ['afiebrado', warning('fever')],
    ['tengo calosfríos', warning('fever')],
    ['tengo unas décimas', warning('fever')],
    ['no me encuentro bien', warning('fever')],
    ['puedo pararme de puntitas con el pie derecho', warning('weakness')],
    // Round 4 (issue 14): accents a recogniser drops; "abajo" as "ahí {feeling}" leaves it; a foot that falls said subject first;
    // strength said with "tener"; tiptoe and standing with the clitic climbed; a fall without its "me"; a latigazo that stays put
    // is sharp pain, one that goes down the leg spreads; a little cramp and a muscle "hecho bola"; Spanglish and joint sounds.
    ['me dolio', pain],
    ['no siento las partes intimas', warning('saddle')],
    ['se me acalambro el pie', cramp],
    ['se me durmio la pierna', warning('numbness')],
    ['abajo está todo adormecido', warning('saddle')],
    ['como dormido donde uno se sienta', warning('saddle')],
    ['el pie se me cae al caminar', warning('weakness')],
    ['la pierna no tiene fuerza', warning('weakness')],
    ['me puedo parar de puntitas con el pie izquierdo', warning('weakness')],
    ['me puedo mantener de pie en ninguna pierna', warning('bothLegs')],
    ['fui de nalgas en la banqueta', warning('fall')],
    ['me pegué un guamazo', warning('fall')],
    ['da como un latigazo en la espalda', pain],
    ['un latigazo que me llega a la pierna', warning('radiating')],
    ['tengo un calambrito en la planta del pie', cramp],
    ['me dan calambritos en el pie', warning('tingling')],
    ['se me hizo bola el músculo de la pierna', cramp],
    ['me está dando un pain en la espalda', pain],
    ['algo hizo pop en mi rodilla', pain],
    ['tira corta', pain],
    // An accent that tells the tense is kept: "se dobló" buckled, "doblo" is what the stretch asks.
    ['dobló la rodilla', warning('weakness')],
  ] as const)('"%s"', (said, expected) => {
    expect(classifyFeeling(said, 'es-ES')).toEqual(expected);
  });

  it.each(['lo noto en el estiramiento', 'siento el estiramiento', 'voy bajando despacio', 'doblo la rodilla', 'me quedo quieto', 'se va a pasar', 'esto es mucho mejor', 'doblo las rodillas', 'estiro los muslos', 'la rutina corta', 'doblo el pie'])('"%s" is no warning sign', (said) => {
    expect(classifyFeeling(said, 'es-MX').kind).not.toBe('warning');
  });
});

describe('French (fr-FR, fr-CA)', () => {
  it.each([
    ['sens plus mes orteils', warning('numbness')],
    ['plus rien dans le pied', warning('numbness')],
    ["des fourmis dans le pied", warning('tingling')],
    ['ma jambe se dérobe', warning('weakness')],
    ['arrive pas à lever le pied', warning('weakness')],
    ['deux jambes sont faibles tout à coup', warning('bothLegs')],
    ['plus à retenir mon pipi', warning('bladderBowel')],
    ['contrôle plus mes selles', warning('bladderBowel')],
    ['les fesses engourdies', warning('saddle')],
    ["sens rien quand je m'essuie", warning('saddle')],
    ['le derrière gelé', warning('saddle')],
    ['ça irradie dans le mollet', warning('radiating')],
    ['ça empire de plus en plus', warning('severe')],
    ["pris une débarque ce matin", warning('fall')],
    ['fais de la fièvre', warning('fever')],
    ['sens vraiment pas bien', warning('fever')],
    ['trois heures du matin la douleur me réveille', warning('night')],
    ['a fait pop', pain],
    ['ayoye', pain],
    ['suis fait un claquage', pain],
    ['une crampe au mollet', cramp],
    // fresh3's families: Québec's "foufounes", a leg that "sleeps", "elle a lâché", the child's "bobo", a back that cries.
    ['mes foufounes sont endormies', warning('saddle')],
    ['on dirait que ma jambe dort', warning('numbness')],
    ['elle a lâché', warning('weakness')],
    ['ça me fait bobo', pain],
    ['mon dos crie', pain],
    ['je supporte pas cette position', pain],
    ['pas mal de douleur dans la hanche', pain],
    // fresh4's families: a cramp named with its place is a cramp unless the pain moves; strong pain in Québec
    // words stops the stretch without a referral; legs that do not answer, a bladder that leaks, a foot that catches.
    ["j'ai une crampe dans le pied", cramp],
    ['une crampe dans la plante du pied', cramp],
    ["une crampe qui descend jusqu'au pied", warning('radiating')],
    ['ça fait mal en maudit', pain],
    ['ça me fait un mal de chien', pain],
    ["c'est trop intense pour moi", pain],
    ['une douleur intense', warning('severe')],
    ['mes jambes répondent plus', warning('bothLegs')],
    ['je retiens plus rien, ça fuit', warning('bladderBowel')],
    ["je bute avec le pied parce qu'il se lève pas", warning('weakness')],
    // fresh5's family: a toe that catches, said with the words between ("j'accroche le sol avec le bout de mon pied").
    ["j'accroche le sol avec le bout de mon pied gauche", warning('weakness')],
    ['je trébuche souvent quand je marche à cause de mon pied', warning('weakness')],
    // Knees ("genoux" is always plural) and "mes mollets" are both legs; not at ease in the position is pain.
    ['mes genoux se dérobent', warning('bothLegs')],
    // fresh6's families: Québec's "pu capable de sentir" is numbness; a back that "kills" is pain.
    ['pu capable de sentir mes orteils', warning('numbness')],
    ['mon dos me tue', pain],
    ['mes mollets sont engourdis', warning('bothLegs')],
    ['suis pas bien dans cet exercice', pain],
    // fresh7's families (issue 14): "plus un étirement" is no lost feeling; hurt as a verb and the mild words meant stop
    // the stretch; not holding the pose is not weakness; "je descends" is the body going down, not the pain; "pas terrible"
    // is not severe, Québec's "pas pire" is fine; unwell said with the pain is the pain.
    ["plus un étirement, c'est de la douleur", pain],
    ['me blesse la hanche', pain],
    ['tu me blesses le dos là', pain],
    ['ça me gêne un peu dans la hanche', pain],
    ["c'est sensible quand je tire", pain],
    ['peux pas tenir, ça fait trop mal', pain],
    ['arrive plus à tenir la position', { kind: 'none' }],
    ['peux plus tenir debout', warning('weakness')],
    ['fait mal quand je descends plus bas', pain],
    ['si on descend plus bas ça tire trop', pain],
    ['la douleur descendait dans le mollet', warning('radiating')],
    ["c'est pas terrible, ça fait un peu mal quand même", pain],
    ["c'est pas pire", { kind: 'none' }],
    ["sens pas bien, j'ai mal", pain],
    ['me sens pas bien du tout', warning('fever')],
    // Foot drop as it is felt: a foot that slaps the floor, a toe that will not come up.
    ['pied claque par terre quand je marche', warning('weakness')],
    ['lève plus le bout du pied', warning('weakness')],
    // The saddle in other words: the groin in two words, "down there", where one sits.
    ["j'ai l'entre jambe tout engourdi", warning('saddle')],
    ["en bas c'est tout endormi", warning('saddle')],
    ["bas c'est tout endormi", warning('saddle')],
    ["comme endormi là où on s'assoit", warning('saddle')],
    ['des fourmis là où je m’assieds', warning('saddle')],
    ['engourdi en bas de la jambe', warning('numbness')],
    ['contrôle plus quand je vais à la selle', warning('bladderBowel')],
    // A cramp as a knot or a ball; "en train de" is no dragging foot.
    ['le muscle de la jambe fait une boule', cramp],
    ["j'ai un nœud dans le mollet", cramp],
    ['ma cuisse est en train de cramper', cramp],
    // Québec and France oaths mid-stretch are cries of pain.
    ['calvaire que ça tire', pain],
    // A recogniser's dropped accents: "ca", "fievre", "a la selle".
    ['ca a fait pop dans ma hanche', pain],
    ["j'ai de la fievre", warning('fever')],
    ['je controle plus quand je vais a la selle', warning('bladderBowel')],
    ["l'entrejambe gele", warning('saddle')],
    // Where the accent makes the word, the plain word is not read as it: "la plante du pied", "j'allonge", "je force".
    ['une crampe sous la plante du pied', cramp],
    ["j'allonge la jambe", { kind: 'none' }],
    ['je force un peu', { kind: 'none' }],
    ['le tapis glisse', { kind: 'none' }],
    ['je me suis planté en ski', warning('fall')],
    // Québec's "s'échapper", "débouler", "picosser", "endurer"; pain in sleep is night pain; lost balance and tiptoes are weakness;
    // a knee "I bend" is no knee that gives way.
    ['je me suis échappé dans mes culottes', warning('bladderBowel')],
    ["j'ai déboulé l'escalier", warning('fall')],
    ['ça picosse dans mon pied', warning('tingling')],
    ["j'endure plus", warning('severe')],
    ["c'est intolérable", warning('severe')],
    ["j'ai mal même quand je dors", warning('night')],
    ["je perds l'équilibre", warning('weakness')],
    ["j'arrive pas à me mettre sur la pointe des pieds", warning('weakness')],
    ["j'ai une douleur au genou quand je plie", pain],
    ['ma jambe plie toute seule', warning('weakness')],
  ] as const)('"%s"', (said, expected) => {
    expect(classifyFeeling(said, 'fr-FR')).toEqual(expected);
  });

  it.each(['je plie le genou', "sens pas l'étirement", 'je plie les genoux', "j'étire les cuisses", 'je suis assis par terre', 'je lâche la position'])('"%s" is no warning sign', (said) => {
    expect(classifyFeeling(said, 'fr-CA').kind).not.toBe('warning');
  });

  // A recogniser's curly apostrophe is read as the straight one: "l’étirement" keeps its elision, so
  // "I don't feel the stretch" stays no sign (with the apostrophe dropped it would read "sens pas létirement", numbness).
  it('reads a curly apostrophe as the elision it is, in the classifier and in the slot reading', () => {
    expect(classifyFeeling('sens pas l’étirement', 'fr-FR').kind).not.toBe('warning');
    expect(warningFromSlots(undefined, 'sens pas l’étirement', 'fr-FR')).toBeUndefined();
  });

  // "pas mal" is "not bad" (or "no pain"): not a reason to stop the stretch.
  it.each(["j'ai pas mal", 'ça fait pas mal', "c'était pas mal celui-là"])('"%s" is not pain', (said) => {
    expect(classifyFeeling(said, 'fr-FR').kind).not.toBe('pain');
  });
});

describe('regional English (en-GB, en-AU, en-IN)', () => {
  it.each([
    ['en-GB', 'my arse has gone numb', warning('saddle')],
    ['en-GB', 'went arse over tit on the ice', warning('fall')],
    ['en-GB', 'came a cropper on the stairs', warning('fall')],
    ['en-GB', "i've not been able to have a wee since yesterday", warning('bladderBowel')],
    ['en-GB', "it's worse of a night lying in bed", warning('night')],
    ['en-GB', "me foot's gone dead", warning('numbness')],
    ['en-GB', "my foot's dragging when i walk", warning('weakness')],
    ['en-GB', "foot's been dragging since yesterday", warning('weakness')],
    ['en-CA', "i couldn't make it to the washroom i didn't feel it coming", warning('bladderBowel')],
    ['en-GB', "legs won't hold me up at all", warning('bothLegs')],
    ['en-GB', 'feeling a bit grotty and my back aches', warning('fever')],
    ['en-GB', 'giving me gyp', pain],
    ['en-GB', "it's catching in my hip", pain],
    ['en-IN', 'the pain is going till my foot', warning('radiating')],
    ['en-AU', "the pain's something chronic", warning('severe')],
  ] as const)('%s: "%s"', (locale, said, expected) => {
    expect(classifyFeeling(said, locale)).toEqual(expected);
  });

  it('leaves en-US words as they are', () => {
    expect(inEnglishClassifierWords('came a cropper, giving me gyp', 'en-US')).toBe('came a cropper, giving me gyp');
  });
});

describe('an odd sensation in a named body part is a changed feeling there (a referral)', () => {
  it.each([
    ['de-DE', 'mein bein fühlt sich an wie blei'],
    ['de-DE', 'mein fuß ist eiskalt'],
    ['es-MX', 'siento la pierna rara'],
    ['es-ES', 'tengo el pie helado'],
    ['fr-FR', 'ma jambe est toute lourde'],
    ['fr-CA', 'mon pied est bizarre'],
  ] as const)('%s: "%s"', (locale, said) => {
    expect(classifyFeeling(said, locale)).toEqual(warning('numbness'));
  });

  it.each([
    ['de-DE', 'die wade fühlt sich komisch an, ein krampf'],
    ['es-ES', 'qué raro este estiramiento'],
    ['fr-FR', 'cet étirement est bizarre'],
  ] as const)('%s: "%s" is no warning sign', (locale, said) => {
    expect(classifyFeeling(said, locale).kind).not.toBe('warning');
  });
});

describe('a stretch too strong to hold is pain: the stretch stops, nobody is sent to a doctor for it', () => {
  // How the pain is (pressing oddly, the stretch very strong, not holding out any longer) is pain; the pain itself said very
  // strong, or not bearable ("no lo aguanto más"), is still the severe sign.
  it.each([
    ['de-DE', 'es drückt so komisch in der hüfte', pain],
    ['de-DE', 'sticht irgendwie seltsam im oberschenkel', pain],
    // A pull is what a stretch does: a strange one is still a changed feeling there.
    ['de-DE', 'zieht so komisch im bein', warning('numbness')],
    ['de-DE', 'mein bein fühlt sich komisch an', warning('numbness')],
    ['es-ES', 'esto está muy fuerte', pain],
    ['es-MX', 'está bien fuerte este', pain],
    ['es-ES', 'no aguanto más', pain],
    ['es-US', 'ya no aguanto más', pain],
    // "No puedo más" alone is the stretch not borne any longer, as "no aguanto más"; "de dolor" makes it the pain itself.
    ['es-ES', 'no puedo más me duele', pain],
    ['es-MX', 'ya no puedo más', pain],
    ['es-ES', 'no puedo más de dolor', warning('severe')],
    // With "lo" the pain is what is not borne any longer.
    ['es-US', 'ya no lo aguanto más', warning('severe')],
    ['es-ES', 'no soporto más', warning('severe')],
    ['es-ES', 'me duele muy fuerte', warning('severe')],
    ['es-ES', 'un dolor muy fuerte', warning('severe')],
    ['es-ES', 'no aguanto más el dolor', warning('severe')],
    ['es-ES', 'no lo soporto', warning('severe')],
  ] as const)('%s: "%s"', (locale, said, expected) => {
    expect(classifyFeeling(said, locale)).toEqual(expected);
  });
});

describe('French elisions: the word after the apostrophe is read', () => {
  it.each([
    ["une sensation d'engourdissement dans le pied", warning('numbness')],
    ["l'aine est engourdie", warning('saddle')],
    ["l'impression d'avoir des aiguilles dans le mollet", warning('tingling')],
    ["envie d'uriner tout le temps sans y arriver", warning('bladderBowel')],
  ] as const)('"%s"', (said, expected) => {
    expect(classifyFeeling(said, 'fr-FR')).toEqual(expected);
  });
});

describe('regional English oaths and bugs', () => {
  it.each([
    ['en-GB', 'bloody hell', pain],
    ['en-AU', 'jeez', pain],
    ['en-GB', "i think i'm coming down with something", warning('fever')],
    ['en-GB', 'my knackers have gone numb', warning('saddle')],
    ['en-GB', 'my foot keeps catching on the carpet', warning('weakness')],
    ["en-GB", "my knee's gone all wobbly on me", warning('weakness')],
    ['en-GB', 'both me pins have gone weak', warning('bothLegs')],
    ['en-GB', 'i had a prang in the car', warning('fall')],
    ['en-AU', "it's absolutely awful", warning('severe')],
    ['en-GB', "that's a bit much", pain],
    ['en-GB', "my knee's not happy with that", pain],
    ['en-AU', 'my leg is not having any strength', warning('weakness')],
    ['en-IN', "i've got no power in my leg", warning('weakness')],
    ['en-GB', 'my ankle keeps rolling', warning('weakness')],
    ['en-AU', "my leg isn't working properly", warning('weakness')],
    ['en-GB', "that's killing me knee", pain],
  ] as const)('%s: "%s"', (locale, said, expected) => {
    expect(classifyFeeling(said, locale)).toEqual(expected);
  });
});

describe('slot words re-read in the language', () => {
  it.each([
    ['de-DE', 'numbness', 'taub popsch', 'saddle'],
    ['de-DE', 'weakness', 'schwach beiden waden', 'bothLegs'],
    ['es-MX', 'numbness', 'dormidas nachas', 'saddle'],
    ['es-ES', 'weakness', 'sin fuerza ambas piernas', 'bothLegs'],
    ['fr-CA', 'tingling', 'picotements fesses', 'saddle'],
    ['fr-FR', 'numbness', 'engourdi pied', 'numbness'],
    ['fr-FR', undefined, 'fourmis', 'tingling'],
  ] as const)('%s: %s with "%s" is %s', (locale, sign, words, expected) => {
    expect(warningFromSlots(sign, words, locale)).toBe(expected);
  });
});

describe('what the catch-all hands over, on each model', () => {
  it.each([
    ['de-DE', 'auf einmal sind beide beine ganz schwach', 'sind beide beine ganz schwach', warning('bothLegs')],
    ['de-DE', 'im intimbereich spür ich nichts mehr', 'intimbereich spür ich nichts mehr', warning('saddle')],
    ['es-ES', 'las dos piernas se me doblaron', 'dos piernas se me doblaron', warning('bothLegs')],
    ['es-MX', 'algo ha crujido y me duele', 'ha crujido y me duele', pain],
    ['fr-FR', 'les deux jambes sont faibles tout à coup', 'deux jambes sont faibles tout à coup', warning('bothLegs')],
    ['fr-CA', 'je sens plus mes orteils', 'sens plus mes orteils', warning('numbness')],
    ['en-GB', 'blimey my arse has gone numb', 'my arse has gone numb', warning('saddle')],
    ['de-DE', 'beide beine knicken mir dauernd weg', 'beine knicken mir dauernd weg', warning('bothLegs')],
    ['de-DE', 'mei füdli isch ganz taub', 'füdli isch ganz taub', warning('saddle')],
    ['de-DE', 'beide knie geben nach', 'knie geben nach', warning('bothLegs')],
    ['de-DE', 'mei wadl krampft', 'wadl krampft', cramp],
    ['de-DE', 's bei isch ganz taub', 'bei isch ganz taub', warning('numbness')],
    ['de-DE', 'wie tausend nadelstiche im fuß', 'nadelstiche im fuß', warning('tingling')],
    ['es-ES', 'ambas piernas se me aflojan', 'piernas se me aflojan', warning('bothLegs')],
    ['fr-FR', 'toute la jambe me lâche', 'la jambe me lâche', warning('weakness')],
    // fresh6 families: a sign asked about ("wieso …"), said as a likeness ("als wenn …"), in Bavarian after "de".
    ['de-DE', 'wieso prickeln meine zehen so', 'prickeln meine zehen so', warning('tingling')],
    ['de-DE', 'als wenn ich in brennnesseln stehen würde', 'ich in brennnesseln stehen würde', warning('tingling')],
    ['de-DE', 'de haxn san beide eingschlafn', 'haxn san beide eingschlafn', warning('bothLegs')],
  ] as const)('%s: "%s" reaches the classifier as "%s"', (locale, said, slotWords, expected) => {
    const heard = resolve(loadInteractionModel(locale), said, { locale });
    expect(heard.kind === 'intent' ? [heard.intent.name, heard.intent.slots?.feeling?.value] : [heard.kind]).toEqual(['DescribeFeelingIntent', slotWords]);
    expect(classifyFeeling(slotWords, locale)).toEqual(expected);
  });
});

/**
 * The fresh5 families the models gained, each said here in words of its own: the sign with its side or since when after it,
 * a stop asked for before the pain, a cry with "no" or without its diaeresis, a cramp cried out twice, and a shorter or longer
 * routine asked for as a question or a wish, du/Sie, tú/usted, tu/vous (the symptom id is what the model resolved).
 */
describe('what each model hears of the fresh5 families', () => {
  it.each([
    ['de-DE', 'starke schmerzen in der hüfte seit ein paar tagen', 'WarningSignIntent', 'severe'],
    ['es-ES', 'ando arrastrando la pierna derecha', 'WarningSignIntent', 'weakness'],
    ['es-MX', 'me resbalé y desde ese día tengo dolor de cadera', 'WarningSignIntent', 'fall'],
    ['es-ES', 'por la noche me duele bastante más', 'WarningSignIntent', 'night'],
    ['es-US', 'tengo un cramp', 'WarningSignIntent', 'cramp'],
    ['fr-FR', 'tu peux arrêter ça fait mal', 'PainIntent', undefined],
    ['fr-CA', 'aïe non non', 'PainIntent', undefined],
    ['fr-FR', 'crampe crampe', 'WarningSignIntent', 'cramp'],
    ['es-ES', 'estoy sudando toda la noche', 'WarningSignIntent', 'fever'],
    ['fr-CA', "j'en peux plus", 'WarningSignIntent', 'severe'],
    ['fr-FR', 'aie aie aie', 'PainIntent', undefined],
    ['de-DE', 'hätten sie eine kürzere einheit', 'ShorterIntent', undefined],
    ['de-DE', 'der fuß fühlt sich an wie tot', 'WarningSignIntent', 'numbness'],
    ['de-DE', 'wie ameisen in der wade', 'WarningSignIntent', 'tingling'],
    ['de-DE', 'gibt es auch eine längere', 'LongerIntent', undefined],
    ['es-MX', 'no hay algo más cortito', 'ShorterIntent', undefined],
    ['es-ES', 'prefiero una rutina más larga', 'LongerIntent', undefined],
    ['fr-CA', 'vous avez une séance plus courte', 'ShorterIntent', undefined],
    ['fr-FR', 'je voudrais quelque chose de plus long', 'LongerIntent', undefined],
    // fresh6: everything from the hip down resolves to both legs.
    ['de-DE', 'ab der hüfte abwärts ist alles taub', 'WarningSignIntent', 'numbness'],
  ] as const)('%s: "%s" is %s (%s)', (locale, said, intent, symptom) => {
    const heard = resolve(loadInteractionModel(locale), said, { locale });
    const id = heard.kind === 'intent' ? heard.intent.slots?.symptom?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id : undefined;
    expect([heard.kind === 'intent' ? heard.intent.name : heard.kind, id]).toEqual([intent, symptom]);
  });
});
