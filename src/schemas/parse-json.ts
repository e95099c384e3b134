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

/**
 * Parses JSON text, or throws an `InputError` such as
 * `survey.json: line 12, column 5: malformed JSON (Expected ',' or '}' after property value)`.
 */
export function parseJsonText(text: string, file: string): unknown {
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; expected JSON`);
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const where = at ? (({ line, column }) => `line ${line}, column ${column}: `)(lineColumn(text, Number(at[1]))) : '';
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new InputError(`${file}: ${where}malformed JSON (${reason})`);
  }
}
