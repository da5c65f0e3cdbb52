import type { RequestHandler } from 'ask-sdk-core';
import { greet } from '../coach/greeting';
import { localHour } from '../progress/calendar';
import { turnOf } from '../session/turn';
import { isRequest } from './predicates';
import { talk } from './respond';

/** "Alexa, open hip coach": first-use note and screen, an offer to resume, or today's routine. */
export const launchHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'LaunchRequest'),
  async handle(input) {
    const turn = turnOf(input);
    const record = await turn.record();
    const greeting = greet(record, localHour(turn.now, turn.timeZone), turn.voice);
    const lines = [...greeting.lines];
    switch (greeting.kind) {
      case 'firstTime':
        turn.update({ pending: { kind: 'screen', question: 1 } });
        return talk(input, turn, lines, turn.voice.say('screen.reprompt'));
      case 'resume':
        turn.update({ pending: { kind: 'resume' } });
        return talk(input, turn, lines, lines[lines.length - 1]);
      case 'suggest':
        turn.update({ pending: { kind: 'suggest', routine: greeting.routine } });
        return talk(input, turn, lines, turn.voice.say('launch.options'));
    }
  },
};
