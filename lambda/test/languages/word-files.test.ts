import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { LANGUAGES } from '../../src/speech/locales';
import { languageBook } from '../../src/speech/word-source';
import { feelingBook } from '../../src/coach/feeling-vocabulary';
import { BUNDLE, loadBundle } from '../support/bundle';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { responseProblems } from '../support/speech-checks';

/**
 * The bundle carries no language's words: `npm run build` writes each language (with its locales'
 * overrides) to lambda/dist/words.<language>.json, and the bundle reads the request's language from
 * there on first use, while jest and tsx read the TypeScript in speech/resources/. These tests play
 * the built bundle (a copy of it, for the missing files) and listen to which words come out.
 */
const DIST = path.dirname(BUNDLE);
const wordFile = (language: string) => path.join(DIST, `words.${language}.json`);

const GERMAN_WELCOME = 'Willkommen bei Hüft Coach.';
const FRENCH_WELCOME = 'Bienvenue dans coach des hanches.';
const ENGLISH_WELCOME = 'Welcome to Hip Coach.';

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite({ tableName: 'hip-coach-word-files-test' });
});
afterAll(async () => dynamo.stop());

async function firstWords(invoke: ReturnType<typeof loadBundle>, locale: string, userId: string): Promise<{ heard: string; problems: unknown }> {
  const c = new Conversation(invoke, userId, Date.parse('2026-11-03T19:00:00Z'), {}, locale);
  const response = await c.launch();
  return { heard: words(ssmlOf(response)), problems: await responseProblems([response]) };
}

/** A copy of the bundle in its own folder, with only these languages' words beside it. */
function bundleWith(languages: readonly string[]): { bundle: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hip-coach-words-'));
  copyFileSync(BUNDLE, path.join(dir, 'index.js'));
  for (const language of languages) copyFileSync(wordFile(language), path.join(dir, `words.${language}.json`));
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true });
  };
  return { bundle: path.join(dir, 'index.js'), remove };
}

describe('the words beside the bundle', () => {
  it('are not inside lambda/dist/index.js: no sentence of any language is in it', () => {
    // ASCII-only words: esbuild writes ü as \xFC, so a sentence with one would never be found anyway.
    const bundle = readFileSync(BUNDLE, 'utf8');
    for (const sentence of ['Ich begleite dich durch sanfte', 'Te voy a guiar', 'Je vais vous guider dans des', 'I will talk you through gentle hip']) {
      expect(bundle).not.toContain(sentence);
    }
  });

  it('are one file per language, each holding its own words and its locales\' overrides, as the TypeScript builds them', () => {
    for (const language of LANGUAGES) {
      expect(JSON.parse(readFileSync(wordFile(language), 'utf8'))).toEqual(languageBook(language));
    }
    const german = JSON.parse(readFileSync(wordFile('de'), 'utf8')) as { words: { launch: { firstTime: string } }; locales: Record<string, unknown> };
    expect(german.words.launch.firstTime.startsWith(GERMAN_WELCOME)).toBe(true);
    expect(Object.keys(german.locales)).toEqual(['de-DE']);
    const english = JSON.parse(readFileSync(wordFile('en'), 'utf8')) as { locales: Record<string, { safety?: { warningUrgent?: string } }> };
    expect(Object.keys(english.locales)).toEqual(['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']);
    expect(english.locales['en-GB']?.safety?.warningUrgent).toContain('Please call nine nine nine now.');
  });

  it('are read by the built bundle: a de-DE request is heard in German, an fr-FR one in French, an en-US one in English', async () => {
    const invoke = loadBundle(dynamo);
    const german = await firstWords(invoke, 'de-DE', 'amzn1.ask.account.words-de');
    const french = await firstWords(invoke, 'fr-FR', 'amzn1.ask.account.words-fr');
    const english = await firstWords(invoke, 'en-US', 'amzn1.ask.account.words-en');
    expect(german.heard.startsWith(GERMAN_WELCOME)).toBe(true);
    expect(french.heard.startsWith(FRENCH_WELCOME)).toBe(true);
    expect(english.heard.startsWith(ENGLISH_WELCOME)).toBe(true);
    expect([german.problems, french.problems, english.problems]).toEqual([{}, {}, {}]);
  });
});

