/**
 * The real skill through the console: the bundle `npm run build` writes (lambda/dist/index.js), on the
 * embedded store, exactly as `npm start` runs it. `npm test` builds first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HANDLER } from './app';
import { eventsOf, runConsole } from './cli-harness';
import type { TimedEvent } from './events';
import type { HeardSegment } from './ssml';

let dir: string;

beforeAll(() => {
  if (!existsSync(DEFAULT_HANDLER)) throw new Error(`${DEFAULT_HANDLER} is missing: run \`npm run build\` (npm test does) before these tests.`);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hip-coach-skill-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const DAY_ONE = '2030-01-07T19:00:00Z';
const DAY_TWO = '2030-01-08T19:00:00Z';

/**
 * A first-time user: answers the two screening questions with no, moves through the routine, and
 * says no to the one-time reminder offer at its end.
 */
const FIRST_SESSION = ['open hip coach', 'no', 'no', ...Array.from({ length: 10 }, () => 'next'), 'no', 'ask hip coach how am I doing'].join('\n');

/** The transcript lines after the line that contains `marker`, up to the next thing the user says. */
function answerTo(transcript: string, marker: string): string {
  const after = transcript.slice(transcript.indexOf(marker) + marker.length);
  const next = after.search(/\n\s*\S+ you › /);
  return next < 0 ? after : after.slice(0, next);
}

describe('Hip Coach through the console', () => {
  it('plays the evening routine from "open hip coach" to "how am I doing", and a later run for the same user hears that progress', async () => {
    const data = join(dir, 'data');
    const first = await runConsole(['--data', data, '--speed', '0', '--user', 'ann', '--start', DAY_ONE, '--seed', '1'], { stdin: FIRST_SESSION });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const transcript = first.stdout;
    expect(transcript).toContain('you › open hip coach\n           → LaunchRequest (new session)');
    expect(transcript).toMatch(/evening routine/);
    expect(transcript).toContain('→ IntentRequest AMAZON.NextIntent');
    expect(transcript).toContain('■ session over (Hip Coach ended the session)');
    // Alexa would refuse a response with a break over 10 s; the skill must never fail a turn.
    expect(transcript).not.toMatch(/[⚠✖]/);
    const progress = answerTo(transcript, 'you › ask hip coach how am I doing');
    expect(progress).toContain('→ IntentRequest ProgressIntent (new session, one-shot)');
    expect(progress).toMatch(/\b1 session\b/);

    const later = await runConsole(['--data', data, '--speed', '0', '--user', 'ann', '--start', DAY_TWO, '--seed', '2'], { stdin: 'open hip coach\nhow am I doing\n' });
    expect(later.code).toBe(0);
    expect(answerTo(later.stdout, 'you › open hip coach')).not.toMatch(/first session/);
    expect(answerTo(later.stdout, 'you › how am I doing')).toMatch(/\b1 session\b/);

    const someoneElse = await runConsole(['--data', data, '--speed', '0', '--user', 'bea', '--start', DAY_TWO, '--seed', '2'], { stdin: 'open hip coach\n' });
    expect(answerTo(someoneElse.stdout, 'you › open hip coach')).toMatch(/first session/);
  });

  it('answers "how long do I hold this" mid-hold and resumes the hold with only the seconds that remain', async () => {
    // The routine starts after the screening; its third pause is the first stretch's hold (the first is
    // the time to fetch the kit, the second to get into position). The question comes 6 s into that pause.
    const run = await runConsole(['--data', join(dir, 'data'), '--speed', '0', '--user', 'cy', '--start', DAY_ONE, '--seed', '3', '--json'], {
      stdin: 'open hip coach\nno\nno\n(after 6 in pause 3) how long do I hold this\n',
    });
    expect(run.code).toBe(0);
    const events = eventsOf(run);
    const responses = events.filter((e): e is Extract<TimedEvent, { type: 'response' }> => e.type === 'response');
    const interrupted = events.find((e) => e.type === 'interrupted');
    expect(interrupted).toBeDefined();
    const question = events.filter((e) => e.type === 'request').at(-1);
    expect(question).toMatchObject({ intent: 'HoldDurationIntent', newSession: false });

    const before = events.slice(0, events.indexOf(interrupted as TimedEvent));
    const routine = before.filter((e): e is Extract<TimedEvent, { type: 'response' }> => e.type === 'response').at(-1);
    const answer = responses.at(-1);
    if (!routine || !answer || !interrupted) throw new Error('no routine response or no answer');
    // Where the uninterrupted hold would have ended: the end of its "three, two, one".
    const holdEnd = routine.t + endOfCountdown(routine.segments);
    const remainingMs = holdEnd - interrupted.t;
    expect(remainingMs).toBeGreaterThan(5000);

    // The answer names about that many seconds, then holds from its first pause to its own countdown.
    const said = answer.segments.map((s) => (s.kind === 'speech' ? s.text : '')).join(' ');
    const named = Number(/(\d+) seconds? (left|to go|remain)/i.exec(said)?.[1]);
    expect(Math.abs(named - remainingMs / 1000)).toBeLessThanOrEqual(2);
    const firstPause = answer.segments.findIndex((s) => s.kind === 'pause');
    const resumedMs = endOfCountdown(answer.segments) - answer.segments.slice(0, firstPause).reduce((sum, s) => sum + s.ms, 0);
    // Alexa's timestamps are whole seconds and the skill rounds to a second: within 1.6 s.
    expect(Math.abs(resumedMs - remainingMs)).toBeLessThanOrEqual(1600);
  });
});

/** Ms from the start of a response to the end of its first countdown ("Three. Two. One.", a word a second: its "one"). */
function endOfCountdown(segments: HeardSegment[]): number {
  let t = 0;
  for (const segment of segments) {
    t += segment.ms;
    if (segment.kind === 'speech' && /^one\.?$/i.test(segment.text.trim())) return t;
  }
  throw new Error('no countdown in the response');
}

describe('reminders through the console (--grant reminders)', () => {
  it('sets, moves and cancels a reminder against the local fake, printing each call; without the grant Alexa would ask', async () => {
    const data = join(dir, 'data');
    const script = ['ask hip coach to remind me to do my evening stretches at 7 pm', 'yes', 'ask hip coach to move my evening reminder to 8 pm', 'ask hip coach to cancel my reminders'].join('\n');
    const granted = await runConsole(['--data', data, '--speed', '0', '--user', 'rem', '--start', DAY_ONE, '--grant', 'reminders'], { stdin: script });
    expect(granted.stderr).toBe('');
    const out = granted.stdout;
    expect(answerTo(out, 'evening stretches at 7 pm')).toContain('I can remind you to do your evening routine at 7 PM');
    expect(out).toMatch(/reminder created \(\w+\): "Time for your evening routine with Hip Coach\." from 2030-01-\d\dT19:00:00\.000 .*FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=19;BYMINUTE=0;BYSECOND=0/);
    expect(out).toMatch(/reminder updated \(\w+\):.*BYHOUR=20;BYMINUTE=0/);
    expect(out).toMatch(/reminder deleted \(\w+\)/);

    const asked = await runConsole(['--data', data, '--speed', '0', '--user', 'rem2', '--start', DAY_ONE], { stdin: script });
    expect(asked.stdout).toContain('[directive] Connections.SendRequest');
    expect(asked.stdout).not.toContain('reminder created');
  });
});
