/**
 * Judges an answer by ear: from the words the user hears (and whether the session stays open),
 * did the skill do what the phrasing asked, and for safety phrasings, with the right urgency?
 * Deliberately about meaning, not exact copy, so rewording a line does not break the measure.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { en } from '../../lambda/src/speech/resources/en';
import { firstStretchNamed } from '../../lambda/test/support/routine-run';
import { ssmlOf, words } from '../../lambda/test/support/conversation';
import type { Expectation } from '../../lambda/test/understanding/corpus/phrasing';
import { heardTemplate, judgeByWords } from './judge-words';
import { STEP, type Situation } from './situations';

export interface Answer {
  /** Every response the phrasing produced, in order (a first-time start adds the screen's answers). */
  readonly responses: readonly ResponseEnvelope[];
  /** The phrasing was heard as "exit": Alexa closed the session, the skill said nothing. */
  readonly exited: boolean;
}

export interface Verdict {
  readonly pass: boolean;
  /** The user was invited to carry on, or the hold simply went on. */
  readonly toldToGoOn: boolean;
  /** A referral-level sign answered with emergency advice (safe, but louder than needed). */
  readonly overTriaged: boolean;
  /** What was heard, shortened, for failure lines. */
  readonly heard: string;
}

const emergency = /emergency services|urgent medical help|call (999|911|000|112|nine nine nine|nine one one|triple zero|one one two)|ambulance/i;
const professional = /doctor|health professional|physical therapist|physiotherapist|\bGP\b|medical (help|advice)/i;
const notUnderstood = /did not catch|didn'?t catch|did not understand|didn'?t understand|not sure what you/i;
const goOnWords = /\bsay next\b|\bto go on\b|\bcarry on\b|\bkeep going\b|\bback into it\b|\bsettle back in\b/i;
const holdCue = /\bAnd hold\b|\bHold it there\b|\bNow hold\b|\bCarry on holding\b/;

function longestBreakMs(ssml: string): number {
  return Math.max(0, ...[...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1])));
}

/** Did the answer say, in any of the coach's phrasings, that it skipped `id`? */
function saysSkipped(id: Situation['stretches'][number] | undefined, text: string): boolean {
  if (!id) return false;
  return en.routineFlow.skipped.some((line) => text.includes(line.replace('{{name}}', en.stretch[id].name)));
}

const firstSentence = (text: string): string => /^[^.?!]*[.?!]?/.exec(text)?.[0] ?? text;
const nameOf = (id: Situation['stretches'][number]): string => en.stretch[id].name;

