import { z } from 'zod';
import { describeValue, InputError } from '../errors.js';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A flag holding an integer in [min, max], given as text. */
export function intFlag(min: number, max: number) {
  const what = `an integer in [${min}, ${max}]`;
  return z
    .string()
    .refine((s) => /^-?\d+$/.test(s.trim()) && Number(s) >= min && Number(s) <= max, { error: (iss) => `expected ${what}, got ${describeValue(iss.input)}` })
    .transform(Number);
}

/** A flag holding a number in (min, max], given as text. */
export function numberFlag(minExclusive: number, max: number) {
  const what = `a number > ${minExclusive} and ≤ ${max}`;
  return z
    .string()
    .refine((s) => s.trim() !== '' && Number.isFinite(Number(s)) && Number(s) > minExclusive && Number(s) <= max, { error: (iss) => `expected ${what}, got ${describeValue(iss.input)}` })
    .transform(Number);
}

/** A flag holding one of a few words. */
export function enumFlag<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (iss) => `expected one of ${values.join(', ')}, got ${describeValue(iss.input)}` });
}

/** The flags shared by every command that generates networks. */
export const generationFlags = {
  seed: intFlag(-2147483648, 2147483647).default(1),
  scale: numberFlag(0, 1000).default(1),
  set: z.array(z.string()).default([]),
  model: z.string().optional(),
  survey: z.string().optional(),
  spec: z.string().optional(),
};

/** Validates a command's parsed options; problems read `--seed: expected an integer …, got "x"`. */
export function parseFlags<T extends z.ZodType>(schema: T, options: unknown): z.output<T> {
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  throw new InputError(result.error.issues.map((i) => `--${kebab(String(i.path[0] ?? ''))}: ${i.message}`));
}

/** The parsed values of `generationFlags`. */
export type GenerationFlagValues = z.output<z.ZodObject<typeof generationFlags>>;
