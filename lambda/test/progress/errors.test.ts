import { assertVersion, isConditionalCheckFailed, VersionConflictError } from '../../src/progress/errors';

describe('VersionConflictError', () => {
  it('names the version it was derived from and the one it tried to become, and nothing else', () => {
    const conflict = new VersionConflictError(3);

    expect(conflict.message).toBe('progress record was not at version 2; save of version 3 refused');
    expect(conflict.name).toBe('VersionConflictError');
    expect(conflict.version).toBe(3);
    expect(conflict).toBeInstanceOf(Error);
  });

  it('keeps the cause it is given', () => {
    const cause = new Error('ConditionalCheckFailed');

    expect(new VersionConflictError(2, { cause }).cause).toBe(cause);
  });
});

describe('isConditionalCheckFailed', () => {
  it.each([
    ['an Error named ConditionalCheckFailedException', Object.assign(new Error('refused'), { name: 'ConditionalCheckFailedException' }), true],
    ['an Error with another name', Object.assign(new Error('refused'), { name: 'ResourceNotFoundException' }), false],
    ['a plain Error', new Error('ConditionalCheckFailedException'), false],
    ['a plain object with the name but no Error', { name: 'ConditionalCheckFailedException' }, false],
    ['undefined', undefined, false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isConditionalCheckFailed(error)).toBe(expected);
  });
});

describe('assertVersion', () => {
  it.each([1, 2, 41])('accepts version %s', (version) => {
    expect(() => { assertVersion(version); }).not.toThrow();
  });

  it.each([0, -1, 1.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses version %s with a RangeError that says what it got', (version) => {
    expect(() => { assertVersion(version); }).toThrow(new RangeError(`progress record version must be an integer >= 1, got ${version}`));
  });
});
