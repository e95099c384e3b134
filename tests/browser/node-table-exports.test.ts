// The node table (issue 14: "which hospitals have the most partners?" is a table question) and
// exports that say what they are: of what the filters show or of the full network, the node CSV
// with every attribute, a GEXF whose positions and colours NetworkX reads, a PNG with title and legend.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml, readGexf } from '../../src/formats/read/index.js';
import { pythonWithNetworkx } from '../formats/python.js';
import { OUT, probe, shot, startExplorer, waitReady, type Explorer } from './harness.js';

describe('node table and exports in headless Chromium', () => {
  let app: Explorer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startExplorer('node-table-exports');
    ({ page, errors } = await app.open());
    await waitReady(page, errors);
  }, 300_000);
  afterAll(async () => app?.close());

  /** Clicks an export button and saves what downloads; returns its name and path. */
  async function exported(button: string, file: string): Promise<{ name: string; path: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const path = join(OUT, file);
    await download.saveAs(path);
    return { name: download.suggestedFilename(), path };
  }

  it('a search that matches nothing shows an empty table, no error', async () => {
    await page.click('#table-toggle');
    await page.fill('#table-search', 'no such node anywhere');
    await expect.poll(() => page.locator('#node-table-grid tbody tr').count()).toBe(0);
    expect(await page.locator('#table-count').innerText()).toContain('of 0 matching');
    await page.fill('#table-search', '');
    expect(errors).toEqual([]);
  });

  it('the table lists every node shown with every attribute and metric, most partners first', async () => {
    const headers = await page.locator('#node-table-grid th').allInnerTexts();
    for (const c of ['id', 'label', 'sector', 'degree', 'betweenness', 'tier', 'province', 'clinicians']) expect(headers.map((h) => h.replace(/ [▼▲]$/, ''))).toContain(c);
    expect(await page.locator('#table-count').innerText()).toBe('1–50 of 2,482 nodes shown');
    const degreeCol = headers.findIndex((h) => h.startsWith('degree'));
    const degrees = (await page.locator(`#node-table-grid tbody tr td:nth-child(${degreeCol + 1})`).allInnerTexts()).map((d) => Number(d.replace(/,/g, '')));
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBeGreaterThan(20);
  });

  it('sorts by any column, searches, and a row click selects its node', async () => {
    // Hospitals only, by degree: "which hospitals have the most partners?"
    await page.fill('#table-search', 'hospital');
    const first = page.locator('#node-table-grid tbody tr').first();
    const id = (await first.getAttribute('data-node'))!;
    expect(id).toMatch(/^H\d+/);
    await first.click();
    await expect.poll(() => page.locator('#node-panel').isVisible()).toBe(true);
    expect(page.url()).toContain(`node=${id}`);
    expect(await page.locator('#node-table-grid tbody tr.selected').getAttribute('data-node')).toBe(id);
    await page.click('#node-table-grid th button[data-column="label"]');
    expect(await page.locator('#node-table-grid th[aria-sort="ascending"]').innerText()).toContain('label');
    expect(await page.locator('#node-table-grid tbody tr td:nth-child(2)').first().innerText()).toBe('Hospital 0001');
    await page.click('#node-table-grid th button[data-column="degree"]');
    await page.waitForTimeout(300);
    await shot(page, 'node-table');
    await page.fill('#table-search', '');
    expect(errors).toEqual([]);
  });

  it('exports of what the filters show say so; of the full network too', async () => {
    await page.keyboard.press('Escape');
    await page.selectOption('#attribute-filters select[data-attribute="tier"]', 'tertiary');
    const shown = (await probe(page)).visible;
    expect(shown).toBeLessThan(2482);
    const filtered = await exported('#export-gexf', 'filtered.gexf');
    expect(filtered.name).toBe('collabnet-filtered.gexf');
    const text = readFileSync(filtered.path, 'utf8');
    expect(text).toContain(`<collabnetExport>filtered view: ${shown.toLocaleString('en-US')} of 2,482 nodes`);
    expect(text).toContain('(tier: tertiary)</collabnetExport>');
    expect(readGexf(text, 'filtered.gexf', parseXml).graph.order).toBe(shown);
    await page.selectOption('#export-scope', 'full');
    const full = await exported('#export-graphml', 'full.graphml');
    expect(full.name).toBe('collabnet.graphml');
    expect(readFileSync(full.path, 'utf8')).toContain('full network: 2,482 nodes');
  });

  it('the node CSV carries every attribute (tier and province too) and every metric', async () => {
    const csv = await exported('#export-csv', 'nodes.csv');
    const rows = Papa.parse<Record<string, string>>(readFileSync(csv.path, 'utf8'), { header: true, skipEmptyLines: true });
    for (const c of ['id', 'sector', 'tier', 'province', 'clinicians', 'aiDepartment', 'degree', 'betweenness', 'community']) expect(rows.meta.fields).toContain(c);
    expect(rows.data).toHaveLength(2482);
    expect(rows.data.find((r) => r.id === 'H0001')?.tier).toMatch(/^(secondary|tertiary)$/);
  });

  it('the GEXF export: NetworkX reads every node’s position and colour', async () => {
    const g = await exported('#export-gexf', 'full.gexf');
    const r = spawnSync(pythonWithNetworkx(), ['-c', "import json,sys,networkx as nx\nG=nx.read_gexf(sys.argv[1])\nv=[d.get('viz',{}) for _,d in G.nodes(data=True)]\nprint(json.dumps([len(v), sum('position' in x for x in v), sum('color' in x for x in v)]))", g.path], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([2482, 2482, 2482]);
  });

  it('PNG: title, legend and summary around the network; 2× at high resolution', async () => {
    await page.selectOption('#export-scope', 'shown');
    const normal = await exported('#export-png', 'export.png');
    expect(normal.name).toBe('collabnet.png');
    const a = PNG.sync.read(readFileSync(normal.path));
    await page.check('#export-hires');
    const hires = await exported('#export-png', 'export-2x.png');
    expect(hires.name).toBe('collabnet-2x.png');
    const b = PNG.sync.read(readFileSync(hires.path));
    expect(a.width).toBeGreaterThanOrEqual(1200 + 260);
    expect(b.width).toBe(2 * a.width);
    // Ink in the title band (top-left) and in the legend column (right), not only in the network.
    const ink = (png: PNG, x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (png.data[(y * png.width + x) * 4]! < 128) n++;
      return n;
    };
    expect(ink(a, 0, 0, 400, 40)).toBeGreaterThan(50);
    expect(ink(a, a.width - 260, 60, a.width, 200)).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });
});
