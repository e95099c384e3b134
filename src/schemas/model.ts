import { z } from 'zod';

/**
 * A partial model file given with `--model FILE`: only the assumptions it changes,
 * `{"assumptions": {name: value | {"value": value}}}`. Names and values are checked against the
 * spec's assumptions when the file is applied.
 */
export const ModelOverrideSchema = z.strictObject({
  $comment: z.string().optional(),
  assumptions: z.record(z.string(), z.unknown()),
});

export type ModelOverride = z.infer<typeof ModelOverrideSchema>;
