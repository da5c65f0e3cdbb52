/**
 * Renders every screen for every viewport profile to docs/screens/*.png with Amazon's APL view
 * host for the web (apl-viewhost-web 1.4.0, APL core compiled to WebAssembly) in headless
 * Chromium. Slow (a browser per run), so not part of npm test; `npm run screens` regenerates.
 * Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`, which brings DejaVu fonts).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { pngName, screenNames, viewports, type ViewportProfile } from './screens/catalog';
import { sampleScreens, type RenderDocument } from './screens/samples';

process.env.HIP_COACH_QUIET = '1';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'docs/screens');
const VIEWHOST = join(ROOT, 'node_modules/apl-viewhost-web/index.js');
const FONTS = '/usr/share/fonts/truetype/dejavu';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The page side, as source text: tsx would wrap a function literal in helpers the page lacks.
 * It renders one document, with its data source as `payload`, in a view of the viewport's size.
 */
const RENDER_IN_PAGE = `async ({ doc, data, vp }) => {
  window.renderer?.destroy();
  document.body.innerHTML = '';
  const view = document.createElement('div');
  view.id = 'apl';
  view.style.position = 'relative';
  document.body.appendChild(view);
  const content = window.AplRenderer.Content.create(doc);
  content.addData('payload', data);
  const renderer = window.AplRenderer.default.create({
    content,
    view,
    environment: { agentName: 'hip-coach-render', agentVersion: '1.0', allowOpenUrl: false, disallowVideo: true },
    viewport: { width: vp.width, height: vp.height, dpi: vp.dpi, shape: vp.shape },
    mode: vp.mode,
    theme: 'dark',
    utcTime: Date.now(),
    localTimeAdjustment: 0,
    onSendEvent: () => undefined,
  });
  window.renderer = renderer;
  await renderer.init();
}`;

async function render(page: Page, directive: RenderDocument, viewport: ViewportProfile): Promise<void> {
  const args = { doc: JSON.stringify(directive.document), data: JSON.stringify(directive.datasources), vp: viewport };
  await page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify(args)})`);
  // Let the view host lay out and the time-bound texts settle.
  await page.waitForTimeout(800);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const samples = await sampleScreens();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 2000, height: 1200 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // The view host fetches Amazon Ember from a CDN this machine cannot reach: a local sans-serif
    // (DejaVu Sans Condensed, near Ember's width; Debian's fonts-dejavu-core) stands in, so the PNGs are not set in a serif fallback.
    await page.route(/AmazonEmberDisplay_(\w+)\.ttf/, (route) =>
      route.fulfill({ path: /_(Bd|He|Md)\.ttf/.test(route.request().url()) ? `${FONTS}/DejaVuSansCondensed-Bold.ttf` : `${FONTS}/DejaVuSansCondensed.ttf`, contentType: 'font/ttf' }),
    );
    await page.setContent('<!doctype html><html><body style="margin:0;background:#000"></body></html>');
    await page.addScriptTag({ path: VIEWHOST });
    await page.evaluate('window.AplRenderer.initEngine()');
    for (const screen of screenNames) {
      for (const viewport of viewports) {
        await render(page, samples[screen], viewport);
        const file = join(OUT, pngName(screen, viewport));
        await page.locator('#apl').screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
    }
    if (errors.length > 0) console.warn(`the view host reported:\n${[...new Set(errors)].join('\n')}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
