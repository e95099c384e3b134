import type { AssumptionSpec, Spec } from '../schemas/spec.js';
import { nearestName } from '../schemas/nearest-name.js';

/** A setting of an assumption: a number, an enum word, or `"auto"`. */
export type AssumptionValue = number | string;

/** Describes what an assumption accepts, for error messages: `an integer in [1, 1000000] or "auto"`. */
export function describeAccepted(def: AssumptionSpec): string {
  if (def.type === 'enum') return `one of ${Object.keys(def.values).map((v) => `"${v}"`).join(', ')}`;
  const base = `${def.type === 'integer' ? 'an integer' : 'a number'} in [${def.min}, ${def.max}]`;
  return def.auto !== undefined ? `${base} or "auto"` : base;
}

/** Checks a value against its definition; returns the problem (without the value), or `null` when it is fine. */
export function checkAssumptionValue(def: AssumptionSpec, value: unknown): string | null {
  if (def.type === 'enum') return typeof value === 'string' && Object.hasOwn(def.values, value) ? null : `expected ${describeAccepted(def)}`;
  if (value === 'auto' && def.auto !== undefined) return null;
  const ok = typeof value === 'number' && Number.isFinite(value) && (def.type !== 'integer' || Number.isInteger(value)) && value >= def.min && value <= def.max;
  return ok ? null : `expected ${describeAccepted(def)}`;
}

/** The assumption `name` of a spec, or an error line with a did-you-mean. */
export function findAssumption(spec: Spec, name: string): AssumptionSpec | undefined {
  return Object.hasOwn(spec.assumptions, name) ? spec.assumptions[name] : undefined;
}

/** "unknown assumption "x" (did you mean "y"?)" */
export function unknownAssumption(spec: Spec, name: string): string {
  const near = nearestName(name, Object.keys(spec.assumptions));
  return `unknown assumption "${name}"${near ? ` (did you mean "${near}"?)` : ''}`;
}

export { nearestName };
