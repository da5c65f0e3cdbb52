import type { interfaces, RequestEnvelope, ResponseEnvelope, Slot, ui } from 'ask-sdk-model';
import type { VirtualClock } from './clock';
import { envelope, newSession, type Caller, type OpenSession, type RequestSpec } from './envelope';
import type { ConsoleEvent, EventSink, SlotShown } from './events';
import type { Heard, TurnTiming, UserInput } from './input';
import { resolve, type InteractionModel } from '../tools/nlu';
import { screenUpdates, touchOf, type ScreenUpdate } from './screen';
import { parseSsml, type HeardSegment } from './ssml';

/** The Lambda entry the console drives: the same `handler` the deployed bundle exports. */
export type SkillHandler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

/** Speaks responses aloud or keeps them as audio; optional (espeak-ng). */
export interface Voice {
  /** Starts speaking; returns at once. */
  play(ssml: string): void;
  /** Stops what is being spoken (barge-in). */
  stop(): void;
  /** Keeps one response as audio, named by turn. */
  save?(ssml: string, name: string): Promise<void>;
}

export interface ConversationOptions {
  model: InteractionModel;
  handler: SkillHandler;
  caller: Caller;
  clock: VirtualClock;
  sink: EventSink;
  /** Virtual time the console started at; event times are relative to it. */
  startedAt: number;
  /** How long Alexa listens before the reprompt and again before giving up (about 8 s). */
  listenMs?: number;
  voice?: Voice;
  /** Show what the skill logs (it is captured either way, so it does not interleave with the transcript). */
  showLogs?: boolean;
}

export const LISTEN_MS = 8000;

type AnyOutputSpeech = ui.OutputSpeech | undefined;

