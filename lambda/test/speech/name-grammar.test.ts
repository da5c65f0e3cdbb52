import { stretchName } from '../../src/coach/stretch-name';
import { stretchIds } from '../../src/scripts/stretches';
import { en } from '../../src/speech/resources/en';
import { createVoice } from '../../src/speech/voice';

const voice = createVoice('en-US', () => 0);

/** Every line that takes a stretch's name, with that name in it: names start with "the", so the frame must fit. */
const templates: readonly (readonly [string, readonly string[]])[] = [
  ['routineFlow.skipped', en.routineFlow.skipped],
  ['cue.intro', en.cue.intro],
  ['cue.introOnly', en.cue.introOnly],
  ['cue.nextUp', en.cue.nextUp],
  ['cue.backToBoth', en.cue.backToBoth],
];

const cases = templates.flatMap(([key, lines]) =>
  lines.flatMap((line) => stretchIds.map((id) => [key, id, line.replace('{{name}}', stretchName(voice, id)).replace(/\{\{\w+\}\}/g, '2')] as const)),
);

describe('stretch names in their sentences', () => {
  it.each(cases)('%s with %s reads as English', (_key, _id, text) => {
    expect(text).not.toMatch(/\b(no|a|an|your|my) the\b/i);
    expect(text).not.toMatch(/\bthe the\b/i);
  });
});
