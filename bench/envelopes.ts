// Alexa request envelopes and the conversation the benchmark plays, shared by the child runner and the tests.
import type { RequestEnvelope, ResponseEnvelope, Intent, Slot } from 'ask-sdk-model';

const applicationId = 'amzn1.ask.skill.00000000-0000-4000-8000-bench0000000';
const deviceId = 'amzn1.ask.device.BENCH';

/** One Alexa turn to send: the request part that varies, and a label to report DB calls under. */
export interface Turn {
  readonly label: string;
  readonly request: { readonly type: 'LaunchRequest' } | { readonly type: 'IntentRequest'; readonly intent: Intent };
  /** Questions must not write: the harness checks this turn for 0 writes. */
  readonly question: boolean;
}

function intent(name: string, slots?: Record<string, Slot>): Turn['request'] {
  return { type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE', ...(slots ? { slots } : {}) } };
}

const eveningSlot: Slot = {
  name: 'routine',
  value: 'evening',
  confirmationStatus: 'NONE',
  resolutions: {
    resolutionsPerAuthority: [
      {
        authority: 'amzn1.er-authority.echo-sdk.x.RoutineType',
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: 'evening', id: 'evening' } }],
      },
    ],
  },
};

/** How many AMAZON.NextIntent turns a conversation has between starting the routine and the question. */
export const NEXT_TURNS = 6;

/**
 * The realistic mix for a new user: launch, start the evening routine, "no" to the two first-use safety
 * questions Hip Coach asks before a first routine, next ×`nextTurns`, a question (hold duration: 0 writes
 * allowed), progress. Every skill gets the same envelopes.
 */
export function buildConversation(nextTurns: number): readonly Turn[] {
  const no = (label: string): Turn => ({ label, request: intent('AMAZON.NoIntent'), question: false });
  return [
    { label: 'LaunchRequest', request: { type: 'LaunchRequest' }, question: false },
    { label: 'StartRoutineIntent', request: intent('StartRoutineIntent', { routine: eveningSlot }), question: false },
    no('AMAZON.NoIntent (safety question 1)'),
    no('AMAZON.NoIntent (safety question 2: the routine starts)'),
    ...Array.from({ length: nextTurns }, (): Turn => ({ label: 'AMAZON.NextIntent', request: intent('AMAZON.NextIntent'), question: false })),
    { label: 'HoldDurationIntent', request: intent('HoldDurationIntent'), question: true },
    { label: 'ProgressIntent', request: intent('ProgressIntent'), question: false },
  ];
}

export const conversation = buildConversation(NEXT_TURNS);

/** Builds a standard envelope (no apiAccessToken) for `turn` in the session of `userId`. */
export function envelope(turn: Turn, userId: string, sessionId: string, isNew: boolean, attributes: Record<string, unknown>, seq: number): RequestEnvelope {
  const application = { applicationId };
  const user = { userId };
  return {
    version: '1.0',
    session: { new: isNew, sessionId, application, user, attributes },
    context: {
      System: { application, user, device: { deviceId, supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' },
    },
    request: {
      ...turn.request,
      requestId: `amzn1.echo-api.request.bench-${seq}`,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
    } as RequestEnvelope['request'],
  };
}

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
    const event = envelope(turn, userId, `amzn1.echo-api.session.${this.prefix}-${this.pass}`, this.index === 0, this.attributes, ++this.seq);
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

/** The Lambda context the handler receives: only what a skill could reasonably read. */
export function lambdaContext(seq: number): Record<string, unknown> {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'hip-coach-bench',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:hip-coach-bench',
    memoryLimitInMB: '512',
    awsRequestId: `bench-${seq}`,
    logGroupName: '/aws/lambda/hip-coach-bench',
    logStreamName: 'bench',
    getRemainingTimeInMillis: () => 8000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
