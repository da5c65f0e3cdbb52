/** Every intent and slot name the skill handles, in one place; a test checks it against en-US.json. */
export const Intent = {
  StartRoutine: 'StartRoutineIntent',
  Skip: 'SkipIntent',
  HoldDuration: 'HoldDurationIntent',
  WhichSide: 'WhichSideIntent',
  WhatDoesThisStretch: 'WhatDoesThisStretchIntent',
  HowManyLeft: 'HowManyLeftIntent',
  TellMeMore: 'TellMeMoreIntent',
  Progress: 'ProgressIntent',
  DeleteData: 'DeleteDataIntent',
  Pain: 'PainIntent',
  WarningSign: 'WarningSignIntent',
  Condition: 'ConditionIntent',
  DescribeFeeling: 'DescribeFeelingIntent',
  Easier: 'EasierIntent',
  Harder: 'HarderIntent',
  Help: 'AMAZON.HelpIntent',
  Stop: 'AMAZON.StopIntent',
  Cancel: 'AMAZON.CancelIntent',
  Fallback: 'AMAZON.FallbackIntent',
  NavigateHome: 'AMAZON.NavigateHomeIntent',
  Next: 'AMAZON.NextIntent',
  Previous: 'AMAZON.PreviousIntent',
  Repeat: 'AMAZON.RepeatIntent',
  StartOver: 'AMAZON.StartOverIntent',
  Pause: 'AMAZON.PauseIntent',
  Resume: 'AMAZON.ResumeIntent',
  Yes: 'AMAZON.YesIntent',
  No: 'AMAZON.NoIntent',
} as const;
export type IntentName = (typeof Intent)[keyof typeof Intent];

export const Slot = {
  routine: 'routine',
  bodyPart: 'bodyPart',
  symptom: 'symptom',
  condition: 'condition',
  feeling: 'feeling',
} as const;
export type SlotName = (typeof Slot)[keyof typeof Slot];
