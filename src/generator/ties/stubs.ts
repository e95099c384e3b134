import { degreeSampler, type DegreeDistribution } from '../../model/bins.js';
import { shuffleInPlace, weightedSampler, type Rng } from '../../random/index.js';
import type { NodeDraft } from '../populations.js';
import { sum, type TieStats } from './types.js';

/**
 * Conditions target degrees on summing to `total`: picks a node at random and redraws its degree
 * from the reported distribution, keeping the draw only if it brings the sum closer. Degrees stay
 * inside the reported bins. Returns the redraws kept.
 */
export function conditionDegrees(nodes: readonly NodeDraft[], tie: string, dist: DegreeDistribution, total: number, rng: Rng): number {
  const draw = degreeSampler(dist);
  const n = nodes.length;
  let current = sum(nodes.map((x) => x.target[tie]!));
  let kept = 0;
  for (let step = 0; current !== total && step < 400 * n; step++) {
    const node = nodes[rng.int(n)]!;
    const next = current - node.target[tie]! + draw(rng);
    if (Math.abs(next - total) < Math.abs(current - total)) {
      node.target[tie]! += next - current;
      current = next;
      kept++;
    }
  }
  return kept;
}

/**
 * Conditions a share side on `total` stubs by engaging more respondents, one stub at a time, at
 * nodes chosen by respondents × multiplier that still have unengaged respondents. Returns the stubs added.
 */
export function addStubs(nodes: readonly NodeDraft[], stubs: number[], total: number, partners: number, rng: Rng): number {
  const byPropensity = weightedSampler(nodes.map((h) => h.respondents * h.multiplier));
  let current = sum(stubs);
  let added = 0;
  for (let attempt = 0; current < total && attempt < 100 * (total - current) + 1000; attempt++) {
    const h = byPropensity.draw(rng);
    if (h < 0) break;
    if (stubs[h]! >= nodes[h]!.respondents * partners) continue;
    stubs[h]!++;
    current++;
    added++;
  }
  return added;
}

/**
 * Configuration model between two sides (Molloy & Reed 1995): stubs shuffled and matched at
 * random, with swaps (a later stub, or a double-edge swap) to avoid repeat pairs; unmatched or
 * unrepairable stubs are dropped. Returns pairs [left index, right index].
 */
export function matchStubs(leftStubs: readonly number[], rightStubs: readonly number[], rightCount: number, rng: Rng, stats: TieStats): [number, number][] {
  const inst: number[] = [];
  leftStubs.forEach((s, i) => {
    for (let k = 0; k < s; k++) inst.push(i);
  });
  const hosp: number[] = [];
  rightStubs.forEach((s, h) => {
    for (let k = 0; k < s; k++) hosp.push(h);
  });
  shuffleInPlace(inst, rng);
  shuffleInPlace(hosp, rng);
  const m = Math.min(inst.length, hosp.length);
  stats.dropped += inst.length + hosp.length - 2 * m;

  const key = (r: number, h: number) => r * rightCount + h;
  const made = new Set<number>();
  const pairs: [number, number][] = [];
  for (let i = 0; i < m; i++) {
    const r = inst[i]!;
    let h = hosp[i]!;
    if (made.has(key(r, h))) {
      let fixed = false;
      // Swap with a later, unmatched right stub…
      for (let t = 0; t < 50 && i + 1 < m && !fixed; t++) {
        const j = i + 1 + rng.int(m - i - 1);
        const hj = hosp[j]!;
        if (hj !== h && !made.has(key(r, hj))) {
          hosp[j] = h;
          hosp[i] = hj;
          h = hj;
          fixed = true;
        }
      }
      // …or with an edge already made (double-edge swap).
      for (let t = 0; t < 50 && pairs.length > 0 && !fixed; t++) {
        const p = rng.int(pairs.length);
        const [rp, hp] = pairs[p]!;
        if (rp !== r && hp !== h && !made.has(key(rp, h)) && !made.has(key(r, hp))) {
          made.delete(key(rp, hp));
          pairs[p] = [rp, h];
          made.add(key(rp, h));
          h = hp;
          fixed = true;
        }
      }
      if (!fixed) {
        stats.dropped += 2;
        continue;
      }
      stats.swaps++;
    }
    made.add(key(r, h));
    pairs.push([r, h]);
  }
  return pairs;
}
