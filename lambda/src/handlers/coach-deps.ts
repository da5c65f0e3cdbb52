import type { CoachDeps } from '../coach/routine-turns';
import type { StretchId } from '../scripts/stretches';
import type { Turn } from '../session/turn';

/** The engine's view of this user: their words and how often they have met each stretch. */
export function coachDeps(turn: Turn): CoachDeps {
  const met = turn.state.record?.met ?? {};
  return { voice: turn.voice, met: (stretch: StretchId) => met[stretch] ?? 0 };
}
