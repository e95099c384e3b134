import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExplorer, serveStatic } from '../../src/cli/serve.js';
import { parseXml } from '../../src/formats/read/index.js';
import { readGexf } from '../../src/formats/read/index.js';
import { ROOT } from '../helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output', 'browser');
const ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage', '--no-first-run'];

/** Timings the page exposes. */
type Probe = { ready: boolean; firstFrameMs: number; layoutMs: number; layoutIterations: number; visible: number; order: number; errors: number };

describe('explorer in headless Chromium (fails, not skips, without Chromium)', () => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const timings: Record<string, number> = {};

  const probe = () => page.evaluate(() => (window as unknown as { __collabnet: Probe }).__collabnet);
  const waitReady = async () => {
    await page.waitForFunction(() => (window as unknown as { __collabnet?: Probe }).__collabnet?.ready === true, null, { timeout: 120_000 });
  };
  const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`);
    mkdirSync(OUT, { recursive: true });
    const dist = await buildExplorer();
    ({ server, url } = await serveStatic(dist, 0));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    await page.goto(url);
    await waitReady();
    const p = await probe();
    timings.firstFrameMs = p.firstFrameMs;
    timings.layoutMs = p.layoutMs;
    timings.layoutIterations = p.layoutIterations;
  }, 300_000);

  afterAll(async () => {
    writeFileSync(join(OUT, 'timings.json'), JSON.stringify(timings, null, 2));
    await browser?.close();
    server?.close();
  });

  it('loads the baseline without page errors, and draws it', async () => {
    await shot('baseline');
    expect(pageErrors).toEqual([]);
    const png = PNG.sync.read(await page.locator('#graph').screenshot());
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 235 || png.data[i + 1]! < 235 || png.data[i + 2]! < 235) ink++;
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.005);
    expect((await probe()).order).toBe(2482);
  });

  it('the legend lists the three sectors with counts', async () => {
    const legend = await page.locator('#legend').innerText();
    expect(legend).toContain('hospital (2,135)');
    expect(legend).toContain('institution (247)');
    expect(legend).toContain('company (100)');
  });

  it('search selects a node and opens its panel', async () => {
    await page.fill('#search', 'C001');
    await page.dispatchEvent('#search', 'change');
    await expect.poll(() => page.locator('#node-panel').isVisible()).toBe(true);
    const text = (await page.locator('#node-panel').textContent()) ?? '';
    expect(text).toContain('Company 001');
    expect(text).toMatch(/betweenness[^a-z]*rank 1 of 2,482/);
    expect(page.url()).toContain('node=C001');
    await shot('search-C001');
  });

  it('"hide isolates" changes the visible count', async () => {
    const before = (await probe()).visible;
    await page.check('#hide-isolates');
    const after = (await probe()).visible;
    expect(before).toBe(2482);
    expect(after).toBeLessThan(before);
    expect(await page.locator('#visible-count').innerText()).toBe(after.toLocaleString('en-US'));
    await shot('hide-isolates');
    await page.uncheck('#hide-isolates');
  });

  it('exporting GEXF downloads a file that parses, with metrics', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const path = join(OUT, 'export.gexf');
    await download.saveAs(path);
    const { graph } = readGexf(readFileSync(path, 'utf8'), 'export.gexf', parseXml);
    expect(graph.order).toBe(2482);
    expect(typeof graph.getNodeAttribute('C001', 'betweenness')).toBe('number');
  });

  it('a malformed file shows an error and keeps the graph', async () => {
    const bad = join(OUT, 'bad.graphml');
    writeFileSync(bad, '<graphml><graph><node id="a"><edge source="a" target="zz"/></graph>');
    await page.setInputFiles('#file', bad);
    await expect.poll(() => page.locator('#error').isVisible()).toBe(true);
    expect(await page.locator('#error').innerText()).toContain('bad.graphml');
    expect((await probe()).order).toBe(2482);
    await shot('bad-file');
  });

  it('every bad graph file of the corpus: a visible message naming the file, graph kept', async () => {
    const dir = join(ROOT, 'tests/bad-inputs/files');
    const files = readdirSync(dir).filter((f) => /\.(graphml|gexf|csv|json)$/.test(f) && !/^(scenario|model)-|missing-weights|formula|edges-for-nodes|nodes-/.test(f));
    const garbage = join(OUT, 'garbage.gexf');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 2654435761) >>> 24)));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of [...files.map((x) => join(dir, x)), garbage]) {
      await page.evaluate(() => {
        const e = document.getElementById('error')!;
        e.hidden = true;
        e.textContent = '';
      });
      await page.setInputFiles('#file', f);
      await expect.poll(() => page.locator('#error').isVisible(), { timeout: 20_000 }).toBe(true);
      const message = await page.locator('#error').innerText();
      expect(message, f).toContain(f.split('/').pop()!);
      expect(message).not.toContain('internal error');
      expect((await probe()).order).toBe(2482);
    }
  });

  it('moving the scenario slider and regenerating changes a shown metric', async () => {
    const before = await page.locator('#sum-giant-hospital').innerText();
    await page.check('#lever-list input[value="clinician-engagement"]');
    await page.fill('#runs', '4');
    await page.locator('#t').fill('0.5');
    await page.click('#regenerate');
    await waitReady();
    await page.waitForSelector('#compare-table', { timeout: 120_000 });
    const after = await page.locator('#sum-giant-hospital').innerText();
    expect(after).not.toBe(before);
    // A share, shown as the summary line shows it: a percentage.
    expect(await page.locator('#compare-table tr[data-metric="giant_share.hospital"] .scenario-value').innerText()).toMatch(/^\d+\.\d% \[/);
    expect(page.url()).toContain('levers=clinician-engagement');
    expect(page.url()).toContain('t=0.5');
    await shot('scenario');
  });

  it('a sweep draws the metric against t with its interval and marks the thresholds', async () => {
    await page.fill('#runs', '2');
    await page.click('#sweep');
    await page.waitForSelector('.run-status', { state: 'hidden', timeout: 120_000 });
    await page.waitForSelector('#chart img', { timeout: 120_000 });
    const thresholds = await page.locator('#thresholds').innerText();
    // Thresholds by the spec's human names.
    expect(thresholds).toContain('half of the hospitals in the largest component');
    expect(thresholds).toMatch(/t ≈ 0\.\d{2}/);
    await page.locator('#chart').scrollIntoViewIfNeeded();
    await page.locator('#chart').screenshot({ path: join(OUT, 'sweep.png') });
  });

  it('reloading a shared URL restores the view', async () => {
    await page.selectOption('#color', 'community');
    await page.fill('#search', 'C002');
    await page.dispatchEvent('#search', 'change');
    const shared = page.url();
    const second = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    second.on('pageerror', (e) => pageErrors.push(String(e)));
    await second.goto(shared);
    await second.waitForFunction(() => (window as unknown as { __collabnet?: Probe }).__collabnet?.ready === true, null, { timeout: 120_000 });
    expect(await second.locator('#color').inputValue()).toBe('community');
    expect(await second.locator('#t').inputValue()).toBe('0.5');
    expect(await second.locator('#node-panel').textContent()).toContain('Company 002');
    expect(await second.locator('#summary').innerText()).toContain('scenario');
    await second.screenshot({ path: join(OUT, 'shared-url.png') });
    await second.close();
    expect(pageErrors).toEqual([]);
  });

  it('with no lever, Regenerate says how to go back to the baseline, and Generate does', async () => {
    for (const box of await page.locator('#lever-list input:checked').all()) await box.uncheck();
    await page.click('#regenerate');
    await expect.poll(() => page.locator('#error').isVisible()).toBe(true);
    expect(await page.locator('#error').innerText()).toContain('To go back to the baseline network, press Generate');
    await page.click('#generate');
    await waitReady();
    await expect.poll(() => page.locator('#summary').innerText(), { timeout: 120_000 }).toContain('baseline network');
  });

  it('another spec: legend, colours, filters and key figures come from it (no code change)', async () => {
    const other = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    other.on('pageerror', (e) => pageErrors.push(String(e)));
    await other.goto(`${url}?spec=regional-innovation&color=industry`);
    await other.waitForFunction(() => (window as unknown as { __collabnet?: Probe }).__collabnet?.ready === true, null, { timeout: 120_000 });
    expect(await other.locator('#spec').inputValue()).toBe('regional-innovation');
    expect(await other.locator('#spec-sectors').innerText()).toBe('universities · SMEs · large firms · government labs');
    // Coloured by the SMEs' industry attribute: its values in the legend.
    const legend = await other.locator('#legend').innerText();
    for (const v of ['software', 'manufacturing', 'biotech']) expect(legend).toContain(v);
    await other.selectOption('#color', 'sector');
    const sectors = await other.locator('#legend').innerText();
    expect(sectors).toContain('university (40)');
    // The legend names sectors by their labels, not their ids ("gov-lab", "sme"), acronyms kept.
    expect(sectors).toContain('government lab (12)');
    expect(sectors).toContain('SME (330)');
    expect(sectors).not.toMatch(/gov-lab|sme \(/);
    // So do the summary line and the isolates' caption ("sme isolates", "227 smes" before).
    expect(await other.locator('#summary').innerText()).toContain('SME isolates');
    await expect.poll(() => other.locator('#isolates-caption').innerText()).toMatch(/\d+ SMEs, /);
    expect(await other.locator('#legend li:first-child i').getAttribute('style')).toMatch(/#CC79A7|rgb\(204, 121, 167\)/i); // the spec's colour for universities
    const before = Number((await other.locator('#visible-count').innerText()).replace(/,/g, ''));
    await other.selectOption('#attribute-filters select[data-attribute="industry"]', 'biotech');
    const after = Number((await other.locator('#visible-count').innerText()).replace(/,/g, ''));
    expect(after).toBeLessThan(before);
    expect(await other.locator('#chart-metric option').allInnerTexts()).toContain('SMEs in largest component');
    expect(await other.locator('#summary').innerText()).toContain('SMEs in largest');
    await other.screenshot({ path: join(OUT, 'other-spec.png') });
    await other.close();
    expect(pageErrors).toEqual([]);
  });
});
