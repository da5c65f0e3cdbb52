/**
 * Understanding corpus, French (fr-FR, fr-CA), FRESH set: written by a helper engineer on 2026-12-02, blind to the model, its samples, the classifier's word lists and the other halves; covers every warning-sign category, pain, cramp and the everyday navigation, questions and starts; colloquial spoken French from France and Québec (fesses, pipi, chu, pantoute, toé, ouin, correct), fillers and a few recogniser losses.
 * Urgency: bladderBowel, saddle and bothLegs are emergencies; the other signs are referrals.
 *
 * The lead then dropped, mechanically and without reading them, the 12 texts that equal a held-out
 * text, so tuning against this set never tunes against the held-out half. Before any tuning against
 * it (main at d0d3ed6, 2026-12-02 20:15 UTC, `npm run understanding -- --locale fr-FR --half dev`
 * with only this set as the dev half), the exact resolver read 44 % of its 39 everyday phrasings right (44 % by ear), read 94 % of its 63 warning signs (86 % with the right urgency) and stopped 90 % of its 20 pain phrasings by ear; none was told to go on.
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
  hold('j\'ai le pied tout engourdi', referral('numbness')),
  hold('je sens plus mes orteils', referral('numbness')),
  hold('ma jambe est endormie', referral('numbness')),
  hold('j\'ai la cuisse qui est comme morte', referral('numbness')),
  hold('je sens pu rien dans mon mollet', referral('numbness')),
  hold('mon pied s\'est endormi pis ça passe pas', referral('numbness')),
  // tingling
  hold('ça picote dans ma jambe', referral('tingling')),
  hold('j\'ai des fourmis dans le pied', referral('tingling')),
  hold('j\'ai des fourmillements dans les orteils', referral('tingling')),
  hold('ça fait comme des décharges électriques dans la cuisse', referral('tingling')),
  hold('des petites aiguilles dans le mollet', referral('tingling')),
  hold('ça me chatouille bizarre dans le pied', referral('tingling')),
  // weakness
  hold('j\'arrive plus à lever le pied', referral('weakness')),
  hold('ma jambe droite me lâche', referral('weakness')),
  hold('j\'ai plus de force dans la jambe gauche', referral('weakness')),
  hold('mon pied traîne par terre', referral('weakness')),
  hold('ma jambe veut pu me porter', referral('weakness')),
  // bothLegs
  hold('d\'un coup j\'ai plus de force dans les deux jambes', emergency('bothLegs')),
  hold('j\'arrive plus à bouger mes deux jambes', emergency('bothLegs')),
  hold('mes jambes me portent plus du tout', emergency('bothLegs')),
  hold('les deux jambes sont devenues toutes molles', emergency('bothLegs')),
  hold('chu pu capable de me tenir debout mes deux jambes lâchent', emergency('bothLegs')),
  hold('mes deux jambes sont paralysées', emergency('bothLegs')),
  // bladderBowel
  hold('j\'ai fait pipi sans m\'en rendre compte', emergency('bladderBowel')),
  hold('j\'arrive plus à retenir mon urine', emergency('bladderBowel')),
  hold('je sens plus quand j\'ai envie de faire pipi', emergency('bladderBowel')),
  hold('j\'arrive pas à uriner depuis ce matin', emergency('bladderBowel')),
  hold('je contrôle plus mes selles', emergency('bladderBowel')),
  hold('j\'ai eu une fuite sans le vouloir', emergency('bladderBowel')),
  hold('j\'ai envie de pisser mais rien sort', emergency('bladderBowel')),
  // saddle
  hold('j\'ai les fesses engourdies', emergency('saddle')),
  hold('c\'est tout engourdi entre les jambes', emergency('saddle')),
  hold('sur la toilette je sens rien en bas', emergency('saddle')),
  hold('l\'aine et les parties intimes sont insensibles', emergency('saddle')),
  hold('quand je m\'essuie je sens plus rien', emergency('saddle')),
  hold('mon derrière est comme endormi', emergency('saddle')),
  // radiating
  hold('la douleur descend jusque dans le pied', referral('radiating')),
  hold('ça irradie dans tout l\'arrière de la jambe', referral('radiating')),
  hold('ça tire de la fesse jusqu\'au mollet', referral('radiating')),
  hold('c\'est mon sciatique ça descend jusqu\'aux orteils', referral('radiating')),
  hold('ça me lance dans la jambe jusque sous le genou', referral('radiating')),
  hold('ça part du bas du dos et ça va jusqu\'à la cheville', referral('radiating')),
  // severe
  hold('c\'est la pire douleur de ma vie', referral('severe')),
  hold('ça empire de jour en jour', referral('severe')),
  hold('j\'ai trop mal je supporte plus', referral('severe')),
  hold('une douleur insupportable dans le dos', referral('severe')),
  hold('j\'ai mal à en pleurer', referral('severe')),
  // fall
  hold('je suis tombé dans l\'escalier hier', referral('fall')),
  outside('j\'ai glissé sur la glace et je suis tombée sur le dos', referral('fall')),
  hold('j\'ai eu un accident de voiture la semaine passée', referral('fall')),
  hold('je me suis cassé la gueule en vélo', referral('fall')),
  hold('je viens de tomber', referral('fall')),
  hold('j\'ai pris une débarque en ski', referral('fall')),
  // fever
  hold('j\'ai de la fièvre et mal au dos', referral('fever')),
  hold('j\'ai des frissons et je suis brûlant', referral('fever')),
  outside('je fais de la température avec mon mal de dos', referral('fever')),
  hold('je me sens vraiment pas bien j\'ai de la fièvre', referral('fever')),
  hold('je suis fiévreux depuis hier', referral('fever')),
  // night
  hold('la douleur me réveille la nuit', referral('night')),
  hold('j\'arrive pas à dormir tellement j\'ai mal', referral('night')),
  hold('couché la nuit c\'est encore pire', referral('night')),
  outside('je me réveille à trois heures du matin à cause du dos', referral('night')),
  hold('c\'est surtout la nuit que ça fait mal', referral('night')),
  // pain
  hold('ouille', pain),
  hold('ouch', pain),
  hold('aïe aïe aïe', pain),
  hold('c\'est trop', pain),
  hold('ça pince', pain),
  hold('ça pique', pain),
  hold('j\'ai entendu un crac', pain),
  hold('quelque chose a claqué', pain),
  hold('je crois que je me suis fait un claquage', pain),
  hold('ça brûle dans l\'aine', pain),
  hold('ça fait mal en titi', pain),
  hold('j\'ai mal', pain),
  hold('je me suis fait mal', pain),
  hold('c\'est pas agréable du tout', pain),
  hold('mon dos aime pas ça', pain),
  hold('ça tire trop fort', pain),
  hold('une douleur vive dans la hanche', pain),
  hold('putain ça fait mal', pain),
  hold('ayoye', pain),
  between('le dernier étirement m\'a fait mal', pain),
  // cramp
  hold('j\'ai une crampe au mollet', cramp),
  hold('crampe', cramp),
  hold('j\'ai le pied qui crampe', cramp),
  hold('une crampe dans la cuisse', cramp),
  hold('mes orteils se crispent j\'ai une crampe', cramp),
  hold('je pogne une crampe', cramp),
  // everyday
  between('on passe à la suite', intent('AMAZON.NextIntent')),
  between('c\'est bon on continue', intent('AMAZON.NextIntent')),
  between('vas-y', intent('AMAZON.NextIntent')),
  between('reviens au précédent', intent('AMAZON.PreviousIntent')),
  between('celui d\'avant', intent('AMAZON.PreviousIntent')),
  hold('pardon', intent('AMAZON.RepeatIntent')),
  hold('tu peux répéter', intent('AMAZON.RepeatIntent')),
  hold('redis-moi ça j\'ai pas compris', intent('AMAZON.RepeatIntent')),
  hold('attends deux secondes', intent('AMAZON.PauseIntent')),
  hold('mets sur pause', intent('AMAZON.PauseIntent')),
  hold('une minute on sonne', intent('AMAZON.PauseIntent')),
  paused('allez on reprend', intent('AMAZON.ResumeIntent')),
  hold('j\'arrête pour aujourd\'hui', intent('AMAZON.StopIntent')),
  between('c\'est fini', intent('AMAZON.StopIntent')),
  between('qu\'est-ce que je peux dire', intent('AMAZON.HelpIntent')),
  outside('comment ça marche', intent('AMAZON.HelpIntent')),
  hold('saute celui-là', intent('SkipIntent')),
  hold('je passe celui-ci', intent('SkipIntent')),
  between('pas celui-là le prochain', intent('SkipIntent')),
  hold('je tiens combien de temps', intent('HoldDurationIntent')),
  hold('il reste combien de secondes', intent('HoldDurationIntent')),
  hold('je suis de quel côté', intent('WhichSideIntent')),
  hold('gauche ou droite', intent('WhichSideIntent')),
  hold('ça sert à quoi cet étirement', intent('WhatDoesThisStretchIntent')),
  hold('qu\'est-ce que ça étire', intent('WhatDoesThisStretchIntent')),
  between('il en reste combien', intent('HowManyLeftIntent')),
  between('c\'est encore long', intent('HowManyLeftIntent')),
  outside('où j\'en suis', intent('ProgressIntent')),
  outside('combien de séances j\'ai faites cette semaine', intent('ProgressIntent')),
  outside('mes étirements matinaux', intent('StartRoutineIntent', 'morning')),
  outside('une petite pause au bureau', intent('StartRoutineIntent', 'workday')),
  outside('les étirements pour la job', intent('StartRoutineIntent', 'workday')),
  outside('la séance du soir', intent('StartRoutineIntent', 'evening')),
  outside('quelque chose avant de me coucher', intent('StartRoutineIntent', 'evening')),
  hold('il y a plus doux', intent('EasierIntent')),
  hold('c\'est trop dur pour moi plus facile', intent('EasierIntent')),
  question('oui vas-y', intent('AMAZON.YesIntent')),
  question('ouin correct', intent('AMAZON.YesIntent')),
  question('non merci', intent('AMAZON.NoIntent')),
];
