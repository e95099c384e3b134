import { z } from 'zod';

/** A scenario file (data/scenarios/*.json): levers with strengths, ceilings and assumption settings. Lever names are checked against the spec's levers. */
export const ScenarioFileSchema = z.strictObject({
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
    .min(1, 'expected at least one lever'),
  ceilings: z.record(z.string(), z.number()).optional(),
  set: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
