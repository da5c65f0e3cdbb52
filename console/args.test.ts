import { VirtualClock } from './clock';
import { parseConsoleArgs, UsageError } from './args';
import { consoleUserId } from './envelope';

describe('parseConsoleArgs', () => {
  it('reads every flag', () => {
    const args = parseConsoleArgs(['--user', 'ann', '--locale', 'en-GB', '--speed', '0', '--script', 'demo.txt', '--data', '/tmp/d', '--start', '2030-01-01T07:00:00Z', '--json', '--speak', '--wav', 'out', '--logs', '--handler', 'h.js', '--seed', '7', '--grant', 'reminders', '--fresh', '--no-color', '--display']);
    expect(args).toEqual({
      user: 'ann', locale: 'en-GB', speed: 0, script: 'demo.txt', lines: [], data: '/tmp/d', start: Date.parse('2030-01-01T07:00:00Z'),
      json: true, speak: true, wav: 'out', logs: true, handler: 'h.js', seed: 7, grant: ['reminders'], fresh: true, color: false, help: false, display: true,
    });
  });

  it('takes utterances after the options as a script', () => {
    expect(parseConsoleArgs(['--speed', '0', 'open hip coach', 'next']).lines).toEqual(['open hip coach', 'next']);
  });

  it.each([
    [['--speed', '-1'], /--speed/],
    [['--speed', 'fast'], /--speed/],
    [['--start', 'yesterday'], /--start/],
    [['--user', 'a b'], /--user/],
    [['--locale', 'english'], /--locale/],
    [['--script', 'x', 'next'], /either --script or utterances/],
    [['--colour'], /Unknown option/],
    [['--seed', '1.5'], /--seed/],
    [['--grant', 'location'], /--grant knows only "reminders"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseConsoleArgs(argv)).toThrow(UsageError);
    expect(() => parseConsoleArgs(argv)).toThrow(message);
  });
});

describe('VirtualClock and user ids', () => {
  it('moves only when told, and stamps whole seconds like Alexa', () => {
    const clock = new VirtualClock(Date.parse('2030-01-01T07:00:00Z'));
    clock.advance(1999);
    expect(clock.timestamp()).toBe('2030-01-01T07:00:01Z');
    clock.advanceTo(0);
    expect(clock.now()).toBe(Date.parse('2030-01-01T07:00:01.999Z'));
  });

  it('gives each console user a stable Alexa-shaped id', () => {
    expect(consoleUserId('ann')).toBe('amzn1.ask.account.console-ann');
  });
});
