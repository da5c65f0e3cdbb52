/**
 * The stretch catalogue, written from the seed articles' facts (see `source`).
 * Data only: every spoken word lives in speech/resources, keyed by the stretch id.
 */

/** Where the body is: moving to or from the floor takes longer to get into position. */
export type Position = 'floor' | 'standing' | 'seated';

/** Muscles and tissues the seeds name (seed 001's muscle table, seeds 002–004). */
export type Target =
  | 'iliopsoas'
  | 'piriformis'
  | 'hamstrings'
  | 'tfl'
  | 'glutes'
  | 'deepRotators'
  | 'adductors'
  | 'lowerBack'
  | 'hipCapsule';

/** Conditions a user can tell the coach about for today's session; never stored. */
export const conditions = ['groinPain', 'hipInjury', 'backInjury', 'kneeProblem'] as const;
export type Condition = (typeof conditions)[number];

export function isCondition(value: unknown): value is Condition {
  return conditions.some((c) => c === value);
}

/** What to have to hand, named before the first stretch so nothing is fetched mid-routine. */
export const kitItems = ['mat', 'cushion', 'towel', 'chair', 'wall'] as const;
export type Kit = (typeof kitItems)[number];

/** static: hold still; flow: move slowly with the breath for the hold time. */
export type Pacing = 'static' | 'flow';

/** A span of numbers, least and most: seconds of a hold, repetitions, minutes of a routine. */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

export interface StretchSpec {
  readonly position: Position;
  /** One-sided stretches are done on each side, each side getting its full hold. */
  readonly sided: boolean;
  readonly pacing: Pacing;
  /** Hold per repetition (per side), seconds, as the seeds give it. */
  readonly hold: Bounds;
  /** Repetitions per side, as the seeds give them. */
  readonly reps: Bounds;
  readonly targets: readonly Target[];
  /** Conditions under which this stretch is swapped for its gentler variant, or skipped. */
  readonly avoidWith: readonly Condition[];
  /** Deep or forceful: left out or swapped when a hip or back injury is mentioned. */
  readonly deep: boolean;
  /** A stretch id (checked by a test): the easier version to swap in. */
  readonly gentler?: string;
  /** The seed file the facts come from. */
  readonly source: string;
  /** What the stretch needs besides the user (a floor stretch needs a mat or rug). */
  readonly kit?: readonly Kit[];
  /** A forward bend from standing: the user comes up slowly, pushing through the hands. */
  readonly foldsForward?: boolean;
  /** Turns the spine: with a back injury, only a little and well inside comfort (seed 001). */
  readonly twists?: boolean;
}

const seed = {
  assisted: '000_89fa003735bef522',
  clinic: '001_ae65ada45225383f',
  therapist: '002_c5c7cf8fc4d7e760',
  frog: '003_5dc24dd5073f8c41',
  mobility: '004_939356c878c5e152',
} as const;

