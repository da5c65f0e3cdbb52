import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { envelope, intent, resolvedSlot, type EnvelopeOptions, type RequestSpec } from '../../../tools/envelopes';

export type Invoke = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

/** Strips SSML to the words a user hears. */
export function words(ssml: string | undefined): string {
  return (ssml ?? '')
    .replace(/<break[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function ssmlOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  return speech && speech.type === 'SSML' ? speech.ssml : '';
}

/** Seconds a response plays for: its breaks plus its words at 150 words a minute. */
export function playSeconds(ssml: string): number {
  let seconds = 0;
  for (const m of ssml.matchAll(/<break time="(\d+)ms"\/>/g)) seconds += Number(m[1]) / 1000;
  const spoken = words(ssml).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return seconds + spoken * 0.4;
}

/**
 * A user talking to the skill over several sessions: session attributes carried from each
 * response to the next request, a clock the test moves, a new session after the skill ends one.
 */
export class Conversation {
  private attributes: Record<string, unknown> = {};
  private sessionOpen = false;
  private sessionCount = 0;
  readonly responses: ResponseEnvelope[] = [];
  /** The device's interfaces, sent with every request (an Echo Show: `Alexa.Presentation.APL`). */
  supportedInterfaces: Record<string, unknown> | undefined;

  constructor(
    private readonly invoke: Invoke,
    readonly userId = 'amzn1.ask.account.test-user',
    public now = Date.parse('2026-11-02T19:00:00Z'),
    /** What the device adds to every request: an API token and endpoint, its id, granted permissions (the reminder tests set it). */
    public device: Pick<EnvelopeOptions, 'apiAccessToken' | 'apiEndpoint' | 'deviceId' | 'granted'> = {},
    /** The request locale every turn carries (the device's language). */
    readonly locale = 'en-US',
  ) {}

  async send(spec: RequestSpec): Promise<ResponseEnvelope> {
    const isNew = !this.sessionOpen;
    if (isNew) {
      this.sessionCount++;
      this.attributes = {};
    }
    const event = envelope(spec, {
      userId: this.userId,
      sessionId: `amzn1.echo-api.session.${this.userId}-${this.sessionCount}`,
      isNew,
      attributes: this.attributes,
      at: this.now,
      locale: this.locale,
      ...(this.supportedInterfaces ? { supportedInterfaces: this.supportedInterfaces } : {}),
      ...this.device,
    });
    const response = await this.invoke(event);
    this.responses.push(response);
    const ended = spec.type === 'SessionEndedRequest' || response.response.shouldEndSession !== false;
    this.sessionOpen = !ended;
    this.attributes = response.sessionAttributes ?? {};
    return response;
  }

  launch(): Promise<ResponseEnvelope> {
    return this.send({ type: 'LaunchRequest' });
  }

  say(name: string, ...slots: Parameters<typeof resolvedSlot>[]): Promise<ResponseEnvelope> {
    return this.send({ type: 'IntentRequest', intent: intent(name, slots.map((s) => resolvedSlot(...s))) });
  }

  start(routine: string): Promise<ResponseEnvelope> {
    return this.say('StartRoutineIntent', ['routine', routine, routine, 'RoutineType']);
  }

  /** A new user asks for `routine` and answers "no" to both screening questions: the routine's first response. */
  async startPastScreen(routine: string): Promise<ResponseEnvelope> {
    await this.start(routine);
    await this.say('AMAZON.NoIntent');
    return this.say('AMAZON.NoIntent');
  }

  /** A touch on one of the screen's buttons. */
  touch(button: string): Promise<ResponseEnvelope> {
    return this.send({ type: 'Alexa.Presentation.APL.UserEvent', arguments: [button], token: 'hipCoachScreen' });
  }

  /** Lets `seconds` pass (the user listening, or away). */
  wait(seconds: number): void {
    this.now += seconds * 1000;
  }

  /** Listens to the whole of the last response, then a couple of seconds to say the next thing. */
  listen(response: ResponseEnvelope, extra = 2): void {
    this.wait(playSeconds(ssmlOf(response)) + extra);
  }

  get open(): boolean {
    return this.sessionOpen;
  }
}
