/**
 * English words for Hip Coach. Arrays are phrasings of one cue; the coach picks one with the
 * injected randomness. No SSML here: the speech builder adds pauses and escaping.
 * Plurals use i18next's _one/_other suffixes.
 */
export const en = {
  stretch: {
    kneelingHipFlexor: {
      name: 'the half-kneeling hip flexor stretch',
      setup: [
        'Your {{side}} knee down on the cushion, {{other}} foot flat in front, chest tall.',
        'Tuck your tailbone under until the front of your {{side}} hip opens.',
        'If kneeling hurts, say make it easier, and we will do it standing.',
      ],
      short: 'Your {{side}} knee down, {{other}} foot forward, tuck your tailbone.',
      purpose: 'It lengthens your hip flexors, the muscles at the front of the hip that shorten when you sit for hours and can pull on your lower back.',
    },
    standingHipFlexor: {
      name: 'the standing hip flexor stretch',
      setup: [
        'Stand in a doorway or with a hand on a wall, your {{other}} foot a long step in front.',
        'Stay upright and tuck your tailbone under until the front of your {{side}} hip opens.',
      ],
      short: 'Your {{other}} foot forward, stand tall, tuck your tailbone.',
      purpose: 'It opens the front of the hip, the hip flexors, without kneeling, so it works at a desk.',
    },
    hipRotator: {
      name: 'the lying hip rotator stretch',
      setup: [
        'On your back, knees bent, lay your {{side}} thigh over your {{other}} thigh.',
        'Draw both knees gently toward your chest until your {{side}} buttock stretches.',
        'If the front of the hip or groin pinches, or a knee complains, let it go.',
      ],
      short: 'Your {{side}} thigh over the {{other}}, knees gently in.',
      purpose: 'It stretches the glutes and the deep rotators at the back of the hip.',
    },
    figureFour: {
      name: 'the figure four stretch',
      setup: [
        'On your back, rest your {{side}} outer ankle on your {{other}} thigh, above the knee.',
        'Hold behind your {{other}} thigh and draw both legs in until your {{side}} buttock stretches.',
        'If the front of the hip or groin pinches, or a knee complains, let it go.',
      ],
      short: 'Your {{side}} ankle on the {{other}} thigh, draw the legs in.',
      purpose: 'It reaches the piriformis and the deep hip rotators; tightness there can irritate the sciatic nerve.',
    },
    piriformis: {
      name: 'the lying piriformis stretch',
      setup: [
        'On your back, cross your {{side}} leg over your {{other}} leg.',
        'With your {{other}} hand, guide your {{side}} knee gently toward your {{other}} shoulder.',
      ],
      short: 'Your {{side}} knee across toward the {{other}} shoulder.',
      purpose: 'It stretches the piriformis, the small muscle deep in the buttock that turns the hip outward.',
    },
    seatedFigureFour: {
      name: 'the seated piriformis stretch',
      setup: [
        'Sit near the front of a sturdy chair and rest your {{side}} ankle on your {{other}} knee.',
        'Sit tall, then lean forward a little from the hips until you feel the back of your {{side}} hip.',
      ],
      short: 'Your {{side}} ankle on the {{other}} knee, lean forward a little.',
      purpose: 'It stretches the piriformis and glutes from a chair, a gentler way into the back of the hip.',
    },
    seatedHamstring: {
      name: 'the seated hamstring stretch',
      setup: [
        'Sit on the floor with both legs straight out in front of you.',
        'Sit tall and lean forward from the hips toward your toes, only as far as is comfortable.',
      ],
      short: 'Legs long, lean forward from the hips.',
      purpose: 'It lengthens the hamstrings, which attach at your sit bones, while going easy on the lower back.',
    },
    standingHamstring: {
      name: 'the standing hamstring stretch',
      setup: [
        'Feet hip width apart, knees soft, hands on your thighs or a desk.',
        'Hinge from the hips, back long, until the backs of your thighs stretch.',
      ],
      short: 'Knees soft, hands on your thighs, hinge from the hips.',
      purpose: 'It lengthens the hamstrings at the back of the thighs, which helps your hips share the work of bending with your lower back.',
    },
    chairHamstring: {
      name: 'the chair hamstring stretch',
      setup: [
        'Sit near the front of a chair, {{side}} leg straight out, heel on the floor, toes up.',
        'Keep your back long and lean forward from the hips until the back of your {{side}} thigh stretches.',
      ],
      short: 'Your {{side}} leg long, heel down, lean forward tall.',
      purpose: 'It lengthens the hamstrings one leg at a time, with the chair taking the load off your back.',
    },
    standingTfl: {
      name: 'the standing side hip stretch',
      setup: [
        'Stand tall by a wall and cross your {{side}} foot behind your {{other}}.',
        'Ease your hips out to the {{side}}, arms reaching over to the {{other}}, until your outer {{side}} hip stretches.',
      ],
      short: 'Your {{side}} foot behind, hips out to the {{side}}.',
      purpose: 'It stretches the tensor fasciae latae on the outside of the hip, which pulls on the IT band when it is tight.',
    },
    frog: {
      name: 'the frog stretch',
      setup: [
        'On hands and knees, slide your knees wide, ankles in line with them.',
        'Lift your tail so your lower back stays long, and ease your hips back a little.',
        'A pinch deep in the groin means come out of it.',
      ],
      short: 'Knees wide, tail up, ease the hips back.',
      purpose: 'It stretches the adductors, the inner thigh muscles that pull down on the pelvis when tight.',
    },
    butterfly: {
      name: 'the butterfly stretch',
      setup: [
        'Sit on the floor with the soles of your feet together and hold your ankles.',
        'Sit tall and let your knees fall only as far as they want to; never press them down.',
      ],
      short: 'Soles together, sit tall, let the knees fall.',
      purpose: 'It gently stretches the inner thighs, a softer option than the frog.',
    },
    childsPose: {
      name: "child's pose",
      setup: [
        'Kneel, sit back toward your heels and walk your hands forward.',
        'Rest your forehead on the mat or the cushion and let your back soften.',
      ],
      short: 'Sit back to your heels, arms long, forehead down.',
      purpose: 'It lets the lower back muscles lengthen and relax.',
    },
    catCow: {
      name: 'cat cow',
      setup: [
        'On hands and knees, hands under shoulders, knees under hips.',
        'With your breath, round your back up, then let your belly sink; small and smooth.',
      ],
      short: 'Hands and knees; round up, then let the belly sink.',
      purpose: 'It warms up the spine and eases stiffness in the lower back by moving it gently both ways.',
      flow: ['Out, round up.', 'In, belly sinks.', 'Out, tuck.', 'In, chest forward.'],
    },
    supineTwist: {
      name: 'the lying spinal twist',
      setup: [
        'On your back, knees bent, feet flat, arms out wide.',
        'Shoulders down, let your knees tip slowly to the {{side}}, only as far as is comfortable.',
      ],
      short: 'Arms wide, knees tip to the {{side}}.',
      purpose: 'It gently rotates the lower spine and eases stiffness through the back and hips.',
    },
    pelvicTilt: {
      name: 'pelvic tilts',
      setup: [
        'On your back, knees bent, feet flat.',
        'Gently flatten your lower back into the floor, then let it return to a small arch, slowly, with your breath.',
      ],
      short: 'On your back, rock the pelvis: flatten, then release.',
      purpose: 'It helps you find a neutral spine and gently moves the lower back.',
      flow: ['Out, back flat.', 'In, small arch.', 'Out, flatten.', 'In, soften.'],
    },
    kneesToChest: {
      name: 'knees to chest',
      setup: [
        'On your back, bring both knees toward your chest and hold behind your thighs.',
        'Let your lower back relax into the floor.',
      ],
      short: 'On your back, hug both knees in.',
      purpose: 'It gently lengthens the lower back and the glutes.',
    },
    towelRoll: {
      name: 'the towel roll hip opener',
      setup: [
        'On your back, the rolled towel in the crease of your {{side}} hip.',
        'Draw your {{side}} thigh up over it, hold a few seconds, ease it down a little, and up again.',
        'It should feel like the hip opening, not your belly squashing.',
      ],
      short: 'Towel at the {{side}} hip crease; thigh up, then ease it down.',
      purpose: 'It helps the ball of the hip glide down in its socket, which frees up stiff hip joints.',
      flow: ['Thigh up.', 'Ease down.', 'Up again.', 'Ease down.'],
    },
    seatedTwist: {
      name: 'the seated twist',
      setup: [
        'Sit tall and turn your chest to the {{side}}, a hand on the chair back.',
        'Grow tall on each breath in; never force the turn.',
      ],
      short: 'Sit tall, turn your chest to the {{side}}.',
      purpose: 'It rotates the spine gently and relieves the stiffness of sitting.',
    },
  },
  side: { right: 'right', left: 'left' },
  routine: {
    morning: 'morning routine',
    workday: 'workday break',
    evening: 'evening routine',
  },
  cue: {
    intro: [
      'Stretch {{index}} of {{count}}: {{name}}.',
      'Number {{index}} of {{count}} is {{name}}.',
      'Stretch {{index}} of {{count}}, {{name}}.',
    ],
    introOnly: ['Last one: {{name}}.', 'To finish: {{name}}.', 'Finally, {{name}}.'],
    ready: ['Settle into position.', 'Get yourself set up.', 'Find your position.'],
    readyDown: ['Down to the floor, no rush.', 'Make your way down, no rush.', 'Come down to the floor slowly.'],
    readyUp: ['Roll to your side and come up slowly.', 'Roll onto your side, then up slowly.', 'Roll to one side and rise slowly.'],
    readySeat: ['Sit on a firm chair.', 'Take a sturdy chair.', 'Settle onto a firm chair.'],
    firstSide: ['Right side first.', "We'll start on the right side.", 'Begin with the right side.'],
    hold: ['Hold.', 'Now hold.', 'Hold there.'],
    moveWithBreath: ['Begin, slow and smooth.', 'Move with your breath.', 'Begin, nice and slow.'],
    release: ['And release.', 'Let it go.', 'Ease out.'],
    comeUp: ['Come up slowly, hands on thighs.', 'Hands on thighs, come up slowly.', 'Slowly come up, hands on thighs.'],
    rest: ['Rest for a breath.', 'Take a breath.', 'Relax for a moment.'],
    again: ['Round {{rep}} of {{reps}}.', 'Again: {{rep}} of {{reps}}.', 'Now {{rep}} of {{reps}}.'],
    switchSides: ['Now the {{side}} side.', 'Over to the {{side}} side.', 'Switch to the {{side}} side.'],
    breathe: ['Breathe.', 'Soften.', 'Relax.', 'No bouncing.', 'Gently.', 'Still.'],
    halfway: ['Halfway there.', "That's halfway.", 'Half done.'],
    tenLeft: ['Ten seconds.', 'Ten to go.', 'Last ten.'],
    /** Said one word a second, in this order (hold.ts). */
    countdown: ['Three.', 'Two.', 'One.'],
    wellDone: ['Nicely done.', 'Well done.', 'Good work.'],
    nextUp: ['Next: {{name}}.', 'Then {{name}}.', 'Up next: {{name}}.'],
    sayNext: ['Say next when ready.', 'Say next to go on.', 'Say next to continue.'],
    backTo: ['Back to {{name}}, {{side}} side.', 'Picking up {{name}}, on the {{side}} side.', 'Here we go again with {{name}}, {{side}} side.'],
    backToBoth: ['Back to {{name}}.', 'Picking up {{name}} again.', 'Here we go again with {{name}}.'],
    carryOn: ['Back into it.', 'Carry on holding.', 'Settle back in.'],
  },
  routineFlow: {
    start: [
      'Here is your {{routine}}: {{count}} stretches, about {{minutes}} minutes. Mild stretch only, never pain.',
      'Starting your {{routine}}: {{count}} stretches, around {{minutes}} minutes. Stretch to mild tension, never to pain.',
      "Let's do your {{routine}}. {{count}} stretches, about {{minutes}} minutes. Go to a gentle stretch, never into pain.",
    ],
    adapted_groinPain: 'Because of your groin, I have left out the deep hip stretches or swapped them for gentler ones.',
    adapted_hipInjury: 'Because of your hip, I have kept to gentle versions and the shortest holds today.',
    adapted_backInjury: 'Because of your back, I have kept to gentle versions and the shortest holds today.',
    adapted_kneeProblem: 'To spare your knees, I have swapped the kneeling stretches for ones that are easier on them.',
    done: [
      'That is your {{routine}} done: {{minutes}} minutes of stretching. Well done.',
      'And that completes your {{routine}}, {{minutes}} minutes. Nicely done.',
      'Routine finished: {{minutes}} minutes of your {{routine}}. Good work.',
    ],
    reprompt: 'Say next for {{name}}, or repeat to do this one again.',
    repromptLast: 'Say next to finish, or repeat to do this one again.',
    atStart: 'This is the first stretch, so here it is again.',
    skipped: ['Skipping {{name}}.', 'Leaving out {{name}}.', 'Okay, {{name}} can wait for another day.'],
    paused: 'Paused at {{name}}. When you are ready, say: Alexa, ask hip coach to resume.',
    nothingToResume: 'There is no routine paused right now.',
    howToInterrupt: 'One tip before we start: the speaker does not listen while I am talking, so to stop me mid stretch, say: Alexa, this hurts.',
    startOver: 'Starting your {{routine}} again from the top.',
  },
  questions: {
    hold_one: 'Hold for {{hold}} seconds.',
    hold_sided: 'Hold each side for {{hold}} seconds.',
    hold_reps: 'Hold for {{hold}} seconds, {{reps}} times.',
    hold_sidedReps: 'Hold each side for {{hold}} seconds, {{reps}} times.',
    remaining_one: 'About {{count}} second left on this one.',
    remaining_other: 'About {{count}} seconds left on this one.',
    gettingReady: 'You are just getting into position, so the count has not started yet.',
    holdDone: 'This hold is finished.',
    side: 'You are on your {{side}} side{{repText}}.',
    sideRep: ', round {{rep}} of {{reps}}',
    notSided: 'This one works both sides at once.',
    purpose: '{{name}}. {{purpose}}',
    left_one: 'After this, {{count}} more stretch, {{time}}.',
    left_other: 'After this, {{count}} more stretches, {{time}}.',
    left_none: 'This is the last stretch.',
    leftAfterDone_one: '{{count}} more stretch to go, {{time}}.',
    leftAfterDone_other: '{{count}} more stretches to go, {{time}}.',
    aboutMinutes_one: 'about {{count}} minute',
    aboutMinutes_other: 'about {{count}} minutes',
    noRoutine: 'We are not in a stretch right now. Say start evening routine, start morning routine, or start workday break.',
    afterAnswer: 'Say next when you are ready.',
  },
  launch: {
    firstTime:
      'Welcome to Hip Coach. I will talk you through gentle hip and lower back stretches, hands free. This is general guidance, not medical advice: stop if anything hurts. The speaker does not listen while I am talking, so to stop me, say: Alexa, this hurts.',
    returning: ['Welcome back to Hip Coach.', 'Hi again, welcome back.', 'Good to hear from you again.'],
    suggest: 'Would you like to start your {{routine}}?',
    options: 'You can say start morning routine, start evening routine, or start workday break.',
    paused: 'Welcome back. After what you told me earlier today, we are leaving the stretching until tomorrow, to be safe.',
    pausedOptions: 'You can ask how am I doing, or say help.',
    resumeOffer: 'You stopped partway through your {{routine}}, at {{name}}. Would you like to pick up where you left off?',
  },
  screen: {
    intro: 'Before your first session, two quick questions, just answer yes or no.',
    q1: 'First: do you have any numbness, tingling or weakness in your legs, or any trouble controlling your bladder or bowels?',
    q2: 'And second: is your back pain severe or getting worse, or did it start after a fall or injury, or come with a fever?',
    clear: 'Thanks. Then let us begin gently.',
    referral:
      'Thank you for telling me. With that, please do not stretch today: see a doctor or physical therapist first, and if you have trouble with your bladder or bowels, numbness between your legs, or sudden leg weakness, call emergency services now. Take care.',
    reprompt: 'Please answer yes or no.',
    beforeWeStart: 'We will start as soon as you have answered, yes or no.',
  },
  safety: {
    painStop: [
      'Stop there and come gently out of the stretch.',
      'Okay, ease out of it now, slowly.',
      'Let go of the stretch now, gently.',
    ],
    painRule: 'A mild pull is fine, but pain is not. We never stretch into pain.',
    painOfferGentler: 'I can switch to {{gentler}} instead, or skip this one. Say easier, or say skip.',
    painOfferSkip: 'Say skip to leave this one out, or stop to end the session.',
    painNoRoutine: 'If something hurts, stop and rest. A mild pull is fine when stretching, pain is not. If the pain is severe, getting worse, or comes with numbness, tingling or weakness, please see a health professional.',
    warning:
      'I am stopping the routine now. {{what}} is something to get checked: please leave the stretching for today and speak to a doctor or physical therapist soon.',
    warningUrgent:
      'I am stopping the routine now. {{what}} can be a sign of pressure on the nerves at the base of the spine, and it needs urgent medical help. Please call emergency services now.',
    warningWhat_numbness: 'Numbness, or a part of you you cannot feel properly,',
    warningWhat_tingling: 'Tingling or pins and needles',
    warningWhat_weakness: 'A leg that is weak, gives way, or a foot you cannot lift properly,',
    warningWhat_bothLegs: 'Weakness or numbness in both legs',
    warningWhat_radiating: 'Pain that spreads down the leg, below the knee or into the foot,',
    warningWhat_bladderBowel: 'A change in bladder or bowel control, or not feeling when you need the toilet,',
    warningWhat_saddle: 'Numbness around the groin, bottom or between the legs',
    warningWhat_severe: 'Severe pain, or pain that keeps getting worse,',
    warningWhat_fall: 'Pain after a fall or an accident',
    warningWhat_fever: 'Back pain with a fever, or feeling generally unwell,',
    warningWhat_night: 'Back pain that wakes you at night, or that does not ease when you lie still,',
    warningWhat_unknown: 'What you describe',
    crampStop: 'That sounds like a cramp. Come gently out of the stretch.',
    crampEase: 'Ease the muscle the other way, rub it, and breathe. A cramp passes on its own in a minute or so, and it is not a sign of harm.',
    crampOnward: 'When it has eased, we can take the next stretch whenever you are ready, or say skip to leave this one out.',
    noResume: 'We will not continue stretching today.',
    keepLevelOffer: 'Since something hurt today, would you like to stay at this level next week instead of moving up?',
    keepLevelYes: 'Okay, we will stay at this level next week.',
    keepLevelNo: 'Okay, we will move up when you are ready.',
    easier_variant: 'Okay, switching to {{name}} for the rest of this session.',
    easier_shorter: 'Okay, shorter holds for the rest of this session: {{hold}} seconds.',
    easier_limit: 'This is already the gentlest version and the shortest hold. If it still does not feel right, say skip.',
    harder: 'Okay, longer holds for the rest of this session: {{hold}} seconds.',
    harder_limit: 'This is already the longest hold I will coach for this stretch. Longer holds do not add much.',
    condition_groinPain: 'Thanks for telling me. With groin pain, we will leave out deep hip folding and rotation stretches today, or use gentler versions.',
    condition_hipInjury: 'Thanks for telling me. With a hip injury, we will keep to gentle versions and short holds today.',
    condition_backInjury: 'Thanks for telling me. With a back injury, we will keep to gentle versions and short holds today.',
    condition_kneeProblem: 'Thanks for telling me. To spare your knees, we will swap kneeling stretches for easier ones today.',
    condition_unknown: 'Thanks for telling me. We will keep everything gentle today, with short holds.',
    conditionNote: 'I will not remember this after today.',
    helpSafety:
      'Hip Coach gives general stretching guidance, not medical advice. Stretch only to a mild pull and never into pain; no bouncing or forcing. If something hurts, say: Alexa, this hurts, and I will stop; while I am talking, start with Alexa so the speaker hears you. If you notice numbness, tingling, leg weakness, or changes in bladder or bowel control, stop and see a health professional.',
  },
  progress: {
    none: 'You have not finished a routine yet. Start one and I will keep track of your weeks.',
    sessions_one: 'You have done {{count}} session in total',
    sessions_other: 'You have done {{count}} sessions in total',
    minutes_one: ', {{count}} minute of stretching.',
    minutes_other: ', {{count}} minutes of stretching.',
    week: 'You are in week {{week}} of your program, with {{done}} of {{planned}} sessions done this week.',
    streak_one: 'You have stretched {{count}} day in a row.',
    streak_other: 'You have stretched {{count}} days in a row.',
    hold: 'Your holds in the evening routine are now {{hold}} seconds.',
    next_up: 'Keep up {{planned}} sessions this week and next week your holds grow a little longer.',
    next_reps: 'Keep up {{planned}} sessions this week and next week you add a round to some stretches.',
    next_top: 'You have reached the full program. Keep stretching to hold on to it.',
    next_keep: 'You asked to stay at this level, so next week stays the same.',
    greeting: 'You are in week {{week}}, with {{done}} of {{planned}} sessions this week.',
  },
  help: {
    outside:
      'Hip Coach walks you through hip and lower back stretches by voice. Say start morning routine for five to ten minutes, start evening routine for fifteen to twenty, or start workday break for two to three minutes. You can also ask, how am I doing.',
    inside:
      'You are in {{name}}. Say next to move on, skip to leave it out, repeat to do it again, or go back. Mid stretch you can ask how long do I hold this, which side am I on, or how many are left. Say make it easier, or this hurts, any time.',
    reprompt: 'What would you like to do?',
  },
  stop: {
    goodbye: ['Goodbye for now.', 'Take care, see you next time.', 'Bye for now.'],
    partial: 'You got through {{done}} of {{count}} stretches. I have saved your place.',
    partialNone: 'I have saved your place, so you can start from there next time.',
  },
  fallback: {
    outside:
      'Sorry, I did not catch that. What would you like to do? You can say start morning routine, start evening routine, start workday break, or ask how am I doing.',
    notCaught: 'Sorry, I did not catch that.',
    resumeAgain: 'Would you like to pick up where you left off? Yes or no.',
  },
  checkIn: {
    easeOut: [
      'Sorry, I did not catch that, so let us pause. Come gently out of the stretch and take a slow breath.',
      'I did not catch that. Ease out of the stretch for a moment, and breathe.',
    ],
    ask: 'Shall we pick up where you were? Say yes, or stop to finish. And if something hurts, tell me.',
    resuming: 'Okay, picking up where you were.',
  },
  routineUnknown:
    'I do not know a {{value}} routine. I have three: morning, about five to ten minutes; evening, fifteen to twenty; and a two to three minute workday break. Which would you like?',
  routineAsk: 'Which routine: morning, evening, or workday break?',
  deleteData: {
    confirm: 'This deletes your progress and preferences from Hip Coach for good. Are you sure?',
    done: 'Done. I have deleted everything Hip Coach kept about you.',
    kept: 'Okay, I have kept your progress.',
  },
  resume: {
    declined: 'Okay, a fresh start then.',
  },
  error: {
    generic: 'Sorry, something went wrong on my side. Your progress is safe. Say next to carry on, or start evening routine.',
    reprompt: 'Say next to carry on, or stop to finish.',
    sayAgain: 'Sorry, I could not save that just now. Please say that again.',
    sayAgainReprompt: 'Please say that again, or say stop to finish.',
  },
  progressRepaired: 'I could not read part of your saved progress, so I have reset that part.',
  yesNo: {
    nothingPending: 'Say start evening routine, start morning routine, or start workday break.',
  },
  feeling: {
    fine: 'Good, a gentle pull is just right. If it ever turns to pain, tell me.',
  },
  kit: {
    before: 'Before we start, have these ready: {{items}}.',
    mat: 'a mat or rug',
    cushion: 'a cushion',
    towel: 'a small rolled towel',
    chair: 'a sturdy chair',
    wall: 'a wall to lean on',
  },
  adapt: {
    swapped: 'In place of {{from}}: {{to}}.',
    removed: 'Left out today: {{names}}.',
    backTwist: 'With your back, turn only a little, well inside comfort.',
  },
  tally: {
    andHalf: '{{count}} and a half',
    done_one: 'That is your {{routine}} done: {{count}} minute of stretching. Well done.',
    done_other: 'That is your {{routine}} done: {{count}} minutes of stretching. Well done.',
    uncounted_one:
      'That is the end of your {{routine}}, with {{count}} minute of stretching. Most of the holds were skipped, so it does not count toward this week\'s sessions.',
    uncounted_other:
      'That is the end of your {{routine}}, with {{count}} minutes of stretching. Most of the holds were skipped, so it does not count toward this week\'s sessions.',
  },
} as const;

export type Resources = typeof en;
