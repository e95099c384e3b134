/** A plain decimal number: optional sign, digits with an optional fraction, an optional exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The one rule for numbers in imported files: a JSON number, or text that is a plain decimal
 * number (`2`, `-0.5`, `1e3`). Anything else (`0x10`, `[2]`, `Infinity`, `1_000`, `true`, ``) is
 * `undefined`; so is a decimal too large to be finite (`1e999`).
 */
export function parseDecimal(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  if (!DECIMAL.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
