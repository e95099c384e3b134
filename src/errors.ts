/**
 * An error in what the user gave us (a file, a flag, a value), as opposed to a bug.
 * The CLI prints `message` alone (no stack) and exits with code 2.
 *
 * @example
 * ```ts
 * import { loadSurvey, InputError } from 'collabnet';
 * try {
 *   loadSurvey(text, 'survey.json');
 * } catch (err) {
 *   if (err instanceof InputError) for (const line of err.problems) console.error(line);
 *   else throw err;
 * }
 * ```
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

/**
 * A bad option passed to a core function (a bug in the caller, or a value a caller passed
 * through from the user): names the function and the option, e.g.
 * `pagerank: alpha: expected a number in (0, 1), got 7`. An `InputError`, so the CLI reports it
 * the same way (exit 2, no stack).
 *
 * @example
 * ```ts
 * import { intervals, OptionError } from 'collabnet';
 * try {
 *   intervals(runs, 'median' as never);
 * } catch (err) {
 *   if (err instanceof OptionError) console.error(err.fn, err.option); // intervals kind
 * }
 * ```
 */
export class OptionError extends InputError {
  /** The function whose option is wrong. */
  readonly fn: string;
  /** The option's name, as the function's options interface spells it (`alpha`, `pagerank.alpha`). */
  readonly option: string;

  constructor(fn: string, option: string, expected: string, value: unknown, message = `${fn}: ${option}: expected ${expected}, got ${describeValue(value)}`) {
    super(message);
    this.name = 'OptionError';
    this.fn = fn;
    this.option = option;
  }
}
