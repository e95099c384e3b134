import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInChecked } from '../../src/cli/checked-data-builder.js';
import { sha256, useCheckedMemo } from '../../src/cli/checked-memo.js';
import { checkedSpec } from '../../src/cli/spec-load.js';
import { cli, inputErrorMessage, ROOT } from '../helpers.js';

const specText = () => readFileSync(join(ROOT, 'data/model.json'), 'utf8');
const surveyText = () => readFileSync(join(ROOT, 'data/survey.json'), 'utf8');

/** The built-in pair as checked, with a key figure no network has (checkSpec refuses that; the schema does not). */
function brokenMemo() {
  useCheckedMemo(null);
  const real = builtInChecked();
  const spec = structuredClone(real.spec) as unknown as { outcomes: { keyFigures: { metric: string }[] } };
  spec.outcomes.keyFigures[0]!.metric = 'giant_shar';
  return { ...real, spec: spec as unknown as typeof real.spec };
}

afterEach(() => useCheckedMemo(null));

describe('the build memo of the checked built-in spec and survey', () => {
  it('is not taken for bytes other than the ones checked: an edited copy is parsed and checked as always', () => {
    useCheckedMemo(brokenMemo());
    const dir = mkdtempSync(join(tmpdir(), 'collabnet-memo-'));
    // One byte more (a trailing space) and the survey next to it: the whole path runs.
    const survey = join(dir, 'survey.json');
    writeFileSync(survey, surveyText());
    const spec = JSON.parse(specText()) as { survey: string; assumptions: Record<string, { range?: number[] }> };
    spec.survey = 'survey.json';
    const name = Object.keys(spec.assumptions).find((k) => Array.isArray(spec.assumptions[k]!.range))!;
    spec.assumptions[name]!.range = [...spec.assumptions[name]!.range!].reverse();
    writeFileSync(join(dir, 'spec.json'), `${JSON.stringify(spec, null, 2)} `);
    expect(inputErrorMessage(() => checkedSpec({ spec: join(dir, 'spec.json') }))).toMatch(new RegExp(name));
  });

  it('skips the checks only when both files are the ones checked together', () => {
    // A memo that would fail the checks: taken (and not re-checked) for the exact built-in bytes...
    const broken = brokenMemo();
    useCheckedMemo(broken);
    const { loaded } = checkedSpec({});
    expect(loaded.spec).toEqual(broken.spec);
    // ...but with another survey (the same text plus a space: other bytes), the pair is checked.
    const dir = mkdtempSync(join(tmpdir(), 'collabnet-memo-'));
    const survey = join(dir, 'survey.json');
    writeFileSync(survey, `${surveyText()} `);
    expect(inputErrorMessage(() => checkedSpec({ survey }))).toMatch(/giant_shar\b/);
  });

  it('holds exactly what the validation path gives for those bytes (the compiled CLI’s memo)', () => {
    useCheckedMemo(null);
    const built = JSON.parse(readFileSync(join(ROOT, 'lib/cli/checked-data.json'), 'utf8')) as unknown;
    const { loaded, survey } = checkedSpec({});
    expect(built).toStrictEqual({ specSha256: sha256(specText()), surveySha256: sha256(surveyText()), spec: loaded.spec, survey });
  });

  it('gives the same output as the whole path (the CLI on the built-in spec and on a byte-different copy)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'collabnet-memo-'));
    const spec = JSON.parse(specText()) as { survey: string; $schema?: string };
    spec.survey = join(ROOT, 'data/survey.json');
    delete spec.$schema;
    writeFileSync(join(dir, 'spec.json'), `${JSON.stringify(spec, null, 1)}\n`);
    const memo = cli(['generate', '--format', 'json']);
    const whole = cli(['generate', '--format', 'json', '--spec', join(dir, 'spec.json')]);
    expect(memo.code).toBe(0);
    expect(whole.code).toBe(0);
    expect(memo.stdout).toBe(whole.stdout);
  });
});
