/**
 * A save lost the optimistic-lock race: the stored record is no longer at the version the
 * new one was derived from (another device wrote first, or the record was deleted).
 * `commitChange` recovers by reloading and re-applying its change.
 */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';

  /** `version` is the version the rejected record tried to become; no user id, so it can be logged. */
  constructor(
    readonly version: number,
    options?: { cause?: unknown },
  ) {
    super(`progress record was not at version ${version - 1}; save of version ${version} refused`, options);
  }
}

/** DynamoDB's refusal of a ConditionExpression, recognised by name so it survives bundling and SDK copies. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** A version below 1 or fractional could never match a stored one: fail loudly rather than as an endless conflict. */
export function assertVersion(version: number): void {
  if (!Number.isInteger(version) || version < 1) {
    throw new RangeError(`progress record version must be an integer >= 1, got ${version}`);
  }
}
