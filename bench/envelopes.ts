// Alexa request envelopes and the conversation the benchmark plays, shared by the child runner and the tests.
import type { RequestEnvelope, ResponseEnvelope, Intent } from 'ask-sdk-model';
import { envelope, intent, lambdaContext as toolsLambdaContext, resolvedSlot, type EnvelopeOptions } from '../tools/envelopes';
import { BENCH_API_TOKEN, BENCH_DEVICE_ID } from './scenarios';

/** One Alexa turn to send: the request part that varies, and a label to report DB calls under. */
export interface Turn {
  readonly label: string;
  readonly request: { readonly type: 'LaunchRequest' } | { readonly type: 'IntentRequest'; readonly intent: Intent };
  /** Questions must not write: the harness checks this turn for 0 writes. */
  readonly question: boolean;
  /** The turn opens a new session of the same user (the conversation's first turn opens one for a new user). */
  readonly opensSession?: boolean;
}

function intentTurn(name: string, slot?: ReturnType<typeof resolvedSlot>): Turn['request'] {
  return { type: 'IntentRequest', intent: intent(name, slot ? [slot] : []) };
}

const eveningSlot = resolvedSlot('routine', 'evening', 'evening', 'RoutineType');

/** How many AMAZON.NextIntent turns a conversation has between starting the routine and the question. */
export const NEXT_TURNS = 6;

/**
 * The realistic mix: a new user's session — launch, start the evening routine, "no" to the two first-use
 * safety questions Hip Coach asks before a first routine, next ×`nextTurns`, a question (hold duration: 0
 * writes allowed), progress — then the same user's next session: a returning user's launch (the record
 * now has the zone found in the first session), and stop. Every skill gets the same envelopes.
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
    { label: 'LaunchRequest (returning user)', request: { type: 'LaunchRequest' }, question: false, opensSession: true },
    { label: 'AMAZON.StopIntent', request: intentTurn('AMAZON.StopIntent'), question: false },
  ];
}

export const conversation = buildConversation(NEXT_TURNS);

/** What a real device adds to every request: an API token and the endpoint of the Alexa APIs (the Settings API stand-in). */
export type DeviceParts = Pick<EnvelopeOptions, 'apiAccessToken' | 'apiEndpoint'>;

/** The device parts for a Settings API at `apiEndpoint`. */
export function realDevice(apiEndpoint: string): DeviceParts {
  return { apiAccessToken: BENCH_API_TOKEN, apiEndpoint };
}

/**
 * Plays `conversation` over and over, one fresh user per pass, carrying session attributes from each
 * response. Sessions are numbered, so DynamoDB reads can be counted per session.
 */
export class ConversationPlayer {
  private index = 0;
  private pass = 0;
  private seq = 0;
  private session = 0;
  private sessionOpen = false;
  private attributes: Record<string, unknown> = {};

  constructor(
    private readonly prefix: string,
    private readonly device: DeviceParts = {},
    private readonly turns: readonly Turn[] = conversation,
  ) {}

  /** The next turn, its envelope, and the number of the session it belongs to. */
  next(): { turn: Turn; event: RequestEnvelope; session: number } {
    const turn = this.turns[this.index] as Turn;
    if (this.index === 0) this.pass += 1;
    const opens = this.index === 0 || turn.opensSession === true || !this.sessionOpen;
    if (opens) {
      this.session += 1;
      this.attributes = {};
    }
    this.sessionOpen = true;
    const userId = `amzn1.ask.account.${this.prefix}-${this.pass}`;
    const event = envelope(turn.request, {
      userId,
      sessionId: `amzn1.echo-api.session.${this.prefix}-${this.session}`,
      isNew: opens,
      attributes: this.attributes,
      at: Date.now(),
      deviceId: BENCH_DEVICE_ID,
      requestId: `amzn1.echo-api.request.bench-${++this.seq}`,
      ...this.device,
    });
    this.index = (this.index + 1) % this.turns.length;
    return { turn, event, session: this.session };
  }

  /**
   * Feeds the response of the last turn back, so the next one carries its session attributes. A response
   * that ends the session skips the rest of it: Alexa would open a new session, so the next turn is the
   * next one that opens a session (or the next conversation's launch).
   */
  answer(response: unknown): void {
    const envelope = response as Partial<ResponseEnvelope> | undefined;
    const attrs = envelope?.sessionAttributes;
    if (attrs && typeof attrs === 'object') this.attributes = attrs;
    if (envelope?.response?.shouldEndSession !== true) return;
    this.sessionOpen = false;
    while (this.index !== 0 && this.turns[this.index]?.opensSession !== true) this.index = (this.index + 1) % this.turns.length;
  }
}

/** The Lambda context the handler receives for request `seq` (the shared builder, named for the benchmark). */
export function lambdaContext(seq: number): Record<string, unknown> {
  return toolsLambdaContext('hip-coach-bench', `bench-${seq}`);
}
