/**
 * How German puts a request into words, as frames a German sample list is crossed from rather than
 * sentences written one by one: the du and Sie imperative with its particles ("überspring mal die",
 * "überspringen Sie bitte die Übung"), a separable verb split around its object ("lass die Übung
 * aus"), a modal or "lass uns" with the verb last ("ich möchte die hier überspringen", "lass uns die
 * Übung auslassen"), the object put first ("die nächste will ich auslassen", "die lass ich aus"),
 * and the bare infinitive of a note or a command ("die Übung überspringen"). A verb and its objects
 * go in; every frame comes out, so a phrasing nobody wrote down is covered when its parts are.
 */
import { cat, cross } from './locale-model';

/** Nothing, or one of the words: an optional part of a cross. */
export const opt = (...words: string[]): string[] => ['', ...words];

/**
 * A German verb: the du imperative ("lass", "überspring"), the plural form that is also its
 * infinitive and its Sie imperative ("lassen"), the first person ("lass", "lasse"), and the
 * separable prefix, if any ("aus" of "auslassen"), which goes last in a main clause.
 */
export interface GermanVerb {
  readonly du: readonly string[];
  readonly plural: string;
  readonly ich: readonly string[];
  readonly prefix?: string;
}

/** The particles a command carries after its verb: "mach mal", "mach doch bitte", "mach jetzt". */
const COMMAND_PARTICLES = ['', 'mal', 'bitte', 'doch'];
/**
 * A wish or a proposal with the verb last: "ich möchte … überspringen", "lass uns … auslassen". A
 * request to the coach ("kannst du …", "können Sie …") is a filler of the resolver's German grammar,
 * so what follows it is read as the bare infinitive below.
 */
const MODALS = ['ich möchte', 'ich möcht', 'ich will', 'ich würde gern', 'ich würd gern', 'lass uns', 'lassen sie uns', 'können wir',
  'wir können', 'kann ich', 'wollen wir', 'ich möchte lieber'];
/** The object first, then the finite verb and subject (German puts one thing before the verb). */
const TOPIC_MODALS = ['will ich', 'möchte ich', 'möcht ich', 'würde ich gern', 'können wir', 'lass uns', 'bitte'];

const infinitive = (verb: GermanVerb): string => `${verb.prefix ?? ''}${verb.plural}`;

/**
 * Every way to ask for the verb done to one of the objects ('' for no object): imperative (du, Sie,
 * wir), modal with the verb last, the object first, and the bare infinitive.
 */
export function asked(verb: GermanVerb, objects: readonly string[]): string[] {
  const tail = verb.prefix ?? '';
  const inf = infinitive(verb);
  return cat(
    cross(verb.du, COMMAND_PARTICLES, objects, [tail]),
    cross([`${verb.plural} sie`, `${verb.plural} wir`], ['', 'bitte'], objects, [tail]),
    cross(MODALS, objects, [inf]),
    cross(objects.filter((o) => o !== ''), cat(cross(TOPIC_MODALS, [inf]), cross(verb.ich, ['ich'], ['', 'lieber'], [tail]))),
    cross(objects, [inf], opt('bitte')),
  );
}

