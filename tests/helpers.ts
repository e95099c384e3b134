import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpecSchema, parseJsonText, parseWith, SurveySchema, type Spec, type Survey } from '../src/schemas/index.js';
import { resolveModel, type AssumptionValue, type ResolvedModel } from '../src/model/index.js';
import { InputError } from '../src/errors.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The raw text of a built-in data file. */
export function dataText(name: string): string {
  return readFileSync(join(ROOT, 'data', name), 'utf8');
}

/** A fresh, mutable copy of the built-in survey as plain JSON. */
export function rawSurvey(): any {
  return JSON.parse(dataText('survey.json'));
}

export function rawModel(): any {
  return JSON.parse(dataText('model.json'));
}

export function survey(): Survey {
  return parseWith(SurveySchema, parseJsonText(dataText('survey.json'), 'survey.json'), 'survey.json');
}

/** The paper's spec (data/model.json), validated. */
export function paperSpec(): Spec {
  return parseWith(SpecSchema, parseJsonText(dataText('model.json'), 'model.json'), 'model.json');
}

/** Same as `paperSpec`. */
export const spec = paperSpec;

/** Resolves the built-in model with `name: value` overrides. */
export function model(overrides: Record<string, AssumptionValue> = {}, scale = 1): ResolvedModel {
  const o = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, { value: v, origin: 'test' }]));
  return resolveModel(survey(), spec(), { scale, overrides: o });
}

/** Runs the CLI as a user would (`collabnet …`, through the package's bin), from `cwd`. */
export function cli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The message of the InputError `fn` throws; fails the test if it throws nothing or something else. */
export function inputErrorMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
  }
  throw new Error('expected an InputError');
}

/** A sector of a resolved model by id. */
export function sectorOf(m: ResolvedModel, id: string) {
  const s = m.sectors.find((x) => x.id === id);
  if (!s) throw new Error(`no sector ${id}`);
  return s;
}

/** A tie type of a resolved model by id. */
export function tieOf(m: ResolvedModel, id: string) {
  const t = m.ties.find((x) => x.id === id);
  if (!t) throw new Error(`no tie type ${id}`);
  return t;
}

/** The binned distribution one side reports for a tie type. */
export function binsOf(m: ResolvedModel, tie: string, side: string) {
  const r = tieOf(m, tie).reports[side];
  if (r?.kind !== 'bins') throw new Error(`${tie}.${side} is not binned`);
  return r.dist;
}

/** The share one side reports for a tie type. */
export function shareOf(m: ResolvedModel, tie: string, side: string): number {
  const r = tieOf(m, tie).reports[side];
  if (r?.kind !== 'share' && r?.kind !== 'willing') throw new Error(`${tie}.${side} is not a share`);
  return r.share;
}

/** Implied total of one side of a tie type. */
export function impliedOf(m: ResolvedModel, tie: string, side: string): number | null {
  return m.implied[tie]?.find((x) => x.sector === side)?.total ?? null;
}

/** The paper's scenario base (survey, spec, options, baseline) at a scale, with overrides. */
export function scenarioBase(overrides: Record<string, AssumptionValue> = {}, scale = 1) {
  const o = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, { value: v, origin: 'test' }]));
  const options = { scale, overrides: o };
  const s = survey();
  const sp = spec();
  return { survey: s, spec: sp, options, baseline: resolveModel(s, sp, options) };
}
