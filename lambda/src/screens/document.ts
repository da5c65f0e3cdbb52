/**
 * The one APL document every screen uses: four layouts (overview, stretch, finish, progress) over
 * a data source of frames (screen-data.ts). It holds no words: every text is bound to the data.
 * Each frame shows only while the document's `elapsedTime` is inside its span, and the countdown is
 * `countTo - elapsedTime`: the screen follows the same timeline that times the speech, with no
 * command per second. Sizes come from `@viewport` conditions: round, small hub, landscape hub,
 * extra-large hub and TV, large enough to read from a mat on the floor.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-data-binding-evaluation.html
 */

/** The data source's name in RenderDocument, and the parameter the document binds it to. */
export const DATA_SOURCE = 'hipCoach';
export const SCREEN_TOKEN = 'hipCoachScreen';

import type { TouchButton } from './buttons';

type Json = Record<string, unknown>;

const colors = { background: '#0f1720', text: '#ffffff', muted: '#aab6c3', accent: '#7fd6c8', button: '#263646', hurts: '#c62828' };

/** Text sizes and spacing per viewport (dp): later blocks win where their `when` holds. */
function resources(): Json[] {
  const sizes = (when: string | undefined, d: Record<string, number>): Json => ({
    ...(when ? { when } : {}),
    dimensions: Object.fromEntries(Object.entries(d).map(([k, v]) => [k, `${v}dp`])),
  });
  return [
    { colors },
    // Landscape hub (Echo Show 8 and 10: 1280 x 800 dp).
    sizes(undefined, { pad: 48, edge: 48, gap: 20, name: 64, count: 200, big: 120, phase: 44, body: 32, small: 28, buttonHeight: 96, buttonText: 32, title: 60 }),
    // Small hub (Echo Show 5: 960 x 480 dp) and TV (960 x 540 dp).
    sizes("${viewport.width < 1100 && viewport.height < 600}", { pad: 20, edge: 28, gap: 8, name: 40, count: 116, big: 80, phase: 28, body: 24, small: 22, buttonHeight: 60, buttonText: 26, title: 44 }),
    // Extra-large hub (Echo Show 15: 1920 x 1080 dp).
    sizes('${viewport.width >= 1600}', { pad: 72, edge: 72, gap: 28, name: 92, count: 300, big: 180, phase: 60, body: 44, small: 38, buttonHeight: 128, buttonText: 44, title: 88 }),
    // Round (Echo Spot: 480 x 480 dp): fewer words, centred, clear of the curved edge.
    sizes("${viewport.shape == 'round'}", { pad: 40, edge: 64, gap: 6, name: 22, count: 84, big: 48, phase: 22, body: 18, small: 18, buttonHeight: 48, buttonText: 20, title: 32 }),
  ];
}

const notRound = "${viewport.shape != 'round'}";

function text(bind: string, size: string, extra: Json = {}): Json {
  return { type: 'Text', text: bind, fontSize: size, color: '@text', ...extra };
}

/** A touch button: it sends `Alexa.Presentation.APL.UserEvent` with one argument, the button's name. */
function button(name: TouchButton, extra: Json = {}): Json {
  const hurts = name === 'hurts';
  return {
    type: 'TouchWrapper',
    id: `button-${name}`,
    accessibilityLabel: `\${payload.${DATA_SOURCE}.buttons.${name}}`,
    onPress: [{ type: 'SendEvent', arguments: [name] }],
    spacing: '@gap',
    ...extra,
    item: {
      type: 'Frame',
      backgroundColor: hurts ? '@hurts' : '@button',
      borderRadius: '16dp',
      height: '@buttonHeight',
      width: '100%',
      item: text(`\${payload.${DATA_SOURCE}.buttons.${name}}`, '@buttonText', {
        fontWeight: hurts ? 'bold' : 'normal',
        textAlign: 'center',
        textAlignVertical: 'center',
        height: '100%',
        width: '100%',
        maxLines: 1,
      }),
    },
  };
}

function buttons(): Json[] {
  return [
    // On a round screen "This hurts" gets its own row, above the others where the circle is wider.
    { ...button('hurts', { width: '70%', display: `\${viewport.shape == 'round' ? 'normal' : 'none'}` }), id: 'button-hurts-round' },
    {
      type: 'Container',
      direction: 'row',
      width: `\${viewport.shape == 'round' ? '80%' : '100%'}`,
      paddingTop: '@gap',
      items: [
        button('back', { grow: 1, width: '0dp', spacing: '0dp' }),
        button('pause', { grow: 1, width: '0dp' }),
        button('next', { grow: 1, width: '0dp' }),
        button('hurts', { grow: 2, width: '0dp', display: `\${viewport.shape == 'round' ? 'none' : 'normal'}` }),
      ],
    },
  ];
}

const s = (path: string): string => `\${payload.${DATA_SOURCE}.${path}}`;

