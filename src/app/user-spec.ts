// A spec and survey the user loads into the explorer: read and checked with the same core checks as
// `collabnet spec check` (schema, then every cited question, generator, lever and key figure).
import { InputError } from '../errors.js';
import { checkSpec } from '../scenarios/index.js';
import { parseJsonText, parseWith, SpecSchema, SurveySchema, type Spec, type Survey } from '../schemas/index.js';

/** A file as the page read it. */
export interface TextFile {
  name: string;
  text: string;
}

/** The most JSON values (objects, arrays, strings, numbers, …) a spec or survey file may hold: the bundled ones hold under 2,000. */
export const MAX_SPEC_VALUES = 20_000;

/** How many JSON values a parsed document holds, counted without recursion and stopping past `limit`. */
function countValues(root: unknown, limit: number): number {
  const stack: unknown[] = [root];
  let n = 0;
  while (stack.length && n <= limit) {
    const v = stack.pop();
    n++;
    if (Array.isArray(v)) stack.push(...v.slice(0, limit));
    else if (v !== null && typeof v === 'object') stack.push(...Object.values(v).slice(0, limit));
  }
  return n;
}

/** Refuses a file too big for a spec or survey before the schema lists an issue per value (in a browser worker, zod then overflows its stack). */
function checkSize(raw: unknown, file: string): unknown {
  if (countValues(raw, MAX_SPEC_VALUES) > MAX_SPEC_VALUES)
    throw new InputError(`${file}: more than ${MAX_SPEC_VALUES.toLocaleString('en-US')} JSON values; expected a spec or survey (the bundled ones hold under 2,000)`);
  return raw;
}

/** Reads a spec and its survey from two JSON files (in either order); throws an InputError naming the file and place of every problem. */
export function readUserSpec(files: readonly TextFile[]): { spec: Spec; survey: Survey; file: string } {
  if (files.length !== 2) throw new InputError(`expected two JSON files, a spec (sectors, tieTypes, assumptions, levers, outcomes) and its survey; got ${files.length}: ${files.map((f) => f.name).join(', ') || 'none'}`);
  const raws = files.map((f) => ({ file: f.name, raw: checkSize(parseJsonText(f.text, f.name), f.name) }));
  const isSpec = (r: unknown) => r !== null && typeof r === 'object' && ('sectors' in r || 'ingredients' in r);
  const specs = raws.filter((r) => isSpec(r.raw));
  if (specs.length !== 1)
    throw new InputError(`${files.map((f) => f.name).join(', ')}: expected one spec (an object with "sectors") and one survey; found ${specs.length === 0 ? 'no spec' : 'two specs'}`);
  const specFile = specs[0]!;
  const surveyFile = raws.find((r) => r !== specFile)!;
  if (typeof specFile.raw === 'object' && specFile.raw !== null && 'ingredients' in specFile.raw)
    throw new InputError(`${specFile.file}: a version 1 model file (ingredients/assumptions); expected a version 2 spec (sectors, tieTypes, assumptions, levers, outcomes) — see data/model.json and README "Your own survey"`);
  const spec = parseWith(SpecSchema, specFile.raw, specFile.file);
  const survey = parseWith(SurveySchema, surveyFile.raw, surveyFile.file);
  checkSpec(survey, spec, specFile.file);
  return { spec, survey, file: specFile.file };
}
