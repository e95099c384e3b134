// Scenarios readable at a glance (issue 14) and the explorer's uncertainty and sensitivity (issue 13):
// what a user sees in the scenario panel — levers in plain language, compare and sweep with progress
// per network and Cancel, figures as percentages coloured better/worse for the figure, the uncertainty
// choice, the sweep chart with named thresholds and its export, and the Sobol' panel.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

/** The paper spec's assumption ids with a dash (a plain word such as "companies" may be prose): none may reach a reader (issue 14). */
const ASSUMPTION_IDS = Object.keys((JSON.parse(readFileSync(join(import.meta.dirname, '../../data/model.json'), 'utf8')) as { assumptions: Record<string, unknown> }).assumptions).filter((id) => id.includes('-'));

type Timings = { compare: number[]; sweep: number[]; sensitivity: number[] };

describe('scenario panel in headless Chromium', () => {
  let explorer: Explorer;
  let page: Page;
  let errors: string[];
  const measured: Record<string, unknown> = {};

  /** Every text the run-status line showed, recorded in the page as it changes. */
  const recordProgress = () =>
    page.evaluate(() => {
      const w = window as unknown as { __progressLog: string[] };
      w.__progressLog = [];
      new MutationObserver(() => {
        const t = document.querySelector('.run-text')?.textContent;
        if (t && w.__progressLog[w.__progressLog.length - 1] !== t) w.__progressLog.push(t);
      }).observe(document.getElementById('run-status')!, { subtree: true, childList: true, characterData: true });
    });
  const progressLog = () => page.evaluate(() => (window as unknown as { __progressLog: string[] }).__progressLog);
  const timings = () => page.evaluate(() => (window as unknown as { __collabnetScenario: Timings }).__collabnetScenario);
  const idle = () => page.waitForFunction(() => (document.querySelector('.run-status') as HTMLElement | null)?.hidden === true, null, { timeout: 300_000 });
  /** The 95% interval of a compare cell as [lo, hi] (percent). */
  const interval = async (metric: string, column: number) => {
    const text = await page.locator(`#compare-table tr[data-metric="${metric}"] td:nth-child(${column}) small`).innerText();
    const m = /\[(-?[\d.]+)%? – (-?[\d.]+)%?\]/.exec(text);
    if (!m) throw new Error(`no interval in ${JSON.stringify(text)}`);
    return [Number(m[1]), Number(m[2])] as const;
  };

  beforeAll(async () => {
    explorer = await startExplorer('scenario');
    ({ page, errors } = await explorer.open());
    await waitReady(page, errors);
    await recordProgress();
  }, 300_000);

  afterAll(async () => {
    writeFileSync(join(OUT, 'scenario-timings.json'), JSON.stringify(measured, null, 2));
    await explorer?.close();
  });

  it('without a lever, Sweep and a threshold sensitivity say what to do and run nothing', async () => {
    await page.click('#sweep');
    await expect.poll(() => page.locator('#error').innerText()).toContain('Pick at least one lever');
    await page.selectOption('#sensitivity-target', 'threshold');
    await page.click('#run-sensitivity');
    await expect.poll(() => page.locator('#error').innerText()).toContain('Pick a lever');
    await page.selectOption('#sensitivity-target', 'baseline');
    expect(await page.locator('.run-status').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('each lever shows its description and what t means for it, from the spec, with the source row', async () => {
    const lever = page.locator('.lever[data-lever="clinician-engagement"]');
    expect(await lever.locator('.lever-description').isVisible()).toBe(true);
    expect(await lever.locator('.lever-description').innerText()).toContain('Clinicians collaborating with research institutions');
    // Before t moves, the line says where t = 1 leads; the ceiling's source reads as words, its number once.
    const atZero = await lever.locator('.lever-moves').innerText();
    expect(atZero).toContain('clinicians with an institution partner 8.7% now → 88% at t = 1');
    expect(atZero).toContain("ceiling from clinicians interested in working with research institutions (Table 4, 'Expectations for collaboration')");
    const allLevers = await page.locator('#lever-list').innerText();
    for (const id of ASSUMPTION_IDS) expect(allLevers, id).not.toContain(id);
    expect(allLevers).not.toMatch(/\(default:|\d%\) \(\d/);
    await page.locator('#t').fill('0.5');
    const moves = await lever.locator('.lever-moves').innerText();
    expect(moves).toContain('t = 0.5 → clinicians with an institution partner 8.7% → 48%');
    expect(moves).toContain('clinicians with a company partner 8% → 29%');
    expect(moves).toContain('Table 4');
    expect(await page.locator('.lever[data-lever="institution-company-ties"] .lever-moves').innerText()).toContain('held: the survey leaves no room');
  });

  it('compare shows progress per network with a time estimate, streams rows, and shows shares as percentages coloured better/worse for the figure', async () => {
    await page.check('#lever-list input[value="clinician-engagement"]');
    await page.locator('#t').fill('1');
    await page.fill('#runs', '4');
    await untilReady(page, () => page.click('#regenerate'), errors);
    await page.waitForSelector('#compare-table', { timeout: 300_000 });
    await idle();
    const log = await progressLog();
    // Progress advanced network by network (8 networks: 4 pairs), with an estimate of what is left.
    expect(log.some((l) => /1 of 8 networks · [\d.]+ s · about [\d.]+ s left/.test(l))).toBe(true);
    expect(log.some((l) => /7 of 8 networks/.test(l))).toBe(true);
    const row = (m: string) => page.locator(`#compare-table tr[data-metric="${m}"]`);
    expect(await row('giant_share.hospital').locator('.scenario-value').innerText()).toMatch(/^\d+\.\d% \[\d+\.\d% – \d+\.\d%\]$/);
    expect(await row('edges').locator('td').nth(1).innerText()).toMatch(/^\d{1,3}(,\d{3})* \[/);
    // Fewer hospital isolates is better: a fall is green and says "better"; a larger giant component too.
    expect(await row('isolate_share.hospital').locator('.change').innerText()).toMatch(/^-\d+\.\d pts .* better$/);
    expect(await row('isolate_share.hospital').getAttribute('data-verdict')).toBe('better');
    expect(await row('giant_share.hospital').getAttribute('data-verdict')).toBe('better');
    const colour = (m: string) => row(m).locator('.change').evaluate((el) => getComputedStyle(el).color);
    expect(await colour('isolate_share.hospital')).toBe('rgb(10, 125, 50)');
    expect(await colour('giant_share.hospital')).toBe('rgb(10, 125, 50)');
    // Modularity has no better direction in the spec: never green or red.
    expect(['unclear', 'neutral']).toContain(await row('modularity').getAttribute('data-verdict'));
    // The fit to the survey next to the comparison: TVD and requested → realized per tie type and side.
    const fit = await page.locator('#compare-fit').innerText();
    expect(fit).toContain('research-hospital · institution');
    expect(fit).toMatch(/\d[\d,.]* → \d[\d,.]*/);
    measured.compareMs = (await timings()).compare.at(-1);
    measured.compareNetworks = 8;
    // Page screenshots only: an element screenshot taller than the window resizes the viewport for a moment.
    await page.locator('#compare-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'scenario-compare.png') });
    expect(errors).toEqual([]);
  });

  it('baseline ↔ scenario: side by side with the same positions, the difference highlighted, and a toggle', async () => {
    await page.click('#side-by-side');
    await page.waitForSelector('#diff-overlay:not([hidden])');
    const summary = await page.locator('#diff-summary').innerText();
    const m = /^([\d,]+) new ties, ([\d,]+) ties gone; ([\d,]+) nodes leave isolation \(([\d,]+) hospitals/.exec(summary);
    expect(m, summary).not.toBeNull();
    expect(Number(m![1]!.replace(/,/g, ''))).toBeGreaterThan(1000);
    expect(Number(m![4]!.replace(/,/g, ''))).toBeGreaterThan(1000);
    expect(summary).toContain('Same positions for all 2,482 shared nodes');
    expect(await page.locator('#diff-overlay canvas').count()).toBe(2);
    // New ties (magenta) are drawn on the scenario side only, and only when highlighting.
    const magenta = (sel: string) => page.locator(sel).evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! > 180 && d[i + 1]! < 110 && d[i + 2]! > 90 && d[i + 2]! < 190) n++;
      return n;
    });
    await page.screenshot({ path: join(OUT, 'scenario-side-by-side.png') });
    const highlighted = await magenta('canvas.diff-scenario');
    expect(highlighted).toBeGreaterThan((await magenta('canvas.diff-baseline')) + 500);
    await page.click('#diff-toggle');
    expect(await page.locator('#diff-overlay canvas').count()).toBe(1);
    expect(await page.locator('canvas.diff-baseline').count()).toBe(1);
    await page.click('#diff-toggle');
    expect(await page.locator('canvas.diff-scenario').count()).toBe(1);
    await page.screenshot({ path: join(OUT, 'scenario-toggle.png') });
    await page.uncheck('#diff-highlight');
    expect(await magenta('canvas.diff-scenario')).toBeLessThan(highlighted - 500);
    await page.click('#diff-close');
    expect(await page.locator('#diff-overlay').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the uncertainty choice changes the interval: assumptions over their ranges widen it', async () => {
    const seeds = await interval('giant_share.hospital', 2);
    await page.selectOption('#uncertainty', 'assumptions');
    await untilReady(page, () => page.click('#regenerate'), errors);
    await idle();
    await expect.poll(() => page.locator('#compare .compare-note').first().innerText()).toContain('assumptions over their plausible ranges');
    const assumptions = await interval('giant_share.hospital', 2);
    expect(assumptions[1] - assumptions[0]).toBeGreaterThan(2 * (seeds[1] - seeds[0]));
    measured.intervalWidthPts = { seeds: +(seeds[1] - seeds[0]).toFixed(1), assumptions: +(assumptions[1] - assumptions[0]).toFixed(1) };
    await page.selectOption('#uncertainty', 'seeds');
  });

  it('a sweep streams step by step, and Cancel stops it and returns the panel to idle', async () => {
    await page.fill('#runs', '30');
    await page.evaluate(() => ((window as unknown as { __progressLog: string[] }).__progressLog = []));
    await page.click('#sweep');
    // The first step's chart appears while the sweep runs.
    await page.waitForFunction(() => /of 6 steps/.test(document.querySelector('#chart img')?.getAttribute('alt') ?? '') || /of 6 steps/.test(((window as unknown as { __collabnetCharts?: Record<string, string> }).__collabnetCharts ?? {})['collabnet-sweep'] ?? ''), null, { timeout: 300_000 });
    expect(await page.locator('.run-status').isVisible()).toBe(true);
    const started = Date.now();
    await page.click('.run-status .cancel');
    await idle();
    measured.cancelToIdleMs = Date.now() - started;
    expect(await page.locator('#run-status-note').innerText()).toContain('cancelled');
    expect(await page.locator('#sweep').isEnabled()).toBe(true);
    const log = await progressLog();
    const last = log.filter((l) => /networks/.test(l)).at(-1)!;
    expect(Number(/(\d+) of 180 networks/.exec(last)![1])).toBeLessThan(180);
    expect(errors).toEqual([]);
  });

  it('a sweep draws a readable chart: axis labels, the band explained, thresholds by name; PNG and SVG export', async () => {
    await page.fill('#runs', '3');
    await page.click('#sweep');
    await idle();
    const svg = await page.evaluate(() => (window as unknown as { __collabnetCharts: Record<string, string> }).__collabnetCharts['collabnet-sweep']);
    expect(svg).toContain('t → (0 = the survey today, 1 = lever ceilings)');
    expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('band: 95% interval of the mean over 3 networks');
    expect(svg).toContain('share in largest component (%)');
    expect(await page.locator('#thresholds').innerText()).toMatch(/half of the hospitals in the largest component: t ≈ 0\.\d\d/);
    measured.sweepMs = (await timings()).sweep.at(-1);
    measured.sweepNetworks = 18;
    await page.selectOption('#chart-metric', 'giant_share.hospital');
    const chartSvg = await page.evaluate(() => (window as unknown as { __collabnetCharts: Record<string, string> }).__collabnetCharts['collabnet-sweep']);
    expect(chartSvg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('half of the hospitals in the largest component (t ≈ 0.');
    for (const [button, ext] of [['.export-svg', 'svg'], ['.export-png', 'png']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#chart ${button}`)]);
      expect(download.suggestedFilename()).toBe(`collabnet-sweep.${ext}`);
      const path = join(OUT, `sweep-export.${ext}`);
      await download.saveAs(path);
      const bytes = readFileSync(path);
      if (ext === 'png') expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      else expect(bytes.toString('utf8')).toContain('<svg');
    }
    await page.locator('#chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'scenario-sweep.png') });
    expect(errors).toEqual([]);
  });

  it("the sensitivity panel draws the CLI's Sobol' chart and the robust conclusions for the charted figure", async () => {
    await page.selectOption('#chart-metric', 'giant_share.hospital');
    await page.selectOption('#sensitivity-n', '4');
    await page.selectOption('#sensitivity-uncertainty', 'assumptions');
    await page.click('#run-sensitivity');
    await idle();
    const svg = await page.evaluate(() => (window as unknown as { __collabnetCharts: Record<string, string> }).__collabnetCharts['collabnet-sensitivity']);
    // The narrow panel's axis label (the CLI's 720 px chart spells out total and first order).
    expect(svg).toContain("Sobol' index (light ST, dark S1, line 95% interval)");
    // Inputs are named by their spec labels (issue 14): no assumption id on the chart or in the panel's text.
    const chartText = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(chartText).toContain('clinicians working');
    const panel = await page.locator('#sensitivity-result').innerText();
    for (const id of ASSUMPTION_IDS) {
      expect(chartText, id).not.toContain(id);
      expect(panel, id).not.toContain(id);
    }
    const conclusions = await page.locator('#conclusions').innerText();
    expect(conclusions).toMatch(/At the default assumptions hospitals in largest component is \d+\.\d% \(one network\)/);
    expect(conclusions).not.toContain('giant_share');
    expect(await page.locator('#sensitivity-result').innerText()).toContain('Sized for a browser');
    measured.sensitivityMs = (await timings()).sensitivity.at(-1);
    await page.locator('#sensitivity-result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'scenario-sensitivity.png') });
    expect(errors).toEqual([]);
  });
});
