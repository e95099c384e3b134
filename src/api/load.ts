import { InputError } from '../errors.js';
import { parseJsonText, parseWith, SpecSchema, SurveySchema, type Spec, type Survey } from '../schemas/index.js';

/** JSON text is parsed first (errors name the line and column); anything else is validated as it is. */
function parsed(input: unknown, label: string): unknown {
  return typeof input === 'string' ? parseJsonText(input, label) : input;
}

/**
 * Validates a survey (an object, or its JSON text) with the same schema and messages as the CLI,
 * e.g. `survey.json: tables.6.questions.0.options.2.share: expected a number in [0, 1], got "31%"`.
 * Throws an `InputError` listing every problem; returns the survey, ready to resolve.
 *
 * @param input the survey as an object, or JSON text
 * @param label how messages name it (the file name, when it came from one)
 * @example
 * ```ts
 * import { loadSurvey } from 'collabnet';
 * const survey = loadSurvey(await (await fetch('/survey.json')).text(), 'survey.json');
 * ```
 */
export function loadSurvey(input: unknown, label = 'survey'): Survey {
  return parseWith(SurveySchema, parsed(input, label), label);
}

/**
 * Validates a spec (version 2: sectors, tie types, assumptions, levers, outcomes; an object or its
 * JSON text) with the same schema and messages as `collabnet spec check`. A script may build one
 * from the shipped spec, e.g. with a lever of its own, and load it here.
 *
 * @param input the spec as an object, or JSON text
 * @param label how messages name it (the file name, when it came from one)
 * @example
 * ```ts
 * import { loadSpec } from 'collabnet';
 * import { loadSpecFile } from 'collabnet/node';
 * const shipped = loadSpecFile();
 * const spec = loadSpec({ ...shipped, name: 'with-my-lever', levers: [...shipped.levers, myLever] });
 * ```
 */
export function loadSpec(input: unknown, label = 'spec'): Spec {
  const raw = parsed(input, label);
  if (raw !== null && typeof raw === 'object' && 'ingredients' in raw)
    throw new InputError(`${label}: a version 1 model file (ingredients/assumptions); expected a version 2 spec (sectors, tieTypes, assumptions, levers, outcomes) — see data/model.json and README "Your own survey"`);
  return parseWith(SpecSchema, raw, label);
}
