import type { Rng } from '../random/index.js';
import type { Survey, SurveyQuestion } from '../schemas/survey.js';
import { effectiveSampleSize } from './design-effect.js';
import { drawBlockShares, drawShare } from './survey-sampling.js';

/** How respondents count when the survey is redrawn. */
export interface SurveyDrawOptions {
  /**
   * Intra-cluster correlation of answers given by respondents who sit in the same node (e.g.
   * clinicians of one hospital): a named assumption, the paper gives none. Default 0.2.
   */
  readonly icc: number;
  /**
   * Clusters per respondent group (e.g. clinicians: 2,135 hospitals). A group without an entry
   * is a simple random sample (design effect 1).
   */
  readonly clusters: Readonly<Record<string, number>>;
}

export const DEFAULT_SURVEY_DRAW: SurveyDrawOptions = { icc: 0.2, clusters: {} };

/**
 * The effective respondent count of each group: its responses divided by Kish's design effect
 * 1 + (m̄ − 1)ρ where the group is clustered (m̄ = responses / clusters); null where the paper
 * gives no count.
 */
export function effectiveRespondents(survey: Survey, options: SurveyDrawOptions = DEFAULT_SURVEY_DRAW): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [name, g] of Object.entries(survey.groups)) {
    const n = g.responses;
    const clusters = options.clusters[name];
    out[name] = n === null ? null : clusters && n >= 2 ? effectiveSampleSize(n, Math.min(Math.max(1, Math.round(clusters)), n), options.icc).effective : n;
  }
  return out;
}

/** Redraws one question in place from its sampling distribution with `n` respondents. */
function redraw(q: SurveyQuestion, n: number, rng: Rng): void {
  const read = (o: SurveyQuestion['options'][number]) => (o.use === 'text' && o.text ? o.text.share : o.share);
  const write = (o: SurveyQuestion['options'][number], v: number) => {
    const x = Math.min(1, Math.max(0, v));
    if (o.use === 'text' && o.text) o.text.share = x;
    else o.share = x;
  };
  if (q.kind === 'single') {
    const shares = q.options.map(read);
    if (!(shares.reduce((s, p) => s + p, 0) > 0)) return;
    drawBlockShares(shares, n, rng).forEach((v, i) => write(q.options[i]!, v));
  } else {
    for (const o of q.options) write(o, drawShare(read(o), n, rng));
  }
}

/**
 * One draw of the survey from its sampling distribution: every single-choice block's shares
 * from a Dirichlet, every multi-select option's share from a Beta, each with the effective
 * respondent count of the question's group (see `drawBlockShares`, `drawShare`). The value the
 * model reads is redrawn (the Results text's share where the option says `use: "text"`); the
 * other reading is left as printed. Questions of groups without a respondent count, and figures
 * of the Results text whose group the id does not name, are kept. Returns a new survey; the
 * input is not changed.
 */
export function drawSurvey(survey: Survey, rng: Rng, options: SurveyDrawOptions = DEFAULT_SURVEY_DRAW): Survey {
  const n = effectiveRespondents(survey, options);
  const copy = structuredClone(survey) as Survey;
  const visit = (q: SurveyQuestion, group: string) => {
    const count = n[group];
    if (count && count > 1) redraw(q, count, rng);
  };
  for (const key of Object.keys(copy.tables).sort((a, b) => Number(a) - Number(b))) {
    const table = copy.tables[key]!;
    for (const q of table.questions) visit(q, table.group);
  }
  for (const q of copy.results) visit(q, q.id.split('.')[0]!);
  return copy;
}
