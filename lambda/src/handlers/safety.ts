import type { RequestHandler } from 'ask-sdk-core';
import { applyCondition, describeFeeling, painWithWords, warningSign } from '../coach/safety-turns';
import { Intent, Slot } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';
import { resolvedSlot } from './slots';

/** The safety catch-all ("I feel …", "my …"): its words decide between a warning sign, pain, or not caught. */
export const describeFeelingHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.DescribeFeeling),
  handle(input) {
    const words = resolvedSlot(input, Slot.feeling).spoken ?? '';
    return respond(input, (ctx) => describeFeeling(ctx, words));
  },
};

/**
 * "This hurts": stop the hold at once, offer a gentler variant or a skip. Nothing about the pain is stored.
 * A cry's own words ("ow {feeling}") are read too: a warning sign said after "ouch" is still referred. So are
 * the words of a pain slot Alexa could not resolve ("kinda numb in my foot" heard as a kind of pain), with the
 * body part they were said of, so numbness heard in a pain slot is referred, not stretched through.
 */
export const painHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Pain),
  handle(input) {
    const described = [Slot.pain, Slot.sensation, Slot.strain].map((name) => resolvedSlot(input, name)).filter((slot) => slot.spoken && !slot.id);
    const feeling = resolvedSlot(input, Slot.feeling).spoken;
    const heard = described.length > 0 ? [...described.map((slot) => slot.spoken), resolvedSlot(input, Slot.bodyPart).spoken, feeling] : [feeling];
    const words = heard.filter((w) => w !== undefined).join(' ') || undefined;
    return respond(input, (ctx) => painWithWords(ctx, words));
  },
};

/** Numbness, tingling, weakness, bladder or bowel changes…: end the routine, refer, urgent ones to emergency services. */
export const warningSignHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.WarningSign),
  handle(input) {
    const symptom = resolvedSlot(input, Slot.symptom);
    const bodyPart = resolvedSlot(input, Slot.bodyPart);
    return respond(input, (ctx) => warningSign(ctx, symptom, bodyPart));
  },
};

/** "I have groin pain", "my hip is injured": today's plan changes, said in one line; not stored. */
export const conditionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Condition),
  handle(input) {
    const condition = resolvedSlot(input, Slot.condition);
    return respond(input, (ctx) => applyCondition(ctx, condition));
  },
};
