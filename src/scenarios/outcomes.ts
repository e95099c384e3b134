import type { ResolvedModel } from '../model/types.js';

/** A key figure as tables and menus show it: metric name, label, decimals. */
export interface KeyFigure {
  readonly metric: string;
  readonly label: string;
  readonly decimals: number;
  /** Which way is better for the figure (absent: neither). */
  readonly better?: 'higher' | 'lower';
}

/** The key figures of a model's outcomes (the one list the CLI tables and the explorer show). */
export function keyFigures(model: Pick<ResolvedModel, 'outcomes'>): KeyFigure[] {
  return model.outcomes.keyFigures.map((k) => ({ metric: k.metric, label: k.label, decimals: k.decimals, ...(k.better ? { better: k.better } : {}) }));
}
