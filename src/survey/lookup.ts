import type { Survey, SurveyOption, SurveyQuestion } from '../schemas/survey.js';

/** The share the model uses for an option: the Results text's when the option says `use: "text"`, else the table's. The one place this is decided. */
export function optionShare(o: SurveyOption): number {
  return o.use === 'text' && o.text ? o.text.share : o.share;
}

/** A question by id, in the tables or the Results text; `undefined` when there is none. */
export function findQuestion(survey: Survey, id: string): SurveyQuestion | undefined {
  for (const table of Object.values(survey.tables)) for (const q of table.questions) if (q.id === id) return q;
  return survey.results.find((q) => q.id === id);
}

/** Every question of the survey, tables first (in key order), then the Results text. */
export function allQuestions(survey: Survey): SurveyQuestion[] {
  return [...Object.values(survey.tables).flatMap((t) => t.questions), ...survey.results];
}

/** An option of a question by its id; `undefined` when there is none. */
export function findOption(q: SurveyQuestion, optionId: string): SurveyOption | undefined {
  return q.options.find((o) => o.id === optionId);
}

/** Where a question sits, for sources: `Table 4, "Collaboration interest"` or `Results, "…"`. */
export function questionPlace(q: SurveyQuestion): string {
  return q.source.table === null ? `Results, "${q.label}"` : `Table ${q.source.table}, "${q.label}"`;
}

/** A number of the survey file by dotted path (`groups.GROUP.responses`); `undefined` when absent or not a number. */
export function surveyNumber(survey: Survey, path: string): number | undefined {
  let v: unknown = survey;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return typeof v === 'number' ? v : undefined;
}
