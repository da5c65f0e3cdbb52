import type { RequestHandler } from 'ask-sdk-core';
import { Intent } from '../intents';
import { turnOf } from '../session/turn';
import { isIntent } from './predicates';
import { talk } from './respond';

/** "Delete my data": asks to confirm; the yes/no handler deletes. */
export const deleteDataHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.DeleteData),
  handle(input) {
    const turn = turnOf(input);
    turn.update({ pending: { kind: 'deleteData' } });
    const ask = turn.voice.say('deleteData.confirm');
    return talk(input, turn, [ask], ask);
  },
};
