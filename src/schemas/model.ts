import { z } from 'zod';
import { ASSUMPTIONS, checkAssumptionValue, nearestName } from '../model/assumptions.js';
import { describeValue } from '../errors.js';

/** The survey facts the generator reads, each pointing at a question id of survey.json. */
export const INGREDIENTS = [
  'research-hospital-degree',
  'research-system-degree',
  'research-company-degree',
  'tie-strength',
  'clinician-engagement',
  'ai-department-by-tier',
  'team-size',
] as const;
export type IngredientName = (typeof INGREDIENTS)[number];

const IngredientSchema = z.strictObject({
  question: z.string().min(1),
  note: z.string().min(1),
});

const AssumptionEntrySchema = z.strictObject({
  value: z.union([z.number(), z.string()]),
  justification: z.string().min(1),
  source: z.string().nullable(),
});

/** data/model.json: ingredients (survey facts) and assumptions (everything else). */
export const ModelSpecSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    ingredients: z.strictObject(Object.fromEntries(INGREDIENTS.map((n) => [n, IngredientSchema])) as Record<IngredientName, typeof IngredientSchema>),
    assumptions: z.record(z.string(), AssumptionEntrySchema),
  })
  .superRefine((spec, ctx) => {
    for (const [name, entry] of Object.entries(spec.assumptions)) {
      const def = ASSUMPTIONS.find((a) => a.name === name);
      if (!def) {
        ctx.addIssue({ code: 'custom', path: ['assumptions', name], message: `unknown assumption "${name}"; known: ${ASSUMPTIONS.map((a) => a.name).join(', ')}` });
        continue;
      }
      const problem = checkAssumptionValue(def, entry.value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['assumptions', name, 'value'], message: `${problem}, got ${describeValue(entry.value)}` });
    }
    for (const def of ASSUMPTIONS)
      if (!(def.name in spec.assumptions)) ctx.addIssue({ code: 'custom', path: ['assumptions'], message: `expected an entry for assumption "${def.name}"` });
  });

export type ModelSpec = z.infer<typeof ModelSpecSchema>;

/**
 * A partial model file given with `--model FILE`: only the assumptions it changes.
 * Same checks as model.json, but nothing is required.
 */
export const ModelOverrideSchema = z
  .strictObject({
    $comment: z.string().optional(),
    // Values are checked against the assumption catalog below (so 1e400, read as Infinity, gets a clear message).
    assumptions: z.record(z.string(), z.unknown()),
  })
  .superRefine((spec, ctx) => {
    for (const [name, raw] of Object.entries(spec.assumptions)) {
      const def = ASSUMPTIONS.find((a) => a.name === name);
      if (!def) {
        const near = nearestName(name, ASSUMPTIONS.map((a) => a.name));
        ctx.addIssue({ code: 'custom', path: ['assumptions', name], message: `unknown assumption "${name}"${near ? ` (did you mean "${near}"?)` : ''}` });
        continue;
      }
      const value = raw !== null && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
      const problem = checkAssumptionValue(def, value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['assumptions', name], message: `${problem}, got ${describeValue(value)}` });
    }
  });

export type ModelOverride = z.infer<typeof ModelOverrideSchema>;
