// Untrusted text never becomes markup (issue 11, item 2): a file with script payloads in every
// attribute and in its name is loaded, and search, legend, filters and the node panel are used.
// Nothing may run, every payload must show as plain text, and the built page carries a
// Content-Security-Policy that blocks inline script (checked by injecting one on purpose).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickGenerate, probe, shot, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '"><script>window.__xss=2</script>',
  '"><img src=x onerror=window.__xss=3>',
  "'><svg onload=window.__xss=4>",
  '<img src=x onerror=alert(5)>',
  '</option><img src=x onerror=window.__xss=6>',
];
const FILE_NAME = '<img src=x onerror=window.__xss=7>.graphml';
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const at = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

/**
 * A GraphML whose nodes carry a payload in id, label, sector, tier, province and another attribute,
 * with one attribute whose very name is a payload, and edges whose type is one.
 */
function hostileGraphml(): string {
  const keys = [
    ['label', 'label'],
    ['sector', 'sector'],
    ['tier', 'tier'],
    ['province', 'province'],
    ['note', 'note'],
    ['odd', at(0)],
  ];
  const nodes = PAYLOADS.map((id, i) => {
    const values = [at(i + 1), at(i + 2), at(i + 3), at(i + 4), at(i + 5), at(i)];
    return `<node id="${xml(id)}">${keys.map(([k], j) => `<data key="${k}">${xml(values[j]!)}</data>`).join('')}</node>`;
  });
  const edges = PAYLOADS.map((id, i) => `<edge source="${xml(id)}" target="${xml(at(i + 1))}"><data key="w">${i + 1}</data><data key="type">${xml(at(i + 2))}</data></edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([id, name]) => `<key id="${id}" for="node" attr.name="${xml(name!)}" attr.type="string"/>`),
    '<key id="w" for="edge" attr.name="weight" attr.type="double"/>',
    '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '<graph edgedefault="undirected">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
  ].join('\n');
}

describe('untrusted text in headless Chromium', () => {
  let app: Explorer;
  let page: Page;
  let errors: string[];

  const ran = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  /** Elements a payload would have created if it had been parsed as HTML. */
  const injected = () => page.evaluate(() => document.body.querySelectorAll('img, svg, script, iframe, object').length);

  beforeAll(async () => {
    app = await startExplorer('xss');
    ({ page, errors } = await app.open('', () => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    }));
    await waitReady(page, errors);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('the built page carries a Content-Security-Policy, and the app runs under it without violations', async () => {
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect((await probe(page)).order).toBe(2482);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a file with payloads in every attribute and in its name: search, legend, filters and the panel run nothing', async () => {
    await untilReady(page, () => page.setInputFiles('#file', { name: FILE_NAME, mimeType: 'application/xml', buffer: Buffer.from(hostileGraphml()) }), errors);
    expect((await probe(page)).order).toBe(PAYLOADS.length);
    // The file name, shown as text.
    expect(await page.locator('#summary b').first().textContent()).toBe(FILE_NAME);

    // Find: typing shows suggestions (ids and labels are payloads).
    for (const typed of ['<', '"', "'", 'img']) {
      await page.locator('#search').fill('');
      await page.locator('#search').pressSequentially(typed);
      await expect.poll(() => page.locator('#search-options option').count()).toBeGreaterThan(0);
    }
    const options = await page.locator('#search-options option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    for (const [value, text] of options) {
      expect(PAYLOADS).toContain(value);
      expect(PAYLOADS).toContain(text);
    }

    // Legend by every attribute that holds payloads.
    for (const mode of ['sector', 'tier', 'province', 'community', 'sector']) {
      await page.selectOption('#color', mode);
      const legend = await page.locator('#legend li span').allTextContents();
      expect(legend.length).toBeGreaterThan(0);
      if (mode !== 'community') for (const p of PAYLOADS) expect(legend.some((l) => l.startsWith(`${p} (`)), `${mode}: ${p}`).toBe(true);
    }

    // Filters: sector boxes, tier and province options hold the payloads as values and text.
    const boxes = await page.locator('#sector-filter input').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    expect([...boxes].sort()).toEqual([...PAYLOADS].sort());
    await page.locator('#sector-filter input').first().uncheck();
    expect((await probe(page)).visible).toBe(PAYLOADS.length - 1);
    await page.locator('#sector-filter input').first().check();
    for (const id of ['tier', 'province']) {
      const menu = `#attribute-filters select[data-attribute="${id}"]`;
      const values = await page.locator(`${menu} option`).evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
      expect(values.slice(1).map(([v]) => v).sort()).toEqual([...PAYLOADS].sort());
      // Each value with its count (one node each).
      for (const [v, t] of values.slice(1)) expect(t).toBe(`${v} (1)`);
      await page.selectOption(menu, at(2));
      expect((await probe(page)).visible).toBe(1);
      await page.selectOption(menu, '');
    }
    expect(page.url()).not.toContain('<');

    // The node panel of every node, through search, then through a partner link.
    for (const id of PAYLOADS) {
      await page.locator('#search').fill(id);
      await page.dispatchEvent('#search', 'change');
      await expect.poll(() => page.locator('#node-panel p').first().textContent()).toContain(id);
      const panel = (await page.locator('#node-panel').textContent()) ?? '';
      expect(panel).toContain(at(PAYLOADS.indexOf(id) + 1)); // its label
      expect(panel).toContain(at(0)); // the attribute whose name is a payload
    }
    await page.locator('#node-panel a[data-node]').first().click();
    await expect.poll(() => page.locator('#node-panel').isVisible()).toBe(true);
    await shot(page, 'xss-panel');

    await page.waitForTimeout(500); // any error handler of an image would have fired by now
    expect(await ran()).toBeUndefined();
    expect(await injected()).toBe(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('exports and the sweep chart work under the policy', async () => {
    for (const id of ['#export-png', '#export-gexf', '#export-graphml']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
      expect(download.suggestedFilename()).toMatch(/^collabnet\.(png|gexf|graphml)$/);
    }
    await untilReady(page, () => clickGenerate(page), errors);
    await page.check('#lever-list input[value="clinician-engagement"]');
    await page.fill('#runs', '2');
    await page.click('#sweep');
    await page.waitForSelector('.run-status', { state: 'hidden', timeout: 120_000 });
    await page.waitForSelector('#chart img', { timeout: 120_000 });
    expect(await page.locator('#thresholds li').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the policy blocks inline script even if markup were injected', async () => {
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.id = 'probe-injection';
      div.innerHTML = '<img src="data:," onload="window.__xss=99">';
      document.body.append(div);
    });
    await page.waitForTimeout(500);
    expect(await ran()).toBeUndefined();
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    await page.evaluate(() => document.getElementById('probe-injection')?.remove());
  });
});
