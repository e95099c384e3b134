// The URL restores everything a user set (issue 14): runs, chart figure, camera, the applied t, and
// a t set on the slider but not applied (shown as such, not dropped).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startExplorer, waitReady, type Explorer } from './harness.js';

describe('URL restore in headless Chromium', () => {
  let app: Explorer;

  beforeAll(async () => {
    app = await startExplorer('url-restore');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('bad input: malformed camera, runs and chart figure are dropped with a note each', async () => {
    const { page, errors } = await app.open('?cam=1,2&runs=1&chart=bogus&tnext=2');
    await waitReady(page, errors);
    const notes = await page.locator('#url-notes li').allTextContents();
    for (const e of ['cam="1,2": expected X,Y,RATIO', 'runs="1": expected an integer in [2, 200]', 'chart="bogus": expected one of giant_share', 'tnext="2": expected a decimal number in [0, 1]'])
      expect(notes.some((n) => n.includes(e)), `${e}\n${notes.join('\n')}`).toBe(true);
    expect(notes).toHaveLength(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link restores runs, chart figure, camera, the applied t and an unapplied t', async () => {
    const { page, errors } = await app.open('?levers=clinician-engagement&t=0.5&tnext=0.8&runs=5&chart=isolate_share.hospital&cam=0.6,0.45,0.4');
    await waitReady(page, errors);
    await page.waitForTimeout(800);
    expect(await page.locator('#summary').innerText()).toContain('at t = 0.5');
    expect(await page.locator('#t').inputValue()).toBe('0.8');
    expect(await page.locator('#t-pending').innerText()).toContain('t = 0.80 is not applied yet: the network shows t = 0.50');
    expect(await page.locator('#runs').inputValue()).toBe('5');
    expect(await page.locator('#chart-metric').inputValue()).toBe('isolate_share.hospital');
    const cam = await page.evaluate(() => (window as unknown as { __collabnetCamera: () => { x: number; y: number; ratio: number } }).__collabnetCamera());
    expect(cam.ratio).toBeCloseTo(0.4, 3);
    expect(cam.x).toBeCloseTo(0.6, 3);
    expect(page.url()).toContain('tnext=0.8');
    await shot(page, 'url-restore-unapplied-t');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moving the slider keeps the unapplied t in the URL; Generate applies it', async () => {
    const { page, errors } = await app.open('?levers=clinician-engagement');
    await waitReady(page, errors);
    await page.locator('#t').fill('0.3');
    await expect.poll(() => page.url()).toContain('tnext=0.3');
    expect(await page.locator('#t-pending').isVisible()).toBe(true);
    await page.fill('#runs', '7');
    await expect.poll(() => page.url()).toContain('runs=7');
    await page.evaluate(() => ((window as unknown as { __collabnet: { ready: boolean } }).__collabnet.ready = false));
    await page.click('#generate');
    await waitReady(page, errors);
    expect(page.url()).toContain('t=0.3');
    expect(page.url()).not.toContain('tnext');
    expect(await page.locator('#t-pending').isHidden()).toBe(true);
    expect(await page.locator('#summary').innerText()).toContain('at t = 0.3');
    await page.close();
  });
});
