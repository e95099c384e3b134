// Spec validation is linear-ish in the number of sectors: a generated spec of 16,000 sectors in a
// chain of 15,999 tie types. Before: 13 s (id lookups by list scans in the schema, the implied
// totals and the prefix check); now 1–2 s (5 s while the suite runs). The bound leaves room for a loaded machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpec } from '../../src/scenarios/index.js';
import { parseWith, SpecSchema, SurveySchema } from '../../src/schemas/index.js';
import { ROOT } from '../helpers.js';

const EX = join(ROOT, 'data/examples/innovation');

/** A spec of n sectors (2 nodes each) joined in a chain by bins × none tie types. */
function chainSpec(n: number): unknown {
  const raw = JSON.parse(readFileSync(join(EX, 'spec.json'), 'utf8'));
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const code = (i: number) => letters[Math.floor(i / 676) % 26]! + letters[Math.floor(i / 26) % 26]! + letters[i % 26]!;
  raw.sectors = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `S${i}`, plural: `s${i}s`, idPrefix: code(i), colour: '#000000', population: 2 }));
  raw.tieTypes = Array.from({ length: n - 1 }, (_, i) => ({
    id: `t${i}`,
    label: 't',
    ends: [`s${i}`, `s${i + 1}`],
    weight: { kind: 'constant', value: 1 },
    reports: { [`s${i}`]: { kind: 'bins', distribution: { question: 'universities.sme-partners', openBinExtraMean: { assumption: 'open-bin-extra-mean' }, openBinCap: 15 }, attribute: 'p', source: 'x' } },
  }));
  raw.levers = [];
  raw.assumptions = { 'open-bin-extra-mean': raw.assumptions['open-bin-extra-mean'] };
  raw.outcomes = { keyFigures: [{ metric: 'edges', label: 'edges', decimals: 0 }], thresholds: [] };
  return raw;
}

describe('spec validation scales with the number of sectors', () => {
  it('16,000 sectors validate (schema and checks) in seconds, not tens of seconds', () => {
    const survey = parseWith(SurveySchema, JSON.parse(readFileSync(join(EX, 'survey.json'), 'utf8')), 'survey.json');
    const raw = chainSpec(16_000);
    const start = performance.now();
    const spec = parseWith(SpecSchema, raw, 'big.json');
    const check = checkSpec(survey, spec, 'big.json');
    const seconds = (performance.now() - start) / 1000;
    expect(check.model.sectors).toHaveLength(16_000);
    expect(seconds).toBeLessThan(8);
  }, 60_000);
});
