import { checkNumberOption, checkOptionKeys } from '../options.js';
import type { Spec } from '../schemas/spec.js';
import type { Survey, SurveyQuestion } from '../schemas/survey.js';
import { optionShare } from './lookup.js';
import { questionUses } from './references.js';

/** Default tolerance for a single-choice block's sum: flagged when off 100% by more than this. */
export const DEFAULT_SUM_TOLERANCE = 0.005;

export interface CheckOptions {
  /** A single-choice block is flagged when |sum − 1| exceeds this (0.005 = half a point). */
  tolerance: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { tolerance: DEFAULT_SUM_TOLERANCE };

/** Merges partial options over the defaults; an `OptionError` when tolerance is not a number in [0, 1]. */
export function resolveCheckOptions(options: Partial<CheckOptions> = {}): CheckOptions {
  checkOptionKeys('checkSurvey', options, Object.keys(DEFAULT_CHECK_OPTIONS));
  const o = { ...DEFAULT_CHECK_OPTIONS, ...options };
  checkNumberOption('checkSurvey', 'tolerance', o.tolerance, { min: 0, max: 1 });
  return o;
}

/** One finding of `checkSurvey`. */
export interface Finding {
  /** `value` (table vs text), `sum` (single-choice off 100%), or a recorded kind (`label`, `bin`, …). */
  readonly kind: string;
  readonly question: string;
  /** "Table 6 · Collaboration with industry" or "Results · …". */
  readonly where: string;
  readonly detail: string;
  /** Which value the model uses, or that the question is not read by the spec. */
  readonly modelUses: string;
}

export interface CheckReport {
  readonly tables: number;
  readonly questions: number;
  readonly options: number;
  readonly textOnlyQuestions: number;
  /** Each respondent group with its counts (responses, regions, and any other the survey gives). */
  readonly groups: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  readonly findings: readonly Finding[];
}

const pct = (x: number) => `${+(x * 100).toFixed(1)}%`;

/**
 * Lists every table/text discrepancy, every single-choice block off 100% by more than the
 * tolerance, and every recorded label, bin or attribution problem, each with the value the
 * model uses. Pure: the caller has already validated both files.
 */
export function checkSurvey(survey: Survey, spec: Spec, options: Partial<CheckOptions> = {}): CheckReport {
  const { tolerance } = resolveCheckOptions(options);
  const ingredientOf = new Map<string, string>();
  for (const use of questionUses(spec, survey)) if (!ingredientOf.has(use.question)) ingredientOf.set(use.question, use.path);

  const findings: Finding[] = [];
  const visit = (q: SurveyQuestion) => {
    const where = q.source.table === null ? `Results · ${q.label}` : `Table ${q.source.table} · ${q.label}`;
    const ingredient = ingredientOf.get(q.id);
    const use = (u: 'table' | 'text') => (ingredient ? `spec reads it at ${ingredient}: uses the ${u} value` : `not read by the spec; reported value: ${u}`);
    q.options.forEach((o) => {
      if (o.text && Math.abs(o.text.share - o.share) > 1e-9) {
        const chosen = o.use ?? 'table';
        findings.push({
          kind: 'value',
          question: q.id,
          where,
          detail: `"${o.label}": table ${pct(o.share)}, text ${pct(o.text.share)}${o.why ? ` — ${o.why}` : ''}`,
          modelUses: `${use(chosen)} (${pct(chosen === 'text' ? o.text.share : o.share)})`,
        });
      }
    });
    if (q.kind === 'single') {
      const sum = q.options.reduce((s, o) => s + optionShare(o), 0);
      if (Math.abs(sum - 1) > tolerance)
        findings.push({
          kind: 'sum',
          question: q.id,
          where,
          detail: `single-choice shares sum to ${pct(sum)} (${q.options.map((o) => pct(o.share)).join(' + ')})`,
          modelUses: ingredient ? `spec reads it at ${ingredient}: shares renormalized to 100%` : 'not read by the spec; shares as reported',
        });
    }
    for (const d of q.discrepancies ?? []) {
      if (d.kind === 'sum' && q.kind === 'single') continue; // computed above, with the numbers
      findings.push({ kind: d.kind, question: q.id, where, detail: d.note, modelUses: ingredient ? `spec reads it at ${ingredient}` : 'not read by the spec' });
    }
  };
  const tables = Object.values(survey.tables);
  for (const t of tables) t.questions.forEach(visit);
  survey.results.forEach(visit);

  return {
    tables: tables.length,
    questions: tables.reduce((s, t) => s + t.questions.length, 0),
    options: tables.reduce((s, t) => s + t.questions.reduce((u, q) => u + q.options.length, 0), 0),
    textOnlyQuestions: survey.results.length,
    groups: Object.fromEntries(
      Object.entries(survey.groups).map(([name, g]) => [name, Object.fromEntries(Object.entries(g).filter(([, v]) => typeof v === 'number' || v === null)) as Record<string, number | null>]),
    ),
    findings,
  };
}
