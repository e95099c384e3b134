// Every schema message says what was expected: zod's bare "Invalid input" (unions) and "Invalid
// discriminator value" reached users for a mistyped quantity, question reference, partner choice,
// reconciliation, assumption default or kind, and for `sensitivity --workers x`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { intFlag, parseFlags } from '../../src/cli/flags.js';
import { parseWith, SpecSchema } from '../../src/schemas/index.js';
import { inputErrorMessage, ROOT } from '../helpers.js';

const example = () => JSON.parse(readFileSync(join(ROOT, 'data/examples/innovation/spec.json'), 'utf8'));

const cases: [string, (s: any) => void, string][] = [
  ['a quantity of an unknown form', (s) => (s.sectors[0].population = { surve: 'groups.universities.responses' }), 'sectors.0.population: expected a quantity: a number, {"assumption": NAME}'],
  ['a quantity as a string', (s) => (s.sectors[0].population = '40'), 'sectors.0.population: expected a quantity: a number'],
  ['a bad argument deep in arithmetic', (s) => (s.sectors[0].population = { op: 'add', args: [1, 'x'] }), 'sectors.0.population.args.1: expected a quantity'],
  ['an unknown operation', (s) => (s.sectors[0].population = { op: 'pow', args: [1] }), 'sectors.0.population.op: expected one of "add", "sub", "mul", "div", "min", "max", got "pow"'],
  ['an assumption name that is not a string', (s) => (s.sectors[0].population = { assumption: 5 }), 'sectors.0.population.assumption: expected a string, got 5'],
  ['a question reference as a number', (s) => (s.tieTypes[0].reports.university.distribution.question = 5), 'tieTypes.0.reports.university.distribution.question: expected a question id of the survey, or {"assumption": NAME}'],
  ['an unknown partner choice', (s) => (s.tieTypes[0].choice.sme = 'random'), 'tieTypes.0.choice.sme: expected "uniform", "respondents" or {"attribute": NAME}'],
  ['an unknown reconciliation mode', (s) => (s.tieTypes[0].reconciliation = { mode: 'merge' }), 'tieTypes.0.reconciliation.mode: expected one of "keep", "balance", got "merge"'],
  ['a reconciliation as a word', (s) => (s.tieTypes[0].reconciliation = 'balance'), 'tieTypes.0.reconciliation: expected {"mode": "keep", "side": SECTOR}'],
  ['an assumption default that is a word', (s) => (s.assumptions.smes.default = 'none'), 'assumptions.smes.default: expected a number or "auto", got "none"'],
  ['an unknown assumption type', (s) => (s.assumptions.smes.type = 'int'), 'assumptions.smes.type: expected one of "number", "integer", "enum", got "int"'],
  ['an unknown report kind', (s) => (s.tieTypes[0].reports.university.kind = 'binned'), 'tieTypes.0.reports.university.kind: expected one of "bins", "share", "willing", "none", got "binned"'],
  ['an unknown attribute kind', (s) => (s.sectors[1].attributes[0].kind = 'categorical'), 'sectors.1.attributes.0.kind: expected one of "category", "region", "flag", "binned", "zipf-rank", got "categorical"'],
  ['a ceiling as a word', (s) => (s.levers[0].moves[0].ceiling = 'high'), 'levers.0.moves.0.ceiling: expected a quantity'],
];

describe('spec schema messages say what was expected', () => {
  for (const [name, edit, message] of cases)
    it(name, () => {
      const s = example();
      edit(s);
      const text = inputErrorMessage(() => parseWith(SpecSchema, s, 'my-spec.json'));
      expect(text).toContain(`my-spec.json: ${message}`);
      expect(text).not.toMatch(/Invalid (input|discriminator)/);
    });
});

describe('flag messages say what was expected', () => {
  it('a union flag (sensitivity --workers) names both forms', () => {
    const Flags = z.object({ workers: z.union([z.literal('auto'), intFlag(1, 64)]) });
    expect(inputErrorMessage(() => parseFlags(Flags, { workers: 'x' }))).toBe('--workers: expected "auto" or an integer in [1, 64], got "x"');
  });
});
