import type { HandlerInput } from 'ask-sdk-core';
import { getSupportedInterfaces } from 'ask-sdk-core/dist/util/RequestEnvelopeUtils';
import type { interfaces } from 'ask-sdk-model';
import { totalSeconds, type Segment } from '../speech/timeline';
import { DATA_SOURCE, SCREEN_TOKEN, screenDocument } from './document';
import type { Screen } from './screen-data';

/** Only a device that says it renders APL gets a document: every other response stays as it was. */
export function rendersApl(input: HandlerInput): boolean {
  return getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
}

/** How long the screen stays after the speech ends: the reprompt and the listening window after it. */
const AFTER_SPEECH_MS = 60_000;

/** A RenderDocument that shows `screen` for the whole response and the listening after it. */
export function renderDirective(screen: Screen, segments: readonly Segment[]): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCREEN_TOKEN,
    document: screenDocument(totalSeconds(segments) * 1000 + AFTER_SPEECH_MS),
    datasources: { [DATA_SOURCE]: screen },
  };
}
