import type { Feeling } from './feeling';
import type { WarningSign } from './safety';

/**
 * How the body is talked about in German, Spanish and French, sorted as feeling.ts sorts English
 * (where it is, what it does, when and why, how bad): the catch-all safety intent hands over free
 * words, and a German "mein Bein ist ganz taub" must be read as surely as "my leg is numb".
 * Written from how people speak (Austrian "Popsch", Mexican "pompas", Québécois "ayoye"), not
 * translated from the English patterns.
 */
interface Vocabulary {
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
    numb: String.raw`^gefühl (?:mehr )?(?:in|im|am)|^(?:nichts|nix|gar nichts|kaum (?:noch |mehr )?was)(?! (?:von )?(?:der |die )?dehnung)|^(?:meine?[nm]?|die|den|das) (?:\p{L}+ )?(?:nicht|kaum) mehr|taub\p{L}*|gefühllos\p{L}*|kein(?:e|en)? gefühl|ohne gefühl|gefühl (?:ist )?weg|(?:spür|fühl|merk)\p{L}* (?:(?!dehnung|übung)\p{L}+ ){0,3}(?:nicht|nichts|nix|kaum)|eingeschlafen|schl(?:ä|a)f(?:t|en) (?:mir )?(?:immer |ständig |dauernd |ganz )?ein|pelzig|abgestorben|wie tot|wie watte|betäubt|wie betäubt|merk\p{L}* (?:(?!dehnung|übung)\p{L}+ ){0,3}(?:nicht|nichts|kaum|gar nicht)|nicht (?:mehr )?(?:spüren|fühlen|merken)|keine empfindung|empfindung\p{L}* (?:\p{L}+ ){0,2}weg|gefühl\p{L}* (?:\p{L}+ ){0,2}(?:weg|verloren|fehlt|komisch)|wie watte|wie gelähmt|dumpf|stumpf|wie fremd|wie aus holz|holzig|gummiartig|^(?:nix|gar nix)(?! (?:von )?(?:der |die )?dehnung)`,
    tingle: String.raw`kribbel\p{L}*|vibrier\p{L}*|brause\p{L}*|kitzel\p{L}*|zuck\p{L}*|strom\p{L}*|kribbelt|ameisen\p{L}*|prickel\p{L}*|prickelt|nadel\p{L}*|brizzel\p{L}*|elektrisier\p{L}*|surr\p{L}*|summt|wie strom|wie sprudel|kribbl\p{L}*|krabbel\p{L}*|gekribbel|stromgefühl|wie strom|elektrisch|bi(?:t)?zzel\p{L}*|bizzel\p{L}*|bitzel\p{L}*|britzel\p{L}*`,
    weak: String.raw`schwach|versag\p{L}*|wegsack\p{L}*|weiche knie|weich wie|(?:nicht|kaum) (?:mehr )?(?:richtig )?(?:stehen|gehen|laufen)|^kraft (?:mehr )?(?:in|im)|schwäche|schwächer|kraftlos|keine kraft|kraft (?:\p{L}+ )?weg|\p{L}*knick\p{L}*|gibt (?:\p{L}+ ){0,4}nach|geben (?:\p{L}+ ){0,4}nach|sackt weg|(?:nicht|kaum) (?:mehr )?(?:richtig )?(?:heben|anheben|bewegen|hochheben|hochziehen|hochkriegen|hochbekommen|belasten|auftreten)|hält mich nicht|trägt mich nicht|tragen mich nicht|wie gummi|wie pudding|klatscht|schleift|hängt (?:runter|herunter)|stolper\p{L}* (?:\p{L}+ ){0,2}über (?:meinen|den) (?:eigenen )?fuß|lahm|gelähmt|fußheber\p{L}*|hängt|hänge\p{L}*|hängen|bleib\p{L}* (?:\p{L}+ ){0,4}hängen|sack\p{L}* (?:\p{L}+ ){0,3}(?:weg|ab|zusammen|ein)|macht (?:\p{L}+ ){0,2}nicht (?:mehr )?mit|machen (?:\p{L}+ ){0,2}nicht (?:mehr )?mit|gehorch\p{L}* (?:\p{L}+ ){0,2}nicht|wackel\p{L}*|wackelig|unsicher auf den beinen|(?:knie|beine?) (?:\p{L}+ ){0,2}weich|weich (?:\p{L}+ ){0,2}(?:knie|beine?)|zittern? (?:\p{L}+ ){0,2}(?:beine?|knie)|(?:nicht|kaum) (?:mehr )?(?:richtig )?(?:stehen|gehen|laufen|hoch|rauf)|knie\p{L}* (?:\p{L}+ ){0,2}ein|streik\p{L}*|funktionier\p{L}* (?:\p{L}+ ){0,2}nicht|lässt mich im stich|zu (?:heben|anheben|hochziehen|hochheben|bewegen|belasten|stehen|gehen|laufen)$|(?:hält|halten|trägt|tragen) (?:\p{L}+ ){0,4}(?:nicht|kaum)|kein\p{L}* (?:\p{L}+ ){0,2}(?:mehr )?(?:stehen|gehen|laufen)|^(?:beine?|füße|fuß|knie)(?: \p{L}+){0,4} weg$`,
    saddleRegion: String.raw`schritt|leiste\p{L}*|geschlechtsteil\p{L}*|penis|hoden|scheide|vagina|scham\p{L}*|anus|sitzfläche|wo ich sitze|beim sitzen|sattel\p{L}*|toilettenpapier|abputz\p{L}*|intim\p{L}*|genital\p{L}*|zwischen den beinen|po|popo|popsch|pobacke\p{L}*|gesäß|hintern|arsch|steiß\p{L}*|damm|after|reithose\p{L}*|klopapier|abwisch\p{L}*|wisch\p{L}*|(?:auf dem|aufm|auf der|auf die|aufs) (?:klo|toilette|häusl|wc)|innenseite der oberschenkel|untenrum|unten rum|unten herum|da unten|unten alles|\p{L}*intim\p{L}*|zwischen (?:den|meinen) beinen|(?:am|im|an dem|beim) (?:hintern|po|popo|arsch|gesäß|after|damm|schritt)|hinterteil|pobacken?|poloch|arschbacke\p{L}*|sitzfleisch|reithosen\p{L}*|(?:im|am) unterleib|unterleib|muschi|pimmel|glied|eier|genitalien|sack|beim klo|auf toilette|toilette|klo|unten (?:\p{L}+ )?(?:nichts|nix|kaum|taub)`,
    bladderBowel: String.raw`blase\p{L}*|darm\p{L}*|pinkel\p{L}*|pipi|piesel\p{L}*|pullern|urin\p{L}*|inkontinen\p{L}*|eingenässt|in die hose|ins bett gemacht|wasserlassen|wasser (?:nicht )?(?:mehr )?(?:halten|lassen)|klo|toilette|häusl|stuhlgang|stuhl (?:nicht )?(?:mehr )?halten|großes geschäft|kacken|kacka|stuhlgang\p{L}*|\p{L}*blase\p{L}*|harn\p{L}*|\p{L}*inkontinen\p{L}*|pipi|pisse\p{L}*|pinkel\p{L}*|gepinkelt|wasser lassen|wasserlassen|wasser (?:\p{L}+ ){0,2}(?:halten|lassen|verlier\p{L}*)|aufs klo|auf die toilette|auf toilette|zur toilette|zum klo|in die hose|eingemacht|eingekackt|eingepinkelt|kontrolle (?:\p{L}+ ){0,3}(?:blase|darm|verloren)|verstopf\p{L}*|durchfall|tröpfel\p{L}*|nässe\p{L}*|ausgelaufen|groß\p{L}* geschäft|klein\p{L}* geschäft`,
    bothLegs: String.raw`beide(?:n)? beine(?:n)?|beine|beinen|beide(?:n)? füße(?:n)?|füße|beide(?:n)? seiten|beide(?:n)? oberschenkel\p{L}*|beide(?:n)? waden|beide(?:n)? knie|haxn|haxen|keinem bein|keinem der beine|keins der beine|keinen fuß`,
    spreading: String.raw`strahlt\p{L}*|ausstrahl\p{L}*|schießt|schießen|einschieß\p{L}*|ischias\p{L}*|stromschlag|elektrisch\p{L}*|ins bein|in die wade|in den fuß|in die zehen|bis (?:runter |hinunter |nach unten )?(?:in|ins|zur|zum|zu)|unterhalb|unter(?:m|s)? (?:das |dem )?knie|unter(?:halb)? (?:des|vom|dem) knie\p{L}*|zieht (?:\p{L}+ ){0,3}(?:runter|hinunter|nach unten|ins|bis)|wandert|fährt (?:mir )?(?:\p{L}+ )?ins|läuft (?:\p{L}+ ){0,2}runter|bis (?:\p{L}+ ){0,3}(?:fuß|zehen|ferse|knöchel|wade|knie|sohle)|(?:ins|in den|in die|bis in|zur|zum) (?:fuß|zehen|ferse|knöchel|wade|waden|unterschenkel|bein)|runter (?:\p{L}+ ){0,2}(?:bein|fuß)|hinunter|(?:das|am|im) bein (?:\p{L}+ ){0,2}(?:runter|entlang|hinunter)|entlang|ausstrahl\p{L}*|strahl\p{L}*|zieh\p{L}* (?:\p{L}+ ){0,3}(?:runter|hinunter|ins|bis|in den|in die)|fährt (?:\p{L}+ ){0,3}(?:ins|in den|in die|runter)|elektrisier\p{L}*|wie ein blitz|blitz\p{L}*`,
    night: String.raw`nachts|in der nacht|jede nacht|nächte|nächtlich\p{L}*|weck\p{L}* (?:\p{L}+ ){0,3}(?:mich|auf)|wach\p{L}* (?:\p{L}+ ){0,3}auf|aufwach\p{L}*|nicht (?:mehr )?(?:ein|durch)?schlafen|im liegen|im bett|in ruhe|nachtschmerz\p{L}*|uhr (?:früh|nachts|morgens)|beim schlafen|schlaflos|\p{L}*nacht\p{L}*|nachts|beim (?:ein|durch)?schlafen|(?:ein|durch)schlafen|schlaf\p{L}* (?:\p{L}+ ){0,4}(?:schlecht|nicht|kaum)|im bett|morgens früh|frühmorgens|um (?:zwei|drei|vier|fünf) uhr`,
    fall: String.raw`gestürzt|hingefallen|umgefallen|runtergefallen|hinuntergefallen|heruntergefallen|(?:bin|war|ist) (?:\p{L}+ ){0,5}(?<!schwer |leicht )(?:gefallen|geflogen|geknallt)|sturz|ausgerutscht|ausgeglitten|unfall|gestolpert|hingeflogen|hingeknallt|gepurzelt|auf die nase gefallen|angefahren|\p{L}*unfall\p{L}*|\p{L}*sturz\p{L}*|\p{L}*gestürzt|hingeknallt|aufgeschlagen|abgerutscht|ausgerutscht|umgeknickt|zusammengestoßen|angefahren|gerammt|auffahrunfall|auf die fresse|auf den hintern gefallen|runtergeflogen|hingestürzt|hinfall\p{L}*|hinfiel`,
    fever: String.raw`fieber\p{L}*|schweiß\p{L}*|glüh\p{L}*|kränk\p{L}*|angeschlagen|erkält\p{L}*|grippal\p{L}*|infekt\p{L}*|unwohl|nicht wohl|zitter\p{L}*|zittrig|bibber\p{L}*|schüttelfrost|temperatur|krank|nachtschweiß|grippe|heiß und kalt|schwitz\p{L}*|elend|schlapp|frier\p{L}*|fröstel\p{L}*|mir ist (?:\p{L}+ )?(?:heiß|kalt|übel|schlecht)|fühl\p{L}* mich (?:\p{L}+ )?(?:krank|schlecht|elend|mies|nicht gut)|fieb\p{L}*|\p{L}*fieber\p{L}*|grippig|verschnupft|erkältet|kaputt und krank|krankheitsgefühl|schwitzen|frösteln|friere|matt|(?:nicht|gar nicht) (?:so )?fit`,
    severe: String.raw`unerträglich\p{L}*|ärger|zum heulen|zum schreien|tränen|unaushaltbar|höllen\p{L}*|(?:sehr|so|ganz|echt|richtig|total) schlimm|stark\p{L}* schmerz\p{L}*|wahnsinn\p{L}*|höllisch\p{L}*|immer (?:schlimmer|stärker|mehr)|schlimmer|schlimmste\p{L}*|am schlimmsten|nicht (?:mehr )?aus(?:zu)?halten|halt\p{L}* (?:\p{L}+ )*(?:nicht|kaum) (?:mehr )?aus|extrem\p{L}*|zehn von zehn|furchtbar\p{L}*|wahnsinnig\p{L}*|(?<!zu )heftig\p{L}*|mörderisch\p{L}*|wird (?:immer )?stärker|noch nie so|wie noch nie|nie so schlimm|(?<!(?:nicht|halb) (?:so |sehr |ganz |besonders )?)schlimm\p{L}*|(?:kaum|nicht) (?:noch |mehr )?aus(?:zu)?halten|halt\p{L}* (?:\p{L}+ ){0,4}(?:kaum|nicht) (?:noch |mehr )?aus|(?:sehr|extrem|richtig|total|wahnsinnig|mega|voll|brutal) stark\p{L}*|brutal\p{L}*|horror|qual\p{L}*|heul\p{L}*|wein(?:e|en|t)?|schrei(?:e|en|t)?|verschlimmer\p{L}*|verschlechter\p{L}*|(?:mehr|stärker|schlimmer) (?:\p{L}+ ){0,2}(?:geworden|werden)|nimmt (?:\p{L}+ ){0,2}zu|(?:so|total|richtig|echt|sehr|ganz) arg`,
    cramp: String.raw`\p{L}*krampf\p{L}*|\p{L}*krämpf\p{L}*|verkrampf\p{L}*|krampft|zieht sich zusammen|verhärt\p{L}*`,
    pain: String.raw`weh|scheiße|scheisse|mist|verdammt|ui+|oh gott|oje|klemm\p{L}*|zwack\p{L}*|kneif\p{L}*|knirsch\p{L}*|krach\p{L}*|schnalz\p{L}*|wund|drückt|zu (?:fest|heftig|intensiv|sehr|krass)|mag (?:\p{L}+ ){0,3}nicht|gefällt (?:\p{L}+ ){0,3}nicht|wehtut|wehgetan|schmerz\p{L}*|au|aua|auweh|auweia|autsch|aa+h+|zwick\p{L}*|stech\p{L}*|sticht|brenn\p{L}*|brennt|zu viel|zu stark|zu weit|zu doll|zu arg|unangenehm|knack\p{L}*|geknackt|geknackst|gezerrt|zerrung|verletzt|verhoben|verdreht|überdehnt|gerissen|reißt|pocht|ziept|ploppt|nicht gut an|fühlt sich falsch|pieks\p{L}*|piekst|verrenkt|verknackst|ausgerenkt|umgeknickt|eingeklemmt|blockier\p{L}*|tut (?:\p{L}+ ){0,2}nicht gut|nicht gut|schneid\p{L}*|wie ein messer|messerstich\p{L}*|muskelfaser\p{L}*|zu (?:\p{L}+ )?(?:viel|doll|stark|weit|fest|arg)|uff|puh|ächz|hilfe|zieh\p{L}* (?:\p{L}+ ){0,2}(?:zu |sehr |richtig |total |echt )?(?:stark|fest|doll|heftig|krass|weh)|überanstreng\p{L}*|überstreck\p{L}*|quäl\p{L}*|gequält|ging (?:\p{L}+ ){0,2}nicht|geht (?:\p{L}+ ){0,2}nicht|kann (?:\p{L}+ ){0,2}nicht mehr|hör auf|stopp|stop|verriss\p{L}*|meldet sich|melden sich|nicht (?:\p{L}+ )?angenehm|\p{L}*stich\p{L}*|sau(?:mäßig)? weh|höllisch weh|schmerzt|\p{L}*(?:zwick|zwack|knack|knacks|schnalz|krach|zerr|renk|quetsch|klemm)\p{L}*|des tut|tut des`,
    odd: String.raw`komisch|seltsam|merkwürdig|eigenartig|bleischwer|wie blei|schwer wie|eiskalt|eisig|kalt|nicht wie meins?|fremd|gehört nicht zu mir`,
    bodyPart: String.raw`bein\p{L}*|fuß|füße|fuss|zeh\p{L}*|knie|oberschenkel\p{L}*|wade\p{L}*|hüfte\p{L}*|rücken|po|gesäß|hintern|arm\p{L}*|hand|hände|finger\p{L}*|haxn|haxen`,
  },
  es: {
    numb: String.raw`^(?:siento|noto)(?= (?!(?:muy )?(?:mal|bien|fatal|mejor|peor|raro|rara|cansad\p{L}*|que|como|un |una |mucho|el estir|la postura)))|adormec\p{L}*|entumec\p{L}*|entumid[ao]s?|entumi\p{L}*|dormid[ao]s?|duerm[ea]n?|durmi\p{L}*|(?:no|ni) (?:la |lo |las |los |me |te |le )?sient\p{L}*|(?:no|ni) (?:\p{L}+ ){0,2}(?:siento|noto)(?! (?:\p{L}+ )?estir)|siento nada|noto nada|sin (?:sensibilidad|sensación|sentir)|perd\p{L}* (?:la )?(?:sensibilidad|sensación)|acorchad[ao]s?|insensible\p{L}*|como muert[ao]s?|como de corcho|(?:no|ni) (?:la |lo |las |los |me |te |le )?(?:siento|noto|sentía|notaba|sentí|noté)|sin sentir (?:nada|la|el|las|los)|ya no (?:la |lo |las |los )?siento|dormidit[ao]s?|como si no fuera mí[ao]|como de trapo|sin sensibilidad|se me duerm\p{L}*|se me durm\p{L}*|acalambrad[ao] y dormid[ao]`,
    tingle: String.raw`hormigue\p{L}*|hormig\p{L}*|calambrit\p{L}*|calambrill\p{L}*|piquetit\p{L}*|agujit\p{L}*|chispa\p{L}*|chispazo\p{L}*|zumb\p{L}*|vibr\p{L}*|burbuj\p{L}*|hormigu\p{L}*|cosquill\p{L}*|hormiguitas|pinchazos|agujas|alfileres|piquetes|electricidad|chispitas|corriente|hormigue\p{L}*|hormigas|hormiguitas|cosquill\p{L}*|agujas|agujitas|alfileres|pinchazitos|piquetitos|chispas|chispitas|electricidad|como corriente|burbujitas|toques|toquecitos|toquitos|corrientit\p{L}*|descargitas`,
    weak: String.raw`débil\p{L}*|no me responde\p{L}*|no responde\p{L}*|afloj\p{L}*|flaque\p{L}*|debilidad|sin fuerza|no tengo fuerza|perd\p{L}* (?:la )?fuerza|falta de fuerza|se me dobla\p{L}*|se me doblaron|se (?:me )?dobl\p{L}*|me falla\p{L}*|falla|no me (?:sostiene\p{L}*|aguanta\p{L}*|sostienen|aguantan)|no (?:\p{L}+ )?(?:puedo|consigo) (?:levantar|mover|subir|apoyar)|arrastr\p{L}*|pie caído|tropiez\p{L}*|tropez\p{L}*|de trapo|flojer\p{L}*|flojas?|flojos?|como gelatina|se me va|fall(?:a|an|ó|aron|ando|ado|en)|me fallan|arrastr\p{L}*|(?:no|ni) (?:\p{L}+ ){0,2}(?:puedo|consigo|logro) (?:levantar|mover|subir|apoyar|caminar|andar|sostener|estar de pie|pararme|ponerme de pie)|no (?:me )?(?:sostiene\p{L}*|sostienen|aguanta\p{L}*|responde\p{L}*|obedece\p{L}*|hace caso)|sin fuerzas?|se me va(?:n)? (?:la|las) (?:pierna|piernas|rodilla|rodillas)|me tambale\p{L}*|tambale\p{L}*|temblorosa?s?|flojit[ao]s?|se doblan|se me doblan|cede\p{L}*|paraliz\p{L}*|no la puedo mover|no lo puedo mover|no las puedo mover|me cuesta (?:levantar|mover|caminar|andar)|^(?:puedo|puede|consigo|logro) (?:bien )?(?:levantar|mover|subir|apoyar|caminar|andar|sostener)|^(?:levantar|mover|subir|apoyar|doblar|estirar) (?:el|la|los|las|mi|mis) (?:pie|pierna|pies|piernas|rodilla|rodillas|dedos|tobillo)|^dobl(?:a|an|ó|aron|aba|aban)|^cae\p{L}* (?:el|la|los|las) (?:pie|pierna|pies|piernas|rodilla)|se me cae (?:el|la) (?:pie|pierna)`,
    saddleRegion: String.raw`entrepierna|ingle\p{L}*|vulva|vagina|pene|testícul\p{L}*|mis partes|posaderas|la cola|donde me siento|al sentarme|zona íntima|partes íntimas|genital\p{L}*|entre las piernas|periné|perineo|nalga\p{L}*|trasero|culo|pompa\p{L}*|pompis|colita|sentaderas|pompas|nachas|pandero|ano|cóccix|coxis|rabadilla|papel|limpiarme|me limpio|al limpiar|silla de montar|ahí abajo|allá abajo|sentad[ao] en el (?:baño|váter|inodoro|wáter)|entrepierna|ingle\p{L}*|genital\p{L}*|partes (?:íntimas|bajas|nobles|privadas)|mis partes|zona (?:íntima|genital|del periné|de abajo)|ahí abajo|allí abajo|allá abajo|las nalgas|nalga\p{L}*|trasero|culo|pompas|pompis|nachas|glúteo\p{L}*|pubis|vagina|vulva|pene|testículos?|huevos|periné|perineo|ano|recto|el papel|con el papel|al limpiarme|limpiándome|cuando me limpio|donde me siento|al sentarme|en el inodoro|en el váter|en el baño|sentad[ao] en el (?:baño|váter|inodoro|wáter)`,
    bladderBowel: String.raw`vejiga|intestino\p{L}*|orin\p{L}*|pis|pipí|mear|meo|meado|incontinencia|me hice encima|me he hecho encima|hecho encima|ir al baño|voy al baño|al baño|heces|caca|popó|cagar|del baño|de vientre|esfínter\p{L}*|me escap\p{L}*|se me escap\p{L}*|orin\p{L}*|orina\p{L}*|pis|pipí|mear|meo|meé|meado|me meo|me hice (?:pis|pipí|caca|popó|del baño)|hacer (?:pis|pipí|caca|popó|del baño|de vientre)|aguantar (?:el pis|la orina|las ganas|la caca)|aguantarme|control (?:de |sobre )?(?:la vejiga|el intestino|esfínteres|los esfínteres)|esfínter\p{L}*|se me escapa\p{L}*|escapa\p{L}*|fuga\p{L}*|gote\p{L}*|incontinen\p{L}*|mojé|mojado|ir al baño|ir al servicio|al servicio|evacuar|deposici\p{L}*|estreñi\p{L}*|diarrea|controlo (?:el|la|los|las) (?:baño|vejiga|pis|orina|intestino|esfínteres)|mean\p{L}*`,
    bothLegs: String.raw`(?:las )?dos piernas|ambas piernas|piernas|los dos pies|ambos pies|pies|los dos muslos|ambos lados|los dos lados`,
    spreading: String.raw`baja\p{L}* (?:por|hasta|hacia)|se (?:me )?va (?:a la pierna|al pie|hasta|hacia abajo)|va (?:hasta|hacia)|corre (?:por|hasta)|irradi\p{L}*|hasta el (?:pie|tobillo|gemelo|talón|dedo)|hasta los (?:dedos|pies)|hasta la (?:pantorrilla|rodilla|planta)|al pie|por debajo de la rodilla|debajo de la rodilla|descarga\p{L}*|calambrazo|corrientazo|latigazo|ciátic\p{L}*|se extiende|recorre|llega (?:al|hasta)|me baja|(?:me )?corre\p{L}* (?:por|hasta|hacia)|recorr\p{L}*|irradi\p{L}*|se (?:me )?(?:va|pasa|extiende|corre) (?:\p{L}+ ){0,2}(?:pierna|pie|pies|dedos|tobillo|gemelo|pantorrilla|talón|rodilla|abajo)|hasta (?:\p{L}+ ){0,2}(?:pie|pies|dedos|tobillo|gemelo|pantorrilla|talón|planta)|por toda la pierna|a lo largo de la pierna|pierna abajo|por debajo de la rodilla|bajo la rodilla|debajo de la rodilla|descarga\p{L}*|corriente\p{L}*|corrientazo|calambrazo|latigazo|eléctric\p{L}*|ciátic\p{L}*|ciática|(?:abajo|debajo|por debajo) de la rodilla|hasta abajo`,
    night: String.raw`por la noche|de noche|en la noche|las noches|noches|nocturn\p{L}*|madrugada|me despiert\p{L}*|despierto|despertar|no me deja dormir|no puedo dormir|sin dormir|en reposo|acostad[ao]|tumbad[ao]|en la cama|(?:no )?(?:puedo|puede|pude|consigo|dejo de|logro) dormir|sin poder dormir|no duermo|duermo mal|dormir (?:del|por el|de) dolor|me despierto|me desvelo|desvel\p{L}*|en la madrugada|de madrugada|al acostarme|cuando me acuesto|echad[ao]|en la cama|de noche|por las noches|cada noche|toda la noche|^dormir\b|imposible dormir`,
    fall: String.raw`me caí|caí|cai|caíd[ao]|caída|me he caído|resbal\p{L}*|accidente|tropec\p{L}*|golpe\p{L}*|golpeé|choqu\p{L}*|choque|porrazo|costalazo|trancazo|madrazo|guarrazo|leñazo|batacazo|azotón|me fui al suelo|de espaldas al suelo|caí\p{L}*|caer|cayendo|me fui de (?:boca|espaldas|culo|nalgas)|de culo|azot[eé]\p{L}*|me di (?:un|una) (?:golpe|caída|porrazo|costalazo|culazo|sentón|madrazo|trompazo|leñazo|hostia|ostia)|sentón|culazo|trompazo|atropell\p{L}*|choc\p{L}*|accident\p{L}*|tropez\p{L}*|tropec\p{L}*|resbal\p{L}*|patin\p{L}*`,
    fever: String.raw`fiebre|malit[ao]|resfriad[ao]|constipad[ao]|febrícula|ardiendo|cuerpo cortado|todo el cuerpo|infecci\p{L}*|sudando|tembl\p{L}*|febril|calentura|escalofr\p{L}*|temperatura|enferm[ao]|gripe|sudor\p{L}*|destemplad[ao]|me siento (?:muy )?(?:mal|fatal|enferm[ao])|malestar|tirit\p{L}*|mucho frío|fiebre\p{L}*|calentura|destemplad\p{L}*|escalofrí\p{L}*|tiritando|me siento (?:muy |bastante |super |súper )?(?:mal|fatal|enferm[ao]|malit[ao]|rar[ao]|débil)|estoy (?:mal|malo|mala|enferm[ao]|malit[ao]|resfriad[ao]|con gripe|con fiebre)|me encuentro mal|con gripa|gripa|griposo|gripos[ao]|sudores|sudando|sudo|bajo de defensas|infección|virus|covid`,
    severe: String.raw`^(?:lo |la )?(?:aguanto|soporto)(?! (?:esta|este|la|el) (?:postura|posición|estiramiento|ejercicio))|fuertísim\p{L}*|intensísim\p{L}*|de muerte|me muero|horrores|a morir|no puedo más|llor\p{L}*|grit\p{L}*|insoportable|inaguantable|cada vez (?:peor|más)|va a peor|peor|empeor\p{L}*|horrible|terrible|espantos[ao]|muy intenso|diez de diez|no (?:lo |la )?(?:aguanto|soporto)(?! (?:esta|este|la|el) (?:postura|posición|estiramiento|ejercicio))|no aguanto (?:el dolor|este dolor|más)|ya no puedo más|muchísimo|chingo|atroz|brutal|lo peor|el peor|la peor|peor dolor|(?:de|a) morir|me muero|insoportable\p{L}*|inaguantable|intolerable|(?:muy|súper|super|re|bien) fuerte|fortísimo|brutal\p{L}*|bestial|salvaje|espantoso|tremendo|no (?:lo |la )?(?:aguanto|soporto|resisto)(?! (?:esta|este|la|el) (?:postura|posición|estiramiento|ejercicio))|no puedo (?:más|con el dolor|aguantar\p{L}*)|me hace llorar|ganas de llorar|cada vez más fuerte|empeor\p{L}*|va en aumento|aumenta|más y más|cada (?:vez|día) (?:más|peor)`,
    cramp: String.raw`calambre\p{L}*|rampa|espasmo\p{L}*|acalambr\p{L}*|agarrot\p{L}*|se me (?:sube|subió) el gemelo|contractura`,
    pain: String.raw`duel\p{L}*|joder|mierda|hostia|coño|jolín|híjole|chin|a la madre|escuec\p{L}*|punz\p{L}*|apriet\p{L}*|trab\p{L}*|no me gusta|muy fuerte|dol[oi]\p{L}*|ay|auch|uy|ufff*|lastim\p{L}*|daño|pincha\p{L}*|quema|arde|molest\p{L}*|pellizc\p{L}*|demasiado|tirón|crujid\p{L}*|cruj\p{L}*|chasquid\p{L}*|trono|tronó|tronido|clava|punzada\p{L}*|me lesioné|desgarr\p{L}*|jalé|incómod\p{L}*|no me sienta bien|no se siente bien|no me gusta\p{L}*|no me late|me late feo|feo|duele\p{L}*|duel[ea]n?|dolía|dolió|doliendo|un montón|horrores|fatal|mal|tira\p{L}* (?:\p{L}+ )?(?:demasiado|mucho|fuerte)|jal[oó]n|jalé|estir(?:é|ó) (?:\p{L}+ )?de más|me pasé|se me fue|ardor|quemazón|pinchazo\p{L}*|punzad\p{L}*|calambrazo|crujió|tronó|sonó algo|chasque\p{L}*|ufff?|uf|ouch|aguanta|para|basta|alto|me (?:está |estás )?mat\p{L}*|matando|me mata|fue algo|no (?:está|están|esta) content[ao]s?|se queja\p{L}*|protesta\p{L}*|no (?:aguanto|soporto) (?:esta|este|la|el) (?:postura|posición|estiramiento|ejercicio)|^mat(?:a|an|ando)|^(?:aguanto|soporto) (?:esta|este|la|el) (?:postura|posición|estiramiento|ejercicio)|no (?:le|les) gusta|no le late`,
    odd: String.raw`raro|rara|raros|raras|extrañ[ao]s?|pesad[ao]s?|frí[ao]s?|helad[ao]s?|no (?:es|la siento|lo siento) mí[ao]|ajen[ao]s?`,
    bodyPart: String.raw`pierna\p{L}*|pie|pies|dedo\p{L}*|rodilla\p{L}*|muslo\p{L}*|pantorrilla\p{L}*|gemelo\p{L}*|tobillo\p{L}*|cadera\p{L}*|espalda|nalga\p{L}*|brazo\p{L}*|mano\p{L}*`,
  },
  fr: {
    numb: String.raw`^de (?:sensation|sensibilité)|^(?:plus rien|rien|plus|presque plus)(?= (?!de force|mal|trop|fort|loin|souple|doux|douce|facile|léger|légère|simple|dur|difficile|long|longtemps|court|lent|vite|intense))|^rien$|(?:sens|ressens) pas(?! (?:l'étirement|trop|bien|grand|vraiment|beaucoup|encore|l'effet))|ankylos\p{L}*|perdu (?:la |toute )?(?:sensation|sensibilité)|plus de sensibilité|aucune sensation|pas de sensation|engourd\p{L}*|insensib\p{L}*|sens (?:plus|rien|presque plus)|sentir (?:plus|rien)|plus de sensation|perte de sensibilité|endormi\p{L}*|s'endort|s'endorment|comme mort\p{L}*|cartonné\p{L}*|gel[ée]e?s?|paralysé\p{L}*|comme du bois|du coton|ressens (?:plus|rien)|(?:sens|ressens|sentais|sentir|sent) (?:\p{L}+ ){0,2}(?:plus|rien|presque plus|pratiquement plus)|engourd\p{L}*|insensib\p{L}*|endormi\p{L}*|s'endor\p{L}*|(?:comme )?mort(?:e|s|es)?|cotonneu\p{L}*|en coton|comme du carton|paralys\p{L}*|^(?:sensation|sensibilité)\b|(?:sens|sent) (?:pu|plus) (?:rien|mes|mon|ma|le|la|les)`,
    tingle: String.raw`fourmi\p{L}*|épingle\p{L}*|vibr\p{L}*|bourdonn\p{L}*|frétill\p{L}*|pétill\p{L}*|picot\p{L}*|aiguilles?|grésill\p{L}*|chatouill\p{L}*|électri\p{L}*|frémi\p{L}*|décharges? électriques?`,
    weak: String.raw`^de force|faible\p{L}*|m'ont lâché|ont lâché|(?:jambes?|genoux?|chevilles?|pieds?) (?:\p{L}+ )?lâch\p{L}*|tiens (?:plus|pas) debout|tenir debout|guenille|compote|caoutchouc|gélatine|nouilles|aucune force|pas de force|faiblesse|sans force|plus de force|perdu (?:la |ma )?force|se dérobe\p{L}*|dérob\p{L}*|me lâche\p{L}*|(?:jambe|genou|cheville|pied) (?:\p{L}+ )?lâche\p{L}*|ne me (?:porte|tient|portent|tiennent) plus|(?:peux|arrive|arrivent|réussis) (?:pas|plus) (?:à )?(?:lever|bouger|soulever|relever|marcher|tenir|poser)|pied tomb\p{L}*|traîne\p{L}*|en coton|en guimauve|molles?|mous|flageol\p{L}*|paralys\p{L}*|flanche\p{L}*|trébuche\p{L}* sur mon pied|(?:jambe|jambes|genou|genoux|pied|pieds|cheville|chevilles) (?:\p{L}+ ){0,2}(?:cède|cèdent|plie|plient|flanche\p{L}*)|(?:peux|arrive|arrives|arrivent|réussis|parviens) (?:pas|plus|presque plus|pas bien|plus bien) (?:à )?(?:lever|bouger|soulever|relever|marcher|tenir|poser|plier|monter|me lever|me tenir|m'appuyer)|^(?:arrive|peux) (?:pas|plus) (?:à )?(?:lever|bouger|soulever|relever|marcher|tenir|poser)|^(?:pas|plus) (?:à )?(?:lever|bouger|soulever|relever|marcher|tenir|poser|plier)|sans force|plus de force|pas de force|aucune force|traîn\p{L}*|trébuch\p{L}* (?:\p{L}+ ){0,3}(?:pied|orteils)|accroch\p{L}* (?:\p{L}+ ){0,2}pied|pied (?:\p{L}+ ){0,2}accroche|chancel\p{L}*|vacill\p{L}*|tremblot\p{L}*|répond (?:plus|pas)|obéit (?:plus|pas)|me portent plus|me porte plus|tient plus|tiennent plus|flanch\p{L}*|guimauve|coton|^(?:lever|bouger|soulever|relever|plier|poser|tendre|appuyer sur) (?:le|la|les|mon|ma|mes) (?:pied|pieds|jambe|jambes|genou|genoux|orteils|cheville)|^(?:pu|plus|pas) (?:\p{L}+ )?(?:lever|bouger|soulever|marcher|plier|tenir)|^force\b|tien[ns]? (?:plus|pas|pu) (?:\p{L}+ ){0,2}(?:debout|sur (?:mes|mes deux|les|les deux) (?:jambes|pieds))|(?:peux|peut) (?:pu|plus) (?:\p{L}+ )?(?:bouger|lever|marcher|plier)|veu(?:t|lent) (?:pu|plus|pas) (?:me )?(?:porter|tenir|bouger|avancer|marcher|suivre)|(?:pu|plus) me (?:porter|tenir)`,
    saddleRegion: String.raw`entrejambe|aine|sexe|vulve|vagin|pénis|testicul\p{L}*|postérieur|pubis|là où je m'assois|où je m'assois|sur la selle|sur le siège|papier toilette|en m'essuyant|parties intimes|parties génitales|génit\p{L}*|intime|entre les jambes|périnée|fesses?|mon derrière|le derrière|du derrière|popotin|cul|anus|coccyx|papier|essuie|m'essuie|m'essuyer|en selle|selle de vélo|là en bas|sur les toilettes|sur la toilette|assis sur le trône|entrejambe\p{L}*|entre (?:les|mes) jambes|aine\p{L}*|l'aine|périnée|parties (?:intimes|génitales)|zone (?:intime|génitale)|génit\p{L}*|sexe|pénis|vulve|vagin|testicul\p{L}*|bourses|anus|fesse\p{L}*|derrière|postérieur|popotin|cul|coccyx|en m'essuyant|quand je m'essuie|m'essuie|papier (?:toilette|cul|q)|sur (?:les|la) toilettes?|sur le siège|selle de vélo|là où je m'assois|^parties\b|mes parties|les parties|entre les cuisses|au niveau (?:du périnée|des fesses|de l'anus|du sexe|des parties)`,
    bladderBowel: String.raw`vessie|intestin\p{L}*|urin\p{L}*|pipi|pisse\p{L}*|incontinen\p{L}*|fuites?|fait dessus|fait dans (?:ma|mon|mes) (?:culotte|pantalon|slip|caleçon|froc|bobette\p{L}*)|toilettes?|selles|caca|aller à la selle|retenir|me retiens|faire mes besoins|pipi au lit|mouillé (?:mon|ma|le)|sphincter\p{L}*|pee|vessie|urin\p{L}*|pipi|pisse\p{L}*|pissé|incontinen\p{L}*|fuites? (?:urinaires?|d'urine)|fuites?|retenir (?:\p{L}+ ){0,2}(?:urine|pipi|selles|besoins|envie)|me retenir|contrôl\p{L}* (?:\p{L}+ ){0,2}(?:vessie|intestins?|sphincters?|besoins)|envie d'(?:aller|uriner)|aller aux toilettes|aux toilettes|aller à la selle|selles|caca|constip\p{L}*|diarrhée|fait (?:\p{L}+ ){0,2}dessus|mouillé|faire mes besoins|mes besoins|rien ne sort|ça sort pas|ça ne sort pas|^(?:uriner|faire pipi|pisser)\b`,
    bothLegs: String.raw`(?:les )?deux jambes|jambes|deux pieds|des deux côtés|deux cuisses|deux genoux|mes pieds`,
    spreading: String.raw`descend\p{L}*|irradi\p{L}*|jusqu'(?:au|à|aux) (?:pied|pieds|orteils?|cheville|mollet|talon|genou)|jusque dans|sous le genou|en dessous du genou|en bas du genou|décharge\p{L}*|courant|file dans|sciatique|se propage|part dans|dans la jambe|dans le mollet|dans le pied|le long de la jambe|me traverse|lancine\p{L}*|descend\p{L}*|irradi\p{L}*|jusqu'(?:au|à|aux|en bas)|jusque (?:dans|sous)|sous le genou|en dessous du genou|en bas du genou|décharge\p{L}*|courant\p{L}*|électri\p{L}*|sciatique\p{L}*|se propage\p{L}*|file (?:\p{L}+ ){0,2}(?:jambe|pied|mollet)|part (?:\p{L}+ ){0,2}(?:jambe|pied|mollet)|(?:dans|le long de) (?:la|ma|toute la) jambe|dans (?:le|mon) (?:mollet|pied|talon)|dans (?:les|mes) orteils|me traverse`,
    night: String.raw`la nuit|de nuit|les nuits|nuits?|nocturne|réveill\p{L}*|réveil|empêche de dormir|dors plus|dormir|au repos|allongé\p{L}*|couché\p{L}*|au lit|dans mon lit|immobile|heures du matin|(?:la|cette|chaque|toute la) nuit|nuits?|nocturne\p{L}*|réveill\p{L}*|me réveille|(?:peux|arrive|arrivent|réussis|parviens) (?:pas|plus) (?:à )?dormir|dors (?:plus|pas|mal)|insomni\p{L}*|au lit|couché\p{L}*|allongé\p{L}*|au repos|en me couchant|quand je me couche|au coucher|^dormir\b|pas moyen de dormir`,
    fall: String.raw`tomb\p{L}*|chute|chuté|glissé|glisser|accident|trébuch\p{L}*|choc|cogné\p{L}*|débarque|fouille|planté|gamelle|vautr\p{L}*|cassé la gueule|ramassé|étal[ée]\p{L}*|pris une plante|tomb\p{L}*|chut\p{L}*|glissé|glissade|dérap\p{L}*|accident\p{L}*|trébuch\p{L}*|renvers\p{L}*|percut\p{L}*|cogné\p{L}*|fait une chute|pris une gamelle|gamelle|vautr\p{L}*|étal\p{L}*|pris une débarque|débarque|plant\p{L}*|carambol\p{L}*|cass\p{L}* la (?:figure|gueule|margoulette|binette)|pét\p{L}* la gueule|ramass\p{L}* une (?:gamelle|pelle|bûche)|pris une (?:pelle|bûche|débarque|fouille|gamelle)|chu tombé|suis tombée?`,
    fever: String.raw`fièvre|transpir\p{L}*|assiette|infection|enrhum\p{L}*|mal partout|pas en forme|tremble\p{L}*|fiévreu\p{L}*|fais de la température|température|frisson\p{L}*|malade|grippe|grippé\p{L}*|sueur\p{L}*|patraque|mal fichu|(?:me )?sens (?:\p{L}+ ){0,2}(?:mal|pas bien)|pas bien du tout|fébrile|chaud et froid|grelott\p{L}*|brûlant\p{L}*|fièvre\p{L}*|fiévr\p{L}*|fébril\p{L}*|température|frisson\p{L}*|grelott\p{L}*|malade|grippe\p{L}*|grippé\p{L}*|rhume|enrhum\p{L}*|infect\p{L}*|covid|patraque|mal fichu\p{L}*|pas dans mon assiette|suée\p{L}*|sueur\p{L}*|transpir\p{L}*|chaud et froid|me sens (?:\p{L}+ ){0,2}(?:mal|pas bien|malade|faible|fiévreu\p{L}*)|fatigué et fiévreux|couve\p{L}*|couver|fièvre`,
    severe: String.raw`insupportable|violent\p{L}*|intense|très fort\p{L}*|hurl\p{L}*|crier|pleur\p{L}*|larmes|énorme|à mourir|intenable|de pire en pire|pire|empire\p{L}*|aggrav\p{L}*|atroce|horrible|terrible|dix sur dix|supporte plus|épouvantable|de plus en plus (?:fort|mal)|(?<!bien )en maudit|mal de chien|affreux|affreuse|insoutenable|plus possible|peux plus|atroce\p{L}*|horriblement|terriblement|affreusement|insupportabl\p{L}*|pire\p{L}*|le pire|la pire|jamais eu (?:aussi|si) mal|jamais (?:\p{L}+ ){0,2}(?:aussi|si) mal|(?:très|trop|super|vraiment) très mal|énormément|de plus en plus|s'aggrave|empire|s'empire|à hurler|à pleurer|j'en pleure|tellement mal`,
    cramp: String.raw`crampe\p{L}*|contracture|spasme\p{L}*|se contracte|tétanis\p{L}*|se bloque|raidi`,
    pain: String.raw`mal|outch|merde|putain|mince|zut|tabarn\p{L}*|câlis\p{L}*|calis\p{L}*|ostie|chauffe|coinc\p{L}*|forcé|aime pas|plaît pas|pas confortable|douleur\p{L}*|douloureu\p{L}*|aïe|aie|ouille|ouch|ayoye|ouïe|pique|pince|brûle|blessé\p{L}*|trop|tire|lance|élance|pop|craqu\p{L}*|claqu\p{L}*|déchir\p{L}*|souffr\p{L}*|froissé|élongation|tiraille\p{L}*|inconfortable|désagréable|pas agréable|aime (?:\p{L}+ ){0,2}pas|n'aime pas|plaît (?:\p{L}+ ){0,2}pas|fait (?:\p{L}+ ){0,2}mal|m'fait mal|mal|douleur\p{L}*|douloureu\p{L}*|lanc\p{L}*|élanc\p{L}*|un point|coup de poignard|poignard\p{L}*|brûl\p{L}*|piqu\p{L}*|pinc\p{L}*|tir(?:e|ent) (?:trop|fort|beaucoup)|trop|froiss\p{L}*|claqu\p{L}*|craqu\p{L}*|déchir\p{L}*|étir\p{L}* (?:\p{L}+ )?trop|forcé|ouille|aïe|aie|ouch|outch|ayoye|ayayaye|arrête|arrêtez|stop|protest\p{L}*|se plaint|pas contente?s?|n'est pas contente?|crac|crack|clac|cloc|entendu un (?:crac|craquement|claquement|bruit)`,
    odd: String.raw`bizarre\p{L}*|étrange\p{L}*|drôle|lourd\p{L}*|froid\p{L}*|glacé\p{L}*|pas à moi|plus à moi`,
    bodyPart: String.raw`jambe\p{L}*|pied\p{L}*|orteil\p{L}*|genou\p{L}*|cuisse\p{L}*|mollet\p{L}*|cheville\p{L}*|hanche\p{L}*|dos|fesse\p{L}*|bras|main\p{L}*`,
  },
};

