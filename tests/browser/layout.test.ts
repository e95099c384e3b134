// Layout and access (issue 14): the page works in a 360 px-wide window (panels collapse behind
// buttons, no "Container has no width"), and at 1000×700 no two labels overlap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT, startExplorer, waitReady, type Explorer } from './harness.js';
import { join } from 'node:path';

type Box = { label: string; x1: number; y1: number; x2: number; y2: number };

describe('layout in headless Chromium', () => {
  let app: Explorer;

  beforeAll(async () => {
    app = await startExplorer('layout');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('a 360 px-wide window: the network first, panels collapsed behind their buttons, no page error', async () => {
    const page = await app.browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(app.url);
    await waitReady(page, errors);
    expect(errors).toEqual([]);
    const graph = (await page.locator('#graph').boundingBox())!;
    expect(graph.width).toBeGreaterThan(300);
    expect(graph.height).toBeGreaterThan(200);
    // Nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('#generate').isVisible()).toBe(false);
    expect(await page.locator('#controls .panel-toggle').isVisible()).toBe(true);
    await page.screenshot({ path: join(OUT, 'narrow-360.png') });
    await page.click('#controls .panel-toggle');
    expect(await page.locator('#generate').isVisible()).toBe(true);
    expect(await page.locator('#controls .panel-toggle').getAttribute('aria-expanded')).toBe('true');
    // Selecting a node opens the panel that shows it.
    await page.fill('#search', 'C001');
    await page.dispatchEvent('#search', 'change');
    await expect.poll(() => page.locator('#node-panel').isVisible()).toBe(true);
    await page.locator('#node-panel').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'narrow-360-node.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('bad input: shrinking a wide window to 360 px and back raises no error', async () => {
    const { page, errors } = await app.open();
    await waitReady(page, errors);
    await page.setViewportSize({ width: 360, height: 700 });
    await page.waitForTimeout(500);
    await page.setViewportSize({ width: 1400, height: 860 });
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    expect(await page.locator('#generate').isVisible()).toBe(true);
    await page.close();
  });

  it('at 1000×700 the labels drawn do not overlap', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.url);
    await waitReady(page, errors);
    await page.waitForTimeout(500);
    for (const zoom of [0, 1, 2]) {
      for (let i = 0; i < zoom; i++) await page.click('#zoom-in');
      await page.waitForTimeout(600);
      // The widths are measured again here, from the text and Sigma's default label font.
      const boxes = await page.evaluate(() => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = 'normal 14px Arial';
        return (window as unknown as { __collabnetLabels: () => Box[] }).__collabnetLabels().map((b) => ({ ...b, x2: b.x1 + ctx.measureText(b.label).width }));
      });
      // Labels are still drawn (more as the view zooms in), only not on top of each other.
      expect(boxes.length, `labels at zoom step ${zoom}`).toBeGreaterThanOrEqual(1);
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${a.label} / ${b.label}`);
        }
      expect(overlaps, `zoom step ${zoom}`).toEqual([]);
      await page.screenshot({ path: join(OUT, `labels-1000x700-zoom${zoom}.png`) });
    }
    // "more" labels: at least as many, still none overlapping.
    const few = (await page.evaluate(() => (window as unknown as { __collabnetLabels: () => Box[] }).__collabnetLabels())).length;
    await page.selectOption('#labels', 'more');
    await page.waitForTimeout(600);
    const more = await page.evaluate(() => (window as unknown as { __collabnetLabels: () => Box[] }).__collabnetLabels());
    expect(more.length).toBeGreaterThanOrEqual(few);
    for (let i = 0; i < more.length; i++) for (let j = i + 1; j < more.length; j++) {
      const a = more[i]!;
      const b = more[j]!;
      expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, `${a.label} / ${b.label}`).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
