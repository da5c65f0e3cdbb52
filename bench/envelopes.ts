// Alexa request envelopes and the conversation the benchmark plays, shared by the child runner and the tests.
import type { RequestEnvelope, ResponseEnvelope, Intent } from 'ask-sdk-model';
import { envelope, intent, lambdaContext as toolsLambdaContext, resolvedSlot } from '../tools/envelopes';

const deviceId = 'amzn1.ask.device.BENCH';

/** One Alexa turn to send: the request part that varies, and a label to report DB calls under. */
export interface Turn {
  readonly label: string;
  readonly request: { readonly type: 'LaunchRequest' } | { readonly type: 'IntentRequest'; readonly intent: Intent };
  /** Questions must not write: the harness checks this turn for 0 writes. */
  readonly question: boolean;
}

function intentTurn(name: string, slot?: ReturnType<typeof resolvedSlot>): Turn['request'] {
  return { type: 'IntentRequest', intent: intent(name, slot ? [slot] : []) };
}

const eveningSlot = resolvedSlot('routine', 'evening', 'evening', 'RoutineType');

/** How many AMAZON.NextIntent turns a conversation has between starting the routine and the question. */
export const NEXT_TURNS = 6;

/**
 * The realistic mix for a new user: launch, start the evening routine, "no" to the two first-use safety
 * questions Hip Coach asks before a first routine, next ×`nextTurns`, a question (hold duration: 0 writes
 * allowed), progress. Every skill gets the same envelopes.
 */
export function buildConversation(nextTurns: number): readonly Turn[] {
  const no = (label: string): Turn => ({ label, request: intentTurn('AMAZON.NoIntent'), question: false });
  return [
    { label: 'LaunchRequest', request: { type: 'LaunchRequest' }, question: false },
    { label: 'StartRoutineIntent', request: intentTurn('StartRoutineIntent', eveningSlot), question: false },
    no('AMAZON.NoIntent (safety question 1)'),
    no('AMAZON.NoIntent (safety question 2: the routine starts)'),
    ...Array.from({ length: nextTurns }, (): Turn => ({ label: 'AMAZON.NextIntent', request: intentTurn('AMAZON.NextIntent'), question: false })),
    { label: 'HoldDurationIntent', request: intentTurn('HoldDurationIntent'), question: true },
    { label: 'ProgressIntent', request: intentTurn('ProgressIntent'), question: false },
  ];
}

export const conversation = buildConversation(NEXT_TURNS);

/** Plays `conversation` over and over, one fresh user per pass, carrying session attributes from each response. */
export class ConversationPlayer {
  private index = 0;
  private pass = 0;
  private seq = 0;
  private attributes: Record<string, unknown> = {};

  constructor(
    private readonly prefix: string,
    private readonly turns: readonly Turn[] = conversation,
  ) {}

  /** The next turn and its envelope. */
  next(): { turn: Turn; event: RequestEnvelope } {
    const turn = this.turns[this.index] as Turn;
    if (this.index === 0) {
      this.pass += 1;
      this.attributes = {};
    }
    const userId = `amzn1.ask.account.${this.prefix}-${this.pass}`;
    const event = envelope(turn.request, {
      userId,
      sessionId: `amzn1.echo-api.session.${this.prefix}-${this.pass}`,
      isNew: this.index === 0,
      attributes: this.attributes,
      at: Date.now(),
      deviceId,
      requestId: `amzn1.echo-api.request.bench-${++this.seq}`,
    });
    this.index = (this.index + 1) % this.turns.length;
    return { turn, event };
  }

  /**
   * Feeds the response of the last turn back, so the next one carries its session attributes. A response
   * that ends the session ends the conversation too: Alexa would open a new session, so the next turn is
   * the launch of the next conversation.
   */
  answer(response: unknown): void {
    const envelope = response as Partial<ResponseEnvelope> | undefined;
    const attrs = envelope?.sessionAttributes;
    if (attrs && typeof attrs === 'object') this.attributes = attrs;
    if (envelope?.response?.shouldEndSession === true) this.index = 0;
  }
}

/** The Lambda context the handler receives for request `seq` (the shared builder, named for the benchmark). */
export function lambdaContext(seq: number): Record<string, unknown> {
  return toolsLambdaContext('hip-coach-bench', `bench-${seq}`);
}
