import type { Spec } from '../schemas/spec.js';
import type { Survey } from '../schemas/survey.js';
import { findOption, findQuestion, questionPlace } from '../survey/lookup.js';

/**
 * Where a lever's ceiling comes from, in words a reader knows, without its number: a survey row
 * as its table, question and option text (`Table 10, "Interest in collaboration": "With
 * enterprises"`, with "1 − " for a complement), an assumption as its label and the source it
 * cites; any other ceiling (a literal, a formula) as the move's own `source` text.
 */
export function ceilingWords(survey: Survey, spec: Pick<Spec, 'assumptions'>, move: { ceiling: unknown; complement?: boolean; source: string }): string {
  const c = move.ceiling as { question?: unknown; option?: unknown; assumption?: unknown } | number | null;
  const not = move.complement ? '1 − ' : '';
  if (c && typeof c === 'object' && typeof c.question === 'string' && typeof c.option === 'string') {
    const q = findQuestion(survey, c.question);
    const o = q ? findOption(q, c.option) : undefined;
    if (q && o) return `${not}${questionPlace(q)}: "${o.label}"`;
  }
  if (c && typeof c === 'object' && typeof c.assumption === 'string') {
    const a = spec.assumptions[c.assumption];
    if (a?.label) return `${not}${a.label}${a.source ? ` (${a.source})` : ''}`;
  }
  return move.source;
}