/**
 * A whole-word pattern: JavaScript's \b does not see "ü" or "é" as letters, so word edges are checked as letters.
 * An apostrophe starts a word: the French elide their articles ("l'aine", "d'aiguilles", "m'essuie").
 */
const re = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'u');

type Classifier = (said: string) => Feeling;

function classifierOf(v: Vocabulary): Classifier {
  const [numb, tingle, weak, saddle, bladder, both] = [v.numb, v.tingle, v.weak, v.saddleRegion, v.bladderBowel, v.bothLegs].map(re) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
  const signs: ReadonlyArray<readonly [(s: string) => boolean, WarningSign]> = [
    [(s) => (numb.test(s) || tingle.test(s)) && saddle.test(s), 'saddle'],
    [(s) => bladder.test(s), 'bladderBowel'],
    [(s) => both.test(s) && (weak.test(s) || numb.test(s) || tingle.test(s)), 'bothLegs'],
    [(s) => weak.test(s), 'weakness'],
    [(s) => numb.test(s), 'numbness'],
    [(s) => tingle.test(s), 'tingling'],
    [(s) => re(v.spreading).test(s), 'radiating'],
    [(s) => re(v.night).test(s), 'night'],
    [(s) => re(v.fall).test(s), 'fall'],
    [(s) => re(v.fever).test(s), 'fever'],
    [(s) => re(v.severe).test(s), 'severe'],
    // Last, as in English: an odd sensation in a named body part, when no sign above named it better.
    [(s) => re(v.odd).test(s) && re(v.bodyPart).test(s) && !re(v.cramp).test(s), 'numbness'],
  ];
  const cramp = re(v.cramp);
  const pain = re(v.pain);
  return (said) => {
    for (const [test, sign] of signs) if (test(said)) return { kind: 'warning', sign };
    if (cramp.test(said)) return { kind: 'cramp' };
    if (pain.test(said)) return { kind: 'pain' };
    return { kind: 'none' };
  };
}

