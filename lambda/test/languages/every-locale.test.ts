import type { ResponseEnvelope } from 'ask-sdk-model';
import { loadInteractionModel, resolve } from '../../../tools/nlu';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { LOCALES, languageOf } from '../../src/speech/locales';
import { loadBundle } from '../support/bundle';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { responseProblems } from '../support/speech-checks';
import { earFor } from '../../../tools/understanding/judge-words';

/**
 * Every locale, by voice, through the built bundle (lambda/dist/index.js) and that locale's own
 * interaction model: a new user is screened, plays a whole routine by saying "next" in their
 * language, then in a second session asks a question mid-hold, says something hurts, and names a
 * warning sign; a third asks how they are doing. Every response must be valid for Alexa, and in
 * German, Spanish and French not one English word may be heard.
 */
interface Phrases {
  readonly no: string;
  readonly start: string;
  readonly next: string;
  readonly holdQuestion: string;
  readonly pain: string;
  readonly warning: string;
  readonly progress: string;
}

const english: Phrases = {
  no: 'no', start: 'start my morning routine', next: 'next', holdQuestion: 'how long do I hold this', pain: 'this hurts',
  warning: 'my leg has gone numb', progress: 'how am I doing',
};
const phrases: Record<string, Phrases> = {
  en: english,
  de: { no: 'nein', start: 'starte die morgenroutine', next: 'weiter', holdQuestion: 'wie lange halte ich das', pain: 'das tut weh',
    warning: 'mein bein ist ganz taub', progress: 'wie läuft es bei mir' },
  es: { no: 'no', start: 'empieza la rutina de la mañana', next: 'siguiente', holdQuestion: 'cuánto tiempo aguanto', pain: 'me duele',
    warning: 'tengo la pierna dormida', progress: 'cómo voy' },
  fr: { no: 'non', start: 'lance la routine du matin', next: 'suivant', holdQuestion: 'combien de temps je tiens', pain: 'ça fait mal',
    warning: "j'ai la jambe engourdie", progress: "où j'en suis" },
};

/**
 * English words that are no word of German, Spanish or French (so "die", "pause", "no", "in", "me",
 * "stop", "minutes", the German "leg dich" and the Spanish "ten a mano" are not here): any of them in a non-English response is English leaking through.
 */
const ENGLISH_ONLY = new Set(('the and you your with this that is are now for of stretch stretches hold holds side left right next breathe ' +
  'breath seconds second well done back knee knees hip hips legs floor chair please say when ready again repeat skip ' +
  'easier harder help yes gently slowly hurts today week morning evening workday sorry goodbye welcome would like start it to my routine\'s ' +
  'round rounds one two three release relax slow deep gentle keep through each').split(' '));

let dynamo: LocalDynamo;
let invoke: ReturnType<typeof loadBundle>;
beforeAll(async () => {
  dynamo = await startDynalite({ tableName: 'hip-coach-locales-test' });
  invoke = loadBundle(dynamo);
});
afterAll(async () => dynamo.stop());

describe.each([...LOCALES])('%s, by voice, on its own model', (locale) => {
  const said = phrases[languageOf(locale)] ?? english;
  const model = loadInteractionModel(locale);
  let users = 0;

  /** What the user says, heard through the locale's model as Alexa would, and sent to the skill. */
  async function say(c: Conversation, text: string): Promise<ResponseEnvelope> {
    const heard = resolve(model, text, { locale });
    if (heard.kind === 'launch') return c.launch();
    if (heard.kind === 'end') throw new Error(`"${text}" ended the session`);
    return c.send({ type: 'IntentRequest', intent: heard.intent });
  }

  it('plays a whole routine, then a mid-hold question, pain, a warning sign and a progress summary, all valid for Alexa and all in the language', async () => {
    const c = new Conversation(invoke, `amzn1.ask.account.locale-${locale}-${String(++users)}`, Date.parse('2026-11-03T07:30:00Z'), {}, locale);
    await c.launch();
    await say(c, said.no);
    await say(c, said.no);
    // Past the screen the suggested routine (the morning one, at 07:30) starts; "start my morning routine" starts it afresh.
    const ear = earFor(locale);
    const finished = (r: ResponseEnvelope) => ear.heard(words(ssmlOf(r)), 'tally.done') || ear.heard(words(ssmlOf(r)), 'routineFlow.done');
    let response = await say(c, said.start);
    const routine = [response];
    while (!finished(response) && response.response.shouldEndSession === false && routine.length < 20) {
      c.wait(600);
      response = await say(c, said.next);
      routine.push(response);
    }
    c.wait(3600);
    const started = await say(c, said.start);
    c.wait(40);
    const question = await say(c, said.holdQuestion);
    const pain = await say(c, said.pain);
    const warning = await say(c, said.warning);
    c.wait(3600);
    const progress = await say(c, said.progress);

    const heard = (r: ResponseEnvelope) => words(ssmlOf(r));
    expect({
      routineDone: routine.at(-1) !== undefined && finished(routine.at(-1) as ResponseEnvelope),
      routineLength: routine.length,
      startedOpen: started.response.shouldEndSession,
      questionHeard: heard(question).length > 0,
      painOpen: pain.response.shouldEndSession,
      warningEnds: warning.response.shouldEndSession,
      progressHeard: heard(progress).length > 0,
    }).toEqual({ routineDone: true, routineLength: 5, startedOpen: false, questionHeard: true, painOpen: false, warningEnds: true, progressHeard: true });
    expect(await responseProblems(c.responses)).toEqual({});
    const leaked = languageOf(locale) === 'en' ? [] : c.responses.flatMap((r) => {
      const speech = [ssmlOf(r), r.response.reprompt?.outputSpeech?.type === 'SSML' ? r.response.reprompt.outputSpeech.ssml : ''];
      return speech.flatMap((s) => words(s).toLowerCase().split(/[^\p{L}']+/u)).filter((w) => ENGLISH_ONLY.has(w));
    });
    expect(leaked).toEqual([]);
  });
});