describe('a words file missing beside the bundle', () => {
  let errors: jest.SpyInstance;
  beforeEach(() => {
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    errors.mockRestore();
  });

  const logged = (): Array<Record<string, unknown>> =>
    errors.mock.calls.map(([line]: unknown[]) => JSON.parse(String(line)) as Record<string, unknown>).filter((entry) => entry.event === 'wordsUnavailable');

  it('is logged once, and that language is answered in English while the others keep their own words', async () => {
    const copy = bundleWith(['en', 'fr']);
    try {
      const invoke = loadBundle(dynamo, copy.bundle);
      const first = await firstWords(invoke, 'de-DE', 'amzn1.ask.account.words-missing-de-1');
      const again = await firstWords(invoke, 'de-DE', 'amzn1.ask.account.words-missing-de-2');
      const french = await firstWords(invoke, 'fr-FR', 'amzn1.ask.account.words-missing-fr');
      expect(first.heard.startsWith(ENGLISH_WELCOME)).toBe(true);
      expect(again.heard.startsWith(ENGLISH_WELCOME)).toBe(true);
      expect(french.heard.startsWith(FRENCH_WELCOME)).toBe(true);
      expect([first.problems, again.problems, french.problems]).toEqual([{}, {}, {}]);
      const entries = logged();
      expect(entries.map(({ level, language, answeredIn }) => ({ level, language, answeredIn }))).toEqual([{ level: 'error', language: 'de', answeredIn: 'en-US' }]);
      expect(String(entries[0]?.message)).toContain(`${path.sep}words.de.json`);
    } finally {
      copy.remove();
    }
  });

  it('when it is English\'s, a request is still answered, with a fixed English apology that ends the session', async () => {
    const copy = bundleWith([]);
    try {
      const invoke = loadBundle(dynamo, copy.bundle);
      const c = new Conversation(invoke, 'amzn1.ask.account.words-missing-en', Date.parse('2026-11-03T19:00:00Z'), {}, 'de-DE');
      const response = await c.launch();
      expect(words(ssmlOf(response))).toBe('Sorry, Hip Coach cannot talk just now. Please try again later.');
      expect(response.response.shouldEndSession).toBe(true);
      await expect(responseProblems([response])).resolves.toEqual({});
      expect(logged().map((entry) => [entry.language, entry.answeredIn])).toEqual([
        ['de', 'en-US'],
        ['en', 'nothing'],
      ]);
    } finally {
      copy.remove();
    }
  });
});

describe('the safety words beside the bundle (feeling.<language>.json)', () => {
  const feelingFile = (language: string) => path.join(DIST, `feeling.${language}.json`);

  it('are one file per language, as feeling-vocabulary.ts gives them, and none of their words is inside lambda/dist/index.js', () => {
    for (const language of LANGUAGES) {
      expect(JSON.parse(readFileSync(feelingFile(language), 'utf8'))).toEqual(JSON.parse(JSON.stringify(feelingBook(language))));
    }
    const bundle = readFileSync(BUNDLE, 'utf8');
    for (const word of ['popsch', 'hormigue', 'fourmill', 'crown jewels', 'came a gutser']) expect(bundle).not.toContain(word);
  });

  it('are read by the built bundle mid-routine: "es kribbelt im Schritt" in de-DE and "my arse has gone numb" in en-GB end the routine with the urgent referral', async () => {
    const invoke = loadBundle(dynamo);
    const german = new Conversation(invoke, 'amzn1.ask.account.feeling-de', Date.parse('2026-11-03T19:00:00Z'), {}, 'de-DE');
    await german.startPastScreen('evening');
    german.wait(40);
    const saddleDe = await german.say('DescribeFeelingIntent', ['feeling', 'es kribbelt im schritt']);
    const british = new Conversation(invoke, 'amzn1.ask.account.feeling-gb', Date.parse('2026-11-03T19:00:00Z'), {}, 'en-GB');
    await british.startPastScreen('evening');
    british.wait(40);
    const saddleGb = await british.say('DescribeFeelingIntent', ['feeling', 'my arse has gone numb']);
    expect(words(ssmlOf(saddleDe))).toBe(
      'Ich beende die Routine jetzt. Taubheit in der Leiste, am Gesäß oder zwischen den Beinen: Das kann ein Zeichen für Druck auf die Nerven am unteren Ende der Wirbelsäule sein und braucht dringend ärztliche Hilfe. Bitte ruf jetzt die eins eins zwei an. Heute dehnen wir nicht weiter.',
    );
    expect({ de: saddleDe.response.shouldEndSession, gb: saddleGb.response.shouldEndSession }).toEqual({ de: true, gb: true });
    expect(words(ssmlOf(saddleGb))).toContain('Please call nine nine nine now.');
    await expect(responseProblems([saddleDe, saddleGb])).resolves.toEqual({});
  });
});
