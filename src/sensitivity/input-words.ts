import type { Spec } from '../schemas/index.js';
import { SURVEY_SAMPLING } from './points.js';

/**
 * The words a reader sees for a sensitivity input: the assumption's `label` from the spec
 * ("clinicians working with companies"), "survey sampling (which respondents answered)" for the
 * survey redraw, else the id itself (a spec without labels).
 */
export function inputWords(spec: Pick<Spec, 'assumptions'>, name: string): string {
  if (name === SURVEY_SAMPLING) return 'survey sampling (which respondents answered)';
  const a = (spec.assumptions as Record<string, { label?: string } | undefined>)[name];
  return a?.label ?? name;
}

/**
 * A network figure in words with a formatter for its values: the key figure's label from the spec
 * ("share in largest component"), and a share (a metric whose name says share or reach) as a
 * percentage with one decimal ("35.3%"), as the summary line shows it; other figures as numbers.
 */
export function figureWords(spec: Pick<Spec, 'outcomes'>, figure: string): { label: string; format: (x: number) => string } {
  const key = spec.outcomes.keyFigures.find((k) => k.metric === figure);
  const share = /(^|_)(share|reach)(_|\.|$)/.test(figure);
  return {
    label: key?.label ?? figure,
    format: (x: number) => (share ? `${(100 * x).toFixed(1)}%` : Math.abs(x) <= 1 ? x.toFixed(3) : x.toFixed(1)),
  };
}
