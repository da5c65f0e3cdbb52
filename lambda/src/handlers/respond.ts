import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { TurnContext } from '../coach/context';
import type { Reply } from '../coach/reply';
import { rendersApl, renderDirective } from '../screens/directive';
import { routinePresentation, type Presentation } from '../screens/presentation';
import { turnOf } from '../session/turn';
import { sentencesSsml, toSsml } from '../speech/ssml';

/** One engine function: this request's context in, the reply out. */
export type Decide = (ctx: TurnContext) => Reply;

/**
 * The whole of a handler's work: the turn's context, one engine decision, and the reply spoken
 * (SSML from its timeline, the reprompt) after the turn has taken its changes. On a device with a
 * screen the same timeline drives the screen; a card goes to the Alexa app when there is one.
 */
export async function respond(input: HandlerInput, decide: Decide, presentation: Presentation = routinePresentation): Promise<Response> {
  const turn = turnOf(input);
  const ctx = await turn.context();
  const reply = decide(ctx);
  const segments = await turn.apply(reply);
  const builder = input.responseBuilder.speak(toSsml(segments));
  const card = presentation.card(ctx, reply);
  if (card) builder.withSimpleCard(card.title, card.content);
  if (rendersApl(input)) {
    const screen = presentation.screen(ctx, reply, segments);
    if (screen) builder.addDirective(renderDirective(screen, segments));
  }
  if (reply.end) return builder.withShouldEndSession(true).getResponse();
  return builder.reprompt(sentencesSsml(reply.reprompt ?? turn.voice.say('help.reprompt'))).withShouldEndSession(false).getResponse();
}

/** The same for requests that allow no speech (a session that has ended). */
export async function respondSilently(input: HandlerInput, decide: Decide): Promise<Response> {
  const turn = turnOf(input);
  await turn.apply(decide(await turn.context()));
  return input.responseBuilder.getResponse();
}