/**
 * The sign named by the slots, read again with the words heard in them, in this language: numbness
 * "am Popsch" is saddle numbness and weakness "en las dos piernas" the both-legs kind even when the
 * body-part words resolved to nothing; without a sign from the slots, the words alone decide.
 */
type SlotReader = (sign: WarningSign | undefined, said: string) => WarningSign | undefined;

function slotReaderOf(v: Vocabulary, classify: Classifier): SlotReader {
  const [saddle, both] = [re(v.saddleRegion), re(v.bothLegs)];
  return (sign, said) => {
    if ((sign === 'numbness' || sign === 'tingling') && saddle.test(said)) return 'saddle';
    if ((sign === 'numbness' || sign === 'tingling' || sign === 'weakness') && both.test(said)) return 'bothLegs';
    if (sign) return sign;
    const read = classify(said);
    return read.kind === 'warning' ? read.sign : undefined;
  };
}

const readers = new Map<string, SlotReader>();

/** The slot reader for a language other than English, built on first use; undefined for English. */
export function slotReaderFor(language: string): SlotReader | undefined {
  const vocabulary = (vocabularies as Record<string, Vocabulary | undefined>)[language];
  const classify = feelingClassifierFor(language);
  if (!vocabulary || !classify) return undefined;
  let reader = readers.get(language);
  if (!reader) {
    reader = slotReaderOf(vocabulary, classify);
    readers.set(language, reader);
  }
  return reader;
}

