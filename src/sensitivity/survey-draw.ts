import type { Rng } from '../random/index.js';
import type { Survey } from '../schemas/survey.js';
import { effectiveSampleSize } from './design-effect.js';
import { drawBlockShares, drawShare } from './survey-sampling.js';

/** How respondents count when the survey is redrawn. */
export interface SurveyDrawOptions {
  /**
   * Intra-hospital correlation of clinicians' answers (a named assumption: the paper gives none).
   * The clinicians' effective sample is 5,142 / (1 + (m̄ − 1)ρ) with m̄ = respondents / hospitals.
   */
  readonly clinicianIcc: number;
}

export const DEFAULT_SURVEY_DRAW: SurveyDrawOptions = { clinicianIcc: 0.2 };

/** The effective respondent count of each group (null where the paper gives no count). */
export function effectiveRespondents(survey: Survey, options: SurveyDrawOptions = DEFAULT_SURVEY_DRAW): Record<string, number | null> {
  const c = survey.groups.clinicians;
  return {
    clinicians: effectiveSampleSize(c.responses, Math.min(c.hospitals, c.responses), options.clinicianIcc).effective,
    institutions: survey.groups.institutions.responses,
    industry: survey.groups.industry.responses,
  };
}

/**
 * One draw of the survey from its sampling distribution: every single-choice block's shares
 * from a Dirichlet, every multi-select option's share from a Beta, each with the (effective)
 * respondent count of the question's group (see `drawBlockShares`, `drawShare`). The value the
 * model reads is redrawn (the Results text's share where the option says `use: "text"`); the
 * other reading is left as printed. Groups without a respondent count (industry) and the
 * figures given only in the Results text are kept. Returns a new survey; the input is not changed.
 */
export function drawSurvey(survey: Survey, rng: Rng, options: SurveyDrawOptions = DEFAULT_SURVEY_DRAW): Survey {
  const n = effectiveRespondents(survey, options);
  const copy = structuredClone(survey) as Survey;
  for (const table of Object.values(copy.tables) as { questions: Survey['tables'][string]['questions'] }[]) {
    for (const q of table.questions) {
      const group = q.id.split('.')[0]!;
      const count = n[group];
      if (!count || count <= 1) continue;
      const read = (o: (typeof q.options)[number]) => (o.use === 'text' && o.text ? o.text.share : o.share);
      const write = (o: (typeof q.options)[number], v: number) => {
        const x = Math.min(1, Math.max(0, v));
        if (o.use === 'text' && o.text) o.text.share = x;
        else o.share = x;
      };
      if (q.kind === 'single') {
        const shares = q.options.map(read);
        if (!(shares.reduce((s, p) => s + p, 0) > 0)) continue;
        drawBlockShares(shares, count, rng).forEach((v, i) => write(q.options[i]!, v));
      } else {
        for (const o of q.options) write(o, drawShare(read(o), count, rng));
      }
    }
  }
  return copy;
}
