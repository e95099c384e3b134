/**
 * Sectors named like Object.prototype members (`__proto__`, `constructor`) looked up the sector
 * palette's prototype and handed Sigma an object for a color ("e.toLowerCase is not a function"):
 * the file never drew. A file with those sectors must draw, colored grey like any other sector.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawn, OUT, probe, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

describe('sectors named like prototype members', () => {
  let ex: Explorer;
  beforeAll(async () => {
    ex = await startExplorer('proto-sectors');
  }, 300_000);
  afterAll(async () => {
    await ex?.close();
  });

  it.each(['__proto__', 'constructor', 'toString'])('a node of sector %s draws without a page error', async (sector) => {
    const file = join(OUT, `sector-${sector.replace(/_/g, 'u')}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [
          { key: 'a', attributes: { sector } },
          { key: 'b', attributes: { sector: 'hospital' } },
          { key: 'c', attributes: { sector: 'company' } },
        ],
        edges: [
          { source: 'a', target: 'b', attributes: { weight: 1 } },
          { source: 'b', target: 'c', attributes: { weight: 2 } },
        ],
      }),
    );
    const { page, errors } = await ex.open();
    await waitReady(page, errors);
    await untilReady(page, () => page.setInputFiles('#file', file), errors, 60_000);
    expect(errors).toEqual([]);
    expect((await probe(page)).order).toBe(3);
    expect((await drawn(page)).order).toBe(3);
    expect(await page.locator('#error').isVisible()).toBe(false);
    await page.close();
  }, 120_000);
});
