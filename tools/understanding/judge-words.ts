/**
 * The by-ear judge for any language: the same questions as judge.ts (did the skill do what the
 * phrasing asked, with the right urgency?), answered from the locale's own words rather than
 * English patterns: "the emergency line was said" is "a phrasing of safety.warningUrgent was heard".
 * So German, Spanish and French answers are judged by what a German, Spanish or French user hears.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { StretchId } from '../../lambda/src/scripts/stretches';
import { languageOf, isLocale } from '../../lambda/src/speech/locales';
import { languageWords, localeWords } from '../../lambda/src/speech/resources';
import { ssmlOf, words } from '../../lambda/test/support/conversation';
import type { Expectation } from '../../lambda/test/understanding/corpus/phrasing';
import type { Answer, Verdict } from './judge';
import { STEP, type Situation } from './situations';

type Tree = Record<string, unknown>;

/** Every text under a key prefix of the locale's words (its own overrides first): lists and plural forms included. */
function textsOf(trees: readonly Tree[], prefix: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (path.startsWith(prefix)) out.push(node);
    } else if (Array.isArray(node)) {
      if (path.startsWith(prefix)) out.push(...(node as string[]));
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Tree)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  for (const tree of trees) walk(tree, '');
  return out;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A template as a pattern: each {{parameter}} stands for some words. */
const pattern = (template: string): RegExp => new RegExp(template.split(/\{\{\s*\w+\s*\}\}/).map(escape).join('.+?'), 'i');
/**
 * Was a line of the stretch's own text heard? Its parameters ({{side}}, {{other}}) are spoken as
 * words, so the template is matched as a pattern, never as its raw text.
 */
export const heardTemplate = (text: string, template: string): boolean => template.trim() !== '' && pattern(template).test(text);

export interface LocaleEar {
  /** Whether any phrasing of any key under `prefix` (e.g. 'questions.hold_') was heard in `text`. */
  heard(text: string, prefix: string): boolean;
  stretchName(id: StretchId): string;
  stretchText(id: StretchId, part: 'purpose' | 'setup'): string;
}

export function earFor(locale: string): LocaleEar {
  const trees = [...(isLocale(locale) ? [localeWords[locale]() as Tree] : []), languageWords[languageOf(locale)]() as Tree];
  const cache = new Map<string, RegExp[]>();
  const patterns = (prefix: string): RegExp[] => {
    let found = cache.get(prefix);
    if (!found) {
      // Long fixed pieces only: a template that is all parameter ("{{name}}. {{purpose}}") proves nothing.
      found = textsOf(trees, prefix).filter((t) => t.replace(/\{\{\s*\w+\s*\}\}/g, '').trim().length >= 6).map(pattern);
      cache.set(prefix, found);
    }
    return found;
  };
  const stretch = (id: StretchId) => (trees[trees.length - 1] as { stretch: Record<string, { name: string; purpose: string; setup: readonly string[] }> }).stretch[id];
  return {
    heard: (text, prefix) => patterns(prefix).some((p) => p.test(text)),
    stretchName: (id) => stretch(id)?.name ?? id,
    stretchText: (id, part) => {
      const s = stretch(id);
      return part === 'purpose' ? (s?.purpose ?? '') : (s?.setup[0] ?? '');
    },
  };
}

function longestBreakMs(ssml: string): number {
  return Math.max(0, ...[...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1])));
}

