import { parseArgs } from 'node:util';
import { userInfo } from 'node:os';
import { LOCALES_WITH_MODELS } from '../tools/nlu/languages';

export interface ConsoleArgs {
  user: string;
  locale: string;
  speed: number;
  script?: string;
  lines: string[];
  data?: string;
  start?: number;
  json: boolean;
  speak: boolean;
  wav?: string;
  logs: boolean;
  handler?: string;
  seed?: number;
  /** Permissions the console's user has granted (only `reminders` exists). */
  grant: string[];
  fresh: boolean;
  color: boolean;
  help: boolean;
  display: boolean;
}

export const USAGE = `Hip Coach console: talk to the skill as a device would.

  npm start [-- options] ["utterance" …]

  --user NAME      whose progress (default: your login name); each name is its own Alexa user
  --fresh          forget this user's progress first: meet Hip Coach as a new user
  --locale L       interaction model and request locale (default en-US; one of en-US, en-GB, en-CA, en-AU,
                   en-IN, de-DE, es-ES, es-MX, es-US, fr-FR, fr-CA)
  --speed N        Hip Coach plays N× faster (default 1), answers still get real time; 0 plays without waiting
  --script FILE    say the lines of FILE, print the transcript (FILE "-" or piped input: stdin)
  --data DIR       where the embedded DynamoDB keeps data (default .data/dynalite)
  --start TIME     the console clock's start (ISO 8601, default now)
  --json           print the transcript as JSON lines
  --speak          also speak aloud with espeak-ng
  --wav DIR        write each response as a WAV file (espeak-ng)
  --logs           show what the skill logs
  --handler FILE   a module exporting handler (default lambda/dist/index.js, the Lambda bundle)
  --seed N         seed the skill's randomness, so it picks the same phrasings every run
  --display        be an Echo Show: send the APL interface, print a line per screen update; /touch next|back|pause|hurts
  --grant reminders  the user has allowed reminders: a local fake of the Alexa Reminders API takes
                   the skill's calls, and each reminder the skill sets, moves or deletes is printed
  --no-color       plain text
  -h, --help       this text

Utterances given after the options are said in order, like a script.
While it talks, type to interrupt. /wait N lets N seconds of silence pass; /quit leaves.`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses the console's command line; throws {@link UsageError} with a readable message. */
export function parseConsoleArgs(argv: readonly string[]): ConsoleArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        user: { type: 'string' },
        locale: { type: 'string' },
        speed: { type: 'string' },
        script: { type: 'string' },
        data: { type: 'string' },
        start: { type: 'string' },
        json: { type: 'boolean' },
        speak: { type: 'boolean' },
        wav: { type: 'string' },
        logs: { type: 'boolean' },
        handler: { type: 'string' },
        seed: { type: 'string' },
        grant: { type: 'string', multiple: true },
        fresh: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        display: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!Number.isFinite(speed) || speed < 0) throw new UsageError(`--speed needs a number ≥ 0, got "${values.speed}"`);
  let start: number | undefined;
  if (values.start !== undefined) {
    start = Date.parse(values.start);
    if (Number.isNaN(start)) throw new UsageError(`--start needs an ISO 8601 time, got "${values.start}"`);
  }
  const user = values.user ?? safeLoginName();
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(user)) throw new UsageError('--user takes letters, digits, ".", "_" and "-" (at most 64)');
  const locale = values.locale ?? 'en-US';
  if (!(LOCALES_WITH_MODELS as readonly string[]).includes(locale)) {
    throw new UsageError(`--locale: Hip Coach has no model for "${locale}"; the locales are ${LOCALES_WITH_MODELS.join(', ')}`);
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`--seed needs a whole number, got "${values.seed}"`);
  const grant = values.grant ?? [];
  const unknownGrant = grant.find((g) => g !== 'reminders');
  if (unknownGrant !== undefined) throw new UsageError(`--grant knows only "reminders", got "${unknownGrant}"`);
  if (values.script !== undefined && positionals.length > 0) throw new UsageError('give either --script or utterances, not both');
  return {
    user,
    locale,
    speed,
    ...(values.script !== undefined ? { script: values.script } : {}),
    lines: positionals,
    ...(values.data !== undefined ? { data: values.data } : {}),
    ...(start !== undefined ? { start } : {}),
    json: values.json ?? false,
    speak: values.speak ?? false,
    ...(values.wav !== undefined ? { wav: values.wav } : {}),
    logs: values.logs ?? false,
    ...(values.handler !== undefined ? { handler: values.handler } : {}),
    ...(seed !== undefined ? { seed } : {}),
    grant,
    fresh: values.fresh ?? false,
    color: !(values['no-color'] ?? false) && !process.env.NO_COLOR,
    help: values.help ?? false,
    display: values.display ?? false,
  };
}

function safeLoginName(): string {
  try {
    const name = userInfo().username.replace(/[^A-Za-z0-9._-]/g, '_');
    return name || 'me';
  } catch {
    return 'me';
  }
}
