import type { Lever, LeverPart } from './levers.js';

/** A lever quantity's value in words: shares as percentages ("8.7%", "48%"), other numbers as they are ("1", "0.5"). */
export function partValue(part: Pick<LeverPart, 'share'>, value: number): string {
  if (part.share) {
    const pct = value * 100;
    return `${Math.abs(pct) >= 10 ? +pct.toFixed(0) : +pct.toFixed(1)}%`;
  }
  return String(+value.toPrecision(3));
}

/** One quantity of a lever at t, in plain language, with where its ceiling comes from. */
export interface LeverLine {
  readonly key: string;
  /** "clinicians with an institution partner 8.7% → 48%"; at t = 0 where t = 1 leads: "… 8.7% now → 88% at t = 1". */
  readonly text: string;
  /** The survey row or assumption of its ceiling, in words (its number is the line's t = 1 value). */
  readonly source: string;
  /** Why it does not move, when the survey leaves no room. */
  readonly held: string | null;
}

/**
 * What t means for a lever, computed from its catalog entry: each quantity from its survey level
 * to where it stands at t (linear from baseline to ceiling, as the scenario model moves it),
 * e.g. "t = 0.5 → clinicians with an institution partner 8.7% → 48%", with the source row. At
 * t = 0 (a lever not yet moved) the line says where t = 1 leads instead of "8.7% → 8.7%":
 * "clinicians with an institution partner 8.7% now → 88% at t = 1" (head "").
 */
export function leverText(lever: Lever, t: number): { head: string; lines: LeverLine[] } {
  const moved = t > 0;
  const lines = lever.parts.map((p) => {
    const at = p.baseline + t * (p.ceiling - p.baseline);
    const text = moved ? `${p.label} ${partValue(p, p.baseline)} → ${partValue(p, at)}` : `${p.label} ${partValue(p, p.baseline)} now → ${partValue(p, p.ceiling)} at t = 1`;
    return { key: p.key, text, source: p.source, held: p.held };
  });
  return { head: moved ? `t = ${+t.toFixed(2)} →` : '', lines };
}
