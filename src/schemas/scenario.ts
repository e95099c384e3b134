import { z } from 'zod';

/** Most levers, ceiling overrides and `set` entries a scenario file may hold (specs have far fewer). */
export const MAX_SCENARIO_ENTRIES = 100;

/**
 * A scenario file (data/scenarios/*.json): levers with strengths, ceilings and assumption
 * settings; each lever at most once. Given the spec's lever names, at most that many levers (lever
 * names themselves and `set` are checked against the spec when the file is applied).
 */
export function scenarioFileSchema(leverNames?: readonly string[]) {
  const max = leverNames ? leverNames.length : MAX_SCENARIO_ENTRIES;
  const tooMany = leverNames ? `expected at most ${max} levers (each lever once: ${leverNames.join(', ')})` : `expected at most ${max} levers`;
  return z
  .strictObject({
    $comment: z.string().optional(),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a name of lowercase letters, digits and dashes'),
    title: z.string().min(1),
    description: z.string().min(1),
    source: z.string().optional(),
    levers: z
      .array(
        z.strictObject({
          lever: z.string(),
          strength: z.number().min(0, 'expected a strength in [0, 10]').max(10, 'expected a strength in [0, 10]').optional(),
          t: z.number().min(0, 'expected t in [0, 1]').max(1, 'expected t in [0, 1]').optional(),
        }),
      )
      .min(1, 'expected at least one lever')
      .max(max, tooMany),
    ceilings: z
      .record(z.string(), z.number())
      .refine((r) => Object.keys(r).length <= MAX_SCENARIO_ENTRIES, `expected at most ${MAX_SCENARIO_ENTRIES} ceilings`)
      .optional(),
    set: z
      .record(z.string(), z.union([z.number(), z.string()]))
      .refine((r) => Object.keys(r).length <= MAX_SCENARIO_ENTRIES, `expected at most ${MAX_SCENARIO_ENTRIES} assumptions`)
      .optional(),
  })
  .superRefine((file, ctx) => {
    const first = new Map<string, number>();
    file.levers.forEach((l, i) => {
      const seen = first.get(l.lever);
      if (seen !== undefined) ctx.addIssue({ code: 'custom', path: ['levers', i, 'lever'], message: `"${l.lever}" is already levers.${seen}; expected each lever once` });
      else first.set(l.lever, i);
    });
  });
}

/** A scenario file, before it meets a spec (at most 100 levers). */
export const ScenarioFileSchema = scenarioFileSchema();

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
