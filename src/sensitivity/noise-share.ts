/** How much of an output's variance is the generator's own randomness. */
export interface NoiseShare {
  /** Mean within-point variance over replicate seeds. */
  readonly noiseVariance: number;
  /** Variance of the output across the sample (the inputs' effect plus noise). */
  readonly totalVariance: number;
  /** noiseVariance / totalVariance, capped at 1; 0 when the total is 0. */
  readonly share: number;
}

/**
 * Separates the generator's noise from the inputs' effect. `replicates[p]` holds the output at
 * sample point p under several seeds; the noise variance is the pooled within-point variance
 * (one-way ANOVA), and `totalVariance` the variance of the outputs over the whole design
 * (evaluated with one seed per row, common random numbers). A share near 0 means the indices
 * describe the inputs; a share near 1 means the figure is mostly seed noise at this size.
 */
export function noiseShare(replicates: readonly (readonly number[])[], totalVariance: number): NoiseShare {
  let ss = 0;
  let df = 0;
  for (const values of replicates) {
    if (values.length < 2) continue;
    const m = values.reduce((s, v) => s + v, 0) / values.length;
    for (const v of values) ss += (v - m) ** 2;
    df += values.length - 1;
  }
  if (df === 0) throw new RangeError('noise share: expected at least one point with 2 or more replicate seeds');
  const noiseVariance = ss / df;
  const share = totalVariance > 0 ? Math.min(1, noiseVariance / totalVariance) : 0;
  return { noiseVariance, totalVariance, share };
}
