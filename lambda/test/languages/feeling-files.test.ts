import path from 'node:path';

/**
 * feeling-vocabulary-files.ts, the bundle's reader of the safety words (tools/build.mjs puts it in
 * place of feeling-vocabulary.ts): it reads feeling.<language>.json beside itself as UTF-8 and
 * parses it. Under jest the file sits in lambda/src/coach, where no word file is, so the disk is
 * stood in for: the test states the path and encoding asked for and the book handed back.
 */
const read = jest.fn<unknown, unknown[]>();
jest.mock('node:fs', () => {
  const actual: Record<string, unknown> = jest.requireActual('node:fs');
  return { ...actual, readFileSync: (...args: unknown[]) => read(...args) };
});

import { feelingBook } from '../../src/coach/feeling-vocabulary-files';

const beside = path.join(__dirname, '..', '..', 'src', 'coach');

describe('the safety words read beside the bundle', () => {
  beforeEach(() => read.mockReset());

  it('reads feeling.de.json beside itself as UTF-8 and gives its vocabulary', () => {
    read.mockReturnValue('{"vocabulary":{"numb":"taub|pelzig"}}');
    expect(feelingBook('de')).toEqual({ vocabulary: { numb: 'taub|pelzig' } });
    expect(read.mock.calls).toEqual([[path.join(beside, 'feeling.de.json'), 'utf8']]);
  });

  it('reads feeling.en.json for English, with its rewrites', () => {
    read.mockReturnValue('{"rewrites":[["\\\\bwaterworks\\\\b","g","bladder"]]}');
    expect(feelingBook('en')).toEqual({ rewrites: [['\\bwaterworks\\b', 'g', 'bladder']] });
    expect(read.mock.calls).toEqual([[path.join(beside, 'feeling.en.json'), 'utf8']]);
  });

  it('throws when the file cannot be read, rather than read the words of no language', () => {
    read.mockImplementation(() => {
      throw new Error("ENOENT: no such file or directory, open 'feeling.fr.json'");
    });
    expect(() => feelingBook('fr')).toThrow("ENOENT: no such file or directory, open 'feeling.fr.json'");
  });
});
