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
import { parseScript, ScriptError } from './script';
import { forgetUser, openProgressStorage, type ProgressStorage } from './store';
import { EspeakVoice, ESPEAK_HINT, hasEspeak } from './voice';

export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.data', 'dynalite');
export const DEFAULT_HANDLER = join(REPO_ROOT, 'lambda', 'dist', 'index.js');

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

/** Runs the console with the given command-line arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // The transcript bypasses stdout patching done while the skill runs (its logs are captured).
  const write = process.stdout.write.bind<(text: string) => boolean>(process.stdout);
  const fail = (message: string) => {
    process.stderr.write(`hip-coach console: ${message}\n`);
  };

  let args: ConsoleArgs;
  try {
    args = parseConsoleArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    write(`${USAGE}\n`);
    return 0;
  }

  let model: InteractionModel;
  let source: string | undefined;
  let script;
  try {
    model = loadInteractionModel(args.locale);
    source = await scriptSource(args);
    script = source === undefined ? undefined : parseScript(source);
  } catch (error) {
    fail(error instanceof ScriptError || error instanceof Error ? error.message : String(error));
    return 2;
  }

  // The AWS SDK warns about Node 20 on first use; that is noise in a transcript.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let storage: ProgressStorage;
  try {
    storage = await openProgressStorage(resolvePath(args.data ?? DEFAULT_DATA_DIR));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return 1;
  }

  try {
    // The bundle reads its configuration when it loads, so the environment comes first.
    Object.assign(process.env, storage.env);
    if (args.fresh) await forgetUser(process.env, consoleUserId(args.user));
    // The skill takes Math.random when it is built; a seeded one makes its phrasing repeatable.
    if (args.seed !== undefined) Math.random = seededRandom(args.seed);
    let handler: SkillHandler;
    try {
      handler = loadHandler(args.handler ?? DEFAULT_HANDLER);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return 1;
    }

    const start = args.start ?? Math.floor(Date.now() / 1000) * 1000;
    const clock = new VirtualClock(start);
    const interactive = script === undefined;
    const live = isTerminal(process.stdout) && args.speed > 0 && !args.json;
    const color = args.color && isTerminal(process.stdout) && !args.json;

    let input: UserInput;
    let partialLine: (() => string) | undefined;
    const notices: string[] = [];
    let started = false;
    if (script) {
      input = new ScriptInput(script, clock, args.speed);
    } else {
      const readline = createInterface({ input: process.stdin, output: process.stdout, terminal: isTerminal(process.stdin), prompt: '' });
      const interactiveInput = new InteractiveInput(readline, clock, args.speed, (message) => write(`${message}\n`));
      readline.on('SIGINT', () => { interactiveInput.close(); });
      partialLine = () => interactiveInput.partialLine();
      input = interactiveInput;
    }

    const sink: EventSink = args.json
      ? new JsonTranscript(write)
      : new HumanTranscript(write, { live, color, skillName: 'Hip Coach', erasesEcho: interactive && isTerminal(process.stdin), ...(partialLine ? { partialLine } : {}) });

    let voice: Voice | undefined;
    if (args.speak || args.wav) {
      if (hasEspeak()) {
        voice = new EspeakVoice({ locale: args.locale, speak: args.speak, ...(args.wav ? { wavDir: resolvePath(args.wav) } : {}), onError: (m) => {
          if (started) sink.emit({ type: 'warning', text: m, t: clock.now() - start });
          else notices.push(m);
        } });
        if (args.speak && args.speed !== 1) notices.push('--speak plays speech at normal speed; the transcript runs at --speed.');
      } else {
        notices.push(ESPEAK_HINT);
      }
    }

    const userId = consoleUserId(args.user);
    if (!args.json) {
      const banner = [
        `Hip Coach console · user ${args.user} · ${args.locale} · speed ${args.speed}×`,
        `progress: ${storage.description}`,
        ...notices,
        ...(interactive ? ['Say "open hip coach" (or "open hip coach and start evening routine"). Type while it talks to interrupt; /wait N lets time pass; /quit leaves.'] : []),
      ];
      write(`${banner.map((l) => (color ? `\x1b[2m${l}\x1b[22m` : l)).join('\n')}\n\n`);
    } else {
      for (const text of notices) sink.emit({ type: 'notice', text, t: 0 });
    }

    started = true;
    const conversation = new Conversation({
      model,
      handler,
      caller: { userId, deviceId: `amzn1.ask.device.console-${args.user}`, skillId: process.env.SKILL_ID || CONSOLE_SKILL_ID, locale: args.locale },
      clock,
      sink,
      startedAt: start,
      ...(voice ? { voice } : {}),
      showLogs: args.logs,
    });
    await conversation.run(input);
    input.close();
    voice?.stop();
    if (!args.json && script) write('\n(end of script)\n');
    return 0;
  } finally {
    await storage.close();
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
