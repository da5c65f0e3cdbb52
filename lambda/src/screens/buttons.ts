/** The touch buttons: each sends its name as the UserEvent's one argument (document.ts). */
export const touchButtons = ['next', 'back', 'pause', 'hurts'] as const;
export type TouchButton = (typeof touchButtons)[number];

export function isTouchButton(value: unknown): value is TouchButton {
  return touchButtons.some((b) => b === value);
}
