/** A clustered sample's effective size. */
export interface EffectiveSample {
  readonly respondents: number;
  readonly clusters: number;
  /** Mean cluster size m̄ = respondents / clusters. */
  readonly meanClusterSize: number;
  /** Intra-cluster correlation ρ assumed for the answers. */
  readonly icc: number;
  /** Kish (1965) design effect 1 + (m̄ − 1)ρ. */
  readonly designEffect: number;
  /** respondents / design effect. */
  readonly effective: number;
}

/**
 * The effective sample size of respondents clustered in `clusters` groups (e.g. 5,142
 * clinicians in 2,135 hospitals), by Kish's design effect with equal cluster sizes. The
 * paper gives no intra-hospital correlation, so `icc` is a named assumption; unequal cluster
 * sizes would raise the design effect further (by (1 + cv²) on m̄), which this ignores.
 * Without clustering pass clusters = respondents (design effect 1).
 */
export function effectiveSampleSize(respondents: number, clusters: number, icc: number): EffectiveSample {
  if (!Number.isInteger(respondents) || respondents < 2) throw new RangeError(`effective sample: respondents is ${respondents}; expected an integer ≥ 2`);
  if (!Number.isInteger(clusters) || clusters < 1 || clusters > respondents) throw new RangeError(`effective sample: clusters is ${clusters}; expected an integer in [1, ${respondents}]`);
  if (!(icc >= 0 && icc <= 1)) throw new RangeError(`effective sample: icc is ${icc}; expected a number in [0, 1]`);
  const meanClusterSize = respondents / clusters;
  const designEffect = 1 + (meanClusterSize - 1) * icc;
  return { respondents, clusters, meanClusterSize, icc, designEffect, effective: respondents / designEffect };
}
