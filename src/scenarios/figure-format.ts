import type { Interval } from './intervals.js';
import type { KeyFigure } from './outcomes.js';

/** Figure families that are shares of a sector or of the network (0–1): shown as percentages. */
const SHARE_FIGURE = /^(giant_share|isolate_share|reach_[23])(\.|$)/;

/** True when a network figure is a share (giant_share, isolate_share, reach_2, reach_3, with or without a sector). */
export function isShareFigure(metric: string): boolean {
  return SHARE_FIGURE.test(metric);
}

/**
 * A figure's value as the summary line writes it: shares as percentages with one decimal
 * ("28.8%"), counts with thousands separators, other numbers with the figure's decimals;
 * '–' when undefined. `signed` prefixes + to positive values (for differences: "+12.4 pts").
 */
export function formatFigure(metric: string, value: number, decimals: number, signed = false): string {
  if (!Number.isFinite(value)) return '–';
  const sign = signed && value > 0 ? '+' : '';
  if (isShareFigure(metric)) return `${sign}${(value * 100).toFixed(1)}${signed ? ' pts' : '%'}`;
  if (decimals === 0) return `${sign}${Math.round(value).toLocaleString('en-US')}`;
  return `${sign}${value.toFixed(decimals)}`;
}

/** A mean and its interval as text: "28.8% [27.2%–31.4%]"; differences signed ("+4.1 pts [+2.0–+6.3 pts]"). */
export function formatInterval(metric: string, iv: Interval | undefined, decimals: number, signed = false): { mean: string; interval: string } {
  if (!iv || iv.runs === 0) return { mean: '–', interval: '' };
  const f = (x: number) => formatFigure(metric, x, decimals, signed);
  return { mean: f(iv.mean), interval: `[${f(iv.lo)} – ${f(iv.hi)}]` };
}

/** What a change means for a figure: better, worse, no clear change (interval spans 0), or neutral (the spec says neither way is better). */
export type Verdict = 'better' | 'worse' | 'unclear' | 'neutral';

/**
 * The verdict on a paired difference for a key figure: `unclear` when its 95% interval holds 0;
 * otherwise `better` or `worse` by the figure's `better` direction (fewer isolates is better),
 * `neutral` when the spec gives none — the colour follows the figure, not the sign.
 */
export function verdict(difference: Interval, figure: Pick<KeyFigure, 'better'>): Verdict {
  if (!(difference.runs > 0) || !(difference.lo > 0 || difference.hi < 0)) return 'unclear';
  if (!figure.better) return 'neutral';
  const up = difference.lo > 0;
  return up === (figure.better === 'higher') ? 'better' : 'worse';
}
