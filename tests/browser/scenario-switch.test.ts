// Switching the spec while a scenario run streams (review of issues 13 and 14): the run of the old
// spec is stopped, and none of its results land in the new spec's panel (its chart once showed the
// paper's hospital sweep under the innovation example's figure names).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

describe('switching the spec during a sweep', () => {
  let explorer: Explorer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    explorer = await startExplorer('scenario-switch');
    ({ page, errors } = await explorer.open());
    await waitReady(page, errors);
  }, 300_000);

  afterAll(async () => {
    await explorer?.close();
  });

  it('stops the old run and leaves the new spec with no chart, the panel idle', async () => {
    await page.locator('#lever-list input').first().check();
    await page.fill('#runs', '30');
    await page.click('#sweep');
    await page.waitForFunction(() => /\d+ of 180 networks/.test(document.querySelector('.run-text')?.textContent ?? ''), null, { timeout: 120_000 });
    const other = await page.$$eval('#spec option', (os) => os.map((o) => (o as HTMLOptionElement).value)[1]!);
    await untilReady(page, () => page.selectOption('#spec', other), errors);
    // The old sweep (180 networks) would take far longer than this to finish and draw.
    await page.waitForFunction(() => (document.querySelector('.run-status') as HTMLElement | null)?.hidden === true, null, { timeout: 60_000 });
    await page.waitForTimeout(3000);
    expect(await page.locator('#chart').innerText()).toBe('');
    expect(await page.locator('#compare').innerText()).toBe('');
    expect(await page.locator('#run-status-note').innerText()).toBe('');
    expect(await page.locator('#sweep').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
