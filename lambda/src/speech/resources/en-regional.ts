import type { Overrides } from './words';

/*
 * Where English differs by country: who you see (a GP and a physio in the UK and Australia, a
 * physiotherapist in Canada and India) and the number you call. Numbers are written as people say
 * them, so the speech engine reads "nine nine nine", not "nine hundred and ninety-nine".
 */

function emergency(number: string, clinician: string, doctor: string): Overrides {
  return {
    safety: {
      warning: `I am stopping the routine now. {{what}} is something to get checked: please leave the stretching for today and speak to ${doctor} or ${clinician} soon.`,
      warningUrgent: `I am stopping the routine now. {{what}} can be a sign of pressure on the nerves at the base of the spine, and it needs urgent medical help. Please call ${number} now.`,
    },
  };
}

/** The English words are American already ("physical therapist", "emergency services"). */
export const enUS = (): Overrides => ({});
export const enCA = (): Overrides => emergency('nine one one', 'a physiotherapist', 'a doctor');
export const enGB = (): Overrides => emergency('nine nine nine', 'a physio', 'your GP');
export const enAU = (): Overrides => emergency('triple zero', 'a physio', 'your GP');
export const enIN = (): Overrides => emergency('one one two', 'a physiotherapist', 'a doctor');
