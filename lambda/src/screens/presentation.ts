import type { TurnContext } from '../coach/context';
import type { Reply } from '../coach/reply';
import type { Segment } from '../speech/timeline';
import { finishCard, progressCard, type Card } from './cards';
import { progressScreen } from './progress-screen';
import { routineScreen } from './routine-screen';
import type { Screen } from './screen-data';

/** What a reply shows besides its speech: a screen on an APL device, a card in the Alexa app. */
export interface Presentation {
  screen(ctx: TurnContext, reply: Reply, segments: readonly Segment[]): Screen | undefined;
  card(ctx: TurnContext, reply: Reply): Card | undefined;
}

/** Every turn by default: the routine on screen as it plays; a card when it is finished. */
export const routinePresentation: Presentation = { screen: routineScreen, card: finishCard };

/** "How am I doing": the summary on screen and as a card. */
export const progressPresentation: Presentation = { screen: progressScreen, card: progressCard };
