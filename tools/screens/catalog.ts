/**
 * The screens rendered to docs/screens/ and the Echo Show viewport profiles they are rendered for
 * (Amazon's viewport profiles: round, small hub, landscape hub, extra-large hub, TV). Sizes are
 * in pixels at the device's dpi; APL lays out in dp (px × 160 / dpi).
 */
export interface ViewportProfile {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly shape: 'ROUND' | 'RECTANGLE';
  readonly mode: 'HUB' | 'TV';
}

export const viewports: readonly ViewportProfile[] = [
  { name: 'round', width: 480, height: 480, dpi: 160, shape: 'ROUND', mode: 'HUB' },
  { name: 'small-hub', width: 960, height: 480, dpi: 160, shape: 'RECTANGLE', mode: 'HUB' },
  { name: 'landscape-hub', width: 1280, height: 800, dpi: 160, shape: 'RECTANGLE', mode: 'HUB' },
  { name: 'xl-hub', width: 1920, height: 1080, dpi: 160, shape: 'RECTANGLE', mode: 'HUB' },
  { name: 'tv', width: 1920, height: 1080, dpi: 320, shape: 'RECTANGLE', mode: 'TV' },
];

export const screenNames = ['overview', 'stretch', 'finish', 'progress'] as const;
export type ScreenName = (typeof screenNames)[number];

/** docs/screens/<screen>-<viewport>.png */
export function pngName(screen: ScreenName, viewport: ViewportProfile): string {
  return `${screen}-${viewport.name}.png`;
}
