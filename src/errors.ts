/**
 * An error in what the user gave us (a file, a flag, a value), as opposed to a bug.
 * The CLI prints `message` alone (no stack) and exits with code 2.
 */
export class InputError extends Error {
  /** Every problem found, one line each (the first is also the message). */
  readonly problems: string[];

  constructor(problems: string | string[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

/** A short, quoted rendering of a value for error messages: `"31%"`, `-2`, `null`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return 'an object';
}
