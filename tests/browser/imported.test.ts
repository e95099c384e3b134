// Imported networks and the user's own spec (issue 14): a loaded file takes over the header, hides
// the survey-only controls, and is never replaced without asking; a spec and survey the user loads
// are checked as `collabnet spec check` does, with the errors shown in the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { drawn, OUT, shot, startExplorer, untilReady, waitReady, type Explorer } from './harness.js';

const FILES = join(import.meta.dirname, 'files');
const EXAMPLE = join(ROOT, 'data/examples/innovation');

describe('imported networks and the user’s spec in headless Chromium', () => {
  let app: Explorer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startExplorer('imported');
    ({ page, errors } = await app.open());
    await waitReady(page, errors);
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('bad input: a spec citing a question its survey lacks is refused with the file and place, as the CLI does; nothing changes', async () => {
    const spec = JSON.parse(readFileSync(join(EXAMPLE, 'spec.json'), 'utf8'));
    const text = JSON.stringify(spec).replace(/"question":\s*"([^"]+)"/, '"question": "no-such-question"');
    expect(text).toContain('no-such-question');
    writeFileSync(join(OUT, 'bad-spec.json'), text);
    await page.setInputFiles('#spec-files', [join(OUT, 'bad-spec.json'), join(EXAMPLE, 'survey.json')]);
    await expect.poll(() => page.locator('#error').isVisible()).toBe(true);
    const message = await page.locator('#error').innerText();
    expect(message).toContain('bad-spec.json: ');
    expect(message).toContain('expected a question id of the survey, got "no-such-question"');
    expect(await page.locator('#spec').inputValue()).toBe('ai-collaboration-healthcare');
    // One file only: said plainly.
    await page.setInputFiles('#spec-files', [join(EXAMPLE, 'survey.json')]);
    await expect.poll(() => page.locator('#error').innerText()).toContain('expected two JSON files');
    await shot(page, 'user-spec-error');
  });

  it('a valid spec and survey of the user: checked, added to the menu, its network drawn; the page says the link opens the survey network', async () => {
    const spec = JSON.parse(readFileSync(join(EXAMPLE, 'spec.json'), 'utf8'));
    spec.name = 'my-region';
    spec.title = 'My region (loaded by the user)';
    writeFileSync(join(OUT, 'my-spec.json'), JSON.stringify(spec));
    await untilReady(page, () => page.setInputFiles('#spec-files', [join(EXAMPLE, 'survey.json'), join(OUT, 'my-spec.json')]), errors);
    expect(await page.locator('#spec').inputValue()).toBe('my-region');
    expect(await page.locator('#source').innerText()).toBe('My region (loaded by the user)');
    expect(await page.locator('#spec-sectors').innerText()).toBe('universities · SMEs · large firms · government labs');
    expect(await page.locator('#legend').innerText()).toContain('university (40)');
    // The spec's words mid-sentence keep an acronym's case: "SME isolates", "… SMEs …", never "smes".
    expect(await page.locator('#summary').innerText()).toContain('SME isolates');
    expect(await page.locator('#isolates-caption').textContent()).toMatch(/\d+ SMEs/);
    expect(await page.locator('#file-note').innerText()).toContain('the link opens the survey network');
    expect(await page.locator('#error').isHidden()).toBe(true);
    await shot(page, 'user-spec-loaded');
  });

  it('an imported GEXF: the header names the file, survey-only controls hide, Generate asks and Keep keeps it', async () => {
    await untilReady(page, () => page.setInputFiles('#file', join(FILES, 'gephi-les-miserables.gexf')), errors);
    expect(await page.locator('#spec-sectors').innerText()).toBe('your network: gephi-les-miserables.gexf');
    expect(await page.locator('#source').innerText()).toContain('not generated from the survey');
    expect(await page.locator('#scenario-panel').isHidden()).toBe(true);
    // "How sure are we?" varies the survey's assumptions: hidden for a file too (it offered "Run sensitivity" before).
    expect(await page.locator('#sensitivity-panel').isHidden()).toBe(true);
    // The filters are the file's own: no survey tier or province, its Modularity Class as a range.
    expect(await page.locator('#attribute-filters select[data-attribute="tier"]').count()).toBe(0);
    expect(await page.locator('#attribute-filters input[data-range="Modularity Class"]').count()).toBe(2);
    expect(await page.locator('#file-note').innerText()).toContain('gephi-les-miserables.gexf is not in this page’s link');
    await shot(page, 'imported-gexf');
    await page.click('#generate');
    expect(await page.locator('#replace-confirm').isVisible()).toBe(true);
    expect(await page.locator('#replace-question').innerText()).toContain('replaces your network (gephi-les-miserables.gexf)');
    await shot(page, 'imported-generate-asks');
    await page.click('#replace-no');
    await page.waitForTimeout(1000);
    expect(await page.locator('#replace-confirm').isHidden()).toBe(true);
    expect((await drawn(page)).order).toBe(77);
    expect(await page.locator('#summary').innerText()).toContain('gephi-les-miserables.gexf');
    // Another spec asks too, and keeping the file puts the menu back.
    await page.selectOption('#spec', 'ai-collaboration-healthcare');
    expect(await page.locator('#replace-confirm').isVisible()).toBe(true);
    await page.click('#replace-no');
    expect(await page.locator('#spec').inputValue()).toBe('my-region');
    expect((await drawn(page)).order).toBe(77);
  });

  it('Replace generates the survey network again and brings the survey controls back', async () => {
    await page.selectOption('#spec', 'ai-collaboration-healthcare');
    await untilReady(page, () => page.click('#replace-yes'), errors);
    expect((await drawn(page)).order).toBe(2482);
    expect(await page.locator('#scenario-panel').isVisible()).toBe(true);
    expect(await page.locator('#sensitivity-panel').isVisible()).toBe(true);
    expect(await page.locator('#file-note').isHidden()).toBe(true);
    expect(await page.locator('#spec-sectors').innerText()).toBe('hospitals · institutions · companies');
    expect(errors).toEqual([]);
  });
});
