import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserSpec } from '../../src/app/user-spec.js';
import { ROOT } from '../helpers.js';

const DIR = join(ROOT, 'data/examples/innovation');
const spec = () => ({ name: 'spec.json', text: readFileSync(join(DIR, 'spec.json'), 'utf8') });
const survey = () => ({ name: 'survey.json', text: readFileSync(join(DIR, 'survey.json'), 'utf8') });

describe('readUserSpec (the explorer’s own spec and survey)', () => {
  it('refuses one file, two surveys, bad JSON, and a spec citing a missing question, naming file and place', () => {
    expect(() => readUserSpec([spec()])).toThrow(/expected two JSON files.*got 1: spec\.json/);
    expect(() => readUserSpec([survey(), { ...survey(), name: 'b.json' }])).toThrow(/survey\.json, b\.json: expected one spec .* found no spec/);
    expect(() => readUserSpec([spec(), { name: 'survey.json', text: '{ nope' }])).toThrow(/^survey\.json/);
    const bad = { name: 'mine.json', text: spec().text.replace(/"question":\s*"([^"]+)"/, '"question": "no-such"') };
    expect(() => readUserSpec([survey(), bad])).toThrow(/mine\.json: .*expected a question id of the survey, got "no-such"/);
    expect(() => readUserSpec([survey(), { name: 'v1.json', text: '{"ingredients": {}}' }])).toThrow(/v1\.json: a version 1 model file/);
  });

  it('refuses a file with more values than any spec or survey before checking it (a browser worker overflowed its stack listing one issue per value)', () => {
    const huge = { name: 'huge.json', text: `{"sectors":[${'{},'.repeat(30_000)}{}]}` };
    expect(() => readUserSpec([huge, survey()])).toThrow(/^huge\.json: more than 20,000 JSON values; expected a spec or survey/);
    const wide = { name: 'wide.json', text: JSON.stringify(Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`k${i}`, i]))) };
    expect(() => readUserSpec([spec(), wide])).toThrow(/^wide\.json: more than 20,000 JSON values/);
  });

  it('reads a valid pair in either order', () => {
    const a = readUserSpec([survey(), spec()]);
    expect(a.spec.name).toBe('regional-innovation');
    expect(readUserSpec([spec(), survey()]).survey).toEqual(a.survey);
  });
});
