/**
 * The one place this harness reaches the project's own resolver (Alexa-style exact matching of
 * the interaction model). When the resolver moves, only these imports change.
 */
export { BUILT_IN_PHRASINGS, DISFLUENCIES, loadInteractionModel, resolve, spokenWords, type InteractionModel, type Resolution } from '../nlu';
