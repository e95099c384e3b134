import type { ResolvedModel, ResolvedTie } from '../../model/types.js';
import { createRng, deriveSeed, sampleDistinct, weightedSampler } from '../../random/index.js';
import type { Populations } from '../populations.js';
import { choiceSampler } from './choice.js';
import { addStubs, conditionDegrees, matchStubs } from './stubs.js';
import { emptyStats, sum, type TieStats } from './types.js';

/**
 * A tie type one side reports as a binned partner count and the other as a share of respondents
 * who collaborate (with `partners` ties each), under its reconciliation:
 *
 * - keep the bins side: every node gets its drawn number of distinct partners, chosen at the
 *   other end by the tie type's partner choice (e.g. respondents × engagement multiplier);
 * - keep the share side: every engaged respondent brings `partners` ties; the bins end is chosen
 *   in proportion to its drawn target degree (Chung & Lu 2002), so nodes that reported no partner
 *   stay without one;
 * - balance: the side whose expected total is smaller is conditioned on the other's — the bins
 *   side's degrees redrawn one node at a time inside their bins, or, when the bins side wants more
 *   ties than the respondents report (a scenario moved it), more respondents engaged — then stubs
 *   are matched at random (configuration model) with swaps to avoid repeat pairs.
 *
 * Returns pairs [bins index, share index].
 */
export function drawBinsShare(model: ResolvedModel, tie: ResolvedTie, binsSide: string, shareSide: string, pop: Populations, seed: number): { pairs: [number, number][]; stats: TieStats } {
  const rng = createRng(deriveSeed(seed, tie.stream));
  const bins = pop[binsSide]!;
  const share = pop[shareSide]!;
  const shareReport = tie.reports[shareSide] as Extract<ResolvedTie['reports'][string], { kind: 'share' }>;
  const binsReport = tie.reports[binsSide] as Extract<ResolvedTie['reports'][string], { kind: 'bins' }>;
  const ppc = shareReport.partners;
  const shareStubs = share.map((h) => (h.engaged[tie.id] ?? 0) * ppc);
  const stats = emptyStats();
  const mode = tie.reconciliation ?? { mode: 'balance' as const, solve: null, word: 'balance' };
  let pairs: [number, number][];

  if (mode.mode === 'keep' && mode.side === binsSide) {
    const sector = model.sectors.find((s) => s.id === shareSide)!;
    const byChoice = choiceSampler(tie.choice[shareSide], sector, share);
    pairs = [];
    bins.forEach((node, r) => {
      const want = node.target[tie.id]!;
      const picked = sampleDistinct(byChoice, want, rng);
      stats.dropped += want - picked.length;
      for (const h of picked) pairs.push([r, h]);
    });
    stats.wanted = { [binsSide]: sum(bins.map((i) => i.target[tie.id]!)) };
  } else if (mode.mode === 'keep') {
    const byTarget = weightedSampler(bins.map((i) => i.target[tie.id]!));
    pairs = [];
    shareStubs.forEach((s, h) => {
      const picked = sampleDistinct(byTarget, s, rng);
      stats.dropped += s - picked.length;
      for (const r of picked) pairs.push([r, h]);
    });
    stats.wanted = { [shareSide]: sum(shareStubs) };
  } else {
    const implied = model.implied[tie.id] ?? [];
    const binsTotal = implied.find((x) => x.sector === binsSide)?.total ?? 0;
    const shareTotal = implied.find((x) => x.sector === shareSide)?.total ?? 0;
    if (binsTotal > shareTotal + binsReport.dist.mean) {
      stats.redrawn = addStubs(share, shareStubs, sum(bins.map((i) => i.target[tie.id]!)), ppc, rng);
    } else {
      stats.redrawn = conditionDegrees(bins, tie.id, binsReport.dist, sum(shareStubs), rng);
    }
    pairs = matchStubs(
      bins.map((i) => i.target[tie.id]!),
      shareStubs,
      share.length,
      rng,
      stats,
    );
    stats.wanted = { [binsSide]: sum(bins.map((i) => i.target[tie.id]!)), [shareSide]: sum(shareStubs) };
  }
  return { pairs, stats };
}