export function judge(expect: Expectation, situation: Situation, answer: Answer, locale = 'en-US'): Verdict {
  // English is judged by its patterns below; every other language by its own words (judge-words.ts).
  if (!locale.startsWith('en')) return judgeByWords(expect, situation, answer, locale);
  const ssml = answer.responses.map(ssmlOf).join(' ');
  const text = words(ssml);
  const last = answer.responses[answer.responses.length - 1];
  const ended = answer.exited || last?.response.shouldEndSession !== false;
  const holdGoesOn = holdCue.test(text) || longestBreakMs(ssml) >= 2000;
  const toldToGoOn = holdGoesOn || goOnWords.test(text);
  const referred = professional.test(text) || emergency.test(text);
  const stopped = !holdGoesOn && !answer.exited;
  const [before, current, after] = [situation.stretches[STEP - 1], situation.stretches[STEP], situation.stretches[STEP + 1]];
  // The stretch the answer is about, by the catalogue name heard first.
  const heardFirst = firstStretchNamed(ssml);
  const first = situation.stretches.find((id) => nameOf(id) === heardFirst);
  const named = (id: typeof current) => (id ? text.includes(nameOf(id)) : false);
  const verdict = (pass: boolean, overTriaged = false): Verdict => ({ pass, toldToGoOn, overTriaged, heard: answer.exited ? '(exit: session closed)' : text.slice(0, 220) });

  // An answer that says it did not understand is never the right answer to a phrasing that has a meaning.
  const heardOk = !notUnderstood.test(text);
  if ('sign' in expect) {
    if (expect.urgency === 'emergency') return verdict(heardOk && stopped && emergency.test(text) && !goOnWords.test(text));
    return verdict(heardOk && stopped && referred && !goOnWords.test(text), emergency.test(text));
  }
  if ('feeling' in expect) {
    if (expect.feeling === 'pain') {
      // The stretch stops: no hold goes on, no invitation to carry on, words that say stop or ease out.
      return verdict(heardOk && stopped && !goOnWords.test(text) && /\bstop|ease out|come (gently )?out|let go|rest\b/i.test(text));
    }
    // A cramp: ease out, it passes; not a referral, not the end of the routine, not "go on".
    return verdict(heardOk && stopped && !toldToGoOn && !referred && !ended && /cramp|ease out|come (gently )?out|let go/i.test(text));
  }
  switch (expect.intent) {
    case 'AMAZON.NextIntent':
      return verdict(first === after || (situation.context === 'paused' && first === current));
    case 'AMAZON.ResumeIntent':
      return verdict(first === current || (situation.context !== 'paused' && first === after));
    case 'AMAZON.PreviousIntent':
      return verdict(first === before);
    case 'SkipIntent':
      // Every way the coach says it skipped (one is picked at random), or a line that leads with the next stretch.
      return verdict(named(after) && (first === after || saysSkipped(current, text) || /skipp|leaving out|\bno\b.*\btoday\b/i.test(text)));
    case 'AMAZON.RepeatIntent':
      return verdict(first === current);
    case 'AMAZON.StartOverIntent':
      return verdict(first === situation.stretches[0] || /from the top|from the beginning/i.test(text));
    case 'AMAZON.PauseIntent':
      return verdict(heardOk && /paus/i.test(text));
    case 'AMAZON.StopIntent':
    case 'AMAZON.CancelIntent':
      return verdict(ended && !referred);
    case 'AMAZON.HelpIntent':
      return verdict(heardOk && /you can (say|ask)|walks you through|you are in|say next to move on/i.test(text));
    case 'AMAZON.YesIntent':
      return verdict(first === current);
    case 'AMAZON.NoIntent':
      return verdict(heardOk && first !== current && !ended);
    case 'HoldDurationIntent':
      return verdict(heardOk && /\b\d+ seconds?\b|count has not started|hold is finished/i.test(firstSentence(text) + text.slice(0, 200)));
    case 'WhichSideIntent':
      return verdict(heardOk && /\b(left|right)\b|both sides/i.test(firstSentence(text)));
    case 'WhatDoesThisStretchIntent':
      return verdict(current !== undefined && heardTemplate(text, en.stretch[current].purpose));
    case 'TellMeMoreIntent':
      return verdict(current !== undefined && heardTemplate(text, en.stretch[current].setup[0]));
    case 'HowManyLeftIntent':
      return verdict(heardOk && /\b\d+ more stretch|last stretch|more stretches? to go|minutes? (left|to go)/i.test(text));
    case 'EasierIntent':
      return verdict(heardOk && /switching to|shorter holds|gentlest|gentler|easier/i.test(text));
    case 'HarderIntent':
      return verdict(heardOk && /longer holds?|longest hold|harder/i.test(text));
    case 'ProgressIntent':
      return verdict(heardOk && /not finished a routine|sessions? in total|week \d+|sessions? this week/i.test(text));
    case 'DeleteDataIntent':
      return verdict(heardOk && /delet/i.test(text));
    case 'StartRoutineIntent': {
      const started = /Here is your|Starting your|Let'?s do your|Stretch 1 of/i.test(text);
      if (expect.routine) return verdict(started && text.includes(en.routine[expect.routine]));
      return verdict(heardOk && (started || /which routine|morning.*evening/i.test(text)));
    }
    case 'ConditionIntent':
      return verdict(heardOk && !ended && /thanks for telling me|gentle|short holds/i.test(text));
    case 'DescribeFeelingIntent':
      // Feeling fine, said mid-hold: understood, not a referral, not the end of the routine.
      return verdict(heardOk && !referred && !ended);
    case 'CustomRoutineIntent':
      // A routine fitted to what was asked, or the one question that fits it (how long, which part).
      return verdict(heardOk && /Here is your \d+ minute routine|How many minutes|shortest routine I can make|only have about \d+ minutes|I can fit a routine/i.test(text));
    case 'ShorterIntent':
      // A shorter routine, or (said of the hold) shorter holds.
      return verdict(heardOk && /Here is your \d+ minute routine|shorter|shortest|How many minutes|gentlest|gentler/i.test(text));
    case 'LongerIntent':
      return verdict(heardOk && /Here is your \d+ minute routine|longer holds?|longest|How many minutes/i.test(text));
    case 'SetReminderIntent':
      return verdict(heardOk && /I can remind you|Shall I set|I will remind you|permission|reminders service/i.test(text));
    case 'ListRemindersIntent':
      return verdict(heardOk && /You have (one|no|\d+) (Hip Coach )?reminders?/i.test(text));
    case 'MoveReminderIntent':
      return verdict(heardOk && /reminder is now at|Which reminder shall I move|To what time|no Hip Coach reminders|no reminder for/i.test(text));
    case 'CancelReminderIntent':
      return verdict(heardOk && /cancelled your|no Hip Coach reminders|no reminder for/i.test(text));
    case 'AMAZON.NavigateHomeIntent':
      return verdict(ended && !referred);
    case 'AMAZON.FallbackIntent':
      // Unplaceable words mid-routine: a gentle check-in (out of the stretch, a question), never "go on".
      return verdict(stopped && !toldToGoOn && !ended && text.includes('?'));
    default:
      return verdict(false);
  }
}
