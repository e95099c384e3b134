// Shared set-up of the browser tests: each test file builds the explorer into its own folder (so test
// files running side by side never empty each other's build), serves it with Vite's preview server
// on 127.0.0.1 and drives /usr/bin/chromium with playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { ROOT } from '../helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUT = join(ROOT, 'test-output', 'browser');
export const ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage', '--no-first-run'];

/** Timings and counts the page exposes as `window.__collabnet`. */
export type Probe = { ready: boolean; firstFrameMs: number; layoutMs: number; layoutIterations: number; visible: number; order: number; errors: number };

/** What Sigma holds and draws: its graph's order and size, and how many of its nodes are not hidden. */
export type Drawn = { order: number; size: number; shown: number };

export interface Explorer {
  url: string;
  browser: Browser;
  /** A new page with every page error, console error and dialog recorded in `errors`; `init` runs in the page before its own scripts. */
  open(path?: string, init?: () => void): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Builds the explorer into test-output/browser/dist-NAME, serves it and starts Chromium. */
export async function startExplorer(name: string): Promise<Explorer> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`);
  mkdirSync(OUT, { recursive: true });
  const outDir = join(OUT, `dist-${name}`);
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address !== 'object') throw new Error('the preview server did not start');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    url,
    browser,
    async open(path = '', init?: () => void) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      if (init) await page.addInitScript(init);
      await page.goto(url + path);
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const probe = (page: Page) => page.evaluate(() => (window as unknown as { __collabnet: Probe }).__collabnet);

/** What Sigma's graph holds and shows (not what the page's own copy says). */
export const drawn = (page: Page) => page.evaluate(() => (window as unknown as { __collabnetDrawn: () => Drawn }).__collabnetDrawn());

/**
 * Waits until the page has drawn, measured and laid out a network. With `errors`, fails as soon as
 * one is recorded (a crashed switch never becomes ready: no need to wait for the timeout).
 */
export async function waitReady(page: Page, errors?: string[], timeout = 120_000): Promise<void> {
  const ready = page.waitForFunction(() => (window as unknown as { __collabnet?: Probe }).__collabnet?.ready === true, null, { timeout, polling: 100 });
  if (!errors) return void (await ready);
  let stop = false;
  const failed = (async () => {
    while (!stop) {
      if (errors.length) throw new Error(`page error while waiting for the network: ${errors.join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    await Promise.race([ready, failed]);
  } finally {
    stop = true;
    ready.catch(() => {});
    failed.catch(() => {});
  }
}

/** Marks the view not ready, then runs `act`, then waits until a network is ready again. */
export async function untilReady(page: Page, act: () => Promise<unknown>, errors?: string[], timeout = 120_000): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __collabnet: Probe }).__collabnet.ready = false));
  await act();
  await waitReady(page, errors, timeout);
}

/** The page's screenshot, saved as test-output/browser/NAME.png. */
export const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

/** Clicks Generate; when a loaded file is on screen the page asks first, and this confirms. */
export async function clickGenerate(page: Page): Promise<void> {
  await page.click('#generate');
  if (await page.locator('#replace-confirm').isVisible()) await page.click('#replace-yes');
}