function ssmlOf(speech: AnyOutputSpeech): string | undefined {
  if (!speech) return undefined;
  if (speech.type === 'SSML') return speech.ssml;
  return speech.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function lambdaContext(requestId: string) {
  const deadline = Date.now() + 8000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'hip-coach-console',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:hip-coach-console',
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/hip-coach-console',
    logStreamName: 'console',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Runs `fn` with everything written to stdout/stderr collected instead of shown. */
async function captured<T>(fn: () => Promise<T>): Promise<{ result?: T; error?: unknown; output: string }> {
  const chunks: string[] = [];
  // Kept only to be put back on the same streams in `finally`, never called detached.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- restored onto process.stdout, so `this` stays right
  const out = process.stdout.write;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- restored onto process.stderr, so `this` stays right
  const err = process.stderr.write;
  const collect = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = collect;
  process.stderr.write = collect;
  try {
    return { result: await fn(), output: chunks.join('') };
  } catch (error) {
    return { error, output: chunks.join('') };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/**
 * One user's conversation with the skill through the console: resolves what is said, sends the
 * envelope Alexa would, plays the response in (virtual) time, and listens like a device does.
 */
export class Conversation {
  private session: OpenSession | undefined;
  private readonly listenMs: number;
  private turn = 0;
  private lastRequest = 'request';
  /** With --display: the screen updates of the response playing now, not yet shown. */
  private screen: ScreenUpdate[] = [];

  constructor(private readonly options: ConversationOptions) {
    this.listenMs = options.listenMs ?? LISTEN_MS;
  }

  private emit(event: ConsoleEvent): void {
    this.options.sink.emit({ ...event, t: this.options.clock.now() - this.options.startedAt });
  }

  /** Talks until the input ends. */
  async run(input: UserInput): Promise<void> {
    const now = this.options.clock.now();
    let heard = await input.waitUntil(Infinity, { responseStart: now, listenStart: now });
    while (heard.kind === 'speech') heard = await this.say(heard.text, input, heard.interrupting === true);
    this.options.sink.close?.();
  }

  /** Handles one utterance and everything until the user speaks again; returns what is heard next. */
  private async say(text: string, input: UserInput, interrupting: boolean): Promise<Heard> {
    const { clock, caller, model } = this.options;
    this.emit({ type: 'utterance', text, interrupting });
    const idle = (): Promise<Heard> => input.waitUntil(Infinity, { responseStart: clock.now(), listenStart: clock.now() });
    const touched = touchOf(text);
    if (touched !== undefined) return this.touch(touched, input, idle);
    const resolution = resolve(model, text, { skillId: caller.skillId, locale: caller.locale });

    if (resolution.kind === 'end') {
      if (!this.session) {
        this.emit({ type: 'notice', text: 'Hip Coach is not open; nothing to exit.' });
        return idle();
      }
      await this.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
      this.session = undefined;
      this.emit({ type: 'session-ended', by: 'user' });
      return idle();
    }

    let request: RequestSpec;
    if (resolution.kind === 'launch' || resolution.oneShot) {
      // Naming the skill starts a new session, as it does on a device.
      this.session = newSession();
      request = resolution.kind === 'launch' ? { type: 'LaunchRequest' } : { type: 'IntentRequest', intent: resolution.intent };
    } else if (!this.session) {
      this.emit({ type: 'notice', text: `Hip Coach is not open, so Alexa would not pass that on. Say "open hip coach" first, or all at once: "open hip coach and ${text}".` });
      return idle();
    } else {
      request = { type: 'IntentRequest', intent: resolution.intent };
    }
    const response = await this.send(request, resolution.kind === 'intent' && resolution.oneShot);
    if (!response) return idle();
    return this.play(response, input);
  }

  /** A touch on the screen's button `button`: a UserEvent, as the APL document's SendEvent sends it. */
  private async touch(button: string, input: UserInput, idle: () => Promise<Heard>): Promise<Heard> {
    if (!this.options.caller.display) {
      this.emit({ type: 'notice', text: 'There is no screen to touch: start the console with --display.' });
      return idle();
    }
    if (!this.session) {
      this.emit({ type: 'notice', text: 'Hip Coach is not open, so its screen is not showing.' });
      return idle();
    }
    const response = await this.send({ type: 'Alexa.Presentation.APL.UserEvent', arguments: [button], token: 'hipCoachScreen' });
    return response ? this.play(response, input) : idle();
  }

  /** Shows the screen updates due by `elapsedMs` into the response. */
  private showScreen(elapsedMs: number): void {
    while (this.screen[0] && this.screen[0].at <= elapsedMs) {
      const update = this.screen.shift();
      if (update) this.emit({ type: 'screen', text: update.text });
    }
  }

  /** Sends a request in the open session; keeps the session attributes the response returns. */
  private async send(spec: RequestSpec, oneShot = false): Promise<ResponseEnvelope | undefined> {
    const session = this.session ?? newSession();
    const event = envelope(this.options.caller, session, spec, this.options.clock.timestamp());
    const { request } = event;
    this.emit({
      type: 'request',
      requestType: request.type,
      timestamp: request.timestamp,
      newSession: session.isNew,
      ...(request.type === 'IntentRequest' ? { intent: request.intent.name, slots: slotsShown(request), oneShot } : {}),
      ...(request.type === 'SessionEndedRequest' ? { reason: request.reason } : {}),
    });
    session.isNew = false;
    this.turn++;
    this.lastRequest = request.type === 'IntentRequest' ? request.intent.name.replace(/^AMAZON\./, '') : request.type;
    const { result: returned, error, output } = await captured<unknown>(() => this.options.handler(event, lambdaContext(request.requestId)));
    const result = asResponseEnvelope(returned);
    const logs = output.split('\n').filter((l) => l.trim().length > 0);
    if (this.options.showLogs && logs.length > 0) this.emit({ type: 'logs', lines: logs });
    if (request.type === 'SessionEndedRequest') {
      if (error) this.emit({ type: 'error', text: `the skill failed on SessionEndedRequest: ${describe(error)}` });
      else if (result?.response.outputSpeech) this.emit({ type: 'warning', text: 'a response to SessionEndedRequest carries speech; Alexa ignores it' });
      return result;
    }
    if (error || !result) {
      this.emit({ type: 'error', text: error ? `the skill failed: ${describe(error)}` : 'the skill returned no response envelope' });
      if (!this.options.showLogs && logs.length > 0) this.emit({ type: 'logs', lines: logs.slice(-20) });
      this.emit({ type: 'notice', text: 'Alexa would say: "There was a problem with the requested skill\'s response."' });
      this.session = undefined;
      this.emit({ type: 'session-ended', by: 'error' });
      return undefined;
    }
    if (this.session) this.session.attributes = (result.sessionAttributes) ?? {};
    return result;
  }

  /** Plays a response, then listens: reprompt after one silence, SessionEndedRequest after two. */
  private async play(envelope: ResponseEnvelope, input: UserInput): Promise<Heard> {
    const { clock } = this.options;
    const response = envelope.response;
    const timing: TurnTiming = { responseStart: clock.now() };
    const render = response.directives?.find((d): d is interfaces.alexa.presentation.apl.RenderDocumentDirective => d.type === 'Alexa.Presentation.APL.RenderDocument');
    this.screen = this.options.caller.display && render ? screenUpdates(render) : [];
    const interrupted = await this.playSpeech(ssmlOf(response.outputSpeech), timing, input, false);
    this.screen = [];
    if (interrupted) return interrupted;
    if (response.card) this.emit({ type: 'card', title: cardTitle(response.card), content: cardContent(response.card) });
    for (const d of response.directives ?? []) {
      this.emit({ type: 'directive', directiveType: d.type });
      if (d.type === 'Connections.SendRequest' && (d as { name?: string }).name === 'AskFor') {
        this.emit({ type: 'notice', text: 'Alexa would now ask the user to allow reminders. Run with --grant reminders to try them with the permission given.' });
      }
    }
    timing.listenStart = clock.now();
    const idle = () => input.waitUntil(Infinity, timing);

    if (response.shouldEndSession !== false) {
      // true, or unset on a voice-only device: the session is over and the mic stays closed.
      this.session = undefined;
      this.emit({ type: 'session-ended', by: 'skill' });
      return idle();
    }
    this.emit({ type: 'listening' });
    let heard = await input.waitUntil(clock.now() + this.listenMs, timing);
    if (heard.kind !== 'timeout') return heard;
    const reprompt = ssmlOf(response.reprompt?.outputSpeech);
    if (reprompt) {
      this.emit({ type: 'silence', then: 'reprompt' });
      const barged = await this.playSpeech(reprompt, timing, input, true);
      if (barged) return barged;
      this.emit({ type: 'listening' });
      heard = await input.waitUntil(clock.now() + this.listenMs, timing);
      if (heard.kind !== 'timeout') return heard;
    }
    this.emit({ type: 'silence', then: 'session-end' });
    await this.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    this.session = undefined;
    this.emit({ type: 'session-ended', by: 'silence' });
    return idle();
  }

  /** Plays speech segment by segment on the clock; returns the utterance that interrupted it, if any. */
  private async playSpeech(ssml: string | undefined, timing: TurnTiming, input: UserInput, reprompt: boolean): Promise<Heard | undefined> {
    if (!ssml) return undefined;
    const { clock, sink, voice } = this.options;
    const { segments, warnings } = parseSsml(ssml);
    for (const w of warnings) this.emit({ type: 'warning', text: w });
    this.emit({ type: 'response', segments, reprompt });
    const pauseStarts: number[] = [];
    timing.pauseStarts = pauseStarts;
    voice?.play(ssml);
    await voice?.save?.(ssml, `${String(this.turn).padStart(3, '0')}-${this.lastRequest}${reprompt ? '-reprompt' : ''}`);
    const started = clock.now();
    for (const segment of segments) {
      if (!reprompt) this.showScreen(clock.now() - started);
      this.emitSegment(segment, reprompt);
      if (segment.ms <= 0) continue;
      const from = clock.now();
      if (segment.kind === 'pause') pauseStarts.push(from);
      const onTick = segment.kind === 'pause' ? () => sink.progress?.(clock.now() - from, segment.ms) : undefined;
      const heard = await input.waitUntil(from + segment.ms, timing, onTick);
      if (heard.kind === 'timeout') continue;
      voice?.stop();
      if (heard.kind === 'eof') return heard;
      this.emit({ type: 'interrupted', afterMs: clock.now() - (reprompt ? started : timing.responseStart), ...(segment.kind === 'pause' ? { pauseElapsedMs: clock.now() - from } : {}) });
      return { ...heard, interrupting: true };
    }
    return undefined;
  }

  private emitSegment(segment: HeardSegment, reprompt: boolean): void {
    if (segment.kind === 'speech') this.emit({ type: 'speech', text: segment.text, ms: segment.ms, reprompt });
    else if (segment.kind === 'pause') this.emit({ type: 'pause', ms: segment.ms, reprompt });
    else this.emit({ type: 'audio', src: segment.src });
  }
}

/** The handler is whatever file the console loaded: check what it returned rather than trust its declared type. */
function asResponseEnvelope(value: unknown): ResponseEnvelope | undefined {
  if (typeof value !== 'object' || value === null || !('response' in value) || !value.response) return undefined;
  return value as ResponseEnvelope;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function slotsShown(request: { intent: { slots?: Record<string, Slot> } }): Record<string, SlotShown> | undefined {
  const slots = request.intent.slots;
  if (!slots) return undefined;
  return Object.fromEntries(
    Object.entries(slots).map(([name, slot]) => {
      const authority = slot.resolutions?.resolutionsPerAuthority?.[0];
      return [name, { value: slot.value, id: authority?.values[0]?.value.id, status: authority?.status.code }];
    }),
  );
}

function cardTitle(card: ui.Card): string {
  return 'title' in card && typeof card.title === 'string' ? card.title : card.type;
}

function cardContent(card: ui.Card): string {
  if (card.type === 'Simple') return card.content ?? '';
  if (card.type === 'Standard') return card.text ?? '';
  return '';
}
