// Style and filter by any attribute (issue 14): colour by any attribute or metric with a legend,
// size with a size legend, communities with the isolates as one group, filters from the data that
// apply only to the nodes that have the attribute, legend and summary following the filters, and an
// imported GEXF drawn with its own colours, sizes and positions.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe, shot, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

const FILES = join(import.meta.dirname, 'files');

describe('style and filter by any attribute in headless Chromium', () => {
  let app: Explorer;
  let page: Page;
  let errors: string[];
  const legend = () => page.locator('#legend li').allInnerTexts();

  beforeAll(async () => {
    app = await startExplorer('style-filter');
    ({ page, errors } = await app.open());
    await waitReady(page, errors);
  }, 300_000);
  afterAll(async () => app?.close());

  it('a reversed range typed into a filter (degree 10 – 2) hides nothing and raises no error', async () => {
    await page.locator('#attribute-filters details summary').click();
    const end = (e: string) => page.locator(`#attribute-filters input[data-range="degree"][data-end="${e}"]`);
    await end('min').fill('10');
    await end('max').fill('2');
    await end('max').dispatchEvent('change');
    expect((await probe(page)).visible).toBe(2482);
    await end('min').fill('');
    await end('max').fill('');
    await end('max').dispatchEvent('change');
    expect(errors).toEqual([]);
  });

  it('the colour and size menus offer every attribute and metric; a number gets a colour scale and a size legend', async () => {
    const colours = await page.locator('#color option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const m of ['sector', 'community', 'tier', 'province', 'aiDepartment', 'degree', 'betweenness', 'clinicians']) expect(colours).toContain(m);
    const sizes = await page.locator('#size option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(sizes).toContain('clinicians');
    await page.selectOption('#color', 'degree');
    await expect.poll(() => page.locator('#legend i.gradient').count()).toBe(1);
    const ticks = await page.locator('#legend li.gradient-ticks span').allInnerTexts();
    expect(ticks[0]).toBe('0');
    expect(ticks[1]).toBe('degree');
    expect(Number(ticks[2]!.replace(/,/g, ''))).toBeGreaterThan(10);
    await page.selectOption('#size', 'betweenness');
    const sizeLegend = await page.locator('#size-legend li').allInnerTexts();
    expect(sizeLegend[0]).toBe('size: betweenness');
    expect(sizeLegend.length).toBe(4);
    await shot(page, 'style-degree-gradient');
    expect(page.url()).toContain('color=degree');
  });

  it('community: the isolates are one grey group, communities ordered by size, at most 11 colours + "N more"', async () => {
    await page.selectOption('#color', 'community');
    const lines = await legend();
    expect(lines[0]).toMatch(/^community 1 \(largest\) \(\d/);
    expect(lines.filter((l) => l.startsWith('no ties (isolates)'))).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(13);
    const counts = lines.filter((l) => l.startsWith('community')).map((l) => Number(/\(([\d,]+)\)$/.exec(l)![1]!.replace(/,/g, '')));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const colours = await page.locator('#legend li i').evaluateAll((is) => is.map((i) => (i as HTMLElement).style.background));
    expect(new Set(colours.slice(0, 11)).size).toBe(Math.min(11, colours.length));
  });

  it('tier = tertiary hides secondary hospitals only: institutions and companies stay; legend and summary follow', async () => {
    await page.selectOption('#color', 'sector');
    const before = await legend();
    expect(before).toContain('institution (247)');
    await page.selectOption('#attribute-filters select[data-attribute="tier"]', 'tertiary');
    const shown = (await probe(page)).visible;
    const after = await legend();
    expect(after).toContain('institution (247)');
    expect(after).toContain('company (100)');
    const hospitals = Number(/hospital \(([\d,]+)\)/.exec(after.join('\n'))![1]!.replace(/,/g, ''));
    expect(hospitals).toBeGreaterThan(0);
    expect(hospitals).toBeLessThan(2135);
    expect(shown).toBe(hospitals + 247 + 100);
    expect(await page.locator('#sum-shown').innerText()).toBe(`showing ${shown.toLocaleString('en-US')} of 2,482 nodes (tier: tertiary)`);
    // The menu shows each value's count.
    expect(await page.locator('#attribute-filters select[data-attribute="tier"] option').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^tertiary \(\d+\)$/)]));
    expect(page.url()).toContain('filter=tier%3Atertiary');
    await shot(page, 'style-tier-filter');
  });

  it('a numeric range filter (degree ≥ 3) on a metric', async () => {
    await page.selectOption('#attribute-filters select[data-attribute="tier"]', '');
    const min = page.locator('#attribute-filters input[data-range="degree"][data-end="min"]');
    await min.fill('3');
    await min.dispatchEvent('change');
    const shown = (await probe(page)).visible;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(2482);
    expect(await page.locator('#sum-shown').innerText()).toContain('(degree ≥ 3)');
    await min.fill('');
    await min.dispatchEvent('change');
    expect((await probe(page)).visible).toBe(2482);
    expect(errors).toEqual([]);
  });

  it('an imported Gephi GEXF keeps its colours, sizes and positions ("as in file")', async () => {
    await untilReady(page, () => page.setInputFiles('#file', join(FILES, 'gephi-les-miserables.gexf')), errors);
    expect(await page.locator('#status').innerText()).toContain('positions as in the file');
    const colours = await page.locator('#color option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(colours).toContain('file');
    expect(await page.locator('#size option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toContain('file');
    // A file whose every node has its own colour opens in them, not grey under "sector" (the size an earlier
    // test chose, betweenness, is the user's and stays).
    expect(await page.locator('#color').inputValue()).toBe('file');
    expect(await page.locator('#size').inputValue()).toBe('betweenness');
    expect((await legend()).some((l) => l.startsWith('#60c04e ('))).toBe(true);
    await page.selectOption('#color', 'sector');
    await page.selectOption('#color', 'file');
    await page.selectOption('#size', 'file');
    const lines = await legend();
    expect(lines.some((l) => l.startsWith('#60c04e ('))).toBe(true);
    // Napoleon (node 0) is drawn where the file put him: left of and above Myriel (node 1), as in the file (x −314 vs −174, y 200 vs 85).
    const at = (n: string) => page.evaluate((id) => (window as unknown as { __collabnetViewport: (n: string) => { x: number; y: number } }).__collabnetViewport(id), n);
    const [napoleon, myriel] = [await at('0'), await at('1')];
    expect(napoleon.x).toBeLessThan(myriel.x);
    expect(napoleon.y).toBeLessThan(myriel.y);
    await page.waitForTimeout(300);
    await shot(page, 'imported-gexf-own-colours');
    expect(errors).toEqual([]);
  });
});
