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

/** A terminal table with a heading row; long cells wrap at the given widths. */
export function table(head: string[], rows: (string | number)[][], colWidths?: (number | null)[]): string {
  const t = new Table({
    head,
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
  for (const r of rows) t.push(r.map(String));
  return t.toString();
}

/** A heading line followed by a blank line before the body. */
export function section(title: string, body: string): string {
  return `${title}\n${body}\n`;
}
