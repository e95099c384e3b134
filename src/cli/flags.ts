import { z } from 'zod';
import { describeValue, InputError } from '../errors.js';
import { issueMessage } from '../schemas/index.js';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The one rule for numbers on the command line: plain decimal, as a person writes them —
 * `12`, `-3`, `0.25`, `.5`, `1e3`. No hex (`0x10`), octal or binary prefixes, no `Infinity`,
 * no underscores, no surrounding spaces.
 */
export const DECIMAL_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Integers in plain decimal: `12`, `-3` (no exponent, no fraction). */
export const DECIMAL_INTEGER = /^[+-]?\d+$/;

/** A plain decimal number (see DECIMAL_NUMBER), or null when `text` is not one or is not finite. */
export function decimalNumber(text: string): number | null {
  if (!DECIMAL_NUMBER.test(text)) return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

/** A flag holding an integer in [min, max], given as text in plain decimal. */
export function intFlag(min: number, max: number) {
  const what = `an integer in [${min}, ${max}]`;
  return z
    .string()
    .refine((s) => DECIMAL_INTEGER.test(s) && Number(s) >= min && Number(s) <= max, { error: (iss) => `expected ${what}, got ${describeValue(iss.input)}` })
    .transform(Number);
}

/** A flag holding a number in (min, max], given as text in plain decimal. */
export function numberFlag(minExclusive: number, max: number) {
  const what = `a number > ${minExclusive} and ≤ ${max}`;
  return z
    .string()
    .refine(
      (s) => {
        const v = decimalNumber(s);
        return v !== null && v > minExclusive && v <= max;
      },
      { error: (iss) => `expected ${what}, got ${describeValue(iss.input)}` },
    )
    .transform(Number);
}

/** A flag holding a number in [min, max], given as text in plain decimal. */
export function closedNumberFlag(min: number, max: number) {
  return z
    .string()
    .refine(
      (s) => {
        const v = decimalNumber(s);
        return v !== null && v >= min && v <= max;
      },
      { error: (iss) => `expected a number in [${min}, ${max}], got ${describeValue(iss.input)}` },
    )
    .transform(Number);
}

/** A flag holding a file name (not empty: `--in ''` is refused, not ignored). */
export const fileFlag = z.string().refine((s) => s.trim() !== '', { error: (iss) => `expected a file name, got ${describeValue(iss.input)}` });

/** A flag holding one of a few words. */
export function enumFlag<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (iss) => `expected one of ${values.join(', ')}, got ${describeValue(iss.input)}` });
}

/**
 * `--set name=value` flags: each must have the form name=value, and a value that reads as a
 * number must be plain decimal (`companies=0x10` is refused, not read as 16). The value is then
 * checked against its assumption when the model is resolved. Each assumption at most once.
 */
export const setFlag = z.array(z.string()).superRefine((list, ctx) => {
  const first = new Map<string, string>();
  for (const text of list) {
    const eq = text.indexOf('=');
    if (eq <= 0) {
      ctx.addIssue({ code: 'custom', message: `--set ${text}: expected name=value with an assumption of the spec (collabnet fit lists them)` });
      continue;
    }
    // The same assumption twice would silently keep the last value.
    const name = text.slice(0, eq).trim();
    const earlier = first.get(name);
    if (earlier !== undefined) ctx.addIssue({ code: 'custom', message: `--set ${text}: "${name}" is already set by --set ${earlier}; expected each assumption once` });
    else first.set(name, text);
    const value = text.slice(eq + 1).trim();
    const looksNumeric = /^[+-]?(\d|\.\d)/.test(value) || (value !== '' && Number.isFinite(Number(value)));
    if (looksNumeric && decimalNumber(value) === null)
      ctx.addIssue({ code: 'custom', message: `--set ${text}: expected a plain decimal number (e.g. 150, 0.25, 1e3), got ${describeValue(value)}` });
  }
});

/** The flags shared by every command that generates networks. */
export const generationFlags = {
  seed: intFlag(-2147483648, 2147483647).default(1),
  scale: numberFlag(0, 1000).default(1),
  set: setFlag.default([]),
  model: fileFlag.optional(),
  survey: fileFlag.optional(),
  spec: fileFlag.optional(),
};

/** Validates a command's parsed options; problems read `--seed: expected an integer …, got "x"`. */
export function parseFlags<T extends z.ZodType>(schema: T, options: unknown): z.output<T> {
  const result = schema.safeParse(options, { reportInput: true });
  if (result.success) return result.data;
  // A message that already names its flag (`--set name=value: …`) is kept as it is; others say what was expected (never a bare "Invalid input").
  throw new InputError(result.error.issues.map((i) => (i.message.startsWith('--') ? i.message : `--${kebab(String(i.path[0] ?? ''))}: ${issueMessage(i)}`)));
}

/** Refuses flags that were given but cannot apply (`why` says when they do), e.g. `--scale applies only when generating (without --in)`. */
export function refuseFlags(raw: Record<string, unknown>, names: readonly string[], why: string): void {
  const given = names.filter((n) => {
    const v = raw[n];
    return v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0);
  });
  if (given.length > 0) throw new InputError(given.map((n) => `--${kebab(n)}: ${why}`));
}

/** The parsed values of `generationFlags`. */
export type GenerationFlagValues = z.output<z.ZodObject<typeof generationFlags>>;
