// A spec's ids are unique and its reconciliations name an end of their tie type: otherwise the
// model silently shadows a sector or tie type, or the generator crashes (found by a new-user trial).
import { describe, expect, it } from 'vitest';
import { parseWith, SpecSchema } from '../../src/schemas/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputErrorMessage, rawModel, ROOT } from '../helpers.js';

const example = () => JSON.parse(readFileSync(join(ROOT, 'data/examples/innovation/spec.json'), 'utf8'));

const parse = (spec: unknown) => inputErrorMessage(() => parseWith(SpecSchema, spec, 'spec.json'));

describe('spec schema: unique ids and reconciliation sides', () => {
  it('a tie type listed twice is refused at the second one', () => {
    const spec = rawModel();
    spec.tieTypes.push(structuredClone(spec.tieTypes[0]));
    const at = spec.tieTypes.length - 1;
    expect(parse(spec)).toContain(`spec.json: tieTypes.${at}.id: tie type id "${spec.tieTypes[0].id}" is used twice (first at 0)`);
  });

  it('a sector or lever id used twice is refused', () => {
    const spec = rawModel();
    spec.sectors[1].id = spec.sectors[0].id;
    expect(parse(spec)).toContain(`spec.json: sectors.1.id: sector id "${spec.sectors[0].id}" is used twice`);
    const other = rawModel();
    other.levers[1].id = other.levers[0].id;
    expect(parse(other)).toContain(`spec.json: levers.1.id: lever id "${other.levers[0].id}" is used twice`);
  });

  it('a category value or an attribute name used twice in a sector is refused', () => {
    const spec = example();
    const j = spec.sectors.findIndex((s: { attributes?: { kind: string }[] }) => s.attributes?.some((a) => a.kind === 'category'));
    const k = spec.sectors[j].attributes.findIndex((a: { kind: string }) => a.kind === 'category');
    const values = spec.sectors[j].attributes[k].values;
    values.push({ value: values[0].value });
    expect(parse(spec)).toContain(`spec.json: sectors.${j}.attributes.${k}.values.${values.length - 1}.value: value "${values[0].value}" is used twice (first at 0)`);
    const other = example();
    other.sectors[j].attributes.push(structuredClone(other.sectors[j].attributes[k]));
    expect(parse(other)).toContain(`spec.json: sectors.${j}.attributes.${other.sectors[j].attributes.length - 1}.name: attribute name "${other.sectors[j].attributes[k].name}" is used twice`);
  });

  it("a lever move's range with low above high is refused as such", () => {
    const spec = example();
    spec.levers[0].moves[0].range = [1, 0];
    expect(parse(spec)).toContain('spec.json: levers.0.moves.0.range: expected [low, high] with low ≤ high');
  });

  it('a reconciliation that keeps a side that is not an end is refused', () => {
    const spec = example();
    const i = spec.tieTypes.findIndex((t: { reconciliation?: { mode?: string } }) => t.reconciliation?.mode === 'keep');
    expect(i).toBeGreaterThanOrEqual(0);
    spec.tieTypes[i].reconciliation.side = 'nobody';
    expect(parse(spec)).toContain(`spec.json: tieTypes.${i}.reconciliation.side: expected one of the ends`);
  });

  it('the paper spec and the example pass', () => {
    expect(() => parseWith(SpecSchema, rawModel(), 'model.json')).not.toThrow();
    expect(() => parseWith(SpecSchema, example(), 'spec.json')).not.toThrow();
  });
});

describe('spec schema: literal ceilings', () => {
  it('a literal ceiling outside its move range is refused, as --ceiling is', () => {
    const spec = example();
    const j = spec.levers.findIndex((l: { moves: { ceiling: unknown }[] }) => l.moves.length > 0);
    spec.levers[j].moves[0].ceiling = 1.6;
    spec.levers[j].moves[0].range = [0, 1];
    expect(parse(spec)).toContain(`spec.json: levers.${j}.moves.0.ceiling: expected a number in [0, 1] (the move's range), got 1.6`);
  });
});

describe('spec schema: one tie type per pair of sectors', () => {
  it('a second tie type between the same sectors is refused (the generator would collide on edges)', () => {
    const spec = example();
    const copy = structuredClone(spec.tieTypes[0]);
    copy.id = `${copy.id}-2`;
    spec.tieTypes.push(copy);
    expect(parse(spec)).toContain(`spec.json: tieTypes.${spec.tieTypes.length - 1}.ends: tie type "${spec.tieTypes[0].id}" (tieTypes.0) already joins`);
  });
});
