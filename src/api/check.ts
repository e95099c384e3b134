import { z } from 'zod';
import { checkSpec as checkAgainstSurvey, type SpecCheck } from '../scenarios/index.js';
import { parseWith } from '../schemas/index.js';
import { loadSpec, loadSurvey } from './load.js';

/** What `checkSpec` takes. */
export interface CheckSpecInput {
  /** The spec (an object or JSON text, validated). */
  readonly spec: unknown;
  /** The survey the spec reads (an object or JSON text, validated). */
  readonly survey: unknown;
  /** Names the spec in messages (default `spec`). */
  readonly specLabel?: string;
  /** Names the survey in messages (default `survey`). */
  readonly surveyLabel?: string;
}

const Options = z.strictObject({ spec: z.unknown(), survey: z.unknown(), specLabel: z.string().optional(), surveyLabel: z.string().optional() });

/**
 * Checks a spec against its survey as `collabnet spec check` (and every command loading a spec)
 * does, beyond the schema: every question and option it cites exists, every tie type has a
 * generator, every enum word resolves, every lever moves a quantity of the spec, the key figures
 * name its sectors. Throws an `InputError` listing every problem; returns the baseline it
 * resolves to, its levers, generators and the questions it reads. Run it once on a spec of your
 * own before `createModel`.
 *
 * @example
 * ```ts
 * import { checkSpec, createModel } from 'collabnet';
 * const report = checkSpec({ spec, survey, specLabel: 'my-spec.json' });
 * console.log(report.generators, report.questions.length);
 * const model = createModel({ spec, survey });
 * ```
 */
export function checkSpec(input: CheckSpecInput): SpecCheck {
  const o = parseWith(Options, input, 'checkSpec');
  const specLabel = o.specLabel ?? 'spec';
  const spec = loadSpec(o.spec, specLabel);
  const survey = loadSurvey(o.survey, o.surveyLabel ?? 'survey');
  return checkAgainstSurvey(survey, spec, specLabel, o.surveyLabel !== undefined ? { surveyFile: o.surveyLabel } : {});
}
