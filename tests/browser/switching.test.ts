// Switching networks (issue 11, item 1): valid files written by other tools, smaller scales, other
// seeds, back from a scenario to the baseline, and switching while a layout runs or a node is
// selected or hovered. Each switch must draw exactly the new network, with no page error.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../src/generator/index.js';
import { leverCatalog, scenarioModel } from '../../src/scenarios/index.js';
import { cli, scenarioBase } from '../helpers.js';
import { clickGenerate, drawn, OUT, probe, shot, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

const FILES = join(import.meta.dirname, 'files');

/** Nodes and edges of a generated network, computed here with the core (not through the page). */
function expected(scale: number, seed: number, lever?: string, t = 0): { nodes: number; edges: number } {
  const base = scenarioBase({}, scale);
  const m = lever ? scenarioModel(base, leverCatalog(base.survey, base.spec, base.baseline), [{ lever }], t) : base.baseline;
  const { graph } = generateNetwork(m, { seed });
  return { nodes: graph.order, edges: graph.size };
}

/** A graphology JSON as graphology itself serializes it, with the display attributes Sigma users store. */
function graphologyJson(): string {
  const g = new UndirectedGraph();
  const families = ['Acciaiuoli', 'Medici', 'Castellani', 'Peruzzi', 'Strozzi', 'Barbadori', 'Ridolfi', 'Tornabuoni', 'Albizzi', 'Salviati', 'Pazzi', 'Bischeri', 'Guadagni', 'Ginori', 'Lamberteschi', 'Pucci'];
  families.forEach((f, i) => g.addNode(f, { label: f, x: Math.cos(i), y: Math.sin(i), size: 5, color: '#336699', type: 'circle', wealth: 10 * i }));
  const ties = [[0, 1], [2, 3], [2, 4], [2, 5], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [9, 10], [6, 4], [6, 7], [7, 12], [8, 12], [8, 13], [11, 12], [11, 4], [11, 3], [3, 4], [12, 14]];
  ties.forEach(([a, b], i) => g.addEdgeWithKey(`e${i}`, families[a!]!, families[b!]!, { weight: 1 + (i % 3) }));
  return JSON.stringify(g.export(), null, 2);
}

/** A GraphML whose attributes are named like Sigma's display data (as yEd, Cytoscape or Gephi exports may have them), with values Sigma cannot use. */
function displayNamedGraphml(): string {
  const nodeKeys = [['type', 'string', 'square'], ['hidden', 'boolean', 'true'], ['color', 'int', '5'], ['size', 'string', 'big'], ['zIndex', 'string', 'top'], ['forceLabel', 'boolean', 'true'], ['highlighted', 'boolean', 'true'], ['x', 'string', 'left'], ['label', 'int', '7']];
  const edgeKeys = [['etype', 'type', 'string', 'curved'], ['ehidden', 'hidden', 'boolean', 'true'], ['ecolor', 'color', 'int', '3'], ['esize', 'size', 'string', 'huge']];
  const nodes = Array.from({ length: 12 }, (_, i) => `<node id="n${i}">${nodeKeys.map(([k, , v]) => `<data key="${k}">${v}</data>`).join('')}</node>`);
  const edges = Array.from({ length: 12 }, (_, i) => `<edge source="n${i}" target="n${(i + 1) % 12}">${edgeKeys.map(([k, , , v]) => `<data key="${k}">${v}</data>`).join('')}</edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map(([k, type]) => `<key id="${k}" for="node" attr.name="${k}" attr.type="${type}"/>`),
    ...edgeKeys.map(([id, name, type]) => `<key id="${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '<graph edgedefault="undirected">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
  ].join('\n');
}

describe('switching networks in headless Chromium', () => {
  let app: Explorer;
  let page: Page;
  let errors: string[];

  /** Asserts the page shows exactly `nodes` nodes (and `edges` edges): in Sigma, in the probe, in the counts shown. */
  async function expectShown(what: string, nodes: number, edges?: number) {
    expect(errors, what).toEqual([]);
    const d = await drawn(page);
    expect(d.order, `${what}: nodes in Sigma's graph`).toBe(nodes);
    expect(d.shown, `${what}: nodes Sigma draws`).toBe(nodes);
    if (edges !== undefined) expect(d.size, `${what}: edges in Sigma's graph`).toBe(edges);
    expect((await probe(page)).order, what).toBe(nodes);
    expect(await page.locator('#visible-count').innerText(), what).toBe(nodes.toLocaleString('en-US'));
    expect(await page.locator('#summary').innerText(), what).toContain(`${nodes.toLocaleString('en-US')} nodes`);
    expect(await page.locator('#error').isHidden(), what).toBe(true);
  }

  const generateAt = async (scale: string, seed: number) => {
    await page.selectOption('#scale', scale);
    await page.fill('#seed', String(seed));
    await untilReady(page, () => clickGenerate(page), errors);
  };

  beforeAll(async () => {
    app = await startExplorer('switching');
    ({ page, errors } = await app.open());
    await waitReady(page, errors);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('loads valid files of every format written by other tools, one after another', async () => {
    const base = expected(1, 1);
    await expectShown('baseline', base.nodes, base.edges);
    // Something selected that the next network does not hold.
    await page.fill('#search', 'H0001');
    await page.dispatchEvent('#search', 'change');
    await expect.poll(() => page.locator('#node-panel').isVisible()).toBe(true);

    const generated = join(OUT, 'collabnet-generate.graphml');
    const r = cli(['generate', '--scale', '0.5', '--seed', '3', '--format', 'graphml', '--out', generated]);
    expect(r.code, r.stderr).toBe(0);
    writeFileSync(join(OUT, 'graphology.json'), graphologyJson());
    writeFileSync(join(OUT, 'display-named.graphml'), displayNamedGraphml());
    // Ids that are Object.prototype's own names (issue 11, item 11): a ring, so the layout places them all.
    const protoIds = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'plain'];
    writeFileSync(join(OUT, 'prototype-ids.csv'), ['source,target,weight', ...protoIds.map((id, i) => `${id},${protoIds[(i + 1) % protoIds.length]},2`)].join('\n') + '\n');
    const cases: [string, string[], number, number][] = [
      ['Gephi GEXF 1.3 with viz attributes', [join(FILES, 'gephi-les-miserables.gexf')], 77, 254],
      ['NetworkX GraphML', [join(FILES, 'networkx-karate.graphml')], 34, 78],
      ['collabnet generate --format graphml', [generated], (readFileSync(generated, 'utf8').match(/<node /g) ?? []).length, (readFileSync(generated, 'utf8').match(/<edge /g) ?? []).length],
      ['NetworkX GEXF 1.2', [join(FILES, 'networkx-karate.gexf')], 34, 78],
      ['Gephi edge table CSV', [join(FILES, 'gephi-edges.csv')], 77, 254],
      ['graphology JSON', [join(OUT, 'graphology.json')], 16, 20],
      ['Gephi node and edge tables', [join(FILES, 'gephi-nodes.csv'), join(FILES, 'gephi-edges.csv')], 77, 254],
      ['GraphML with attributes named like Sigma display data', [join(OUT, 'display-named.graphml')], 12, 12],
      ['CSV with ids named like Object.prototype members', [join(OUT, 'prototype-ids.csv')], 6, 6],
    ];
    for (const [what, files, nodes, edges] of cases) {
      await untilReady(page, () => page.setInputFiles('#file', files), errors);
      await expectShown(what, nodes, edges);
      expect(await page.locator('#summary').innerText()).toContain(files.at(-1)!.split('/').pop()!);
      expect(await page.locator('#node-panel').isHidden(), `${what}: no panel for a node it does not hold`).toBe(true);
      await shot(page, `switch-${what.replace(/\W+/g, '-').toLowerCase()}`);
    }
    // Labels, not ids, are what the panel shows for an imported GEXF.
    await untilReady(page, () => page.setInputFiles('#file', join(FILES, 'gephi-les-miserables.gexf')), errors);
    await page.fill('#search', 'Valjean');
    await page.dispatchEvent('#search', 'change');
    await expect.poll(() => page.locator('#node-panel h2').first().textContent()).toBe('Valjean');
  });

  it('generates a smaller scale, then another seed', async () => {
    await generateAt('1', 1);
    const base = expected(1, 1);
    await expectShown('baseline again', base.nodes, base.edges);
    await generateAt('0.25', 1);
    const small = expected(0.25, 1);
    expect(small.nodes).toBeLessThan(base.nodes);
    await expectShown('scale 0.25', small.nodes, small.edges);
    await generateAt('0.25', 7);
    const seven = expected(0.25, 7);
    expect(seven.edges).not.toBe(small.edges);
    await expectShown('scale 0.25, seed 7', seven.nodes, seven.edges);
    expect(page.url()).toContain('seed=7');
    await shot(page, 'switch-scale-0.25-seed-7');
  });

  it('returns from a scenario to the baseline', async () => {
    await page.check('#lever-list input[value="clinician-engagement"]');
    await page.locator('#t').fill('1');
    await untilReady(page, () => page.click('#generate'), errors);
    const scenario = expected(0.25, 7, 'clinician-engagement', 1);
    await expectShown('scenario', scenario.nodes, scenario.edges);
    expect(await page.locator('#summary').innerText()).toContain('scenario "Interest becomes engagement" at t = 1');
    await page.uncheck('#lever-list input[value="clinician-engagement"]');
    await untilReady(page, () => page.click('#generate'), errors);
    const back = expected(0.25, 7);
    expect(back.edges).not.toBe(scenario.edges);
    await expectShown('baseline after the scenario', back.nodes, back.edges);
    expect(await page.locator('#summary').innerText()).toContain('baseline network (seed 7)');
    await shot(page, 'switch-back-to-baseline');
  });

  it('switching while a node is hovered and selected and the layout still runs draws only the new network', async () => {
    await generateAt('1', 1);
    await page.fill('#search', 'C001');
    await page.dispatchEvent('#search', 'change');
    await expect.poll(() => page.locator('#node-panel').isVisible()).toBe(true);
    // Hover the selected node with the mouse, as a user would before dropping a file.
    await page.waitForTimeout(500); // the camera's move to the selected node
    const at = await page.evaluate(() => (window as unknown as { __collabnetViewport: (n: string) => { x: number; y: number } | null }).__collabnetViewport('C001'));
    expect(at).not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + at!.x, box.y + at!.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __collabnetHovered: () => string | null }).__collabnetHovered())).toBe('C001');
    // A bigger network (its layout takes a while), then a small file as soon as the big one is drawn.
    // ×5 (12,408 nodes): its layout runs for seconds after the first frame even on a quiet machine (×2's ended
    // before the file could be dropped once metrics got faster).
    const big = expected(5, 1);
    await page.evaluate(() => ((window as unknown as { __collabnet: { ready: boolean } }).__collabnet.ready = false));
    await page.selectOption('#scale', '5');
    await page.click('#generate');
    await page.waitForFunction((n) => (window as unknown as { __collabnet: { order: number } }).__collabnet.order === n, big.nodes, { timeout: 120_000 });
    expect((await probe(page)).ready).toBe(false);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await untilReady(page, () => page.setInputFiles('#file', join(FILES, 'networkx-karate.graphml')), errors);
    await expectShown('a file loaded during a layout', 34, 78);
    // Nothing of the abandoned layout or the old selection is left: every node has finite, distinct positions.
    const spread = await page.evaluate(() => (window as unknown as { __collabnetViewport: (n: string) => { x: number; y: number } | null }).__collabnetViewport('0'));
    expect(Number.isFinite(spread?.x)).toBe(true);
    await page.waitForTimeout(1000);
    await expectShown('a second later', 34, 78);
    expect(page.url()).not.toContain('node=');
    await shot(page, 'switch-during-layout');
  });

  it('two requests in flight: the last one asked for is what stays on screen', async () => {
    await page.selectOption('#scale', '0.5');
    await page.fill('#seed', '2');
    await page.evaluate(() => ((window as unknown as { __collabnet: { ready: boolean } }).__collabnet.ready = false));
    await clickGenerate(page);
    await page.setInputFiles('#file', join(FILES, 'gephi-les-miserables.gexf'));
    // The file was asked for last: it is what stays, once laid out.
    await page.waitForFunction(() => document.getElementById('summary')!.textContent!.includes('gephi-les-miserables.gexf'), null, { timeout: 120_000 });
    await waitReady(page, errors);
    await page.waitForTimeout(1000);
    await expectShown('generate, then a file at once', 77, 254);
    expect(await page.locator('#summary').innerText()).toContain('gephi-les-miserables.gexf');
  });
});