export function judgeByWords(expect: Expectation, situation: Situation, answer: Answer, locale: string): Verdict {
  const ear = earFor(locale);
  const ssml = answer.responses.map((r: ResponseEnvelope) => ssmlOf(r)).join(' ');
  const text = words(ssml);
  const said = (prefix: string) => ear.heard(text, prefix);
  const last = answer.responses[answer.responses.length - 1];
  const ended = answer.exited || last?.response.shouldEndSession !== false;
  const holdGoesOn = said('cue.hold') || said('cue.carryOn') || longestBreakMs(ssml) >= 2000;
  const goOnWords = said('cue.sayNext') || said('questions.afterAnswer') || said('checkIn.resuming') || said('cue.carryOn');
  const toldToGoOn = holdGoesOn || goOnWords;
  const emergency = said('safety.warningUrgent');
  const referred = emergency || said('safety.warning') || said('safety.painNoRoutine') || said('screen.referral');
  const stopped = !holdGoesOn && !answer.exited;
  const heardOk = !said('fallback.notCaught') && !said('fallback.outside');
  const [before, current, after] = [situation.stretches[STEP - 1], situation.stretches[STEP], situation.stretches[STEP + 1]];
  let first: StretchId | undefined;
  let at = Infinity;
  for (const id of situation.stretches) {
    const i = text.indexOf(ear.stretchName(id));
    if (i >= 0 && (i < at || (i === at && first && ear.stretchName(id).length > ear.stretchName(first).length))) [first, at] = [id, i];
  }
  const named = (id: StretchId | undefined) => (id ? text.includes(ear.stretchName(id)) : false);
  const verdict = (pass: boolean, overTriaged = false): Verdict => ({ pass, toldToGoOn, overTriaged, heard: answer.exited ? '(exit: session closed)' : text.slice(0, 220) });

  if ('sign' in expect) {
    if (expect.urgency === 'emergency') return verdict(heardOk && stopped && emergency && !goOnWords);
    return verdict(heardOk && stopped && referred && !goOnWords, emergency);
  }
  if ('feeling' in expect) {
    if (expect.feeling === 'pain') return verdict(heardOk && stopped && !goOnWords && (said('safety.painStop') || said('safety.painNoRoutine')));
    return verdict(heardOk && stopped && !toldToGoOn && !referred && !ended && said('safety.crampStop'));
  }
  switch (expect.intent) {
    case 'AMAZON.NextIntent':
      return verdict(first === after || (situation.context === 'paused' && first === current));
    case 'AMAZON.ResumeIntent':
      return verdict(first === current || (situation.context !== 'paused' && first === after));
    case 'AMAZON.PreviousIntent':
      return verdict(first === before);
    case 'SkipIntent':
      return verdict(named(after) && (first === after || said('routineFlow.skipped')));
    case 'AMAZON.RepeatIntent':
    case 'AMAZON.YesIntent':
      return verdict(first === current);
    case 'AMAZON.StartOverIntent':
      return verdict(first === situation.stretches[0] || said('routineFlow.startOver'));
    case 'AMAZON.PauseIntent':
      return verdict(heardOk && said('routineFlow.paused'));
    case 'AMAZON.StopIntent':
    case 'AMAZON.CancelIntent':
      return verdict(ended && !referred);
    case 'AMAZON.HelpIntent':
      return verdict(heardOk && (said('help.') || said('safety.helpSafety')));
    case 'AMAZON.NoIntent':
      return verdict(heardOk && first !== current && !ended);
    case 'HoldDurationIntent':
      return verdict(heardOk && (said('questions.hold_') || said('questions.remaining_') || said('questions.gettingReady') || said('questions.holdDone')));
    case 'WhichSideIntent':
      return verdict(heardOk && (said('questions.side') || said('questions.notSided')));
    case 'WhatDoesThisStretchIntent':
      return verdict(current !== undefined && heardTemplate(text, ear.stretchText(current, 'purpose')));
    case 'TellMeMoreIntent':
      return verdict(current !== undefined && heardTemplate(text, ear.stretchText(current, 'setup')));
    case 'HowManyLeftIntent':
      return verdict(heardOk && (said('questions.left_') || said('questions.leftAfterDone_')));
    case 'EasierIntent':
      return verdict(heardOk && said('safety.easier_'));
    case 'HarderIntent':
      return verdict(heardOk && said('safety.harder'));
    case 'ProgressIntent':
      return verdict(heardOk && (said('progress.none') || said('progress.sessions_') || said('progress.week') || said('progress.greeting')));
    case 'DeleteDataIntent':
      return verdict(heardOk && said('deleteData.confirm'));
    case 'StartRoutineIntent': {
      const started = said('routineFlow.start') || said('cue.intro');
      if (expect.routine) return verdict(started && text.toLowerCase().includes(textRoutine(locale, expect.routine)));
      return verdict(heardOk && (started || said('routineAsk') || said('launch.options')));
    }
    case 'ConditionIntent':
      return verdict(heardOk && !ended && said('safety.condition_'));
    case 'DescribeFeelingIntent':
      return verdict(heardOk && !referred && !ended);
    case 'CustomRoutineIntent':
      // A routine fitted to what was asked, or the one question that fits it (how long, which part).
      return verdict(
        heardOk &&
          (said('custom.start_') || said('custom.ask') || said('custom.shortest') || said('custom.longest') || said('custom.outOfRange') || said('custom.unknownFocus')),
      );
    case 'ShorterIntent':
      // A shorter routine (or the shortest there is, or "shorter than what?"), or, said of the hold, shorter holds.
      return verdict(
        heardOk &&
          (said('custom.start_') || said('custom.atShortest') || said('custom.shortest') || said('custom.nothingToCompare') || said('safety.easier_')),
      );
    case 'LongerIntent':
      return verdict(heardOk && (said('custom.start_') || said('custom.atLongest') || said('custom.longest') || said('custom.nothingToCompare') || said('safety.harder')));
    case 'SetReminderIntent':
      return verdict(
        heardOk &&
          (said('reminder.propose') || said('reminder.offer') || said('reminder.set') || said('reminder.consentCard') || said('reminder.noPermission') || said('reminder.unavailable')),
      );
    case 'ListRemindersIntent':
      return verdict(heardOk && (said('reminder.list_') || said('reminder.none')));
    case 'MoveReminderIntent':
      return verdict(heardOk && (said('reminder.moved') || said('reminder.whichToMove') || said('reminder.needTime') || said('reminder.none')));
    case 'CancelReminderIntent':
      // reminder.none covers noneFor too ("no reminder for your evening routine").
      return verdict(heardOk && (said('reminder.cancelled') || said('reminder.none')));
    case 'AMAZON.NavigateHomeIntent':
      return verdict(ended && !referred);
    case 'AMAZON.FallbackIntent':
      return verdict(stopped && !toldToGoOn && !ended && text.includes('?'));
    default:
      return verdict(false);
  }
}

function textRoutine(locale: string, routine: string): string {
  const tree = languageWords[languageOf(locale)]() as unknown as { routine: Record<string, string> };
  return (tree.routine[routine] ?? routine).toLowerCase();
}
