import type { Rng } from '../random/index.js';
import { weightedSampler, type WeightedSampler } from '../random/index.js';

/** One integer bin of a degree distribution, with its (normalized) share. */
export interface DegreeBin {
  readonly label: string;
  readonly min: number;
  /** Inclusive; for an open bin, the cap. */
  readonly max: number;
  readonly open: boolean;
  readonly share: number;
}

/**
 * A binned degree distribution, as a survey reports it ("0: 31%, 1: 33%, 2–5: 31%, > 5: 5%"),
 * with the rule that expands a bin to integers: uniform inside a closed bin; inside an open bin
 * a geometric tail starting at the bin's minimum with mean `min + extraMean`, truncated at `cap`.
 * (What ergm's `degrange` targets do; stated here so the generator and fit report agree.)
 */
export interface DegreeDistribution {
  readonly question: string;
  readonly bins: readonly DegreeBin[];
  /** Sum of the shares as reported, before normalization (1.03 for a block summing to 103%). */
  readonly reportedSum: number;
  readonly extraMean: number;
  /** Expected degree under the expansion rule. */
  readonly mean: number;
}

/** Ratio q of the geometric tail whose untruncated mean is `extraMean` above its minimum. */
function tailRatio(extraMean: number): number {
  return extraMean / (extraMean + 1);
}

/** Expected value of a bin under the expansion rule. */
export function binMean(bin: DegreeBin, extraMean: number): number {
  if (!bin.open) return (bin.min + bin.max) / 2;
  const q = tailRatio(extraMean);
  let weight = 0;
  let total = 0;
  let w = 1;
  for (let k = bin.min; k <= bin.max; k++) {
    weight += w;
    total += w * k;
    w *= q;
  }
  return total / weight;
}

/** Draws one integer from a bin under the expansion rule (inverse CDF; no rejection). */
export function drawInBin(bin: DegreeBin, extraMean: number, rng: Rng): number {
  const span = bin.max - bin.min + 1;
  if (!bin.open) return bin.min + rng.int(span);
  const q = tailRatio(extraMean);
  const u = rng.next();
  const k = Math.floor(Math.log(1 - u * (1 - Math.pow(q, span))) / Math.log(q));
  return bin.min + Math.min(Math.max(k, 0), span - 1);
}

/** Index of the bin holding `k`, or -1 (above every bin's maximum). */
export function binIndexOf(bins: readonly DegreeBin[], k: number): number {
  for (let i = 0; i < bins.length; i++) if (k >= bins[i]!.min && (k <= bins[i]!.max || bins[i]!.open)) return i;
  return -1;
}

/** Builds the distribution: normalizes shares, resolves open bins to `cap`, computes the mean. */
export function degreeDistribution(
  question: string,
  bins: readonly { label: string; min: number; max: number | null; share: number }[],
  extraMean: number,
  cap: number,
): DegreeDistribution {
  const reportedSum = bins.reduce((s, b) => s + b.share, 0);
  const resolved: DegreeBin[] = bins.map((b) => ({
    label: b.label,
    min: b.min,
    max: b.max === null ? Math.max(cap, b.min) : b.max,
    open: b.max === null,
    share: reportedSum > 0 ? b.share / reportedSum : 0,
  }));
  const mean = resolved.reduce((s, b) => s + b.share * binMean(b, extraMean), 0);
  return { question, bins: resolved, reportedSum, extraMean, mean };
}

/** A reusable sampler of degrees from a distribution. */
export function degreeSampler(dist: DegreeDistribution): (rng: Rng) => number {
  const pick: WeightedSampler = weightedSampler(dist.bins.map((b) => b.share));
  return (rng) => drawInBin(dist.bins[pick.draw(rng)]!, dist.extraMean, rng);
}

/** Moves the share of the zero bin to `zero`, scaling every other bin so the shares still sum to 1. */
export function withZeroShare(dist: DegreeDistribution, zero: number): DegreeDistribution {
  const i0 = dist.bins.findIndex((b) => b.min === 0 && b.max === 0);
  if (i0 < 0) return dist;
  const rest = 1 - dist.bins[i0]!.share;
  const bins = dist.bins.map((b, i) => ({ ...b, share: i === i0 ? zero : rest > 0 ? (b.share * (1 - zero)) / rest : (1 - zero) / (dist.bins.length - 1) }));
  return { ...dist, bins, mean: bins.reduce((s, b) => s + b.share * binMean(b, dist.extraMean), 0) };
}
