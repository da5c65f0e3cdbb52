import type { Language } from '../speech/locales';

/**
 * How the body is talked about in German, Spanish and French, sorted as feeling.ts sorts English
 * (where it is, what it does, when and why, how bad): the catch-all safety intent hands over free
 * words, and a German "mein Bein ist ganz taub" must be read as surely as "my leg is numb".
 * Written from how people speak (Austrian "Popsch", Mexican "pompas", Québécois "ayoye"), not
 * translated from the English patterns.
 */
export interface Vocabulary {
  readonly numb: string;
  readonly tingle: string;
  readonly weak: string;
  readonly saddleRegion: string;
  readonly bladderBowel: string;
  readonly bothLegs: string;
  readonly spreading: string;
  readonly night: string;
  readonly fall: string;
  readonly fever: string;
  readonly severe: string;
  readonly cramp: string;
  readonly pain: string;
  /** Sensations that are not a stretch's and not plain pain (odd, heavy, cold, not one's own): said of a body part, a changed feeling there. */
  readonly odd: string;
  readonly bodyPart: string;
}

const vocabularies: Readonly<Record<'de' | 'es' | 'fr', Vocabulary>> = {
  de: {
    numb: String.raw`^gefühl (?:mehr )?(?:in|im|am)|^(?:nichts|nix|gar nichts|kaum (?:noch |mehr )?was)(?! (?:von )?(?:der |die )?dehnung)|^(?:meine?[nm]?|die|den|das) (?:\p{L}+ )?(?:nicht|kaum) mehr|taub\p{L}*|gefühllos\p{L}*|kein(?:e|en)? gefühl|ohne gefühl|gefühl (?:ist )?weg|(?:spür|fühl|merk)\p{L}* (?:(?!dehnung|übung)\p{L}+ ){0,3}(?:nicht|nichts|kaum)|eingeschlafen|schl(?:ä|a)f(?:t|en) (?:mir )?(?:immer |ständig |dauernd |ganz )?ein|pelzig|abgestorben|wie tot|wie watte|betäubt|wie betäubt`,
    tingle: String.raw`kribbel\p{L}*|vibrier\p{L}*|brause\p{L}*|kitzel\p{L}*|zuck\p{L}*|strom\p{L}*|kribbelt|ameisen\p{L}*|prickel\p{L}*|prickelt|nadel\p{L}*|brizzel\p{L}*|elektrisier\p{L}*|surr\p{L}*|summt|wie strom|wie sprudel`,
    weak: String.raw`schwach|versag\p{L}*|wegsack\p{L}*|weiche knie|weich wie|(?:nicht|kaum) (?:mehr )?(?:richtig )?(?:stehen|gehen|laufen)|^kraft (?:mehr )?(?:in|im)|schwäche|schwächer|kraftlos|keine kraft|kraft (?:\p{L}+ )?weg|\p{L}*knick\p{L}*|gibt (?:\p{L}+ ){0,2}nach|geben (?:\p{L}+ ){0,2}nach|sackt weg|(?:nicht|kaum) (?:mehr )?(?:richtig )?(?:heben|anheben|bewegen|hochheben|hochziehen|hochkriegen|hochbekommen|belasten|auftreten)|hält mich nicht|trägt mich nicht|tragen mich nicht|wie gummi|wie pudding|klatscht|schleift|hängt (?:runter|herunter)|stolper\p{L}* (?:\p{L}+ ){0,2}über (?:meinen|den) (?:eigenen )?fuß|lahm|gelähmt|fußheber\p{L}*`,
    saddleRegion: String.raw`schritt|leiste\p{L}*|geschlechtsteil\p{L}*|penis|hoden|scheide|vagina|scham\p{L}*|anus|sitzfläche|wo ich sitze|beim sitzen|sattel\p{L}*|toilettenpapier|abputz\p{L}*|intim\p{L}*|genital\p{L}*|zwischen den beinen|po|popo|popsch|pobacke\p{L}*|gesäß|hintern|arsch|steiß\p{L}*|damm|after|reithose\p{L}*|klopapier|abwisch\p{L}*|wisch\p{L}*|(?:auf dem|aufm|auf der|auf die|aufs) (?:klo|toilette|häusl|wc)|innenseite der oberschenkel|untenrum|unten rum|unten herum|da unten|unten alles`,
    bladderBowel: String.raw`blase\p{L}*|darm\p{L}*|pinkel\p{L}*|pipi|piesel\p{L}*|pullern|urin\p{L}*|inkontinen\p{L}*|eingenässt|in die hose|ins bett gemacht|wasserlassen|wasser (?:nicht )?(?:mehr )?(?:halten|lassen)|klo|toilette|häusl|stuhlgang|stuhl (?:nicht )?(?:mehr )?halten|großes geschäft|kacken|kacka`,
    bothLegs: String.raw`beide(?:n)? beine(?:n)?|beine|beinen|beide(?:n)? füße(?:n)?|füße|beide(?:n)? seiten|beide(?:n)? oberschenkel\p{L}*|beide(?:n)? waden|beide(?:n)? knie`,
    spreading: String.raw`strahlt\p{L}*|ausstrahl\p{L}*|schießt|schießen|einschieß\p{L}*|ischias\p{L}*|stromschlag|elektrisch\p{L}*|ins bein|in die wade|in den fuß|in die zehen|bis (?:runter |hinunter |nach unten )?(?:in|ins|zur|zum|zu)|unterhalb|unter(?:m|s)? (?:das |dem )?knie|unter(?:halb)? (?:des|vom|dem) knie\p{L}*|zieht (?:\p{L}+ ){0,3}(?:runter|hinunter|nach unten|ins|bis)|wandert|fährt (?:mir )?(?:\p{L}+ )?ins|läuft (?:\p{L}+ ){0,2}runter`,
    night: String.raw`nachts|in der nacht|jede nacht|nächte|nächtlich\p{L}*|weck\p{L}* (?:\p{L}+ ){0,3}(?:mich|auf)|wach\p{L}* (?:\p{L}+ ){0,3}auf|aufwach\p{L}*|nicht (?:mehr )?(?:ein|durch)?schlafen|im liegen|im bett|in ruhe|nachtschmerz\p{L}*|uhr (?:früh|nachts|morgens)|beim schlafen|schlaflos`,
    fall: String.raw`gestürzt|hingefallen|umgefallen|runtergefallen|hinuntergefallen|heruntergefallen|(?:bin|war|ist) (?:\p{L}+ ){0,5}(?<!schwer |leicht )(?:gefallen|geflogen|geknallt)|sturz|ausgerutscht|ausgeglitten|unfall|gestolpert|hingeflogen|hingeknallt|gepurzelt|auf die nase gefallen|angefahren`,
    fever: String.raw`fieber\p{L}*|schweiß\p{L}*|glüh\p{L}*|kränk\p{L}*|angeschlagen|erkält\p{L}*|grippal\p{L}*|infekt\p{L}*|unwohl|nicht wohl|zitter\p{L}*|zittrig|bibber\p{L}*|schüttelfrost|temperatur|krank|nachtschweiß|grippe|heiß und kalt|schwitz\p{L}*|elend|schlapp|frier\p{L}*|fröstel\p{L}*|mir ist (?:\p{L}+ )?(?:heiß|kalt|übel|schlecht)|fühl\p{L}* mich (?:\p{L}+ )?(?:krank|schlecht|elend|mies|nicht gut)`,
    severe: String.raw`unerträglich\p{L}*|ärger|zum heulen|zum schreien|tränen|unaushaltbar|höllen\p{L}*|(?:sehr|so|ganz|echt|richtig|total) schlimm|stark\p{L}* schmerz\p{L}*|wahnsinn\p{L}*|höllisch\p{L}*|immer (?:schlimmer|stärker|mehr)|schlimmer|schlimmste\p{L}*|am schlimmsten|nicht (?:mehr )?aus(?:zu)?halten|halt\p{L}* (?:\p{L}+ )*(?:nicht|kaum) (?:mehr )?aus|extrem\p{L}*|zehn von zehn|furchtbar\p{L}*|wahnsinnig\p{L}*|heftig\p{L}*|mörderisch\p{L}*|wird (?:immer )?stärker`,
    cramp: String.raw`\p{L}*krampf\p{L}*|\p{L}*krämpf\p{L}*|verkrampf\p{L}*|krampft|zieht sich zusammen|verhärt\p{L}*`,
    pain: String.raw`weh|scheiße|scheisse|mist|verdammt|ui+|oh gott|oje|klemm\p{L}*|zwack\p{L}*|kneif\p{L}*|knirsch\p{L}*|krach\p{L}*|schnalz\p{L}*|wund|drückt|zu (?:fest|heftig|intensiv|sehr|krass)|mag (?:\p{L}+ ){0,3}nicht|gefällt (?:\p{L}+ ){0,3}nicht|wehtut|wehgetan|schmerz\p{L}*|au|aua|auweh|auweia|autsch|aa+h+|zwick\p{L}*|stech\p{L}*|sticht|brenn\p{L}*|brennt|zu viel|zu stark|zu weit|zu doll|zu arg|unangenehm|knack\p{L}*|geknackt|geknackst|gezerrt|zerrung|verletzt|verhoben|verdreht|überdehnt|gerissen|reißt|pocht|ziept|ploppt|nicht gut an|fühlt sich falsch`,
    odd: String.raw`komisch|seltsam|merkwürdig|eigenartig|bleischwer|wie blei|schwer wie|eiskalt|eisig|kalt|nicht wie meins?|fremd|gehört nicht zu mir`,
    bodyPart: String.raw`bein\p{L}*|fuß|füße|fuss|zeh\p{L}*|knie|oberschenkel\p{L}*|wade\p{L}*|hüfte\p{L}*|rücken|po|gesäß|hintern|arm\p{L}*|hand|hände|finger\p{L}*`,
  },
  es: {
    numb: String.raw`^(?:siento|noto)(?= (?!(?:muy )?(?:mal|bien|fatal|mejor|peor|raro|rara|cansad\p{L}*|que|como|un |una |mucho|el estir|la postura)))|adormec\p{L}*|entumec\p{L}*|entumid[ao]s?|entumi\p{L}*|dormid[ao]s?|duerm[ea]n?|durmi\p{L}*|(?:no|ni) (?:la |lo |las |los |me |te |le )?sient\p{L}*|(?:no|ni) (?:\p{L}+ ){0,2}(?:siento|noto)(?! (?:\p{L}+ )?estir)|siento nada|noto nada|sin (?:sensibilidad|sensación|sentir)|perd\p{L}* (?:la )?(?:sensibilidad|sensación)|acorchad[ao]s?|insensible\p{L}*|como muert[ao]s?|como de corcho`,
    tingle: String.raw`hormigue\p{L}*|hormig\p{L}*|calambrit\p{L}*|calambrill\p{L}*|piquetit\p{L}*|agujit\p{L}*|chispa\p{L}*|chispazo\p{L}*|zumb\p{L}*|vibr\p{L}*|burbuj\p{L}*|hormigu\p{L}*|cosquill\p{L}*|hormiguitas|pinchazos|agujas|alfileres|piquetes|electricidad|chispitas|corriente`,
    weak: String.raw`débil\p{L}*|no me responde\p{L}*|no responde\p{L}*|afloj\p{L}*|flaque\p{L}*|debilidad|sin fuerza|no tengo fuerza|perd\p{L}* (?:la )?fuerza|falta de fuerza|se me dobla\p{L}*|se me doblaron|se (?:me )?dobl\p{L}*|me falla\p{L}*|falla|no me (?:sostiene\p{L}*|aguanta\p{L}*|sostienen|aguantan)|no (?:\p{L}+ )?(?:puedo|consigo) (?:levantar|mover|subir|apoyar)|arrastr\p{L}*|pie caído|tropiez\p{L}*|tropez\p{L}*|de trapo|flojer\p{L}*|flojas?|flojos?|como gelatina|se me va`,
    saddleRegion: String.raw`entrepierna|ingle\p{L}*|vulva|vagina|pene|testícul\p{L}*|mis partes|posaderas|la cola|donde me siento|al sentarme|zona íntima|partes íntimas|genital\p{L}*|entre las piernas|periné|perineo|nalga\p{L}*|trasero|culo|pompa\p{L}*|pompis|colita|sentaderas|pompas|nachas|pandero|ano|cóccix|coxis|rabadilla|papel|limpiarme|me limpio|al limpiar|silla de montar|ahí abajo|allá abajo|sentad[ao] en el (?:baño|váter|inodoro|wáter)`,
    bladderBowel: String.raw`vejiga|intestino\p{L}*|orin\p{L}*|pis|pipí|mear|meo|meado|incontinencia|me hice encima|me he hecho encima|hecho encima|ir al baño|voy al baño|al baño|heces|caca|popó|cagar|del baño|de vientre|esfínter\p{L}*|me escap\p{L}*|se me escap\p{L}*`,
    bothLegs: String.raw`(?:las )?dos piernas|ambas piernas|piernas|los dos pies|ambos pies|pies|los dos muslos|ambos lados|los dos lados`,
    spreading: String.raw`baja\p{L}* (?:por|hasta|hacia)|se (?:me )?va (?:a la pierna|al pie|hasta|hacia abajo)|va (?:hasta|hacia)|corre (?:por|hasta)|irradi\p{L}*|hasta el (?:pie|tobillo|gemelo|talón|dedo)|hasta los (?:dedos|pies)|hasta la (?:pantorrilla|rodilla|planta)|al pie|por debajo de la rodilla|debajo de la rodilla|descarga\p{L}*|calambrazo|corrientazo|latigazo|ciátic\p{L}*|se extiende|recorre|llega (?:al|hasta)|me baja`,
    night: String.raw`por la noche|de noche|en la noche|las noches|noches|nocturn\p{L}*|madrugada|me despiert\p{L}*|despierto|despertar|no me deja dormir|no puedo dormir|sin dormir|en reposo|acostad[ao]|tumbad[ao]|en la cama`,
    fall: String.raw`me caí|caí|cai|caíd[ao]|caída|me he caído|resbal\p{L}*|accidente|tropec\p{L}*|golpe\p{L}*|golpeé|choqu\p{L}*|choque|porrazo|costalazo|trancazo|madrazo|guarrazo|leñazo|batacazo|azotón|me fui al suelo|de espaldas al suelo`,
    fever: String.raw`fiebre|malit[ao]|resfriad[ao]|constipad[ao]|febrícula|ardiendo|cuerpo cortado|todo el cuerpo|infecci\p{L}*|sudando|tembl\p{L}*|febril|calentura|escalofr\p{L}*|temperatura|enferm[ao]|gripe|sudor\p{L}*|destemplad[ao]|me siento (?:muy )?(?:mal|fatal|enferm[ao])|malestar|tirit\p{L}*|mucho frío`,
    severe: String.raw`^(?:lo |la )?(?:aguanto|soporto)|fuertísim\p{L}*|intensísim\p{L}*|de muerte|me muero|horrores|a morir|no puedo más|llor\p{L}*|grit\p{L}*|insoportable|inaguantable|cada vez (?:peor|más)|va a peor|peor|empeor\p{L}*|horrible|terrible|espantos[ao]|muy intenso|diez de diez|no (?:lo |la )?(?:aguanto|soporto)|no aguanto (?:el|este|más)|ya no puedo más|muchísimo|chingo|atroz|brutal`,
    cramp: String.raw`calambre\p{L}*|rampa|espasmo\p{L}*|acalambr\p{L}*|agarrot\p{L}*|se me (?:sube|subió) el gemelo|contractura`,
    pain: String.raw`duel\p{L}*|joder|mierda|hostia|coño|jolín|híjole|chin|a la madre|escuec\p{L}*|punz\p{L}*|apriet\p{L}*|trab\p{L}*|no me gusta|muy fuerte|dol[oi]\p{L}*|ay|auch|uy|ufff*|lastim\p{L}*|daño|pincha\p{L}*|quema|arde|molest\p{L}*|pellizc\p{L}*|demasiado|tirón|crujid\p{L}*|cruj\p{L}*|chasquid\p{L}*|trono|tronó|tronido|clava|punzada\p{L}*|me lesioné|desgarr\p{L}*|jalé|incómod\p{L}*|no me sienta bien|no se siente bien`,
    odd: String.raw`raro|rara|raros|raras|extrañ[ao]s?|pesad[ao]s?|frí[ao]s?|helad[ao]s?|no (?:es|la siento|lo siento) mí[ao]|ajen[ao]s?`,
    bodyPart: String.raw`pierna\p{L}*|pie|pies|dedo\p{L}*|rodilla\p{L}*|muslo\p{L}*|pantorrilla\p{L}*|gemelo\p{L}*|tobillo\p{L}*|cadera\p{L}*|espalda|nalga\p{L}*|brazo\p{L}*|mano\p{L}*`,
  },
  fr: {
    numb: String.raw`^de (?:sensation|sensibilité)|^(?:plus rien|rien|plus|presque plus)(?= (?!de force|mal|trop|fort|loin|souple))|^rien$|(?:sens|ressens) pas(?! (?:l'étirement|trop|bien|grand|vraiment|beaucoup|encore|l'effet))|ankylos\p{L}*|perdu (?:la |toute )?(?:sensation|sensibilité)|plus de sensibilité|aucune sensation|pas de sensation|engourd\p{L}*|insensib\p{L}*|sens (?:plus|rien|presque plus)|sentir (?:plus|rien)|plus de sensation|perte de sensibilité|endormi\p{L}*|s'endort|s'endorment|comme mort\p{L}*|cartonné\p{L}*|gel[ée]e?s?|paralysé\p{L}*|comme du bois|du coton|ressens (?:plus|rien)`,
    tingle: String.raw`fourmi\p{L}*|épingle\p{L}*|vibr\p{L}*|bourdonn\p{L}*|frétill\p{L}*|pétill\p{L}*|picot\p{L}*|aiguilles?|grésill\p{L}*|chatouill\p{L}*|électri\p{L}*|frémi\p{L}*|décharges? électriques?`,
    weak: String.raw`^de force|faible\p{L}*|m'ont lâché|ont lâché|(?:jambes?|genoux?|chevilles?|pieds?) (?:\p{L}+ )?lâch\p{L}*|tiens (?:plus|pas) debout|tenir debout|guenille|compote|caoutchouc|gélatine|nouilles|aucune force|pas de force|faiblesse|sans force|plus de force|perdu (?:la |ma )?force|se dérobe\p{L}*|dérob\p{L}*|me lâche\p{L}*|(?:jambe|genou|cheville|pied) (?:\p{L}+ )?lâche\p{L}*|ne me (?:porte|tient|portent|tiennent) plus|(?:peux|arrive|arrivent|réussis) (?:pas|plus) (?:à )?(?:lever|bouger|soulever|relever|marcher|tenir|poser)|pied tomb\p{L}*|traîne\p{L}*|en coton|en guimauve|molles?|mous|flageol\p{L}*|paralys\p{L}*|flanche\p{L}*|trébuche\p{L}* sur mon pied`,
    saddleRegion: String.raw`entrejambe|aine|sexe|vulve|vagin|pénis|testicul\p{L}*|postérieur|pubis|là où je m'assois|où je m'assois|sur la selle|sur le siège|papier toilette|en m'essuyant|parties intimes|parties génitales|génit\p{L}*|intime|entre les jambes|périnée|fesses?|mon derrière|le derrière|du derrière|popotin|cul|anus|coccyx|papier|essuie|m'essuie|m'essuyer|en selle|selle de vélo|là en bas|sur les toilettes|sur la toilette|assis sur le trône`,
    bladderBowel: String.raw`vessie|intestin\p{L}*|urin\p{L}*|pipi|pisse\p{L}*|incontinen\p{L}*|fuites?|fait dessus|fait dans (?:ma|mon|mes) (?:culotte|pantalon|slip|caleçon|froc|bobette\p{L}*)|toilettes?|selles|caca|aller à la selle|retenir|me retiens|faire mes besoins|pipi au lit|mouillé (?:mon|ma|le)|sphincter\p{L}*|pee`,
    bothLegs: String.raw`(?:les )?deux jambes|jambes|deux pieds|des deux côtés|deux cuisses|deux genoux|mes pieds`,
    spreading: String.raw`descend\p{L}*|irradi\p{L}*|jusqu'(?:au|à|aux) (?:pied|pieds|orteils?|cheville|mollet|talon|genou)|jusque dans|sous le genou|en dessous du genou|en bas du genou|décharge\p{L}*|courant|file dans|sciatique|se propage|part dans|dans la jambe|dans le mollet|dans le pied|le long de la jambe|me traverse|lancine\p{L}*`,
    night: String.raw`la nuit|de nuit|les nuits|nuits?|nocturne|réveill\p{L}*|réveil|empêche de dormir|dors plus|dormir|au repos|allongé\p{L}*|couché\p{L}*|au lit|dans mon lit|immobile|heures du matin`,
    fall: String.raw`tomb\p{L}*|chute|chuté|glissé|glisser|accident|trébuch\p{L}*|choc|cogné\p{L}*|débarque|fouille|planté|gamelle|vautr\p{L}*|cassé la gueule|ramassé|étal[ée]\p{L}*|pris une plante`,
    fever: String.raw`fièvre|transpir\p{L}*|assiette|infection|enrhum\p{L}*|mal partout|pas en forme|tremble\p{L}*|fiévreu\p{L}*|fais de la température|température|frisson\p{L}*|malade|grippe|grippé\p{L}*|sueur\p{L}*|patraque|mal fichu|(?:me )?sens (?:\p{L}+ ){0,2}(?:mal|pas bien)|pas bien du tout|fébrile|chaud et froid|grelott\p{L}*|brûlant\p{L}*`,
    severe: String.raw`insupportable|violent\p{L}*|intense|très fort\p{L}*|hurl\p{L}*|crier|pleur\p{L}*|larmes|énorme|à mourir|intenable|de pire en pire|pire|empire\p{L}*|aggrav\p{L}*|atroce|horrible|terrible|dix sur dix|supporte plus|épouvantable|de plus en plus (?:fort|mal)|en maudit|mal de chien|affreux|affreuse|insoutenable|plus possible|peux plus`,
    cramp: String.raw`crampe\p{L}*|contracture|spasme\p{L}*|se contracte|tétanis\p{L}*|se bloque|raidi`,
    pain: String.raw`mal|outch|merde|putain|mince|zut|tabarn\p{L}*|câlis\p{L}*|calis\p{L}*|ostie|chauffe|coinc\p{L}*|forcé|aime pas|plaît pas|pas confortable|douleur\p{L}*|douloureu\p{L}*|aïe|aie|ouille|ouch|ayoye|ouïe|pique|pince|brûle|blessé\p{L}*|trop|tire|lance|élance|pop|craqu\p{L}*|claqu\p{L}*|déchir\p{L}*|souffr\p{L}*|froissé|élongation|tiraille\p{L}*|inconfortable|désagréable|pas agréable`,
    odd: String.raw`bizarre\p{L}*|étrange\p{L}*|drôle|lourd\p{L}*|froid\p{L}*|glacé\p{L}*|pas à moi|plus à moi`,
    bodyPart: String.raw`jambe\p{L}*|pied\p{L}*|orteil\p{L}*|genou\p{L}*|cuisse\p{L}*|mollet\p{L}*|cheville\p{L}*|hanche\p{L}*|dos|fesse\p{L}*|bras|main\p{L}*`,
  },
};

