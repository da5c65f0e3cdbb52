import type { Condition } from '../scripts/stretches';
import { withCondition } from './adjust';
import type { TurnContext } from './context';
import type { SlotValue } from './dialogue-state';
import { classifyFeeling, warningFromSlots } from './feeling';
import { checkIn, feelsFine } from './check-in';
import { addDays } from './record/calendar';
import type { Effect, Reply } from './reply';
import { screenQuestion, spokenLines } from './replies';
import { pinPlace } from './routine-turns';
import { classifyWarning, crampReply, painReply, reportOf, warningReply, type WarningSign } from './safety';

/** "This hurts": stop the hold at once, offer a gentler variant or a skip. Nothing about the pain is stored. */
export function stopForPain(ctx: TurnContext): Reply {
  // Pinned to the side being played, so a timeout or a stop after this resumes exactly there.
  const pinned = ctx.routine ? pinPlace(ctx, ctx.routine) : undefined;
  const reply = painReply(pinned?.routine, ctx.voice);
  if (!pinned) return { ...reply, pending: null };
  return { ...reply, effects: [...reply.effects, ...pinned.effects], pending: null, stopsPlayback: true };
}

/** A cramp: ease out, it passes; the routine waits at this stretch. Not a warning sign. */
export function easeCramp(ctx: TurnContext): Reply {
  return { ...crampReply(ctx.routine?.state, ctx.voice), pending: null };
}

/**
 * A warning sign: the routine ends, no more stretching today, and the saved place is cleared
 * however the sign arrived (a one-shot launch, mid-screen, mid-hold, paused). The record keeps
 * only the date stretching may start again, never what was said.
 */
export function warn(ctx: TurnContext, sign: WarningSign | undefined): Reply {
  const reply = warningReply(sign, ctx.voice);
  return { ...reply, effects: [...reply.effects, ...pauseForToday(ctx)], halt: true, pending: null };
}

/** The effects of a referral on the record: the saved place cleared, stretching paused until tomorrow. */
export function pauseForToday(ctx: TurnContext): Effect[] {
  return [{ kind: 'clearPosition' }, { kind: 'pauseUntil', date: addDays(ctx.today, 1) }];
}

/** Numbness, tingling, weakness, bladder or bowel changes…, from the symptom and body part heard. */
export function warningSign(ctx: TurnContext, symptom: SlotValue, bodyPart: SlotValue): Reply {
  const report = reportOf(symptom.id, symptom.spoken ? warningFromWords(symptom.spoken, ctx.voice.locale) : undefined);
  if (report.kind === 'cramp') return easeCramp(ctx);
  const heard = [symptom.spoken, bodyPart.spoken].filter((w) => w !== undefined).join(' ');
  return warn(ctx, warningFromSlots(classifyWarning(report.sign, bodyPart.id), heard, ctx.voice.locale));
}

/** The safety catch-all ("I feel …", "my …"): its words decide between a warning sign, pain, or not caught. */
export function describeFeeling(ctx: TurnContext, words: string): Reply {
  const feeling = classifyFeeling(words, ctx.voice.locale);
  if (feeling.kind === 'warning') return warn(ctx, feeling.sign);
  if (feeling.kind === 'pain') return stopForPain(ctx);
  if (feeling.kind === 'cramp') return easeCramp(ctx);
  if (feeling.kind === 'fine') return feelsFine(ctx);
  return checkIn(ctx);
}

/**
 * A cry with words after it ("ow, right at the front", "ouch I can't feel my foot"): pain, unless
 * the words name a warning sign or a cramp, which are answered as such.
 */
export function painWithWords(ctx: TurnContext, words: string | undefined): Reply {
  const feeling = words ? classifyFeeling(words, ctx.voice.locale) : undefined;
  if (feeling?.kind === 'warning') return warn(ctx, feeling.sign);
  if (feeling?.kind === 'cramp') return easeCramp(ctx);
  return stopForPain(ctx);
}

/** A symptom slot Alexa could not resolve still carries words worth reading. */
function warningFromWords(words: string, locale: string): WarningSign | undefined {
  const feeling = classifyFeeling(words, locale);
  return feeling.kind === 'warning' ? feeling.sign : undefined;
}

/** Each condition's spoken acknowledgement; `unknown` for one we have no rule for. */
const conditionLines = {
  groinPain: 'safety.condition_groinPain',
  hipInjury: 'safety.condition_hipInjury',
  backInjury: 'safety.condition_backInjury',
  kneeProblem: 'safety.condition_kneeProblem',
  unknown: 'safety.condition_unknown',
} as const satisfies Record<Condition | 'unknown', string>;

function asCondition(id: string | undefined): Condition | undefined {
  const known: readonly Condition[] = ['groinPain', 'hipInjury', 'backInjury', 'kneeProblem'];
  return known.find((c) => c === id);
}

/**
 * "I have groin pain", "my hip is injured": today's plan changes, said in one line; not stored.
 * Outside a routine (or mid-screen) the coach carries on with what it was asking.
 */
export function applyCondition(ctx: TurnContext, slot: SlotValue): Reply {
  const { voice, pending } = ctx;
  // The intent without a word of the condition: not sure what was said, so mid-stretch a check-in.
  if (!slot.spoken && !slot.id) return checkIn(ctx);
  const condition = asCondition(slot.id);
  const said = voice.say(conditionLines[condition ?? 'unknown']);
  // Something we have no rule for is treated like an injury: gentle versions, shortest holds.
  const applied: Condition = condition ?? 'hipInjury';
  const conditions = [...new Set([...ctx.conditions, applied])];
  if (ctx.routine && !ctx.halted) return { ...withCondition(ctx, ctx.routine, applied, [said]), conditions };
  const next = pending?.kind === 'screen' ? screenQuestion(voice, pending.question) : voice.say('launch.options');
  const lines = [said, voice.say('safety.conditionNote'), next];
  return { ...spokenLines(ctx, lines, pending?.kind === 'screen' ? voice.say('screen.reprompt') : next), conditions };
}
