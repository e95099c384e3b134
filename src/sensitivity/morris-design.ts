import { shuffleInPlace, type Rng } from '../random/index.js';

/** Morris trajectories: `r` paths of k + 1 points on a p-level grid in [0, 1]^k. */
export interface MorrisDesign {
  readonly r: number;
  readonly k: number;
  readonly levels: number;
  /** The step Δ = p / (2(p − 1)). */
  readonly delta: number;
  /** `trajectories[t]` has k + 1 points; point j + 1 differs from point j in input `moved[t][j]` only. */
  readonly trajectories: number[][][];
  readonly moved: number[][];
}

/**
 * Morris (1991) one-at-a-time trajectories. Each starts at a random grid point
 * {0, 1/(p−1), …, 1}^k and moves every input once, in a random order, by +Δ where that stays
 * in [0, 1] and by −Δ otherwise (for even p exactly half the levels step up), with
 * Δ = p / (2(p − 1)) as Morris recommends. `levels` must be even and ≥ 2.
 */
export function morrisDesign(r: number, k: number, levels: number, rng: Rng): MorrisDesign {
  if (!Number.isInteger(r) || r < 2) throw new RangeError(`morris: r is ${r}; expected an integer ≥ 2 trajectories`);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`morris: k is ${k}; expected an integer ≥ 1`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`morris: levels is ${levels}; expected an even integer ≥ 2`);
  const delta = levels / (2 * (levels - 1));
  const trajectories: number[][][] = [];
  const moved: number[][] = [];
  for (let t = 0; t < r; t++) {
    let x = Array.from({ length: k }, () => rng.int(levels) / (levels - 1));
    const path = [x];
    const order = shuffleInPlace(Array.from({ length: k }, (_, i) => i), rng);
    for (const i of order) {
      const next = x.slice();
      next[i] = x[i]! + delta <= 1 + 1e-12 ? x[i]! + delta : x[i]! - delta;
      path.push(next);
      x = next;
    }
    trajectories.push(path);
    moved.push(order);
  }
  return { r, k, levels, delta, trajectories, moved };
}

/** Every point of a Morris design, trajectory after trajectory, as a flat list for evaluation. */
export function morrisPoints(design: MorrisDesign): number[][] {
  return design.trajectories.flat();
}
