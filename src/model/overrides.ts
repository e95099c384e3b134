import { InputError } from '../errors.js';
import { ASSUMPTIONS, checkAssumptionValue, findAssumption, nearestName, type AssumptionValue } from './assumptions.js';

/**
 * Parses one `--set name=value` override. Numbers are read as numbers (`1e3`, `0.25`), words
 * as words; the value is checked against the assumption's type and range.
 */
export function parseOverride(text: string, origin = '--set'): { name: string; value: AssumptionValue } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InputError(`${origin} ${text}: expected name=value, e.g. --set companies=150`);
  const name = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  const def = findAssumption(name);
  if (!def) {
    const near = nearestName(name, ASSUMPTIONS.map((a) => a.name));
    throw new InputError(`${origin} ${text}: unknown assumption "${name}"${near ? ` (did you mean "${near}"?)` : ''}; run 'collabnet fit' to list them`);
  }
  const value: AssumptionValue = def.type === 'enum' || raw === 'auto' || raw === '' ? raw : Number(raw);
  const problem = checkAssumptionValue(def, value);
  if (problem) throw new InputError(`${origin} ${text}: ${problem}, got ${JSON.stringify(raw)}`);
  return { name, value };
}
