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

/** What an issue says was expected (`a number`, `one of "auto"`), without the value, or null. */
function expectedPart(issue: z.core.$ZodIssue): string | null {
  const m = /^expected (.*?)(, got .*)?$/s.exec(describeIssue(issue));
  return m ? m[1]! : null;
}

/**
 * A failed union, said as what was expected: a bad discriminator names its allowed values; an
 * alternative the input matched at its root but failed deeper is followed to its own issue (with
 * its path); otherwise the union's own message when it has one (`expected …`), else what each
 * alternative expected. Never zod's bare "Invalid input".
 */
function unionIssue(issue: z.core.$ZodIssue & { code: 'invalid_union' }): { path: PropertyKey[]; message: string } {
  const input = (issue as { input?: unknown }).input;
  const d = issue as unknown as { discriminator?: string; options?: unknown[] };
  if (d.discriminator !== undefined) {
    const value = input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[d.discriminator] : undefined;
    return { path: issue.path, message: `expected one of ${(d.options ?? []).map((o) => JSON.stringify(o)).join(', ')}, got ${describeValue(value)}` };
  }
  const deep = issue.errors.filter((alt) => alt.length > 0 && alt.every((i) => i.path.length > 0)).sort((a, b) => a.length - b.length)[0];
  if (deep) {
    const inner = flatten(deep[0]!);
    return { path: [...issue.path, ...inner.path], message: inner.message };
  }
  if (issue.message.startsWith('expected ')) return { path: issue.path, message: issue.message };
  const parts = [...new Set(issue.errors.map((alt) => (alt.length === 1 ? expectedPart(alt[0]!) : null)).filter((x): x is string => x !== null).map((x) => x.replace(/^one of ("[^"]*")$/, '$1')))];
  return { path: issue.path, message: `expected ${parts.length ? parts.join(' or ') : 'one of the forms this place accepts'}, got ${describeValue(input)}` };
}

/** An issue with its full path and message (unions followed to the alternative that failed). */
function flatten(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union' && !issue.message.startsWith('expected ')) return unionIssue(issue);
  if (issue.code === 'invalid_union' && issue.errors.some((alt) => alt.length > 0 && alt.every((i) => i.path.length > 0))) return unionIssue(issue);
  return { path: issue.path, message: describeIssue(issue) };
}

/** What went wrong in one issue, said as what was expected (unions followed to the alternative that failed); for flags and other single values. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return flatten(issue).message;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.message.startsWith('expected ') || issue.message.startsWith('must ')) return issue.message;
  switch (issue.code) {
    case 'invalid_union':
      return unionIssue(issue).message;
    case 'invalid_type': {
      const what = issue.expected === 'int' ? 'an integer' : issue.expected === 'array' || issue.expected === 'tuple' ? 'an array' : issue.expected === 'object' || issue.expected === 'record' ? 'an object' : `a ${issue.expected}`;
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
  const lines = error.issues.slice(0, limit).map((issue) => {
    const { path, message } = flatten(issue);
    return `${file}: ${formatPath(path)}: ${message}`;
  });
  if (error.issues.length > limit) lines.push(`${file}: … and ${error.issues.length - limit} more problems`);
  return new InputError(lines);
}

/** Parses `value` with `schema`, or throws an `InputError` naming `file` and the path inside it. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string): z.output<T> {
  let result: z.ZodSafeParseResult<z.output<T>>;
  try {
    result = schema.safeParse(value, { reportInput: true });
  } catch (err) {
    // A getter or proxy that throws while the value is read: still one clear InputError.
    throw new InputError(`${file}: reading the value threw (${err instanceof Error ? err.message : String(err)}); expected plain data`);
  }
  if (!result.success) throw issuesToInputError(file, result.error);
  return result.data;
}