/**
 * British, Irish, Australian, Indian and Canadian English, read by putting their words into the
 * words the English classifier (feeling.ts) knows: "my arse has gone numb" is read as "my bum has
 * gone numb" (saddle numbness), "I can't have a wee" as "I can't pee", "it's worse of a night" as
 * "at night", "I came a cropper" as "I fell". Rewriting rather than a second vocabulary keeps every
 * rule of the English classifier (where a numb feeling is decides its urgency) for these words too.
 */
const regionalEnglish: ReadonlyArray<readonly [RegExp, string]> = [
  // "me" for "my" (northern England, Ireland, Australia): "down me leg", "me foot's gone dead".
  [/\bme (?=(?:legs?|foot|feet|toes?|knees?|calf|calves|thighs?|hips?|back|bum|arse|bladder|bowels?|ankles?|heels?)\b)/g, 'my '],
  // Before "arse" is read as the bottom: "arse over tit" is a fall.
  [/\b(?:(?:went|gone|go) (?:arse|base|head) over (?:tit|elbow|kettle|apex|heels)|c[ao]me a cropper|(?:stacked|stack) it|had a spill|took a spill|came a gutser|gutser|face ?planted|bit the dust|went down hard|went over on my)\b/g, 'fell'],
  [/\bkilling my\b/g, 'killing me'],
  [/\b(?:not having (?:any )?strength|no (?:power|go)\b|(?:lost|losing) (?:my |all )?power|feeble|(?:wet )?noodle|flopp\w*|(?:ankle|knee|leg)s? (?:keeps? )?(?:rolling|rolls|rolled)|isn'?t working(?: properly)?|not working properly|can'?t walk(?: properly| straight)?)\b/g, 'weak'],
  [/\b(?:tackle|crown jewels|lady garden|my junk|downstairs)\b/g, 'bum'],
  [/\bpins\b(?! and needles)/g, 'legs'],
  [/\b(?:gone|going|goes|went) to sleep\b/g, 'gone asleep'],
  [/\b(?:cotton wool|frozen)\b/g, 'numb'],
  [/\b(?:foot|feet|toes?) (?:keeps? |keep )?catch(?:es|ing)\b/g, 'foot drags'],
  [/\b(?:conked out|packed (?:in|up)|gone (?:all )?(?:wobbly|wonky)|given up on me|gone on me|won'?t do what i (?:tell|want)\w*|not responding|can'?t control)\b/g, 'gave way'],
  [/\b(?:legs?|knees?|ankles?) (?:is |are |feels? |gone )?(?:all )?(?:wobbly|wonky)\b/g, 'leg gave way'],
  [/\b(?:had a knock|took a knock|banged my|bashed my|whacked my|smacked my|prang\w*|rear ended|went down like)\b/g, 'fell'],
  [/\b(?:awful|dreadful|off the scale|through the roof|(?:eight|nine|8|9) out of (?:ten|10))\b/g, 'unbearable'],
  [/\b(?:a bit much|bit much|a lot\b(?= for me| on my)|uncomfy|nasty|nips?|nipping|nippy|gowping|owch|ouchy|ooft|not happy|complaining)\b/g, 'hurts'],
  [/\b(?:arse|ass|bum cheeks?|butt cheeks?|sit(?:ting)? bones?|fanny|nethers|gooch|taint|todger|willy|front bottom|privates)\b/g, 'bum'],
  [/\b(?:have|had|having|need|needing|do|doing|did|for|go for) a (?:wee|widdle|tinkle|pee)\b/g, 'pee'],
  [/\b(?:weed|widdled|tinkled|piddled) (?:myself|me)\b/g, 'wet myself'],
  [/\b(?:widdl\w*|piddl\w*|tinkl\w*|spend a penny|caught short|dribbl\w*|potty|susu|loose motions?|motions?|pass(?:ing)? stool|stools?)\b/g, 'pee'],
  [/\bcan'?t hold it(?: in)?\b/g, "can't hold my pee"],
  [/\b(?:till|until|upto|up to|right to|all the way to) (?=(?:my|the|me) (?:foot|feet|toes?|ankle|heel|calf|calves|shin|knee)\b)/g, 'down to '],
  [/\b(?:till|upto) (?=(?:foot|feet|toes?|ankle|heel|calf|knee)\b)/g, 'down to my '],
  [/\b(?:of a night|of a nighttime|in the wee hours|in the small hours|when i(?:'m)? lie down|lying in bed)\b/g, 'at night'],
  [/\b(?:coming down with (?:something|a bug|the flu|a cold)|got a bug|a bug going round|an infection|infection)\b/g, 'unwell'],
  [/\b(?:knackers|bollocks|balls|minge|tush|booty)\b/g, 'bum'],
  [/\b(?:on the bog|the bog|bog roll|loo roll|toilet roll)\b/g, 'on the loo'],
  [/\b(?:feeling|feel|a bit|bit) (?:grotty|ropey|ropy|crook)\b|\b(?:the )?lurg(?:y|ie)\b|\bman flu\b|\ba temp\b|\bbody (?:ache|pain)s?\b/g, 'fever'],
  [/\b(?:chronic|murder|proper bad|shocking|unreal|something chronic)\b/g, 'unbearable'],
  [/\b(foot|leg|feet)(?:'s| is| are| keeps?)? dragg\w*/g, '$1 drags'],
  // Said mid-stretch, an oath is taken for a cry of pain: stopping costs less than pushing on.
  [/\b(?:(?:bloody|flipping|flippin|freaking|frigging) (?:hell|heck|nora)|bugger|sod it|shit|fuck\w*|jeez|jesus|christ|oh my days|gordon bennett|ooya+h?|yeowch|gah)\b/g, 'ouch'],
  [/\b(?:giving me (?:gyp|gip|jip)|gyp|gip|jip|smart(?:s|ing)|catch(?:es|ing)(?= (?:in|at) (?:my|the|me))|crick\w*|ricked|jarred|done (?:my|me) \w+ in|done it in|aiyo+|ayyo+|arre+y?|yowza|strewth|crikey)\b/g, 'hurts'],
];

/**
 * A language's safety words as the bundle keeps them beside itself (feeling.<language>.json, written by
 * tools/build.mjs): German, Spanish and French have a vocabulary; English has the regional rewrites, each as
 * its pattern's source and flags and what it becomes.
 */
export interface FeelingBook {
  readonly vocabulary?: Vocabulary;
  readonly rewrites?: ReadonlyArray<readonly [source: string, flags: string, plain: string]>;
}

/**
 * A language's safety words, from the TypeScript above (jest, tsx and the build run this). The bundle has
 * feeling-vocabulary-files.ts in its place (tools/build.mjs), which reads what the build wrote from this.
 */
export function feelingBook(language: Language): FeelingBook {
  if (language === 'en') return { rewrites: regionalEnglish.map(([pattern, plain]) => [pattern.source, pattern.flags, plain] as const) };
  return { vocabulary: vocabularies[language] };
}
