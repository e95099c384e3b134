/**
 * Nodes named like Object.prototype members reach ForceAtlas2, which indexes nodes in a plain
 * object: a node called `__proto__` got no index there and its partners NaN positions, so Sigma
 * refused the PNG export ("Coordinates of node … are invalid"). Every node must be laid out at a
 * finite place and the PNG export must work.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

describe('nodes named like prototype members, laid out', () => {
  let ex: Explorer;
  beforeAll(async () => {
    ex = await startExplorer('proto-layout');
  }, 300_000);
  afterAll(async () => {
    await ex?.close();
  });

  it('a __proto__ node and its partners get finite positions, and the PNG export works', async () => {
    const file = join(OUT, 'proto-layout.gexf');
    const ids = ['__proto__', 'toString', 'constructor', 'a', 'b'];
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>${ids.map((n) => `<node id="${n}" label="${n}"/>`).join('')}</nodes>
<edges><edge source="__proto__" target="toString"/><edge source="toString" target="constructor"/><edge source="a" target="__proto__"/><edge source="a" target="b"/></edges></graph></gexf>`,
    );
    const { page, errors } = await ex.open();
    await waitReady(page, errors);
    await untilReady(page, () => page.setInputFiles('#file', file), errors, 60_000);
    const at = await page.evaluate((ns) => ns.map((n) => (window as unknown as { __collabnetViewport: (n: string) => { x: number; y: number } | null }).__collabnetViewport(n)), ids);
    for (const [i, p] of at.entries()) expect([ids[i], Number.isFinite(p?.x) && Number.isFinite(p?.y)]).toEqual([ids[i], true]);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#export-png')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect(await page.locator('#error').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