function stretchLayout(): Json {
  return {
    parameters: [],
    item: {
      type: 'Container',
      width: '100%',
      height: '100%',
      alignItems: `\${viewport.shape == 'round' ? 'center' : 'start'}`,
      items: [
        text(s('stretch.index'), '@small', { color: '@muted', when: notRound }),
        text(s('stretch.name'), '@name', { width: '100%', fontWeight: 'bold', maxLines: 2, textAlign: `\${viewport.shape == 'round' ? 'center' : 'left'}` }),
        text('${data.side}', '@phase', { color: '@accent', maxLines: 1 }),
        {
          type: 'Container',
          direction: 'row',
          grow: 1,
          width: '100%',
          alignItems: 'center',
          justifyContent: `\${viewport.shape == 'round' ? 'center' : 'start'}`,
          items: [
            {
              type: 'Container',
              alignItems: 'center',
              minWidth: `\${viewport.shape == 'round' ? '0dp' : '34vw'}`,
              items: [
                text('${data.phase}', '@phase', { color: '@accent', fontWeight: 'bold', maxLines: 1 }),
                text('${data.countTo > 0 ? Math.max(0, Math.min(data.count, Math.ceil((data.countTo - elapsedTime) / 1000))) : ""}', '@count', {
                  id: 'countdown',
                  fontWeight: 'bold',
                  maxLines: 1,
                  display: '${data.countTo > 0 ? "normal" : "none"}',
                }),
              ],
            },
            text(s('stretch.cue'), '@body', { grow: 1, shrink: 1, spacing: '@gap', maxLines: 5, when: notRound }),
          ],
        },
        text(s('stretch.next'), '@small', { color: '@muted', maxLines: 1, paddingBottom: '@gap', when: notRound }),
        ...buttons(),
      ],
    },
  };
}

function centred(items: Json[]): Json {
  return { type: 'Container', width: '100%', height: '100%', justifyContent: 'center', alignItems: 'center', items };
}

function overviewLayout(): Json {
  return {
    parameters: [],
    item: {
      type: 'Container',
      width: '100%',
      height: '100%',
      alignItems: `\${viewport.shape == 'round' ? 'center' : 'start'}`,
      justifyContent: `\${viewport.shape == 'round' ? 'center' : 'start'}`,
      items: [
        text(s('overview.title'), '@title', { fontWeight: 'bold', maxLines: 1 }),
        text(s('overview.summary'), '@phase', { color: '@accent', maxLines: 2, textAlign: 'center' }),
        text(`${s('overview.kitTitle')}: ${s('overview.kit')}`, '@body', { color: '@muted', paddingTop: '@gap', textAlign: `\${viewport.shape == 'round' ? 'center' : 'left'}` }),
        text(s('overview.names'), '@small', { paddingTop: '@gap', grow: 1, shrink: 1, when: notRound }),
      ],
    },
  };
}

function finishLayout(): Json {
  return {
    parameters: [],
    item: centred([
      text(s('finish.title'), '@title', { fontWeight: 'bold', textAlign: 'center' }),
      text(s('finish.minutes'), '@big', { color: '@accent', fontWeight: 'bold', textAlign: 'center' }),
      text(s('finish.week'), '@phase', { textAlign: 'center' }),
      text(s('finish.streak'), '@phase', { color: '@muted', textAlign: 'center' }),
    ]),
  };
}

function progressLayout(): Json {
  return {
    parameters: [],
    item: centred([
      text(s('progress.title'), '@title', { fontWeight: 'bold', textAlign: 'center' }),
      text(s('progress.lines'), '@phase', { textAlign: 'center', paddingTop: '@gap', lineHeight: 1.3 }),
    ]),
  };
}

let built: Json | undefined;
let builds = 0;

/** Documents built so far in this process: a test checks it is one, and none before a screen is needed. */
export function documentBuildCount(): number {
  return builds;
}

/** The document without its settings, built on first use (not at module load: cold starts pay nothing). */
function baseDocument(): Json {
  if (!built) builds += 1;
  built ??= {
    type: 'APL',
    version: '1.4',
    theme: 'dark',
    description: 'Hip Coach: routine overview, stretch with countdown, finish, progress summary.',
    resources: resources(),
    layouts: { StretchScreen: stretchLayout(), OverviewScreen: overviewLayout(), FinishScreen: finishLayout(), ProgressScreen: progressLayout() },
    mainTemplate: {
      parameters: ['payload'],
      item: {
        type: 'Container',
        width: '100vw',
        height: '100vh',
        data: `\${payload.${DATA_SOURCE}.frames}`,
        items: [
          {
            type: 'Frame',
            width: '100%',
            height: '100%',
            backgroundColor: '@background',
            display: '${elapsedTime >= data.from && elapsedTime < data.to ? "normal" : "none"}',
            item: {
              type: 'Container',
              width: '100%',
              height: '100%',
              paddingLeft: '@edge',
              paddingRight: '@edge',
              paddingTop: '@pad',
              paddingBottom: '@pad',
              items: [
                { type: 'OverviewScreen', when: "${data.layout == 'overview'}" },
                { type: 'StretchScreen', when: "${data.layout == 'stretch'}" },
                { type: 'FinishScreen', when: "${data.layout == 'finish'}" },
                { type: 'ProgressScreen', when: "${data.layout == 'progress'}" },
              ],
            },
          },
        ],
      },
    },
  };
  return built;
}

/**
 * The document for one response: it stays on screen (`idleTimeout`) for the whole of the
 * response's speech and its listening window, however long the hold.
 */
export function screenDocument(idleTimeoutMs: number): Json {
  return { ...baseDocument(), settings: { idleTimeout: Math.round(idleTimeoutMs) } };
}
