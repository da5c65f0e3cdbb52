import { isRoutineId } from '../../scripts/routines';
import type { ProgressRecord } from './record';

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function isSessionLog(value: unknown): boolean {
  return isFields(value) && isDate(value.date) && isRoutineId(value.routine) && Number.isFinite(value.seconds);
}

/** A saved position, with its week under the name older records used (`level`) accepted too. */
function isSavedPosition(value: unknown): boolean {
  return (
    isFields(value) &&
    isRoutineId(value.routine) &&
    Number.isInteger(value.step) &&
    (Number.isFinite(value.week) || Number.isFinite(value.level)) &&
    typeof value.savedAt === 'string'
  );
}

/** Whether `value` has the shape of a progress record (as carried in session attributes). */
export function isProgressRecord(value: unknown): value is ProgressRecord {
  if (!isFields(value)) return false;
  const { program, totals, met, preferences } = value;
  return (
    typeof value.userId === 'string' &&
    Number.isInteger(value.version) &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string' &&
    (value.timeZone === undefined || typeof value.timeZone === 'string') &&
    isFields(program) &&
    Number.isFinite(program.week) &&
    isDate(program.weekStart) &&
    Array.isArray(value.sessions) &&
    value.sessions.every(isSessionLog) &&
    isFields(totals) &&
    Number.isFinite(totals.sessions) &&
    Number.isFinite(totals.seconds) &&
    isFields(met) &&
    Object.values(met).every((n) => Number.isInteger(n)) &&
    isFields(preferences) &&
    typeof preferences.keepLevel === 'boolean' &&
    typeof value.onboarded === 'boolean' &&
    (value.inProgress === undefined || isSavedPosition(value.inProgress)) &&
    Number.isFinite(value.expiresAt)
  );
}
