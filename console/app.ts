import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import { parseConsoleArgs, USAGE, UsageError, type ConsoleArgs } from './args';
import { VirtualClock } from './clock';
import { Conversation, type SkillHandler, type Voice } from './conversation';
import { consoleUserId } from './envelope';
import type { EventSink } from './events';
import { InteractiveInput, ScriptInput, type UserInput } from './input';
import { CONSOLE_SKILL_ID, loadInteractionModel, REPO_ROOT, type InteractionModel } from '../tools/nlu';
import { HumanTranscript, JsonTranscript } from './render';
import { parseScript } from './script';
import { forgetUser, openProgressStorage, type ProgressStorage } from './store';
import { EspeakVoice, ESPEAK_HINT, hasEspeak } from './voice';
import { startFakeReminders, type FakeReminders, type ReminderEvent } from '../tools/fake-reminders';

export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.data', 'dynalite');
export const DEFAULT_HANDLER = join(REPO_ROOT, 'lambda', 'dist', 'index.js');
/** The skill bundled with a given randomness, for --seed (tools/build.mjs builds it from console/seeded-entry.ts). */
const SEEDED_HANDLER = join(REPO_ROOT, 'console', 'dist', 'seeded.js');

/** Loads the seeded bundle and builds its handler over a seeded generator, after the environment is set. */
function loadSeededHandler(seed: number): SkillHandler {
  if (!existsSync(SEEDED_HANDLER)) throw new Error(`${SEEDED_HANDLER} does not exist: run \`npm run build\` first (\`npm start\` does).`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(SEEDED_HANDLER) as { seededHandler?: unknown };
  if (typeof loaded.seededHandler !== 'function') throw new Error(`${SEEDED_HANDLER} exports no seededHandler function.`);
  return (loaded.seededHandler as (random: () => number) => SkillHandler)(seededRandom(seed));
}

/** Loads the skill's `handler` from the built bundle (or another module), after the environment is set. */
export function loadHandler(file: string): SkillHandler {
  const path = isAbsolute(file) ? file : resolvePath(process.cwd(), file);
  if (!existsSync(path)) {
    throw new Error(path === DEFAULT_HANDLER ? `${path} does not exist: run \`npm run build\` first (\`npm start\` does).` : `${path} does not exist.`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(path) as { handler?: unknown; default?: { handler?: unknown } };
  const handler = loaded.handler ?? loaded.default?.handler;
  if (typeof handler !== 'function') throw new Error(`${path} exports no handler function.`);
  return handler as SkillHandler;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The script to play, if the console runs one: --script FILE, utterances on the command line, or piped input. */
async function scriptSource(args: ConsoleArgs): Promise<string | undefined> {
  if (args.script === '-') return readStdin();
  if (args.script !== undefined) return readFileSync(args.script, 'utf8');
  if (args.lines.length > 0) return args.lines.join('\n');
  if (!process.stdin.isTTY) return readStdin();
  return undefined;
}

/** Node types `isTTY` as boolean, but it is undefined on a stream that is not a terminal. */
function isTerminal(stream: { isTTY?: boolean }): boolean {
  return stream.isTTY === true;
}

/** Ends the console early with an exit code and a message for stderr. */
class ConsoleExit extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The transcript writer: it bypasses stdout patching done while the skill runs (its logs are captured). */
function transcriptWriter(): (text: string) => boolean {
  return process.stdout.write.bind<(text: string) => boolean>(process.stdout);
}

/** Parses the command line; a usage mistake exits with 2. */
function parseArguments(argv: readonly string[]): ConsoleArgs {
  try {
    return parseConsoleArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) throw new ConsoleExit(2, `${error.message}\n\n${USAGE}`);
    throw error;
  }
}

interface Inputs {
  model: InteractionModel;
  script: ReturnType<typeof parseScript> | undefined;
}

/** Loads the interaction model and the script to play, if any; a bad one exits with 2. */
async function loadInputs(args: ConsoleArgs): Promise<Inputs> {
  try {
    const model = loadInteractionModel(args.locale);
    const source = await scriptSource(args);
    return { model, script: source === undefined ? undefined : parseScript(source) };
  } catch (error) {
    throw new ConsoleExit(2, messageOf(error));
  }
}

/** Opens the local progress storage; failing to exits with 1. */
async function prepareStorage(args: ConsoleArgs): Promise<ProgressStorage> {
  // The AWS SDK warns about Node 20 on first use; that is noise in a transcript.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  try {
    return await openProgressStorage(resolvePath(args.data ?? DEFAULT_DATA_DIR));
  } catch (error) {
    throw new ConsoleExit(1, messageOf(error));
  }
}

/** Sets the environment the skill reads when it loads, and applies --fresh. */
async function prepareEnvironment(args: ConsoleArgs, storage: ProgressStorage): Promise<void> {
  // The bundle reads its configuration when it loads, so the environment comes first.
  Object.assign(process.env, storage.env);
  if (args.fresh) await forgetUser(process.env, consoleUserId(args.user));
}

/** Loads the skill's handler (with --seed, the seeded bundle, so its phrasing repeats); failing to exits with 1. */
function loadSkillHandler(args: ConsoleArgs): SkillHandler {
  if (args.seed !== undefined && args.handler !== undefined) throw new ConsoleExit(2, `--seed works with the built skill, not with --handler.\n\n${USAGE}`);
  try {
    return args.seed === undefined ? loadHandler(args.handler ?? DEFAULT_HANDLER) : loadSeededHandler(args.seed);
  } catch (error) {
    throw new ConsoleExit(1, messageOf(error));
  }
}

/** How a run shows itself: live pacing and colour only on a terminal, and never for JSON. */
interface Display {
  write: (text: string) => boolean;
  interactive: boolean;
  live: boolean;
  color: boolean;
}

/** The user's side: the script, or lines typed at the terminal. */
function userInput(args: ConsoleArgs, script: Inputs['script'], clock: VirtualClock, write: Display['write']): { input: UserInput; partialLine?: () => string } {
  if (script) return { input: new ScriptInput(script, clock, args.speed) };
  const readline = createInterface({ input: process.stdin, output: process.stdout, terminal: isTerminal(process.stdin), prompt: '' });
  const interactiveInput = new InteractiveInput(readline, clock, args.speed, (message) => write(`${message}\n`));
  readline.on('SIGINT', () => { interactiveInput.close(); });
  return { input: interactiveInput, partialLine: () => interactiveInput.partialLine() };
}

/** The voice for --speak or --wav, if espeak-ng is there; notices collects what the user should know. */
function consoleVoice(args: ConsoleArgs, notices: string[], onError: (message: string) => void): Voice | undefined {
  if (!args.speak && !args.wav) return undefined;
  if (!hasEspeak()) {
    notices.push(ESPEAK_HINT);
    return undefined;
  }
  const voice = new EspeakVoice({ locale: args.locale, speak: args.speak, ...(args.wav ? { wavDir: resolvePath(args.wav) } : {}), onError });
  if (args.speak && args.speed !== 1) notices.push('--speak plays speech at normal speed; the transcript runs at --speed.');
  return voice;
}

/** Prints the banner (or, for JSON, the notices as events). */
function announce(args: ConsoleArgs, storage: ProgressStorage, display: Display, sink: EventSink, notices: readonly string[]): void {
  if (args.json) {
    for (const text of notices) sink.emit({ type: 'notice', text, t: 0 });
    return;
  }
  const banner = [
    `Hip Coach console · user ${args.user} · ${args.locale} · speed ${args.speed}×`,
    `progress: ${storage.description}`,
    ...notices,
    ...(display.interactive ? ['Say "open hip coach" (or "open hip coach and start evening routine"). Type while it talks to interrupt; /wait N lets time pass; /quit leaves.'] : []),
  ];
  display.write(`${banner.map((l) => (display.color ? `\x1b[2m${l}\x1b[22m` : l)).join('\n')}\n\n`);
}

const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** A reminder call as one transcript line: what was set, moved or deleted, and when it rings. */
export function describeReminderEvent(event: ReminderEvent): string {
  if (event.op === 'deleted') return `reminder deleted (${event.id.slice(0, 8)})`;
  const trigger = event.request.trigger;
  const words = event.request.alertInfo?.spokenInfo?.content[0]?.text ?? '';
  const rule = trigger?.recurrence?.recurrenceRules?.join(' ') ?? 'once';
  const zone = trigger?.timeZoneId ?? 'device time zone';
  return `reminder ${event.op} (${event.id.slice(0, 8)}): "${words}" from ${trigger?.scheduledTime ?? '?'} ${zone}, ${rule}`;
}

/** --grant reminders: the fake Reminders API, in this machine's time zone, printing each change. */
async function startConsoleReminders(sink: EventSink, clock: VirtualClock, start: number): Promise<FakeReminders> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return startFakeReminders({ timeZone, onChange: (event) => { sink.emit({ type: 'notice', text: describeReminderEvent(event), t: clock.now() - start }); } });
}

/** Runs the conversation, interactive or scripted, to its end. */
async function runConversation(args: ConsoleArgs, inputs: Inputs, storage: ProgressStorage, handler: SkillHandler, write: Display['write']): Promise<number> {
  const { model, script } = inputs;
  const start = args.start ?? Math.floor(Date.now() / 1000) * 1000;
  const clock = new VirtualClock(start);
  const display: Display = {
    write,
    interactive: script === undefined,
    live: isTerminal(process.stdout) && args.speed > 0 && !args.json,
    color: args.color && isTerminal(process.stdout) && !args.json,
  };

  const { input, partialLine } = userInput(args, script, clock, write);
  const sink: EventSink = args.json
    ? new JsonTranscript(write)
    : new HumanTranscript(write, { live: display.live, color: display.color, skillName: 'Hip Coach', erasesEcho: display.interactive && isTerminal(process.stdin), ...(partialLine ? { partialLine } : {}) });

  const notices: string[] = [];
  let started = false;
  const voice = consoleVoice(args, notices, (m) => {
    if (started) sink.emit({ type: 'warning', text: m, t: clock.now() - start });
    else notices.push(m);
  });
  announce(args, storage, display, sink, notices);

  started = true;
  const reminders = args.grant.includes('reminders') ? await startConsoleReminders(sink, clock, start) : undefined;
  const conversation = new Conversation({
    model,
    handler,
    caller: {
      userId: consoleUserId(args.user),
      deviceId: `amzn1.ask.device.console-${args.user}`,
      skillId: process.env.SKILL_ID || CONSOLE_SKILL_ID,
      locale: args.locale,
      display: args.display,
      ...(reminders ? { apiEndpoint: reminders.endpoint, granted: [REMINDERS_SCOPE] } : {}),
    },
    clock,
    sink,
    startedAt: start,
    ...(voice ? { voice } : {}),
    showLogs: args.logs,
  });
  try {
    await conversation.run(input);
  } finally {
    await reminders?.stop();
  }
  input.close();
  voice?.stop();
  if (!args.json && script) write('\n(end of script)\n');
  return 0;
}

/** Runs the console with the given command-line arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const write = transcriptWriter();
  try {
    const args = parseArguments(argv);
    if (args.help) {
      write(`${USAGE}\n`);
      return 0;
    }
    const inputs = await loadInputs(args);
    const storage = await prepareStorage(args);
    try {
      await prepareEnvironment(args, storage);
      const handler = loadSkillHandler(args);
      return await runConversation(args, inputs, storage, handler, write);
    } finally {
      await storage.close();
    }
  } catch (error) {
    if (!(error instanceof ConsoleExit)) throw error;
    process.stderr.write(`hip-coach console: ${error.message}\n`);
    return error.code;
  }
}


/** mulberry32: a small, fast, seedable generator in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
