import { checkNumberOption, checkOptionKeys } from '../options.js';
import type { ModelSpec } from '../schemas/model.js';
import type { Survey, SurveyQuestion } from '../schemas/survey.js';

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
  /** Which value the model uses, or that the question is not a network ingredient. */
  readonly modelUses: string;
}

export interface CheckReport {
  readonly tables: number;
  readonly questions: number;
  readonly options: number;
  readonly textOnlyQuestions: number;
  readonly groups: { clinicians: number; hospitals: number; institutions: number; regions: number };
  readonly findings: readonly Finding[];
}

const pct = (x: number) => `${+(x * 100).toFixed(1)}%`;

/**
 * Lists every table/text discrepancy, every single-choice block off 100% by more than the
 * tolerance, and every recorded label, bin or attribution problem, each with the value the
 * model uses. Pure: the caller has already validated both files.
 */
export function checkSurvey(survey: Survey, spec: ModelSpec, options: Partial<CheckOptions> = {}): CheckReport {
  const { tolerance } = resolveCheckOptions(options);
  const ingredientOf = new Map<string, string>();
  for (const [name, ing] of Object.entries(spec.ingredients)) ingredientOf.set(ing.question, name);

  const findings: Finding[] = [];
  const visit = (q: SurveyQuestion) => {
    const where = q.source.table === null ? `Results · ${q.label}` : `Table ${q.source.table} · ${q.label}`;
    const ingredient = ingredientOf.get(q.id);
    const use = (u: 'table' | 'text') => (ingredient ? `model ingredient ${ingredient}: uses the ${u} value` : `not a network ingredient; reported value: ${u}`);
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
      const sum = q.options.reduce((s, o) => s + (o.use === 'text' && o.text ? o.text.share : o.share), 0);
      if (Math.abs(sum - 1) > tolerance)
        findings.push({
          kind: 'sum',
          question: q.id,
          where,
          detail: `single-choice shares sum to ${pct(sum)} (${q.options.map((o) => pct(o.share)).join(' + ')})`,
          modelUses: ingredient ? `model ingredient ${ingredient}: shares renormalized to 100%` : 'not a network ingredient; shares as reported',
        });
    }
    for (const d of q.discrepancies ?? []) {
      if (d.kind === 'sum' && q.kind === 'single') continue; // computed above, with the numbers
      findings.push({ kind: d.kind, question: q.id, where, detail: d.note, modelUses: ingredient ? `model ingredient ${ingredient}` : 'not a network ingredient' });
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
    groups: {
      clinicians: survey.groups.clinicians.responses,
      hospitals: survey.groups.clinicians.hospitals,
      institutions: survey.groups.institutions.responses,
      regions: survey.groups.clinicians.regions,
    },
    findings,
  };
}
