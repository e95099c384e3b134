import { InputError } from '../errors.js';
import type { Quantity } from '../schemas/spec.js';
import type { Survey } from '../schemas/survey.js';
import { findOption, findQuestion, optionShare, surveyNumber } from '../survey/lookup.js';

/** What a quantity can refer to while it is evaluated. */
export interface QuantityContext {
  readonly survey: Survey;
  /** The numeric value of an assumption (after overrides and lever moves). */
  assumption(name: string, where: string): number;
  /** Where the spec is being read, for error messages (`spec.json`). */
  readonly file: string;
}

/** The share of a survey row by question and option id (text-or-table decided in `optionShare`). */
export function rowShare(survey: Survey, question: string, option: string, where: string, file: string): number {
  const q = findQuestion(survey, question);
  if (!q) throw new InputError(`${file}: ${where}: expected a question id of the survey, got "${question}"`);
  const o = findOption(q, option);
  if (!o) throw new InputError(`${file}: ${where}: question "${question}" has no option "${option}"; its options: ${q.options.map((x) => x.id ?? `(no id: ${x.label})`).join(', ')}`);
  return optionShare(o);
}

/** Evaluates a quantity of the spec; `where` is its path, for error messages. */
export function evaluate(q: Quantity, ctx: QuantityContext, where: string): number {
  if (typeof q === 'number') return q;
  if ('assumption' in q) return ctx.assumption(q.assumption, where);
  if ('survey' in q) {
    const v = surveyNumber(ctx.survey, q.survey);
    if (v === undefined) throw new InputError(`${ctx.file}: ${where}: expected a number of the survey at "${q.survey}"`);
    return v;
  }
  if ('question' in q) return rowShare(ctx.survey, q.question, q.option, where, ctx.file);
  if ('complement' in q) return 1 - evaluate(q.complement, ctx, where);
  const xs = q.args.map((a, i) => evaluate(a, ctx, `${where}.args.${i}`));
  switch (q.op) {
    case 'add':
      return xs.reduce((s, x) => s + x);
    case 'sub':
      return xs.reduce((s, x) => s - x);
    case 'mul':
      return xs.reduce((s, x) => s * x);
    case 'div':
      return xs.reduce((s, x) => s / x);
    case 'min':
      return Math.min(...xs);
    case 'max':
      return Math.max(...xs);
  }
}
