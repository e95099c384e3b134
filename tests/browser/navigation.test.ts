// Navigation and selection (issue 14): a selection keeps its partners highlighted until deselected
// (Escape, the close button, the stage); partner links work from the keyboard; Back/Forward walk
// through selections and view changes; zoom buttons; the camera re-centres after a new network or a
// filter; search keeps the neighbourhood in view; the isolates' grid has a caption and stays dots.
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/index.js';
import { scenarioBase } from '../helpers.js';
import { clickGenerate, shot, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

type Look = { color: string; size: number; hidden: boolean; highlighted: boolean } | null;
type Camera = { x: number; y: number; ratio: number; width: number; height: number };

const look = (page: Page, node: string) => page.evaluate((n) => (window as unknown as { __collabnetLook: (n: string) => Look }).__collabnetLook(n), node);
const camera = (page: Page) => page.evaluate(() => (window as unknown as { __collabnetCamera: () => Camera }).__collabnetCamera());
const at = (page: Page, node: string) => page.evaluate((n) => (window as unknown as { __collabnetViewport: (n: string) => { x: number; y: number } | null }).__collabnetViewport(n), node);
const panelTitle = (page: Page) => page.locator('#node-panel h2').first().textContent();
const search = async (page: Page, q: string) => {
  await page.fill('#search', q);
  await page.dispatchEvent('#search', 'change');
};
const settle = (page: Page) => page.waitForTimeout(700); // camera animations (≤ 300 ms) and the camera's URL update (250 ms)

/** Isolates per sector of the baseline at scale 1, seed 1, computed with the core. */
function isolates(): Map<string, number> {
  const { graph } = generateNetwork(scenarioBase({}, 1).baseline, { seed: 1 });
  const out = new Map<string, number>();
  graph.forEachNode((n, a) => {
    if (graph.degree(n) === 0) out.set(String(a.sector), (out.get(String(a.sector)) ?? 0) + 1);
  });
  return out;
}

describe('navigation and selection in headless Chromium', () => {
  let app: Explorer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startExplorer('navigation');
    ({ page, errors } = await app.open());
    await waitReady(page, errors);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('bad input: a search matching nothing selects nothing and says so; Escape with nothing selected does nothing', async () => {
    await search(page, 'no such hospital zzz');
    await expect.poll(() => page.locator('#status').innerText()).toContain('No node matches "no such hospital zzz"');
    expect(await page.locator('#node-panel').isHidden()).toBe(true);
    await page.keyboard.press('Escape');
    expect(page.url()).not.toContain('node=');
    expect(errors).toEqual([]);
  });

  it('a selected node keeps its partners highlighted after the pointer leaves, until Escape', async () => {
    await search(page, 'C001');
    await expect.poll(() => panelTitle(page)).toBe('Company 001');
    await settle(page);
    const partner = await page.locator('#node-panel a[data-node]').first().getAttribute('data-node');
    expect(partner).toBeTruthy();
    // The pointer is elsewhere: no hover, the selection alone highlights.
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 2);
    expect(await page.evaluate(() => (window as unknown as { __collabnetHovered: () => string | null }).__collabnetHovered())).toBeNull();
    const faded = '#e4e4e4';
    expect((await look(page, partner!))!.color).not.toBe(faded);
    expect((await look(page, 'C001'))!.color).not.toBe(faded);
    // Some node that is not a partner is faded.
    const other = await page.evaluate(() => {
      const w = window as unknown as { __collabnetLook: (n: string) => Look };
      for (let i = 1; i <= 2000; i++) {
        const id = `H${String(i).padStart(4, '0')}`;
        if (w.__collabnetLook(id)?.color === '#e4e4e4') return id;
      }
      return null;
    });
    expect(other).not.toBeNull();
    await shot(page, 'nav-selected-partners');
    // Search zoomed in and kept the partners in view.
    const cam = await camera(page);
    expect(cam.ratio).toBeLessThan(1);
    for (const a of await page.locator('#node-panel a[data-node]').evaluateAll((as) => as.slice(0, 20).map((x) => x.getAttribute('data-node')!))) {
      const p = (await at(page, a))!;
      expect(p.x, a).toBeGreaterThanOrEqual(0);
      expect(p.x, a).toBeLessThanOrEqual(cam.width);
      expect(p.y, a).toBeGreaterThanOrEqual(0);
      expect(p.y, a).toBeLessThanOrEqual(cam.height);
    }
    // Escape from the network view (in the search box it first closes the suggestions).
    await page.focus('#graph');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#node-panel').isHidden()).toBe(true);
    expect((await look(page, partner!))!.color).not.toBe(faded);
    expect((await look(page, other!))!.color).not.toBe(faded);
    expect(page.url()).not.toContain('node=');
  });

  it('partner links are reachable and usable by keyboard; the close button deselects', async () => {
    await search(page, 'C001');
    await expect.poll(() => panelTitle(page)).toBe('Company 001');
    await page.focus('#node-close');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
    expect(focused).toBeTruthy();
    const name = await page.evaluate(() => document.activeElement!.textContent);
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page)).toBe(name);
    expect(page.url()).toContain(`node=${encodeURIComponent(focused!)}`);
    // The keyboard goes on from the new node's panel.
    expect(await page.evaluate(() => document.activeElement?.closest('#node-panel') !== null)).toBe(true);
    await page.click('#node-close');
    await expect.poll(() => page.locator('#node-panel').isHidden()).toBe(true);
  });

  it('Back and Forward walk through selections and view changes', async () => {
    await search(page, 'C001');
    await expect.poll(() => panelTitle(page)).toBe('Company 001');
    await search(page, 'C002');
    await expect.poll(() => panelTitle(page)).toBe('Company 002');
    await page.selectOption('#color', 'community');
    await expect.poll(() => page.url()).toContain('color=community');
    await page.goBack();
    await expect.poll(() => page.locator('#color').inputValue()).toBe('sector');
    expect(await panelTitle(page)).toBe('Company 002');
    await page.goBack();
    await expect.poll(() => panelTitle(page)).toBe('Company 001');
    await page.goForward();
    await expect.poll(() => panelTitle(page)).toBe('Company 002');
    await page.goForward();
    await expect.poll(() => page.locator('#color').inputValue()).toBe('community');
    expect(await page.locator('#legend').innerText()).toContain('community');
    await page.selectOption('#color', 'sector');
    await page.focus('#graph');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('zoom buttons zoom in, out and fit; the camera is in the URL', async () => {
    await page.click('#zoom-fit');
    await settle(page);
    const home = await camera(page);
    await page.click('#zoom-in');
    await settle(page);
    const zin = await camera(page);
    expect(zin.ratio).toBeLessThan(home.ratio * 0.8);
    expect(page.url()).toMatch(/cam=[\d.-]+%2C[\d.-]+%2C[\d.]+/);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    await settle(page);
    expect((await camera(page)).ratio).toBeGreaterThan(zin.ratio * 1.5);
    await page.click('#zoom-fit');
    await settle(page);
    expect((await camera(page)).ratio).toBeCloseTo(home.ratio, 2);
  });

  it('the camera re-centres on what a filter leaves, and after a new network', async () => {
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await settle(page);
    // Only companies: the camera fits them, wherever it was.
    for (const s of ['hospital', 'institution']) await page.uncheck(`#sector-filter input[value="${s}"]`);
    await settle(page);
    const cam = await camera(page);
    const ids = await page.evaluate(() => {
      const out: string[] = [];
      for (let i = 1; i <= 100; i++) out.push(`C${String(i).padStart(3, '0')}`);
      return out;
    });
    let inside = 0;
    for (const id of ids) {
      const p = await at(page, id);
      if (p && p.x >= 0 && p.x <= cam.width && p.y >= 0 && p.y <= cam.height) inside++;
    }
    expect(inside).toBe(100);
    await shot(page, 'nav-filter-recentred');
    for (const s of ['hospital', 'institution']) await page.check(`#sector-filter input[value="${s}"]`);
    await page.click('#zoom-in');
    await settle(page);
    await page.fill('#seed', '2');
    await untilReady(page, () => clickGenerate(page), errors);
    await settle(page);
    expect((await camera(page)).ratio).toBeCloseTo(1, 1);
  });

  it('the isolates grid has a caption in the spec’s words, and stays dots, not a solid block', async () => {
    await page.fill('#seed', '1');
    await untilReady(page, () => clickGenerate(page), errors);
    await settle(page);
    const counts = isolates();
    const caption = await page.locator('#isolates-caption').innerText();
    expect(await page.locator('#isolates-caption').isVisible()).toBe(true);
    expect(caption).toContain(`${counts.get('hospital')!.toLocaleString('en-US')} hospitals`);
    expect(caption).toMatch(/with no collaboration$/);
    await shot(page, 'nav-isolates-caption');
    // Hiding isolates hides the caption.
    await page.check('#hide-isolates');
    await expect.poll(() => page.locator('#isolates-caption').isHidden()).toBe(true);
    await page.uncheck('#hide-isolates');
    // A larger network: its grid is still made of separate dots.
    await page.selectOption('#scale', '5');
    await untilReady(page, () => clickGenerate(page), errors, 300_000);
    await page.click('#zoom-fit');
    await settle(page);
    const grid = await page.evaluate(() => (window as unknown as { __collabnetIsolates: () => { count: number; cellPx: number; maxSize: number; box: { x: number; y: number; x2: number; y2: number } } | null }).__collabnetIsolates());
    expect(grid).not.toBeNull();
    expect(grid!.count).toBeGreaterThan(3000);
    // Diameter below the cell: gaps between the dots.
    expect(2 * grid!.maxSize).toBeLessThan(grid!.cellPx);
    const g = (await page.locator('#graph').boundingBox())!;
    const clip = { x: g.x + Math.max(0, grid!.box.x), y: g.y + Math.max(0, grid!.box.y), width: Math.min(g.width, grid!.box.x2) - Math.max(0, grid!.box.x), height: Math.min(g.height, grid!.box.y2) - Math.max(0, grid!.box.y) };
    const png = PNG.sync.read(await page.screenshot({ clip }));
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) ink++;
    expect(ink / (png.width * png.height)).toBeLessThan(0.6);
    await shot(page, 'nav-isolates-scale-5');
    expect(errors).toEqual([]);
  }, 400_000);
});