const built = new Map<string, Classifier>();

/** The classifier for a language other than English, built on first use; undefined for English. */
export function feelingClassifierFor(language: string): Classifier | undefined {
  const vocabulary = (vocabularies as Record<string, Vocabulary | undefined>)[language];
  if (!vocabulary) return undefined;
  let classifier = built.get(language);
  if (!classifier) {
    classifier = classifierOf(vocabulary);
    built.set(language, classifier);
  }
  return classifier;
}

/**
 * British, Irish, Australian, Indian and Canadian English, read by putting their words into the
 * words the English classifier (feeling.ts) knows: "my arse has gone numb" is read as "my bum has
 * gone numb" (saddle numbness), "I can't have a wee" as "I can't pee", "it's worse of a night" as
 * "at night", "I came a cropper" as "I fell". Rewriting rather than a second vocabulary keeps every
 * rule of the English classifier (where a numb feeling is decides its urgency) for these words too.
 */
const regionalEnglish: ReadonlyArray<readonly [RegExp, string]> = [
  // "me" for "my" (northern England, Ireland, Australia): "down me leg", "me foot's gone dead".
  [/\bme (?=(?:legs?|foot|feet|toes?|knees?|calf|calves|thighs?|hips?|back|bum|arse|bladder|bowels?|ankles?|heels?|pants|knickers|undies|trousers|bits|privates|backside|bottom|groin|waterworks|wee|pee)\b)/g, 'my '],
  // Indian English "I am not able to lift my foot" is "I can't lift my foot"; every rule below reads "can't".
  [/\b(?:i am|i'm|am|is|are|was|were) not able to\b|\bnot able to\b/g, "can't"],
  // "not able to lift my leg" reaches the classifier as "able to lift my leg" once the catch-all's "not" opener took its first word.
  [/^able to\b/g, "can't"],
  [/\b(legs?|knees?|ankles?|foot|feet|hips?)(?:'s| is| are)? (?:keeps? |kept )?(?:giving|gave|gives|give|going|went|goes) (?:up|out)\b/g, '$1 gave way'],
  [/\b(legs?|knees?|ankles?|hips?)(?:'s| is| are)? keeps? going\b(?! (?:down|to|into|through|numb|dead|weak|on|again))/g, '$1 gave way'],
  [/\b(?:is |are |isn'?t |aren'?t )?not (?:supporting|holding|carrying|bearing) (?:me up|me|my weight)\b/g, "won't hold me"],
  [/\b(?:pissed|pissing|peed|peeing|weed|weeing|widdled|wet) (?:myself|meself|me)\b/g, 'wet myself'],
  [/\bbusting(?: for (?:a|the) (?:wee|pee|loo|toilet))?\b/g, 'need to pee'],
  [/\bwaterworks\b/g, 'bladder'],
  [/\b(?:the |my )?knees? and below\b/g, 'below my knee'],
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

/** Regional English in the words the English classifier reads; other text (and en-US) unchanged. */
export function inEnglishClassifierWords(said: string, locale: string): string {
  if (!locale.startsWith('en-') || locale === 'en-US') return said;
  return regionalEnglish.reduce((text, [pattern, plain]) => text.replace(pattern, plain), said);
}
