import { breakMs, estimateSpeechMs, heardMs, parseSsml } from './ssml';

describe('parseSsml', () => {
  it('splits speech into sentences and keeps breaks as pauses in order', () => {
    const { segments, warnings } = parseSsml('<speak>Lie on your back. Bend your knees! <break time="10s"/> Ten seconds. <break time="2500ms"/> Release.</speak>');
    expect(segments).toEqual([
      { kind: 'speech', text: 'Lie on your back.', ms: 1600 },
      { kind: 'speech', text: 'Bend your knees!', ms: 1200 },
      { kind: 'pause', ms: 10_000 },
      { kind: 'speech', text: 'Ten seconds.', ms: 800 },
      { kind: 'pause', ms: 2500 },
      { kind: 'speech', text: 'Release.', ms: 400 },
    ]);
    expect(warnings).toEqual([]);
    expect(heardMs(segments)).toBe(16_500);
  });

  it('strips tags it does not time, keeps their words, and decodes entities', () => {
    const { segments } = parseSsml('<speak><amazon:effect name="whispered">Slowly</amazon:effect> &amp; <emphasis>gently</emphasis>.<p>New paragraph</p></speak>');
    expect(segments.map((s) => (s.kind === 'speech' ? s.text : s.kind))).toEqual(['Slowly & gently.', 'New paragraph']);
  });

  it('shows audio clips', () => {
    expect(parseSsml('<speak><audio src="soundbank://x"/>Hi</speak>').segments[0]).toEqual({ kind: 'audio', src: 'soundbank://x', ms: 0 });
  });

  it('warns about a break over 10 s, breaks side by side and speech over 8000 characters', () => {
    expect(parseSsml('<speak>a <break time="11s"/> b</speak>').warnings).toEqual([expect.stringMatching(/10 s limit/)]);
    expect(parseSsml('<speak>a <break time="1s"/> <break time="1s"/> b</speak>').warnings).toEqual([expect.stringMatching(/side by side/)]);
    expect(parseSsml(`<speak>${'word '.repeat(1700)}</speak>`).warnings).toEqual([expect.stringMatching(/8000/)]);
  });

  it('reads plain text as one stretch of speech', () => {
    expect(parseSsml('Hello there.').segments).toEqual([{ kind: 'speech', text: 'Hello there.', ms: 800 }]);
  });
});

describe('breakMs and estimateSpeechMs', () => {
  it.each([
    ['<break time="3s"/>', 3000],
    ['<break time="1.5s"/>', 1500],
    ["<break time='750ms'/>", 750],
    ['<break strength="strong"/>', 1000],
    ['<break/>', 750],
  ])('%s lasts %i ms', (tag, ms) => {
    expect(breakMs(tag)).toBe(ms);
  });

  it('counts 400 ms a word (150 words a minute, the skill\'s own estimate), ignoring bare punctuation', () => {
    expect(estimateSpeechMs('Three, two, one - and release.')).toBe(2000);
  });
});
