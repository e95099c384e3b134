import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specJsonSchema } from '../../src/schemas/index.js';
import { cli, ROOT } from '../helpers.js';

const EXAMPLE = join(ROOT, 'data/examples/innovation/spec.json');
const workdir = () => mkdtempSync(join(tmpdir(), 'collabnet-spec-'));

function expectBadInput(r: { code: number; stdout: string; stderr: string }, message: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('collabnet spec check: bad input', () => {
  it('names the file, the path and what was expected', () => {
    const dir = workdir();
    const spec = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    spec.survey = join(ROOT, 'data/examples/innovation/survey.json');
    spec.tieTypes[0].reports.sme.share = { question: 'smes.collaboration', option: 'universty' };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(spec));
    expectBadInput(cli(['spec', 'check', 'bad.json'], dir), 'bad.json: tieTypes.0.reports.sme.share: question "smes.collaboration" has no option "universty"');
    spec.tieTypes[2].ends = ['sme', 'startup'];
    writeFileSync(join(dir, 'ends.json'), JSON.stringify(spec));
    expectBadInput(cli(['spec', 'check', 'ends.json'], dir), 'ends.json: tieTypes.2.ends.1: expected a sector id (university, sme, large-firm, gov-lab), got "startup"');
    writeFileSync(join(dir, 'schema.json'), JSON.stringify({ ...spec, version: 1 }));
    expectBadInput(cli(['spec', 'check', 'schema.json'], dir), 'schema.json: version: expected one of 2, got 1');
  });

  it('a version 1 model file says what changed', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ version: 1, ingredients: {}, assumptions: {} }));
    expectBadInput(cli(['generate', '--spec', 'old.json'], dir), 'old.json: a version 1 model file');
  });
});

describe('the second spec runs through every command with no code change', () => {
  it('spec check prints what it resolves to', () => {
    const r = cli(['spec', 'check', EXAMPLE]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Sectors (4)');
    expect(r.stdout).toMatch(/university-sme[\s\S]*bins-share/);
    expect(r.stdout).toContain('share-none');
    expect(r.stdout).toContain('sme-outreach');
  });

  it('generate, fit, metrics, scenario, compare, data check', () => {
    const g = cli(['generate', '--spec', EXAMPLE, '--seed', '2']);
    expect(g.code, g.stderr).toBe(0);
    const graph = JSON.parse(g.stdout);
    const sectors = new Set(graph.nodes.map((n: any) => n.attributes.sector));
    expect([...sectors].sort()).toEqual(['gov-lab', 'large-firm', 'sme', 'university']);
    expect(graph.nodes.find((n: any) => n.attributes.sector === 'sme').attributes.industry).toMatch(/software|manufacturing|biotech/);
    expect(new Set(graph.edges.map((e: any) => e.attributes.type))).toEqual(new Set(['university-sme', 'lab-firm', 'sme-firm']));

    const fit = JSON.parse(cli(['fit', '--spec', EXAMPLE, '--runs', '3', '--format', 'json']).stdout);
    expect(fit.fit.sides.map((s: any) => `${s.tieType}.${s.side}`)).toEqual(['university-sme.university', 'university-sme.sme', 'lab-firm.gov-lab', 'lab-firm.large-firm', 'sme-firm.sme']);

    const m = cli(['metrics', '--spec', EXAMPLE, '--format', 'json']);
    expect(m.code, m.stderr).toBe(0);
    expect(JSON.parse(m.stdout).network.reach.from).toBe('sme');

    const s = cli(['scenario', '--spec', EXAMPLE, '--lever', 'sme-outreach', '--steps', '2', '--runs', '3', '--format', 'json']);
    expect(s.code, s.stderr).toBe(0);
    const sweep = JSON.parse(s.stdout);
    expect(sweep.steps[1].metrics['fit.requested.university-sme.sme'].mean).toBeCloseTo(0.45, 9);
    expect(sweep.thresholds[0].metric).toBe('isolate_share.sme');

    const c = cli(['compare', '--spec', EXAMPLE, '--scenario', join(ROOT, 'data/examples/innovation/scenarios/open-region.json'), '--runs', '3', '--format', 'json']);
    expect(c.code, c.stderr).toBe(0);
    expect(JSON.parse(c.stdout).metrics.find((x: any) => x.metric === 'ties.university-sme').difference.mean).toBeGreaterThan(0);

    const d = cli(['data', 'check', '--spec', EXAMPLE]);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toContain('smes: responses 300');
  });

  it('fit takes the scenario flags and shows where the scenario leaves the survey', () => {
    const base = JSON.parse(cli(['fit', '--lever', 'clinician-engagement', '--t', '0', '--format', 'json']).stdout);
    const top = JSON.parse(cli(['fit', '--lever', 'clinician-engagement', '--t', '1', '--format', 'json']).stdout);
    const side = (j: any) => j.fit.sides.find((s: any) => s.tieType === 'research-hospital' && s.side === 'institution');
    expect(side(top).tvd).toBeGreaterThan(side(base).tvd + 0.3);
    expect(top.scenario.name).toBe('clinician-engagement');
  });
});

describe('JSON Schema', () => {
  it('data/spec.schema.json is the schema exported from the zod schema', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'data/spec.schema.json'), 'utf8'))).toEqual(specJsonSchema());
  });
});

describe('collabnet scenario: a threshold on a figure the networks do not have', () => {
  it('is refused, naming the spec place, instead of reading "not reached"', () => {
    const dir = workdir();
    const spec = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
    spec.survey = join(ROOT, 'data/examples/innovation/survey.json');
    spec.outcomes.thresholds[0].metric = 'constructor';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(spec));
    const lever = spec.levers[0].id;
    expectBadInput(cli(['scenario', '--spec', 'bad.json', '--lever', lever, '--steps', '2', '--runs', '2'], dir), 'outcomes.thresholds.0.metric: "constructor" is not a network figure');
  });
});