export const stretches = {
  kneelingHipFlexor: {
    position: 'floor', sided: true, pacing: 'static', hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 },
    targets: ['iliopsoas', 'hipCapsule'], avoidWith: ['kneeProblem'], deep: false, gentler: 'standingHipFlexor',
    source: seed.mobility,
    kit: ['mat', 'cushion'],
  },
  standingHipFlexor: {
    position: 'standing', sided: true, pacing: 'static', hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 },
    targets: ['iliopsoas', 'hipCapsule'], avoidWith: [], deep: false, source: seed.mobility,
    kit: ['wall'],
  },
  hipRotator: {
    position: 'floor', sided: true, pacing: 'static', hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 },
    targets: ['glutes', 'deepRotators'], avoidWith: ['groinPain', 'kneeProblem'], deep: false, gentler: 'piriformis',
    source: seed.mobility,
    kit: ['mat'],
  },
  figureFour: {
    position: 'floor', sided: true, pacing: 'static', hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 },
    targets: ['piriformis', 'deepRotators', 'glutes'], avoidWith: ['groinPain', 'kneeProblem'], deep: true,
    gentler: 'piriformis', source: seed.mobility,
    kit: ['mat'],
  },
  piriformis: {
    position: 'floor', sided: true, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 },
    targets: ['piriformis', 'glutes'], avoidWith: ['groinPain'], deep: false, gentler: 'seatedFigureFour',
    source: seed.clinic,
    kit: ['mat'],
  },
  seatedFigureFour: {
    position: 'seated', sided: true, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 },
    targets: ['piriformis', 'glutes'], avoidWith: ['groinPain', 'kneeProblem'], deep: false, source: seed.clinic,
    kit: ['chair'],
  },
  seatedHamstring: {
    position: 'floor', sided: false, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 2, max: 3 },
    targets: ['hamstrings', 'lowerBack'], avoidWith: [], deep: false, gentler: 'chairHamstring', source: seed.clinic,
    kit: ['mat'],
  },
  standingHamstring: {
    position: 'standing', sided: false, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 2, max: 3 },
    targets: ['hamstrings'], avoidWith: ['backInjury'], deep: false, gentler: 'seatedHamstring', source: seed.clinic,
    foldsForward: true,
  },
  chairHamstring: {
    position: 'seated', sided: true, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 2, max: 3 },
    targets: ['hamstrings'], avoidWith: [], deep: false, source: seed.clinic,
    kit: ['chair'],
  },
  standingTfl: {
    position: 'standing', sided: true, pacing: 'static', hold: { min: 30, max: 30 }, reps: { min: 1, max: 1 },
    targets: ['tfl'], avoidWith: [], deep: false, source: seed.clinic,
    kit: ['wall'],
  },
  frog: {
    position: 'floor', sided: false, pacing: 'static', hold: { min: 20, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['adductors'], avoidWith: ['groinPain', 'hipInjury', 'kneeProblem'], deep: true, gentler: 'butterfly',
    source: seed.frog,
    kit: ['mat'],
  },
  butterfly: {
    position: 'floor', sided: false, pacing: 'static', hold: { min: 20, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['adductors'], avoidWith: ['groinPain'], deep: false, source: seed.clinic,
    kit: ['mat'],
  },
  childsPose: {
    position: 'floor', sided: false, pacing: 'static', hold: { min: 20, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['lowerBack', 'glutes'], avoidWith: ['kneeProblem', 'groinPain'], deep: false, gentler: 'kneesToChest',
    source: seed.clinic,
    kit: ['mat', 'cushion'],
  },
  catCow: {
    position: 'floor', sided: false, pacing: 'flow', hold: { min: 15, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['lowerBack'], avoidWith: ['kneeProblem'], deep: false, gentler: 'pelvicTilt', source: seed.clinic,
    kit: ['mat'],
  },
  supineTwist: {
    position: 'floor', sided: true, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['lowerBack', 'glutes'], avoidWith: [], deep: false, source: seed.clinic,
    kit: ['mat'],
    twists: true,
  },
  pelvicTilt: {
    position: 'floor', sided: false, pacing: 'flow', hold: { min: 15, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['lowerBack'], avoidWith: [], deep: false, source: seed.clinic,
    kit: ['mat'],
  },
  kneesToChest: {
    position: 'floor', sided: false, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['lowerBack', 'glutes'], avoidWith: ['groinPain'], deep: false, gentler: 'pelvicTilt', source: seed.clinic,
    kit: ['mat'],
  },
  towelRoll: {
    position: 'floor', sided: true, pacing: 'flow', hold: { min: 30, max: 60 }, reps: { min: 1, max: 1 },
    targets: ['hipCapsule'], avoidWith: ['hipInjury', 'groinPain'], deep: false, source: seed.mobility,
    kit: ['mat', 'towel'],
  },
  seatedTwist: {
    position: 'seated', sided: true, pacing: 'static', hold: { min: 15, max: 30 }, reps: { min: 1, max: 2 },
    targets: ['lowerBack'], avoidWith: [], deep: false, source: seed.clinic,
    kit: ['chair'],
    twists: true,
  },
} as const satisfies Record<string, StretchSpec>;

export type StretchId = keyof typeof stretches;

export function isStretchId(value: unknown): value is StretchId {
  return typeof value === 'string' && Object.hasOwn(stretches, value);
}

export const stretchIds: readonly StretchId[] = Object.keys(stretches).filter(isStretchId);

/** The easier version of a stretch, if the seeds give one (a test checks every one names a stretch). */
export function gentlerOf(id: StretchId): StretchId | undefined {
  const spec: StretchSpec = stretches[id];
  return isStretchId(spec.gentler) ? spec.gentler : undefined;
}
