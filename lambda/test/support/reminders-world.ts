/**
 * The world the reminder conversations are played in: dynalite for the record, and a fake Alexa
 * Reminders API on 127.0.0.1 (tools/fake-reminders.ts) that the envelope's apiEndpoint points at, a
 * fresh one per test. `useRemindersWorld()` registers the hooks in the calling test file; `store` and
 * `fake` are then the running ones.
 */
import type { ProgressRecord } from '../../src/coach/record/record';
import { DynamoProgressStore } from '../../src/progress/dynamo-store';
import { buildSkill } from '../../src/skill';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { startFakeReminders, type FakeReminders } from '../../../tools/fake-reminders';
import { Conversation } from './conversation';
import { onboardedRecord } from './harness';

export const SCOPE = 'alexa::alerts:reminders:skill:readwrite';
/** Monday 2 November 2026, 18:30 in London (GMT, so UTC too). */
const NOW = Date.parse('2026-11-02T18:30:00Z');

/** Set by the hooks below, read by the tests after them (a live binding). */
export let store: DynamoProgressStore;
/** A fresh fake per test. */
export let fake: FakeReminders;
let dynamo: LocalDynamo;
let users = 0;

export function useRemindersWorld(): void {
  beforeAll(async () => {
    dynamo = await startDynalite();
    store = new DynamoProgressStore(dynamo.client, dynamo.tableName);
  });
  afterAll(async () => {
    await dynamo.stop();
  });
  beforeEach(async () => {
    fake = await startFakeReminders({ timeZone: 'Europe/London' });
  });
  afterEach(async () => {
    await fake.stop();
  });
}

export interface ReminderUserOptions {
  readonly granted: boolean;
  readonly week?: number;
  readonly now?: number;
  readonly onboarded?: boolean;
  /** The record as it is saved, changed from the onboarded one. */
  readonly record?: (r: ProgressRecord) => ProgressRecord;
}

/** A user past the first-use screen (unless `onboarded: false`), on a device with the fake's endpoint and its own token. */
export async function reminderUser(name: string, options: ReminderUserOptions): Promise<Conversation> {
  const userId = `amzn1.ask.account.${name}-${String((users += 1))}`;
  const now = options.now ?? NOW;
  if (options.onboarded !== false) {
    const record = onboardedRecord(userId, now, options.week ?? 1);
    await store.save(options.record ? options.record(record) : record);
  }
  const skill = buildSkill({ store, random: () => 0 });
  const c = new Conversation((e) => skill.invoke(e), userId, now);
  // A token per user, as Alexa gives: the fake keeps each user's reminders apart by it.
  c.device = { apiEndpoint: fake.endpoint, apiAccessToken: `token-${userId}`, ...(options.granted ? { granted: [SCOPE] } : {}) };
  return c;
}
