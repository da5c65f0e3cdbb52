import type { Intent } from 'ask-sdk-model';
import { loadInteractionModel, resolve } from './index';

/**
 * Regional English spoken forms ("me" for "my", "washroom" for "toilet") help an utterance fit a
 * sample. When the words fit only the catch-all feeling slot either way, the slot keeps the words
 * as said, as Alexa's would: put in the model's form, "won't hold me up" became "won't hold my up"
 * and the feeling classifier no longer heard both legs giving way.
 */
const model = loadInteractionModel('en-GB');

function heard(text: string): { intent: string; feeling?: string; bodyPart?: string } {
  const resolution = resolve(model, text, { locale: 'en-GB' });
  if (resolution.kind !== 'intent') throw new Error(`expected an intent for "${text}", got ${resolution.kind}`);
  const intent: Intent = resolution.intent;
  return {
    intent: intent.name,
    ...(intent.slots?.feeling?.value ? { feeling: intent.slots.feeling.value } : {}),
    ...(intent.slots?.bodyPart?.value ? { bodyPart: intent.slots.bodyPart.value } : {}),
  };
}

it.each([
  ["my legs won't hold me up at all", "legs won't hold me up at all"],
  ['suddenly both my legs are not holding me', 'both my legs are not holding me'],
])('"%s" reaches the feeling slot as said: "%s"', (said, slot) => {
  expect(heard(said)).toEqual({ intent: 'DescribeFeelingIntent', feeling: slot });
});

it('a spoken form still wins where it makes the words fit a sample: "me hip hurts" is pain in the hip', () => {
  expect(heard('me hip hurts')).toEqual({ intent: 'PainIntent', bodyPart: 'hip' });
});
