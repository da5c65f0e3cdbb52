import type { Words } from './words';

/**
 * Textes français de Hip Coach (« coach des hanches »). Nous vouvoyons : Alexa vouvoie en français,
 * un kinésithérapeute vouvoie ses patients adultes en France comme au Québec, et le « vous » reste
 * chaleureux quand la voix est calme ; le « tu » aurait sonné familier à une partie des gens.
 *
 * Les noms d'étirements portent leur article et ne suivent jamais « à » ni « de » (qui forceraient
 * « au », « du », « des ») : ils viennent après deux-points, après « avec » ou « sur », ou en
 * complément direct. Les côtés vont toujours avec « côté » (« côté droit »). Les numéros se disent
 * comme on les dit (« le quinze »). Pour le pluriel, le français compte 0 comme 1 : les formes
 * « _one » gardent donc {{count}}.
 *
 * Built on first use, so a container that never speaks French never builds these strings.
 */
export function fr(): Words {
  return {
    stretch: {
      kneelingHipFlexor: {
        name: "l'étirement des fléchisseurs de hanche, un genou au sol",
        setup: [
          "Posez un genou au sol, avec un coussin dessous si le sol est dur, et l'autre pied à plat devant vous.",
          "Alignez l'épaule au-dessus de la hanche et la hanche au-dessus du genou arrière, la poitrine haute.",
          "Basculez le bassin en rentrant le coccyx, comme pour aplatir le bas du dos, et sentez l'avant de la hanche arrière s'ouvrir.",
        ],
        short: 'Un genou au sol, poitrine haute, rentrez le coccyx.',
        purpose: "Il allonge les fléchisseurs de hanche, les muscles à l'avant de la hanche qui raccourcissent quand on reste assis des heures et qui peuvent tirer sur le bas du dos.",
      },
      standingHipFlexor: {
        name: "l'étirement des fléchisseurs de hanche debout",
        setup: [
          "Mettez-vous dans l'encadrement d'une porte, ou près d'un mur ou d'un bureau, pour l'équilibre.",
          "Avancez un pied d'environ soixante centimètres devant l'autre.",
          "Gardez le buste droit et rentrez le coccyx jusqu'à sentir un étirement doux à l'avant de la hanche arrière.",
        ],
        short: 'Pieds décalés, buste droit, rentrez le coccyx.',
        purpose: "Il ouvre l'avant de la hanche sans se mettre à genoux, donc il se fait aussi au bureau.",
      },
      hipRotator: {
        name: "l'étirement des rotateurs de hanche sur le dos",
        setup: [
          'Allongez-vous sur le dos, les deux genoux pliés et les pieds au sol.',
          "Croisez une cuisse sur l'autre, de sorte que l'arrière de la cuisse du dessus repose sur l'avant de celle du dessous.",
          'Tenez vos jambes avec les mains et amenez doucement les deux genoux vers la poitrine.',
          "Vous devriez le sentir dans la fesse. Si l'avant de la hanche ou l'aine pince, ou si un genou proteste, relâchez.",
        ],
        short: 'Sur le dos, cuisses croisées, genoux doucement vers la poitrine.',
        purpose: "Il étire les fessiers et les rotateurs profonds à l'arrière de la hanche.",
      },
      figureFour: {
        name: "l'étirement en quatre sur le dos",
        setup: [
          'Allongez-vous sur le dos, les deux genoux pliés et les pieds au sol.',
          "Posez l'extérieur d'une cheville sur la cuisse opposée, juste au-dessus du genou.",
          'Attrapez l’arrière de la cuisse du dessous et amenez doucement les deux jambes vers la poitrine.',
          "Cherchez un étirement dans la fesse, jamais un pincement à l'avant de la hanche ou dans l'aine.",
        ],
        short: 'Sur le dos, cheville sur le genou opposé, ramenez les jambes.',
        purpose: "Il atteint le piriforme et les rotateurs profonds de la hanche ; quand ils sont tendus, ils peuvent irriter le nerf sciatique.",
      },
      piriformis: {
        name: "l'étirement du piriforme",
        setup: [
          "Allongez-vous sur le dos et croisez une jambe sur l'autre.",
          'Prenez le genou du dessus avec la main opposée.',
          "Guidez doucement ce genou vers l'épaule opposée, jusqu'à sentir l'arrière de la hanche.",
        ],
        short: "Sur le dos, genou vers l'épaule opposée.",
        purpose: "Il étire le piriforme, le petit muscle profond de la fesse qui tourne la hanche vers l'extérieur.",
      },
      seatedFigureFour: {
        name: "l'étirement du piriforme assis",
        setup: [
          "Asseyez-vous à l'avant d'une chaise stable, les deux pieds à plat.",
          "Posez l'extérieur d'une cheville sur le genou opposé.",
          "Tenez-vous droit, puis penchez-vous un peu en avant depuis les hanches, jusqu'à sentir l'arrière de la hanche.",
        ],
        short: 'Assis, cheville sur le genou opposé, penchez-vous un peu.',
        purpose: "Il étire le piriforme et les fessiers depuis une chaise, une façon plus douce d'aller vers l'arrière de la hanche.",
      },
      seatedHamstring: {
        name: "l'étirement des ischio-jambiers assis",
        setup: [
          'Asseyez-vous au sol, les deux jambes tendues devant vous.',
          "Tenez-vous droit, puis penchez-vous en avant depuis les hanches et allez vers vos orteils, seulement aussi loin que c'est confortable.",
          "Laissez les mains là où elles arrivent : tibias, chevilles ou orteils, tout va bien.",
        ],
        short: 'Jambes longues, penchez-vous depuis les hanches, sans forcer.',
        purpose: "Il allonge les ischio-jambiers, qui s'attachent aux os sur lesquels on s'assoit ; quand ils sont raides, le bas du dos se plie plus qu'il ne devrait.",
      },
      standingHamstring: {
        name: "l'étirement des ischio-jambiers debout",
        setup: [
          "Tenez-vous debout, les pieds écartés à peu près de la largeur des épaules.",
          'Gardez les genoux tendus sans les verrouiller, et penchez-vous en avant depuis les hanches.',
          "Laissez pendre les bras et la tête, et n'allez que jusqu'à sentir un étirement.",
        ],
        short: 'Pieds écartés, genoux tendus souples, penchez-vous depuis les hanches.',
        purpose: "Il allonge les ischio-jambiers, à l'arrière des cuisses, pour que les hanches partagent avec le bas du dos le travail quand vous vous penchez.",
      },
      chairHamstring: {
        name: "l'étirement des ischio-jambiers sur chaise",
        setup: [
          "Asseyez-vous à l'avant d'une chaise.",
          'Tendez une jambe devant vous, le talon au sol et les orteils vers le haut.',
          "Gardez le dos long et penchez-vous depuis les hanches, jusqu'à sentir l'arrière de cette cuisse.",
        ],
        short: 'Assis, une jambe tendue, talon au sol, penchez-vous le dos long.',
        purpose: 'Il allonge les ischio-jambiers une jambe à la fois, la chaise soulageant votre dos.',
      },
      standingTfl: {
        name: "l'étirement latéral de hanche debout",
        setup: [
          "Tenez-vous debout, les pieds à la largeur des épaules, près d'un mur si vous voulez un appui.",
          "Croisez un pied derrière l'autre.",
          "Poussez les hanches vers la jambe arrière et passez les bras au-dessus de la tête de l'autre côté, jusqu'à sentir l'extérieur de la hanche.",
        ],
        short: "Un pied croisé derrière, penchez-vous de l'autre côté, sentez l'extérieur de la hanche.",
        purpose: "Il étire le tenseur du fascia lata, sur le côté de la hanche, qui tire sur la bandelette ilio-tibiale quand il est tendu.",
      },
      frog: {
        name: 'la grenouille',
        setup: [
          "Mettez-vous à quatre pattes, puis écartez largement les genoux, les chevilles tournées vers l'extérieur dans leur alignement.",
          'Remontez un peu les fesses vers le plafond, pour que le bas du dos ne s’arrondisse pas.',
          "Restez sur les mains, ou descendez sur les avant-bras si c'est confortable, et reculez un peu les hanches.",
        ],
        short: 'Genoux écartés, chevilles dehors, fesses hautes, reculez un peu les hanches.',
        purpose: "Elle étire les adducteurs, les muscles de l'intérieur des cuisses, qui tirent le bassin vers le bas quand ils sont tendus.",
      },
      butterfly: {
        name: 'le papillon',
        setup: [
          'Asseyez-vous au sol et joignez les plantes des pieds, les genoux tombant sur les côtés.',
          'Tenez vos chevilles et redressez-vous.',
          "Laissez les genoux descendre seulement aussi bas qu'ils le veulent ; n'appuyez jamais dessus.",
        ],
        short: 'Plantes des pieds jointes, dos droit, laissez tomber les genoux.',
        purpose: "Il étire doucement l'intérieur des cuisses, une option plus douce que la grenouille.",
      },
      childsPose: {
        name: "la posture de l'enfant",
        setup: [
          'Mettez-vous à genoux et asseyez-vous vers vos talons.',
          'Avancez les mains et posez le front au sol ou sur un coussin.',
          'Laissez le dos s’arrondir et la respiration ralentir.',
        ],
        short: 'Assis sur les talons, bras longs, front au sol.',
        purpose: 'Elle laisse les muscles du bas du dos s’allonger et se détendre.',
      },
      catCow: {
        name: 'le chat-vache',
        setup: [
          'Mettez-vous à quatre pattes, les mains sous les épaules et les genoux sous les hanches.',
          "Vous allez passer lentement d'une forme à l'autre avec la respiration : arrondir le dos vers le haut, puis laisser descendre le ventre et lever la poitrine.",
          'Gardez un mouvement petit et fluide, sans à-coups.',
        ],
        short: 'À quatre pattes ; arrondissez, puis laissez descendre le ventre, avec la respiration.',
        purpose: 'Il échauffe la colonne et assouplit le bas du dos en le bougeant doucement dans les deux sens.',
        flow: [
          'Expirez et arrondissez le dos vers le plafond.',
          'Inspirez et laissez descendre le ventre, la poitrine vers l’avant.',
          'Expirez encore, rentrez le menton et le coccyx.',
          'Et inspirez, levez le coccyx et le regard.',
        ],
      },
      supineTwist: {
        name: 'la torsion allongée',
        setup: [
          'Allongez-vous sur le dos, les genoux pliés et les pieds à plat.',
          'Ouvrez les bras en croix et gardez les deux épaules au sol.',
          "Laissez les deux genoux basculer lentement d'un côté, seulement aussi loin que c'est confortable.",
        ],
        short: "Sur le dos, bras en croix, genoux qui basculent d'un côté.",
        purpose: 'Elle fait tourner doucement le bas de la colonne et dénoue le dos et les hanches.',
      },
      pelvicTilt: {
        name: 'les bascules du bassin',
        setup: [
          'Allongez-vous sur le dos, les genoux pliés et les pieds à plat au sol.',
          'Vous allez basculer doucement le bassin : plaquez le bas du dos contre le sol, puis laissez-le revenir à une petite cambrure.',
          'Bougez lentement, avec la respiration.',
        ],
        short: 'Sur le dos, basculez le bassin : plaquez, puis relâchez.',
        purpose: 'Elles vous aident à trouver une colonne neutre et font bouger doucement le bas du dos.',
        flow: [
          'Expirez et plaquez le bas du dos contre le sol.',
          'Inspirez et laissez revenir une petite cambrure.',
          'Expirez, rentrez le coccyx et appuyez doucement.',
          'Et inspirez, revenez tranquillement au neutre.',
        ],
      },
      kneesToChest: {
        name: 'les genoux à la poitrine',
        setup: [
          'Allongez-vous sur le dos et ramenez les deux genoux vers la poitrine.',
          "Tenez l'arrière des cuisses ou le dessus des tibias.",
          'Laissez le bas du dos se détendre contre le sol.',
        ],
        short: 'Sur le dos, serrez les deux genoux contre vous.',
        purpose: 'Il allonge doucement le bas du dos et les fessiers.',
      },
      towelRoll: {
        name: "l'ouverture de hanche avec serviette roulée",
        setup: [
          "Allongez-vous sur le dos, une petite serviette roulée dans le pli à l'avant d'une hanche.",
          'Ramenez cette cuisse vers la poitrine, par-dessus la serviette.',
          "Tenez quelques secondes, redescendez-la de quelques centimètres, puis ramenez-la ; vous devez sentir la hanche s'ouvrir, pas le ventre écrasé.",
        ],
        short: 'Serviette dans le pli de la hanche ; ramenez la cuisse, puis redescendez-la.',
        purpose: "Elle aide la tête du fémur à glisser vers le bas dans sa cavité, ce qui libère les hanches raides.",
        flow: [
          'Ramenez la cuisse par-dessus la serviette et tenez.',
          'Redescendez-la de quelques centimètres.',
          'Et ramenez-la.',
          'Laissez-la redescendre un peu.',
        ],
      },
      seatedTwist: {
        name: 'la torsion assise',
        setup: [
          "Asseyez-vous bien droit à l'avant de votre chaise, les deux pieds à plat.",
          "Tournez la poitrine d'un côté et posez les mains sur le dossier ou l'accoudoir.",
          'Grandissez-vous en inspirant et tournez un peu plus en expirant, sans forcer.',
        ],
        short: "Assis droit, tournez la poitrine d'un côté, les mains sur la chaise.",
        purpose: "Elle fait tourner doucement la colonne et soulage la raideur de la position assise.",
      },
    },
    side: { right: 'droit', left: 'gauche' },
    routine: {
      morning: 'routine du matin',
      workday: 'pause au travail',
      evening: 'routine du soir',
    },
    cue: {
      intro: [
        'Étirement {{index}} sur {{count}} : {{name}}.',
        'Numéro {{index}} sur {{count}} : {{name}}.',
        'Étirement {{index}} sur {{count}}, {{name}}.',
      ],
      introOnly: ['Le dernier : {{name}}.', 'Pour finir : {{name}}.', "L'étirement final : {{name}}."],
      ready: ['Prenez le temps de vous installer.', 'Mettez-vous en place.', 'Installez-vous dans la position.'],
      readyDown: [
        'Prenez le temps de descendre au sol.',
        'Descendez au sol, sans vous presser.',
        'Installez-vous au sol, à votre rythme.',
      ],
      readyUp: [
        'Prenez le temps de vous relever.',
        'Relevez-vous lentement, sans vous presser.',
        'Roulez sur le côté et relevez-vous à votre rythme.',
      ],
      readySeat: [
        'Asseyez-vous sur une chaise stable, sans vous presser.',
        'Installez-vous sur une chaise solide, à votre rythme.',
        'Prenez place sur une chaise stable.',
      ],
      firstSide: ["D'abord le côté droit.", 'On commence par le côté droit.', 'Commencez par le côté droit.'],
      hold: ['Et tenez.', 'Restez là.', 'Maintenant tenez, bien immobile.'],
      moveWithBreath: ['Et commencez, lentement et en douceur.', 'Commencez à bouger avec votre respiration.', 'Et commencez, tout doucement.'],
      release: ['Et relâchez.', 'Laissez aller.', 'Sortez-en doucement.'],
      rest: ['Reposez-vous le temps d’une respiration.', 'Respirez.', 'Détendez-vous un instant.'],
      again: [
        'Revenez dans la position : série {{rep}} sur {{reps}}.',
        'On y retourne, série {{rep}} sur {{reps}}.',
        'Réinstallez-vous pour la série {{rep}} sur {{reps}}.',
      ],
      switchSides: [
        'Changez de côté : maintenant le côté {{side}}.',
        "L'autre côté maintenant, le côté {{side}}.",
        'Passez au côté {{side}}.',
      ],
      breathe: [
        'Expirez lentement et laissez relâcher.',
        'Continuez à respirer, lentement et calmement.',
        'Détendez les épaules et respirez.',
        'Restez immobile, sans à-coups.',
        'Un étirement léger seulement ; relâchez si quelque chose fait mal.',
        'Relâchez la mâchoire et les épaules.',
      ],
      halfway: ['Vous êtes à mi-chemin.', "C'est la moitié.", 'La moitié, restez détendu.'],
      tenLeft: ['Encore dix secondes.', 'Plus que dix secondes.', 'Les dix dernières secondes.'],
      countdown: ['Trois.', 'Deux.', 'Un.'],
      wellDone: ['Très bien.', 'Bien joué.', 'Beau travail.'],
      nextUp: ['Ensuite : {{name}}.', 'Juste après : {{name}}.', 'Puis viendra {{name}}.'],
      sayNext: ['Dites suivant quand vous êtes prêt.', 'Quand vous êtes prêt, dites suivant.', 'Dites suivant pour continuer.'],
      backTo: [
        'On reprend {{name}}, côté {{side}}.',
        'Retour sur {{name}}, côté {{side}}.',
        'On repart avec {{name}}, côté {{side}}.',
      ],
      backToBoth: ['On reprend {{name}}.', 'Retour sur {{name}}.', 'On repart avec {{name}}.'],
      carryOn: ['Revenez dans la position.', 'Continuez à tenir.', 'Réinstallez-vous.'],
    },
    routineFlow: {
      start: [
        'Voici votre {{routine}} : {{count}} étirements, environ {{minutes}} minutes. Un étirement léger seulement, jamais de douleur.',
        'On commence votre {{routine}} : {{count}} étirements, autour de {{minutes}} minutes. Étirez jusqu’à une tension légère, jamais jusqu’à la douleur.',
        'Faisons votre {{routine}}. {{count}} étirements, environ {{minutes}} minutes. Allez jusqu’à un étirement doux, jamais dans la douleur.',
      ],
      adapted_groinPain: "À cause de votre aine, j'ai retiré les étirements profonds de hanche ou je les ai remplacés par des versions plus douces.",
      adapted_hipInjury: "À cause de votre hanche, je m'en tiens aujourd'hui aux versions douces et aux tenues les plus courtes.",
      adapted_backInjury: "À cause de votre dos, je m'en tiens aujourd'hui aux versions douces et aux tenues les plus courtes.",
      adapted_kneeProblem: "Pour ménager vos genoux, j'ai remplacé les étirements à genoux par d'autres, plus doux pour eux.",
      done: [
        'Votre {{routine}} est terminée : {{minutes}} minutes d’étirements. Bravo.',
        'Et voilà votre {{routine}} bouclée, {{minutes}} minutes. Très bien.',
        'Séance finie : {{minutes}} minutes pour votre {{routine}}. Beau travail.',
      ],
      reprompt: 'Dites suivant pour passer au prochain, {{name}}, ou répéter pour refaire celui-ci.',
      repromptLast: 'Dites suivant pour terminer, ou répéter pour refaire celui-ci.',
      atStart: "C'est le premier étirement, alors le revoici.",
      skipped: ['On passe {{name}}.', 'On laisse de côté {{name}}.', "D'accord, {{name}} attendra un autre jour."],
      paused: 'En pause sur {{name}}. Quand vous êtes prêt, dites : Alexa, ouvre coach des hanches.',
      nothingToResume: "Aucune routine n'est en pause pour le moment.",
      howToInterrupt: "Un conseil avant de commencer : l'enceinte n'écoute pas pendant que je parle, alors pour m'arrêter en plein étirement, dites : Alexa, ça fait mal.",
      startOver: 'On reprend votre {{routine}} depuis le début.',
    },
    questions: {
      hold_one: 'Tenez {{hold}} secondes.',
      hold_sided: 'Tenez {{hold}} secondes de chaque côté.',
      hold_reps: 'Tenez {{hold}} secondes, {{reps}} fois.',
      hold_sidedReps: 'Tenez {{hold}} secondes de chaque côté, {{reps}} fois.',
      remaining_one: 'Il reste environ {{count}} seconde sur celui-ci.',
      remaining_many: 'Il reste environ {{count}} secondes sur celui-ci.',
      remaining_other: 'Il reste environ {{count}} secondes sur celui-ci.',
      gettingReady: "Vous êtes encore en train de vous installer, le décompte n'a pas commencé.",
      holdDone: 'Cette tenue est terminée.',
      side: 'Vous êtes sur le côté {{side}}{{repText}}.',
      sideRep: ', série {{rep}} sur {{reps}}',
      notSided: 'Celui-ci travaille les deux côtés à la fois.',
      purpose: '{{name}}. {{purpose}}',
      left_one: 'Après celui-ci, encore {{count}} étirement, {{time}}.',
      left_many: 'Après celui-ci, encore {{count}} étirements, {{time}}.',
      left_other: 'Après celui-ci, encore {{count}} étirements, {{time}}.',
      left_none: "C'est le dernier étirement.",
      leftAfterDone_one: 'Encore {{count}} étirement, {{time}}.',
      leftAfterDone_many: 'Encore {{count}} étirements, {{time}}.',
      leftAfterDone_other: 'Encore {{count}} étirements, {{time}}.',
      aboutMinutes_one: 'environ {{count}} minute',
      aboutMinutes_many: 'environ {{count}} minutes',
      aboutMinutes_other: 'environ {{count}} minutes',
      noRoutine: "Nous ne sommes pas dans un étirement pour l'instant. Dites lance la routine du soir, lance la routine du matin, ou lance la pause au travail.",
      afterAnswer: 'Dites suivant quand vous êtes prêt.',
    },
    launch: {
      firstTime:
        "Bienvenue dans coach des hanches. Je vais vous guider dans des étirements doux pour les hanches et le bas du dos, sans les mains. Ce sont des conseils généraux, pas un avis médical : arrêtez si quelque chose fait mal. L'enceinte n'écoute pas pendant que je parle, alors pour m'arrêter, dites : Alexa, ça fait mal.",
      returning: ['Bon retour dans coach des hanches.', 'Bonjour, ravi de vous retrouver.', 'Content de vous entendre à nouveau.'],
      suggest: 'Voulez-vous commencer votre {{routine}} ?',
      options: 'Vous pouvez dire lance la routine du matin, lance la routine du soir, ou lance la pause au travail.',
      paused: "Bon retour. Après ce que vous m'avez dit tout à l'heure, on laisse les étirements jusqu'à demain, par prudence.",
      pausedOptions: 'Vous pouvez demander où j’en suis, ou dire aide.',
      resumeOffer: "Vous vous êtes arrêté en cours de {{routine}}, sur {{name}}. Voulez-vous reprendre là où vous en étiez ?",
    },
    screen: {
      intro: 'Avant votre première séance, deux petites questions : répondez simplement par oui ou par non.',
      q1: "D'abord : avez-vous des engourdissements, des fourmillements ou une faiblesse dans les jambes, ou du mal à contrôler votre vessie ou vos intestins ?",
      q2: "Et ensuite : votre mal de dos est-il intense ou de plus en plus fort, a-t-il commencé après une chute ou un choc, ou s'accompagne-t-il de fièvre ?",
      clear: 'Merci. Alors commençons en douceur.',
      referral:
        "Merci de me l'avoir dit. Dans ce cas, ne vous étirez pas aujourd'hui : voyez d'abord un médecin ou un kinésithérapeute. Et si vous avez des troubles de la vessie ou des intestins, un engourdissement entre les jambes ou une faiblesse soudaine dans une jambe, appelez le quinze, le Samu, tout de suite. Prenez soin de vous.",
      reprompt: 'Répondez par oui ou par non, s’il vous plaît.',
      beforeWeStart: 'Nous commençons dès que vous aurez répondu, oui ou non.',
    },
    safety: {
      painStop: ["Arrêtez-vous là et sortez doucement de l'étirement.", 'D’accord, sortez-en maintenant, lentement.', "Relâchez l'étirement maintenant, en douceur."],
      painRule: "Une légère tension, c'est bien, la douleur, non. On ne s'étire jamais dans la douleur.",
      painOfferGentler: 'Je peux vous en proposer un plus doux à la place : {{gentler}}. Ou on passe celui-ci. Dites plus facile, ou dites passer.',
      painOfferSkip: 'Dites passer pour laisser celui-ci de côté, ou stop pour finir la séance.',
      painNoRoutine:
        "Si quelque chose fait mal, arrêtez et reposez-vous. Une légère tension en s'étirant, c'est bien, la douleur, non. Si la douleur est intense, s'aggrave, ou s'accompagne d'engourdissements, de fourmillements ou d'une faiblesse, consultez un professionnel de santé.",
      warning:
        "J'arrête la routine maintenant. Voici quelque chose à faire vérifier : {{what}}. Laissez les étirements pour aujourd'hui et parlez-en bientôt à un médecin ou à un kinésithérapeute.",
      warningUrgent:
        "J'arrête la routine maintenant. {{what}} : cela peut être le signe d'une compression des nerfs à la base de la colonne, et cela demande une aide médicale urgente. Appelez le quinze, le Samu, tout de suite.",
      warningWhat_numbness: "un engourdissement, ou une partie de vous que vous ne sentez plus bien",
      warningWhat_tingling: 'des fourmillements ou des picotements',
      warningWhat_weakness: 'une jambe faible qui se dérobe, ou un pied que vous n’arrivez pas à bien lever',
      warningWhat_bothLegs: 'Une faiblesse ou un engourdissement dans les deux jambes',
      warningWhat_radiating: 'une douleur qui descend dans la jambe, sous le genou ou jusqu’au pied',
      warningWhat_bladderBowel: "Un changement dans le contrôle de la vessie ou des intestins, ou ne plus sentir l'envie d'aller aux toilettes",
      warningWhat_saddle: "Un engourdissement au niveau de l'aine, des fesses ou entre les jambes",
      warningWhat_severe: 'une douleur intense, ou une douleur qui ne cesse de s’aggraver',
      warningWhat_fall: 'une douleur après une chute ou un accident',
      warningWhat_fever: 'un mal de dos avec de la fièvre, ou le fait de vous sentir mal en général',
      warningWhat_night: 'un mal de dos qui vous réveille la nuit, ou qui ne se calme pas quand vous restez immobile',
      warningWhat_unknown: 'ce que vous décrivez',
      crampStop: "On dirait une crampe. Sortez doucement de l'étirement.",
      crampEase: "Étirez le muscle dans l'autre sens, massez-le et respirez. Une crampe passe d'elle-même en une minute environ, et ce n'est pas le signe d'une blessure.",
      crampOnward: "Quand elle sera passée, on prendra l'étirement suivant dès que vous serez prêt, ou dites passer pour laisser celui-ci de côté.",
      noResume: "On ne reprend pas les étirements aujourd'hui.",
      keepLevelOffer: "Comme quelque chose a fait mal aujourd'hui, voulez-vous rester à ce niveau la semaine prochaine au lieu de monter ?",
      keepLevelYes: "D'accord, on reste à ce niveau la semaine prochaine.",
      keepLevelNo: "D'accord, on montera quand vous serez prêt.",
      easier_variant: "D'accord, pour le reste de la séance, on passe sur {{name}}.",
      easier_shorter: "D'accord, des tenues plus courtes pour le reste de la séance : {{hold}} secondes.",
      easier_limit: "C'est déjà la version la plus douce et la tenue la plus courte. Si ce n'est toujours pas agréable, dites passer.",
      harder: "D'accord, des tenues plus longues pour le reste de la séance : {{hold}} secondes.",
      harder_limit: "C'est déjà la tenue la plus longue que je guide pour cet étirement. Tenir plus longtemps n'apporte pas grand-chose.",
      condition_groinPain: "Merci de me le dire. Avec une douleur à l'aine, on laisse de côté aujourd'hui les flexions et rotations profondes de hanche, ou on prend des versions plus douces.",
      condition_hipInjury: "Merci de me le dire. Avec une blessure à la hanche, on s'en tient aujourd'hui aux versions douces et aux tenues courtes.",
      condition_backInjury: "Merci de me le dire. Avec une blessure au dos, on s'en tient aujourd'hui aux versions douces et aux tenues courtes.",
      condition_kneeProblem: "Merci de me le dire. Pour ménager vos genoux, on remplace aujourd'hui les étirements à genoux par des plus faciles.",
      condition_unknown: "Merci de me le dire. Aujourd'hui, on garde tout en douceur, avec des tenues courtes.",
      conditionNote: "Je ne m'en souviendrai plus après aujourd'hui.",
      helpSafety:
        "Coach des hanches donne des conseils généraux d'étirement, pas un avis médical. Étirez-vous seulement jusqu'à une légère tension, jamais dans la douleur ; sans à-coups et sans forcer. Si quelque chose fait mal, dites : Alexa, ça fait mal, et je m'arrête ; pendant que je parle, commencez par Alexa pour que l'enceinte vous entende. Si vous remarquez un engourdissement, des fourmillements, une faiblesse dans une jambe ou un changement dans le contrôle de la vessie ou des intestins, arrêtez et consultez un professionnel de santé.",
    },
    progress: {
      none: "Vous n'avez pas encore terminé de routine. Commencez-en une et je suivrai vos semaines.",
      sessions_one: 'Vous avez fait {{count}} séance au total',
      sessions_many: 'Vous avez fait {{count}} séances au total',
      sessions_other: 'Vous avez fait {{count}} séances au total',
      minutes_one: ', {{count}} minute d’étirements.',
      minutes_many: ', {{count}} minutes d’étirements.',
      minutes_other: ', {{count}} minutes d’étirements.',
      week: 'Vous êtes à la semaine {{week}} de votre programme, avec {{done}} séances sur {{planned}} faites cette semaine.',
      streak_one: 'Vous vous êtes étiré {{count}} jour d’affilée.',
      streak_many: 'Vous vous êtes étiré {{count}} jours d’affilée.',
      streak_other: 'Vous vous êtes étiré {{count}} jours d’affilée.',
      hold: 'Dans la routine du soir, vos tenues sont maintenant de {{hold}} secondes.',
      next_up: 'Gardez le rythme de {{planned}} séances cette semaine, et la semaine prochaine vos tenues seront un peu plus longues.',
      next_reps: 'Gardez le rythme de {{planned}} séances cette semaine, et la semaine prochaine vous ajouterez une série à certains étirements.',
      next_top: "Vous avez atteint le programme complet. Continuez à vous étirer pour le garder.",
      next_keep: 'Vous avez demandé à rester à ce niveau, donc la semaine prochaine reste la même.',
      greeting: 'Vous êtes à la semaine {{week}}, avec {{done}} séances sur {{planned}} cette semaine.',
    },
    help: {
      outside:
        "Coach des hanches vous guide à la voix dans des étirements pour les hanches et le bas du dos. Dites lance la routine du matin pour cinq à dix minutes, lance la routine du soir pour quinze à vingt, ou lance la pause au travail pour deux à trois minutes. Vous pouvez aussi demander : où j'en suis ?",
      inside:
        "Vous êtes sur {{name}}. Dites suivant pour avancer, passer pour le laisser de côté, répéter pour le refaire, ou retour. En plein étirement, vous pouvez demander combien de temps je tiens, de quel côté je suis, ou combien il en reste. Dites plus facile, ou ça fait mal, à tout moment.",
      reprompt: 'Que voulez-vous faire ?',
    },
    stop: {
      goodbye: ['À bientôt.', 'Prenez soin de vous, à la prochaine.', 'Au revoir, à bientôt.'],
      partial: "Vous avez fait {{done}} étirements sur {{count}}. J'ai gardé votre place.",
      partialNone: "J'ai gardé votre place, pour que vous puissiez reprendre là la prochaine fois.",
    },
    fallback: {
      outside:
        "Désolé, je n'ai pas compris. Que voulez-vous faire ? Vous pouvez dire lance la routine du matin, lance la routine du soir, lance la pause au travail, ou demander où j'en suis.",
      notCaught: "Désolé, je n'ai pas compris.",
      resumeAgain: 'Voulez-vous reprendre là où vous en étiez ? Oui ou non.',
    },
    checkIn: {
      easeOut: [
        "Désolé, je n'ai pas compris, alors faisons une pause. Sortez doucement de l'étirement et respirez lentement.",
        "Je n'ai pas compris. Sortez de l'étirement un instant, et respirez.",
      ],
      ask: 'On reprend là où vous en étiez ? Dites oui, ou stop pour finir. Et si quelque chose fait mal, dites-le-moi.',
      resuming: "D'accord, on reprend là où vous en étiez.",
    },
    routineUnknown:
      "Je ne connais pas de routine {{value}}. J'en ai trois : le matin, cinq à dix minutes ; le soir, quinze à vingt ; et une pause au travail de deux à trois minutes. Laquelle voulez-vous ?",
    routineAsk: 'Quelle routine : matin, soir ou pause au travail ?',
    deleteData: {
      confirm: 'Cela efface définitivement votre progression et vos préférences dans coach des hanches. Vous êtes sûr ?',
      done: "C'est fait. J'ai effacé tout ce que coach des hanches gardait sur vous.",
      kept: "D'accord, j'ai gardé votre progression.",
    },
    resume: {
      declined: "D'accord, on repart de zéro.",
    },
    error: {
      generic: "Désolé, quelque chose n'a pas marché de mon côté. Votre progression est en sécurité. Dites suivant pour continuer, ou lance la routine du soir.",
      reprompt: 'Dites suivant pour continuer, ou stop pour finir.',
      sayAgain: "Désolé, je n'ai pas pu l'enregistrer. Pouvez-vous le redire ?",
      sayAgainReprompt: 'Redites-le, ou dites stop pour finir.',
    },
    progressRepaired: "Je n'ai pas pu lire une partie de votre progression enregistrée, alors j'ai remis cette partie à zéro.",
    yesNo: {
      nothingPending: 'Dites lance la routine du soir, lance la routine du matin, ou lance la pause au travail.',
    },
  };
}
