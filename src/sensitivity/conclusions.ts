import { quantileSorted } from 'simple-statistics';
import type { SobolResult } from './bootstrap.js';
import type { NoiseShare } from './noise-share.js';

/** What the robust-conclusions sentences are built from. */
export interface ConclusionInputs {
  /** The figure, in words. */
  readonly label: string;
  /** Formats a value of the figure. */
  readonly format: (x: number) => string;
  /** Mean at the default assumptions and the printed survey, and how many networks it took. */
  readonly baseline: { readonly mean: number; readonly networks: number };
  /** The figure at points drawn over the whole plausible range (NaN-free). */
  readonly sample: readonly number[];
  /** The inputs' ids, in the order of the indices. */
  readonly inputs: readonly string[];
  /** Each input's words by id (its spec label, e.g. "clinicians working with companies (clinician-company-engagement)"); an input without one is said by its id. */
  readonly names?: Readonly<Record<string, string>>;
  readonly sobol: SobolResult | null;
  readonly noise: NoiseShare | null;
}

/** Words starting a sentence get a capital ("share in largest component" → "Share …"); an id (no space) stays as typed. */
const capital = (s: string) => (/\s/.test(s) ? s.charAt(0).toUpperCase() + s.slice(1) : s);

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

/** A share of variance in words: an index estimate outside [0, 1] (small N) is said as its bound. */
const share = (x: number) => (x >= 1 ? 'all' : pct(Math.max(0, x)));

/** Why an index estimate lies outside [0, 1], and what to do about it; '' when none does. */
function outOfRangeNote(indices: readonly number[], n: number): string {
  if (indices.every((x) => x >= -0.005 && x <= 1.005)) return '';
  return ` An index estimated outside [0, 1] (a share of variance cannot be) is sampling error of the estimator at N = ${n}: raise --n until the intervals narrow.`;
}

/**
 * Sentences that state what holds across the plausible range and what depends on which input,
 * each carrying the figures that justify it: the range of the figure over the sample (all
 * points, and the central 90%), the inputs' total-order shares of its variance with their
 * intervals, the inputs that do not matter (total order below 5%), and the generator's noise share.
 */
export function robustConclusions(c: ConclusionInputs): string[] {
  const out: string[] = [];
  const f = c.format;
  const said = (id: string) => c.names?.[id] ?? id;
  const sorted = [...c.sample].sort((a, b) => a - b);
  if (sorted.length) {
    const lo = sorted[0]!;
    const hi = sorted[sorted.length - 1]!;
    out.push(
      `At the default assumptions ${c.label} is ${f(c.baseline.mean)} (${c.baseline.networks === 1 ? 'one network' : `mean of ${c.baseline.networks} networks`}); over the whole plausible range (${sorted.length} points) it lies between ${f(lo)} and ${f(hi)}, and 90% of the points lie between ${f(quantileSorted(sorted, 0.05))} and ${f(quantileSorted(sorted, 0.95))}.`,
    );
  }
  if (c.sobol) {
    const ranked = c.inputs.map((id, i) => ({ name: said(id), S1: c.sobol!.S1[i]!, ST: c.sobol!.ST[i]! })).sort((a, b) => b.ST.value - a.ST.value);
    const top = ranked[0];
    if (top)
      out.push(
        `${capital(top.name)} matters most: ${share(top.ST.value)} of the variance of ${c.label} involves it (total-order index ${top.ST.value.toFixed(2)}, 95% interval ${top.ST.low.toFixed(2)}–${top.ST.high.toFixed(2)}; ${share(top.S1.value)} from it alone, first order ${top.S1.value.toFixed(2)}).${outOfRangeNote([top.S1.value, top.ST.value], c.sobol.n)}`,
      );
    const next = ranked.slice(1).filter((r) => r.ST.value >= 0.05);
    if (next.length) out.push(`Next: ${next.map((r) => `${r.name} ${r.ST.value.toFixed(2)} [${r.ST.low.toFixed(2)}–${r.ST.high.toFixed(2)}]`).join('; ')} (total-order indices).`);
    const negligible = ranked.filter((r) => r.ST.high < 0.05);
    if (negligible.length) out.push(`${capital(c.label)} does not depend on ${negligible.map((r) => `${r.name} (${r.ST.value.toFixed(3)})`).join(', ')}: each total-order index and its 95% interval stay below 0.05.`);
    const small = ranked.filter((r) => r.ST.value < 0.05 && r.ST.high >= 0.05);
    if (small.length) out.push(`Small but not ruled out at this sample size: ${small.map((r) => `${r.name} ${r.ST.value.toFixed(3)} (up to ${r.ST.high.toFixed(2)})`).join(', ')}.`);
    const sumS1 = ranked.reduce((s, r) => s + r.S1.value, 0);
    out.push(`First-order indices sum to ${sumS1.toFixed(2)}: ${sumS1 >= 0.8 ? 'the inputs act mostly alone' : `about ${pct(Math.max(0, 1 - sumS1))} of the variance comes from interactions (or noise)`}.`);
  }
  if (c.noise)
    out.push(
      `The generator's own randomness is ${pct(c.noise.share)} of the variance across the range (within-point variance ${c.noise.noiseVariance.toPrecision(3)} against ${c.noise.totalVariance.toPrecision(3)} in all, from replicate seeds)${c.noise.share > 0.2 ? '; indices below that share cannot be told from noise at this size' : ''}.`,
    );
  return out;
}
