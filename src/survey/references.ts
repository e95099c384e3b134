import type { Spec } from '../schemas/spec.js';
import { findQuestion } from './lookup.js';
import type { Survey } from '../schemas/survey.js';

/** Where a spec reads a survey question: the question id and the spec path that reads it. */
export interface QuestionUse {
  readonly question: string;
  readonly option: string | null;
  readonly path: string;
}

/**
 * Every survey question (and option) a spec reads, with the path that reads it: quantities
 * `{question, option}`, distributions and weights `{question}`, and the words of enum
 * assumptions that name a question of the survey.
 */
export function questionUses(spec: Spec, survey: Survey): QuestionUse[] {
  const out: QuestionUse[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.question === 'string') out.push({ question: o.question, option: typeof o.option === 'string' ? o.option : null, path });
      for (const [k, x] of Object.entries(o)) walk(x, path ? `${path}.${k}` : k);
    }
  };
  walk({ sectors: spec.sectors, tieTypes: spec.tieTypes, levers: spec.levers, assumptions: Object.fromEntries(Object.entries(spec.assumptions).map(([k, a]) => [k, 'auto' in a ? { auto: a.auto } : {}])) }, '');
  for (const [name, a] of Object.entries(spec.assumptions))
    if (a.type === 'enum') for (const [w, v] of Object.entries(a.values)) if (typeof v === 'string' && findQuestion(survey, v)) out.push({ question: v, option: null, path: `assumptions.${name}.values.${w}` });
  return out;
}
