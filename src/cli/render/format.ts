import Table from 'cli-table3';
import type { Stat } from '../../fit/index.js';

/** 0.3114 → "31.1%". */
export function pct(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}

/** A number with thousands separators and at most `digits` decimals. */
export function num(x: number, digits = 1): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** "31.1% [24.3–37.7]", or just "31.1%" when the interval is a point. */
export function statText(s: Stat, as: (x: number) => string): string {
  return s.lo === s.hi ? as(s.mean) : `${as(s.mean)} [${as(s.lo)}–${as(s.hi)}]`;
}

/**
 * Text from a file made safe for a terminal: control characters (C0 but tab and newline, DEL, C1 —
 * ESC sequences could clear the screen, retitle the window or hide lines) and bidirectional
 * overrides are shown as `\u001b`-style escapes instead of being sent raw.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A terminal table with a heading row; long cells wrap at the given widths. Cells are made `printable`. */
export function table(head: string[], rows: (string | number)[][], colWidths?: (number | null)[]): string {
  const t = new Table({
    head: head.map(printable),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
  for (const r of rows) t.push(r.map((c) => printable(String(c))));
  return t.toString();
}

/** A heading line followed by a blank line before the body. */
export function section(title: string, body: string): string {
  return `${printable(title)}\n${body}\n`;
}
