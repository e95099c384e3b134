import { OptionError } from './errors.js';

/** A range for a numeric option: bounds and whether each is open, and whether it must be an integer. */
export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  /** Excludes `min` itself. */
  readonly minOpen?: boolean;
  /** Excludes `max` itself. */
  readonly maxOpen?: boolean;
  readonly integer?: boolean;
}

/** Describes a range for messages: `an integer in [1, 100]`, `a number in (0, 1)`, `a number > 0`. */
export function describeRange(r: NumberRange): string {
  const kind = r.integer ? 'an integer' : 'a number';
  if (r.min !== undefined && r.max !== undefined) return `${kind} in ${r.minOpen ? '(' : '['}${r.min}, ${r.max}${r.maxOpen ? ')' : ']'}`;
  if (r.min !== undefined) return `${kind} ${r.minOpen ? '>' : '≥'} ${r.min}`;
  if (r.max !== undefined) return `${kind} ${r.maxOpen ? '<' : '≤'} ${r.max}`;
  return `a finite ${r.integer ? 'integer' : 'number'}`;
}

/** Checks one numeric option of `fn`; throws an `OptionError` naming it when the value is outside the range (NaN and ±Infinity never pass). */
export function checkNumberOption(fn: string, option: string, value: unknown, range: NumberRange): number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!range.integer || Number.isInteger(value)) &&
    (range.min === undefined || (range.minOpen ? value > range.min : value >= range.min)) &&
    (range.max === undefined || (range.maxOpen ? value < range.max : value <= range.max));
  if (!ok) throw new OptionError(fn, option, describeRange(range), value);
  return value as number;
}

/** Checks that `options` is a plain object with no keys but `known` (a misspelt option would otherwise be ignored silently). */
export function checkOptionKeys(fn: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new OptionError(fn, 'options', 'an object', options);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new OptionError(fn, key, `one of ${known.join(', ')}`, key, `${fn}: ${JSON.stringify(key)}: unknown option; expected one of ${known.join(', ')}`);
  }
}
