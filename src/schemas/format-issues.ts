import type { z } from 'zod';
import { describeValue, InputError } from '../errors.js';

/** Builds a zod `error` option that reads `expected <what>, got <value>`. */
export function expected(what: string) {
  return { error: (issue: { input?: unknown }) => `expected ${what}, got ${describeValue(issue.input)}` };
}

/** Renders a zod path as `tables.6.questions.0.share`; the root is `(root)`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.message.startsWith('expected ') || issue.message.startsWith('must ')) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const what = issue.expected === 'int' ? 'an integer' : issue.expected === 'array' || issue.expected === 'tuple' ? 'an array' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
      return `expected ${what}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      return `expected ${issue.origin === 'array' ? 'at least' : '≥'} ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : ''}, got ${describeValue(input)}`;
    case 'too_big':
      return `expected ${issue.origin === 'array' ? 'at most' : '≤'} ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}, got ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

/**
 * Turns a failed zod parse into an `InputError` whose lines read
 * `survey.json: tables.6.questions.0.options.2.share: expected a number in [0, 1], got "31%"`.
 * At most `limit` issues are listed.
 */
export function issuesToInputError(file: string, error: z.ZodError, limit = 20): InputError {
  const lines = error.issues.slice(0, limit).map((issue) => `${file}: ${formatPath(issue.path)}: ${describeIssue(issue)}`);
  if (error.issues.length > limit) lines.push(`${file}: … and ${error.issues.length - limit} more problems`);
  return new InputError(lines);
}

/** Parses `value` with `schema`, or throws an `InputError` naming `file` and the path inside it. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string): z.output<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw issuesToInputError(file, result.error);
  return result.data;
}
