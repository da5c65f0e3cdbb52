import type { TurnContext } from './context';
import { fitCustom } from './custom-plan';
import { MAX_CUSTOM_MINUTES, MIN_CUSTOM_MINUTES, type CustomAsk, type Daypart, type Focus } from './custom-spec';
import { notUnderstood } from './in-routine';
import type { Reply } from './reply';
import { firstTimeLines, screenQuestion, spokenLines } from './replies';
import { announcedRoutineSeconds, questionClosed, startRoutine } from './routine-turns';

/** What the user asked for: minutes, a focus, or "shorter" / "longer" than what they were offered or did. */
export interface CustomRequestHeard {
  /** Minutes as said; not a whole number in range gets asked again. */
  readonly minutes?: number;
  readonly focus?: Focus;
  readonly relative?: 'shorter' | 'longer';
  /** Words were heard in the minutes slot that are no length at all ("a lot"). */
  readonly unclearMinutes?: boolean;
  /** A body part was named that no focus covers. */
  readonly unknownFocus?: boolean;
}

/** Morning before 11 (seed 001's morning routine), evening from 5 pm: as the routines suggest by the hour. */
export function daypartOf(hour: number): Daypart {
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 17) return 'day';
  return 'evening';
}

/** A focus asked for without minutes gets the middle of that time of day's routine window. */
const defaultMinutes: Readonly<Record<Daypart, number>> = { morning: 8, day: 5, evening: 15 };

/** Whole minutes of what the user was offered, is doing, or last did: what "shorter" and "longer" are measured from. */
function comparedMinutes(ctx: TurnContext): number | undefined {
  const routine = ctx.routine;
  // A custom routine is measured as it was asked for; a fixed one as it announced itself.
  if (routine) return routine.state.custom?.minutes ?? (routine.state.routine === 'custom' ? undefined : Math.round(announcedRoutineSeconds(ctx, routine.state.routine) / 60));
  if (ctx.pending?.kind === 'suggest') return Math.round(announcedRoutineSeconds(ctx, ctx.pending.routine) / 60);
  const last = ctx.record?.sessions[ctx.record.sessions.length - 1];
  return last ? Math.round(last.seconds / 60 / (last.count ?? 1)) : undefined;
}

/** A third shorter, or half as long again (at least two minutes either way), inside 2–30 minutes. */
function relativeMinutes(base: number, relative: 'shorter' | 'longer'): number {
  const changed = relative === 'shorter' ? Math.min(base - 2, Math.round((base * 2) / 3)) : Math.max(base + 2, Math.round(base * 1.5));
  return Math.min(MAX_CUSTOM_MINUTES, Math.max(MIN_CUSTOM_MINUTES, changed));
}

type Asked = { readonly ask: CustomAsk } | { readonly reply: Reply };

/** The minutes and focus to fit, or what to say instead (a length out of range, nothing to compare with). */
function askedFor(ctx: TurnContext, heard: CustomRequestHeard): Asked {
  const { voice } = ctx;
  const focus = heard.focus ?? 'any';
  const again = (key: 'custom.outOfRange' | 'custom.ask' | 'custom.nothingToCompare'): Asked => ({
    reply: spokenLines(ctx, [voice.say(key)], voice.say('custom.ask')),
  });
  if (heard.minutes !== undefined) {
    const m = Math.round(heard.minutes);
    if (!Number.isFinite(m) || m < MIN_CUSTOM_MINUTES || m > MAX_CUSTOM_MINUTES) return again('custom.outOfRange');
    return { ask: { minutes: m, focus } };
  }
  if (heard.unclearMinutes) return again('custom.ask');
  if (heard.relative) {
    const base = comparedMinutes(ctx);
    if (base === undefined) return again('custom.nothingToCompare');
    if (heard.relative === 'shorter' && base <= MIN_CUSTOM_MINUTES) return { reply: spokenLines(ctx, [voice.say('custom.atShortest'), voice.say('custom.ask')], voice.say('custom.ask')) };
    if (heard.relative === 'longer' && base >= MAX_CUSTOM_MINUTES) return { reply: spokenLines(ctx, [voice.say('custom.atLongest'), voice.say('custom.ask')], voice.say('custom.ask')) };
    const ctxFocus = heard.focus ?? ctx.routine?.state.custom?.focus ?? 'any';
    return { ask: { minutes: relativeMinutes(base, heard.relative), focus: ctxFocus } };
  }
  if (heard.focus) return { ask: { minutes: defaultMinutes[daypartOf(ctx.hour)], focus } };
  return again('custom.ask');
}

/**
 * "Give me a five minute stretch for my lower back", "I have ten minutes", "something shorter":
 * a routine fitted to the minutes and focus, after the first-use screen for a new user, never
 * after a warning sign this session.
 */
export function customRequested(ctx: TurnContext, heard: CustomRequestHeard): Reply {
  const { voice } = ctx;
  // Mid-routine the user may be in a stretch: a request with no length in it ("my hips …") may be
  // the start of something that hurts, so they are brought out of the stretch and asked, never
  // moved into a new routine on a guess.
  const lengthHeard = heard.minutes !== undefined || heard.relative !== undefined;
  if (ctx.routine && !lengthHeard) return notUnderstood(ctx);
  // Minutes heard that are no length ("a lot") still ask for a routine: they get the minutes question.
  if (!lengthHeard && heard.focus === undefined && !heard.unknownFocus && !heard.unclearMinutes) return notUnderstood(ctx);
  if (ctx.halted) return spokenLines(ctx, [voice.say('safety.noResume')]);
  if (heard.unknownFocus) return spokenLines(ctx, [voice.say('custom.unknownFocus')], voice.say('custom.unknownFocus'));
  const asked = askedFor(ctx, heard);
  if ('reply' in asked) return asked.reply;
  return startCustom(ctx, asked.ask);
}

/** Fits the asked routine and starts it; says plainly when the catalogue can only come near. */
export function startCustom(ctx: TurnContext, ask: CustomAsk, lead: readonly string[] = [], screened = false): Reply {
  const { voice } = ctx;
  if (!ctx.record?.onboarded && !screened) {
    const pending = ctx.pending?.kind === 'screen' ? ctx.pending : undefined;
    if (pending) {
      const again = spokenLines(ctx, [voice.say('screen.beforeWeStart'), screenQuestion(voice, pending.question)], voice.say('screen.reprompt'));
      return { ...again, pending: { kind: 'screen', question: pending.question, custom: ask } };
    }
    return { ...spokenLines(ctx, [...lead, ...firstTimeLines(voice)], voice.say('screen.reprompt')), pending: { kind: 'screen', question: 1, custom: ask } };
  }
  const time = daypartOf(ctx.hour);
  const met = ctx.met;
  const fit = fitCustom({ ...ask, time }, { week: ctx.record?.program.week ?? 1, conditions: ctx.conditions, voice, fullCuesFor: (s) => met(s) < 2 });
  const focus = voice.say(`custom.focus.${ask.focus}`);
  if (!fit.spec) return questionClosed(spokenLines(ctx, [...lead, voice.say('custom.none', { focus })], voice.say('custom.ask')));
  const near = Math.max(1, Math.round(fit.seconds / 60));
  // Said plainly only when the nearest routine is a different number of minutes: "about 2 minutes, not 2
  // minutes" would contradict itself.
  const plainly = fit.within || near === ask.minutes
    ? []
    : [voice.say(fit.seconds < ask.minutes * 60 ? 'custom.longest' : 'custom.shortest', { focus, minutes: near, asked: ask.minutes })];
  return startRoutine(ctx, 'custom', [...lead, ...plainly], fit.spec);
}
