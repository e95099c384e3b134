// URL state with unknown, malformed or out-of-range values (issue 11, item 3): each is dropped with a
// visible note, the rest of the state still applies, and the network is drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe, shot, startExplorer, type Explorer } from './harness.js';

const BASELINE_NODES = 2482;

describe('URL state in headless Chromium', () => {
  let app: Explorer;

  beforeAll(async () => {
    app = await startExplorer('url-state');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  /** Opens the page at `?query`, waits for the network; returns the page, its notes and what it shows. */
  async function visit(query: string) {
    const { page, errors } = await app.open(`?${query}`);
    // Ready, or an error shown instead (then the assertions below say what went wrong).
    await page.waitForFunction(() => (window as unknown as { __collabnet?: { ready: boolean } }).__collabnet?.ready === true || !document.getElementById('error')!.hidden, null, { timeout: 120_000 });
    const drawnNow = await page.evaluate(() => (window as unknown as { __collabnetDrawn?: () => { shown: number } }).__collabnetDrawn?.().shown ?? -1);
    const notes = (await page.locator('#url-notes').isVisible()) ? await page.locator('#url-notes li').allTextContents() : [];
    const error = (await page.locator('#error').isVisible()) ? await page.locator('#error').innerText() : null;
    const summary = await page.locator('#summary').innerText();
    return { page, errors, notes, error, summary, order: drawnNow };
  }

  it('an unknown lever is dropped with a note; the baseline is drawn', async () => {
    const v = await visit('levers=bogus');
    expect(v.error).toBeNull();
    expect(v.errors).toEqual([]);
    expect(v.notes).toHaveLength(1);
    expect(v.notes[0]).toContain('levers="bogus": not a lever');
    expect(v.summary).toContain('baseline network (seed 1)');
    expect(v.order).toBe(BASELINE_NODES);
    expect(v.page.url()).not.toContain('bogus');
    await shot(v.page, 'url-unknown-lever');
    await v.page.close();
  });

  it('__proto__ among the levers is dropped; the known lever, t and seed still apply', async () => {
    const v = await visit('levers=__proto__,clinician-engagement&t=0.5&seed=3');
    expect(v.error).toBeNull();
    expect(v.errors).toEqual([]);
    expect(v.notes).toEqual([expect.stringContaining('levers="__proto__": not a lever')]);
    // the summary names the lever by its title, as the panel does, not by its id
    expect(v.summary).toContain('scenario "Interest becomes engagement" at t = 0.5 (seed 3)');
    expect(v.summary).not.toContain('clinician-engagement');
    expect(await v.page.locator('#lever-list input[value="clinician-engagement"]').isChecked()).toBe(true);
    expect(await v.page.locator('#seed').inputValue()).toBe('3');
    await v.page.close();
  });

  it('script, prototype keys and out-of-range values everywhere: every one noted, nothing runs, the view works', async () => {
    const query = [
      'levers=<script>alert(1)</script>',
      'color=<img src=x onerror=window.__xss=1>',
      'size=bogus',
      't=7',
      'seed=1e400',
      'scale=999',
      'mindeg=-3',
      'isolates=maybe',
      'giant=yes',
      'node=<script>window.__xss=2</script>',
      'sectors=hospital,"><img src=x onerror=window.__xss=3>',
      'filter=tier:__proto__,province:constructor',
      '__proto__=1',
      'constructor=x',
    ]
      .map((kv) => kv.replace(/=(.*)$/, (_m, v: string) => `=${encodeURIComponent(v)}`))
      .join('&');
    const v = await visit(query);
    expect(v.error).toBeNull();
    expect(v.errors).toEqual([]);
    expect(await v.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await v.page.evaluate(() => document.body.querySelectorAll('img, script, svg').length)).toBe(0);
    const expected = [
      'levers="<script>alert(1)</script>": not a lever',
      'color="<img src=x onerror=window.__xss=1>": expected one of sector, community',
      'size="bogus": expected one of degree',
      't="7": expected a decimal number in [0, 1]',
      'seed="1e400": expected an integer',
      'scale="999": expected a decimal number in [0.05, 20]',
      'mindeg="-3": expected an integer in [0, 1000000]',
      'isolates="maybe": expected hide or show',
      'giant="yes": expected 1 or 0',
      '"__proto__": not a setting of this page',
      '"constructor": not a setting of this page',
      'node="<script>window.__xss=2</script>": no such node',
      'sectors="\\"><img src=x onerror=window.__xss=3>": no such sector',
      'filter="tier:__proto__": no such tier',
      'filter="province:constructor": no such province',
    ];
    for (const e of expected) expect(v.notes.some((n) => n.includes(e)), `a note containing ${e}\nnotes:\n${v.notes.join('\n')}`).toBe(true);
    expect(v.notes).toHaveLength(expected.length);
    // The rest applied: only hospitals are shown (the one valid sector), everything else is the default.
    expect(await v.page.locator('#color').inputValue()).toBe('sector');
    expect(await v.page.locator('#size').inputValue()).toBe('degree');
    expect(await v.page.locator('#sector-filter input[value="hospital"]').isChecked()).toBe(true);
    expect(await v.page.locator('#sector-filter input[value="company"]').isChecked()).toBe(false);
    expect(v.summary).toContain('baseline network (seed 1)');
    expect((await probe(v.page)).visible).toBe(2135);
    expect(v.order).toBe(2135);
    // The URL keeps only what was used.
    expect(decodeURIComponent(v.page.url())).toMatch(/\?sectors=hospital$/);
    await shot(v.page, 'url-hostile');
    // The note can be dismissed.
    await v.page.click('#url-notes-close');
    expect(await v.page.locator('#url-notes').isHidden()).toBe(true);
    await v.page.close();
  });

  it('malformed numbers and repeated settings: dropped with a note, the first of a repeat kept', async () => {
    const v = await visit('seed=0x10&t=-0.1&scale=0&mindeg=2.5&color=community&color=tier&size=betweenness&isolates=hide&node=C001');
    expect(v.error).toBeNull();
    expect(v.errors).toEqual([]);
    for (const e of ['seed="0x10"', 't="-0.1"', 'scale="0"', 'mindeg="2.5"', 'color="tier": color given again; the first one is kept'])
      expect(v.notes.some((n) => n.includes(e)), `${e}\n${v.notes.join('\n')}`).toBe(true);
    expect(v.notes).toHaveLength(5);
    expect(await v.page.locator('#color').inputValue()).toBe('community');
    expect(await v.page.locator('#size').inputValue()).toBe('betweenness');
    expect(await v.page.locator('#hide-isolates').isChecked()).toBe(true);
    expect((await probe(v.page)).visible).toBeLessThan(BASELINE_NODES);
    expect(await v.page.locator('#node-panel h2').first().textContent()).toBe('Company 001');
    await v.page.close();
  });

  it('a valid link gives no note', async () => {
    const v = await visit('seed=2&scale=0.5&color=component&node=H0001');
    expect(v.notes).toEqual([]);
    expect(v.errors).toEqual([]);
    expect(await v.page.locator('#url-notes').isHidden()).toBe(true);
    expect(v.summary).toContain('baseline network (seed 2)');
    await v.page.close();
  });
});
