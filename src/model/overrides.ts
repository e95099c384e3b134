import { InputError } from '../errors.js';
import type { Spec } from '../schemas/spec.js';
import { checkAssumptionValue, findAssumption, unknownAssumption, type AssumptionValue } from './assumptions.js';

/**
 * Parses one `--set name=value` override against a spec's assumptions. Numbers are read as
 * numbers (`1e3`, `0.25`), words as words; the value is checked against the assumption's type and range.
 */
export function parseOverride(spec: Spec, text: string, origin = '--set'): { name: string; value: AssumptionValue } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InputError(`${origin} ${text}: expected name=value, e.g. --set ${Object.keys(spec.assumptions)[0] ?? 'name'}=1`);
  const name = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  const def = findAssumption(spec, name);
  if (!def) throw new InputError(`${origin} ${text}: ${unknownAssumption(spec, name)}; run 'collabnet fit' to list them`);
  const value: AssumptionValue = def.type === 'enum' || raw === 'auto' || raw === '' ? raw : Number(raw);
  const problem = checkAssumptionValue(def, value);
  if (problem) throw new InputError(`${origin} ${text}: ${problem}, got ${JSON.stringify(raw)}`);
  return { name, value };
}
