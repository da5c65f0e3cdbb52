import type { Slot } from 'ask-sdk-model';
import { loadInteractionModel, resolve } from '../../../tools/nlu';
import { parseReminderTime } from '../../src/coach/reminders';
import { tuning, unseen, type ReminderPhrasing } from './reminder-phrasings';

const model = loadInteractionModel('en-US');

/** The slot as the skill reads it: the resolved id, or the value (AMAZON.TIME sends "19:00" for "7 pm", compared as the skill reads both). */
function slotValue(slot: Slot | undefined): string | undefined {
  const authority = slot?.resolutions?.resolutionsPerAuthority?.[0];
  const id = authority?.values[0]?.value.id;
  return id ?? slot?.value;
}

function understood(p: ReminderPhrasing): boolean {
  const resolution = resolve(model, p.text);
  if (resolution.kind !== 'intent' || resolution.intent.name !== p.intent) return false;
  return Object.entries(p.slots ?? {}).every(([name, expected]) => {
    const heard = slotValue(resolution.intent.slots?.[name]);
    if (name === 'time') return heard !== undefined && parseReminderTime(heard) !== undefined && parseReminderTime(heard) === parseReminderTime(expected);
    return heard?.toLowerCase() === expected.toLowerCase();
  });
}

describe('reminder phrasings through the exact resolver', () => {
  it('understands every tuning phrasing, slots included', () => {
    expect(tuning.filter((p) => !understood(p)).map((p) => p.text)).toEqual([]);
  });

  it('reports the unseen half (only run, never copied into the model) and keeps most of it', () => {
    const hits = unseen.filter(understood).length;
    const share = hits / unseen.length;
    process.stdout.write(`reminder phrasings, unseen half: ${String(hits)}/${String(unseen.length)} (${String(Math.round(share * 100))}%)\n`);
    // A floor, not a target: the figure above is what the report gives.
    expect(share).toBeGreaterThanOrEqual(0.4);
  });
});
