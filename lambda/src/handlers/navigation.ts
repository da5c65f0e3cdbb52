import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { CoachDeps } from '../coach/routine-turns';
import { nextStretch, previousStretch, repeatStretch, skipStretch, startOver } from '../coach/routine-turns';
import type { Reply } from '../coach/reply';
import type { RoutineState } from '../coach/routine-state';
import { Intent, type IntentName } from '../intents';
import { turnOf } from '../session/turn';
import { coachDeps } from './coach-deps';
import { isIntent } from './predicates';
import { offerRoutines, speak, talk } from './respond';

/** Without a routine in progress, a navigation word gets the ways to start one. */
function noRoutine(input: HandlerInput): Response {
  const turn = turnOf(input);
  if (turn.state.halted) return talk(input, turn, [turn.voice.say('safety.noResume')]);
  return offerRoutines(input, turn, [turn.voice.say('questions.noRoutine')]);
}

function routineMove(intents: readonly IntentName[], move: (state: RoutineState, deps: CoachDeps) => Reply): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, ...intents),
    async handle(input) {
      const turn = turnOf(input);
      const state = turn.state.routine;
      if (!state || turn.state.halted) return noRoutine(input);
      await turn.record();
      turn.update({ pending: undefined });
      return speak(input, turn, move(state, coachDeps(turn)));
    },
  };
}

/** "Next": the next stretch, or the end of the routine. */
export const nextHandler = routineMove([Intent.Next], (s, d) => nextStretch(s, d));
/** "Skip this one". */
export const skipHandler = routineMove([Intent.Skip], skipStretch);
/** "Go back". */
export const previousHandler = routineMove([Intent.Previous], previousStretch);
/** "Repeat that": this stretch again. */
export const repeatHandler = routineMove([Intent.Repeat], (s, d) => repeatStretch(s, d));
/** "Tell me more": this stretch again with the full setup cues. */
export const tellMeMoreHandler = routineMove([Intent.TellMeMore], (s, d) => repeatStretch(s, d, { fullCues: true }));
/** "Start over": the routine from the top. */
export const startOverHandler = routineMove([Intent.StartOver], startOver);
