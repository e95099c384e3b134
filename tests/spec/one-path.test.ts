// One validation path: every command that takes --spec runs the checks `spec check` runs (before:
// generate, fit, metrics, scenario, compare and sensitivity accepted a spec `spec check` refuses).
// And which spec reads a --survey given alone: never the paper's spec for another survey.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers.js';

const EX = join(ROOT, 'data/examples/innovation');
const workdir = () => mkdtempSync(join(tmpdir(), 'collabnet-onepath-'));

function expectBadInput(r: { code: number; stdout: string; stderr: string }, message: string) {
  expect(r.stderr).toContain(message);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('every command checks a spec as spec check does', () => {
  const dir = workdir();
  const spec = JSON.parse(readFileSync(join(EX, 'spec.json'), 'utf8'));
  spec.survey = join(EX, 'survey.json');
  spec.outcomes.keyFigures[0].metric = 'giant_shar.sme';
  writeFileSync(join(dir, 'typo.json'), JSON.stringify(spec));
  writeFileSync(join(dir, 'open.json'), readFileSync(join(EX, 'scenarios/open-region.json')));
  const message = 'typo.json: outcomes.keyFigures.0.metric: "giant_shar.sme" is not a network figure';
  const commands: [string, string[]][] = [
    ['spec check', ['spec', 'check', 'typo.json']],
    ['generate', ['generate', '--spec', 'typo.json', '--out', 'x.graphml']],
    ['fit', ['fit', '--spec', 'typo.json', '--runs', '2']],
    ['metrics', ['metrics', '--spec', 'typo.json']],
    ['export', ['export', '--spec', 'typo.json', '--out', 'x.gexf']],
    ['scenario', ['scenario', '--spec', 'typo.json', '--lever', 'sme-outreach', '--steps', '2', '--runs', '2']],
    ['compare', ['compare', '--spec', 'typo.json', '--scenario', 'open.json', '--runs', '2']],
    ['sensitivity', ['sensitivity', '--spec', 'typo.json', '--n', '4']],
    ['--model FILE (a whole spec)', ['generate', '--model', 'typo.json', '--out', 'x.graphml']],
  ];
  for (const [name, args] of commands)
    it(`${name} refuses it with the same message`, () => {
      expectBadInput(cli(args, dir), message);
    });
});

describe('--survey without --spec', () => {
  it('another survey with no spec next to it is refused, saying what to pass', () => {
    const dir = workdir();
    copyFileSync(join(EX, 'survey.json'), join(dir, 'region.json'));
    expectBadInput(cli(['generate', '--survey', 'region.json', '--out', 'x.graphml'], dir), 'region.json: not the paper\'s survey (its source: "Regional innovation collaboration survey');
    expect(cli(['generate', '--survey', 'region.json', '--out', 'x.graphml'], dir).stderr).toContain('expected --spec FILE');
  });

  it('a survey with the spec that names it beside it is read with that spec, said on stderr', () => {
    const dir = workdir();
    mkdirSync(join(dir, 'region'));
    copyFileSync(join(EX, 'survey.json'), join(dir, 'region/survey.json'));
    const spec = JSON.parse(readFileSync(join(EX, 'spec.json'), 'utf8'));
    delete spec.$schema;
    writeFileSync(join(dir, 'region/spec.json'), JSON.stringify(spec));
    const r = cli(['generate', '--survey', 'region/survey.json', '--out', 'x.graphml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--survey region/survey.json: read with the spec next to it, region/spec.json');
    expect(r.stderr).toMatch(/wrote \S*x\.graphml \(402 nodes/);
  });

  it("a copy of the paper's survey is read with the paper's spec", () => {
    const dir = workdir();
    copyFileSync(join(ROOT, 'data/survey.json'), join(dir, 'copy.json'));
    const r = cli(['generate', '--survey', 'copy.json', '--out', 'x.graphml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote \S*x\.graphml \(2,?482 nodes/);
  });
});
