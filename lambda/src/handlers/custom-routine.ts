import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { isFocus } from '../coach/custom-spec';
import { customRequested, type CustomRequestHeard } from '../coach/custom-turns';
import { Intent, Slot } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';
import { resolvedSlot } from './slots';

/** AMAZON.NUMBER sends digits ("5"); AMAZON.DURATION an ISO 8601 duration ("PT5M", "PT1H30M"). */
function minutesOf(input: HandlerInput): Pick<CustomRequestHeard, 'minutes' | 'unclearMinutes'> {
  const number = resolvedSlot(input, Slot.minutes).spoken;
  if (number !== undefined) return /^\d{1,4}(\.\d+)?$/.test(number) ? { minutes: Number(number) } : { unclearMinutes: true };
  const duration = resolvedSlot(input, Slot.duration).spoken;
  if (duration === undefined) return {};
  const parts = /^PT(?:(\d{1,3})H)?(?:(\d{1,4})M)?(?:(\d{1,5})S)?$/.exec(duration);
  if (!parts || duration === 'PT') return { unclearMinutes: true };
  const [, h = '0', m = '0', s = '0'] = parts;
  return { minutes: Number(h) * 60 + Number(m) + Number(s) / 60 };
}

/** "Give me a five minute stretch for my lower back", "I have ten minutes", "something shorter". */
export const customRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.CustomRoutine),
  handle(input) {
    const focus = resolvedSlot(input, Slot.focus);
    const heard: CustomRequestHeard = { ...minutesOf(input), ...(isFocus(focus.id) ? { focus: focus.id } : focus.spoken ? { unknownFocus: true } : {}) };
    return respond(input, (ctx) => customRequested(ctx, heard));
  },
};

/** "Something shorter" / "a longer one": than what was offered, is playing, or was last done. */
export const shorterLongerHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Shorter, Intent.Longer),
  handle(input) {
    const relative = isIntent(input, Intent.Shorter) ? 'shorter' : 'longer';
    return respond(input, (ctx) => customRequested(ctx, { relative }));
  },
};
