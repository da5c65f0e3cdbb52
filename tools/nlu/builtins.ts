/**
 * Common phrasings of the AMAZON built-in intents. Alexa trains these itself, so the interaction model lists
 * no samples for them; the console needs a stand-in. They count only for built-ins the model declares, and a
 * sample the model does list (say "move on" under SkipIntent) wins over a phrasing here.
 */
export const BUILT_IN_PHRASINGS: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.HelpIntent': ['help', 'help me', 'what can I say', 'what can I do', 'I need help', 'how does this work'],
  'AMAZON.StopIntent': ['stop', 'quit', "that's enough", "I'm done", 'stop please', 'off', 'enough'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it', 'cancel that'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen'],
  'AMAZON.NextIntent': ['next', 'next one', 'continue', 'go on', 'keep going', 'ready', "I'm ready", 'move on'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back', 'last one', 'previous one'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'again', 'pardon', 'come again', 'what did you say'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'from the beginning', 'start again', 'start from the beginning'],
  'AMAZON.PauseIntent': ['pause', 'wait', 'hold on', 'give me a minute', 'hang on', 'one moment', 'pause the routine'],
  'AMAZON.ResumeIntent': ['resume', 'continue where I left off', 'unpause', "I'm back", 'resume the routine', 'pick up where I left off'],
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'please do', 'yes please', 'of course', 'sounds good', 'go ahead'],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not right now'],
};

/** What a user says to leave a skill outright: Alexa closes the session with a SessionEndedRequest (USER_INITIATED). */
export const EXIT_PHRASES: readonly string[] = ['exit', 'exit skill', 'exit the skill'];

/**
 * Hesitation sounds. A speech recogniser mostly leaves them out; when it writes them down they
 * carry no meaning anywhere in an utterance ("erm i have pins and needles").
 */
export const DISFLUENCIES: readonly string[] = ['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'errm', 'mm', 'hm'];

/** Words a user may wrap around an utterance that carry no meaning for the match. */
export const LEADING_FILLERS: readonly string[] = [
  'alexa', 'please', 'can you', 'could you', 'would you', 'can you please', 'could you please',
  "let's", 'i want to', "i'd like to", 'um', 'uh', 'so', 'okay so', 'ok so', 'and',
  // Hesitations and openers said before the words that matter ("erm stop", "right, what now", "yep next").
  ...DISFLUENCIES, 'hmm', 'right', 'right so', 'ok', 'okay', 'alright', 'well', 'oh', 'yeah', 'yep', 'actually', 'like', 'hey',
  // A request put as a question ("can we move on", "shall we skip this"), as "can you" is.
  'can we', 'could we', 'shall we', 'can i', 'could i', 'reckon', 'i want you to', 'i need you to',
  // Openers of someone interrupted or unsure ("wait go back one", "sorry can you repeat that", "i think i pulled something").
  'wait', 'wait wait', 'hold on', 'hang on', 'sorry', 'just', 'i think', 'k', 'mhm', 'go ahead and', 'oh wait', 'um wait', 'oops',
  // Hedges and courtesies ("could you maybe skip this", "i reckon that's me done", "kindly go to next").
  'maybe', 'could you maybe', 'can you maybe', 'can we maybe', 'could we maybe', 'i reckon', 'kindly', 'please kindly',
];
/** Longer fillers first, so "for now" goes whole before "now" alone would leave "for". */
export const TRAILING_FILLERS: readonly string[] = ['for a sec', 'for a second', 'for a minute', 'for me', 'for now', 'thanks love', 'would you', 'will you', 'please', 'thanks', 'thank you', 'now', 'alexa', 'then', 'mate', 'okay', 'ok', 'love',
  // Hedges and the Indian-English closing "only" ("a simpler one maybe", "next one only", "what is this stretching exactly").
  'maybe', 'only', 'exactly', 'here'];

/**
 * Wrapping words the resolver drops like the fillers above, but which the model is not pruned by
 * (tools/model/prune.ts): the samples wrapped in them stay, since the statistical stand-in learns
 * its tolerance to wrapping words from those copies. Openers of a question said as a statement or a
 * wish ("i'm wondering how long this one is", "i want the next one"), and tags and hedges said after
 * the words that matter ("next one you know", "the next one i guess", "next one na"); acknowledgements
 * said before a request at the end of a hold ("got it next").
 */
export const STATEMENT_OPENERS: readonly string[] = ["i'm wondering", 'i am wondering', 'i was wondering', 'i wonder', 'just wondering',
  'i want to know', "i'd like to know", 'do you know', 'can you tell me', 'could you tell me', 'i want', 'give me', 'righto', 'right then', 'so like',
  // An acknowledgement said before the request, at the end of a hold ("got it next", "cool what's next", "that's fine next one").
  'got it', 'cool', 'sweet', 'great', 'nice', 'lovely', 'perfect', 'all right', "that's fine", 'that was fine', "that's good", 'that was good',
  "i'm good", 'fine', 'good', 'all done', 'okay done', 'done',
  // Openers of casual speech that carry no request ("bruh how long is this hold", "ngl this is too easy", "honestly any of them"); not "aye", a yes.
  'bruh', 'ngl', 'lowkey', 'honestly', 'wondering', "y'all", 'so um', 'and um'];
export const CLOSING_TAGS: readonly string[] = ['you know', 'i guess', 'i suppose', 'or what', 'or something', 'yeah', 'na', 'yaar', 'like',
  // Who it is said to, after the request ("how long should I be holding it dear", "how long do we hold this y'all").
  'dear', "y'all", 'eh', 'lol', 'buddy', 'pal', 'coach'];
