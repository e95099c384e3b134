import { parse as parseLenient, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { InputError } from '../errors.js';

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** "ValueExpected" → "value expected". */
function humanize(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Deepest nesting of arrays and objects a JSON input may have (collabnet's own files need fewer than 10). */
export const MAX_JSON_DEPTH = 512;

/**
 * Refuses JSON nested deeper than MAX_JSON_DEPTH, in one pass without recursion (before any
 * recursive parser or validator could overflow the stack), naming where the limit is crossed.
 */
function checkDepth(text: string, file: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_JSON_DEPTH) {
        const { line, column } = lineColumn(text, i);
        throw new InputError(`${file}: line ${line}, column ${column}: JSON nested deeper than ${MAX_JSON_DEPTH} levels; expected at most ${MAX_JSON_DEPTH} levels of [ and {`);
      }
    } else if (c === 93 || c === 125) depth--;
  }
}

/**
 * Parses strict JSON, or throws an `InputError` such as
 * `survey.json: line 3, column 8: malformed JSON (value expected)`.
 * The position comes from jsonc-parser (strict settings), since V8's own message often has none.
 */
export function parseJsonText(text: string, file: string): unknown {
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; expected JSON`);
  checkDepth(text, file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const errors: ParseError[] = [];
    parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      const { line, column } = lineColumn(text, first.offset);
      throw new InputError(`${file}: line ${line}, column ${column}: malformed JSON (${humanize(printParseErrorCode(first.error))})`);
    }
    throw new InputError(`${file}: malformed JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  checkKeys(text, file);
  return value;
}

/** Keys that would reach an object's prototype in careless code; refused everywhere. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses duplicate keys (JSON.parse silently keeps the last one) and prototype keys, naming the
 * line and column of the first offender.
 */
function checkKeys(text: string, file: string): void {
  const stack: Set<string>[] = [];
  const problems: string[] = [];
  visit(text, {
    onObjectBegin: () => {
      stack.push(new Set());
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (key, offset) => {
      const keys = stack[stack.length - 1];
      if (problems.length >= 10) return; // only the first ten are reported
      // The position is computed only for offenders: lineColumn scans from the start (linear per call).
      const where = () => lineColumn(text, offset);
      if (RESERVED_KEYS.has(key)) problems.push(`${file}: line ${where().line}, column ${where().column}: key ${JSON.stringify(key)} is not allowed`);
      else if (keys?.has(key)) problems.push(`${file}: line ${where().line}, column ${where().column}: duplicate key ${JSON.stringify(key)}`);
      keys?.add(key);
    },
  });
  if (problems.length > 0) throw new InputError(problems.slice(0, 10));
}
