import { z } from 'zod';
import { LEVER_NAMES } from '../scenarios/levers.js';
import { nearestName } from '../model/assumptions.js';

/** Most ceiling overrides and `set` entries a scenario file may hold (there are far fewer ceilings and assumptions). */
export const MAX_SCENARIO_ENTRIES = 100;

/** A scenario file (data/scenarios/*.json): levers with strengths, ceiling and model overrides; each lever at most once. */
export const ScenarioFileSchema = z
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
      .max(LEVER_NAMES.length, `expected at most ${LEVER_NAMES.length} levers (each lever once: ${LEVER_NAMES.join(', ')})`),
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
      if ((LEVER_NAMES as readonly string[]).includes(l.lever)) return;
      const near = nearestName(l.lever, LEVER_NAMES);
      ctx.addIssue({ code: 'custom', path: ['levers', i, 'lever'], message: `unknown lever "${l.lever}"${near ? ` (did you mean "${near}"?)` : ''}; known: ${LEVER_NAMES.join(', ')}` });
    });
  });

export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
