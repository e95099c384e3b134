import type { ResolvedModel } from '../../model/resolve.js';
import { createRng, deriveSeed, sampleDistinct, shuffleInPlace, weightedSampler, type Rng } from '../../random/index.js';
import { degreeSampler } from '../bins.js';
import type { Populations } from '../populations.js';
import { emptyStats, type DraftTie, type TieStats } from './types.js';

/**
 * Research–hospital ties under one of three reconciliation modes.
 *
 * - `keep-institutions`: every institution gets its drawn number of distinct partner hospitals;
 *   hospitals are chosen by expected engagement (clinicians × AI-department multiplier).
 * - `keep-hospitals`: every engaged clinician brings `partnersPerClinician` ties; the institution
 *   end is chosen in proportion to the institution's drawn target degree (Chung & Lu 2002), so
 *   institutions that reported no partner stay without one.
 * - `balance`: the institution population was solved so both sides imply the same total; the
 *   side whose expected total is smaller is conditioned on the other's realized total — the
 *   institutions' degrees redrawn one institution at a time inside their bins (the baseline), or,
 *   when a scenario makes institutions want more ties than clinicians report, more clinicians
 *   engaged — then stubs are matched at random (configuration model, Molloy & Reed 1995) with
 *   swaps to avoid repeat pairs.
 *
 * Weights are the ordinal "access to impactful data" (1..5), drawn per tie.
 */
export function drawResearchHospitalTies(model: ResolvedModel, pop: Populations, seed: number): { ties: DraftTie[]; stats: TieStats } {
  const rng = createRng(deriveSeed(seed, 'research-hospital'));
  const ppc = model.engagement.partnersPerClinician;
  const hospitalStubs = pop.hospitals.map((h) => h.engagedInstitution * ppc);
  const stats = emptyStats();
  let pairs: [number, number][];

  if (model.reconciliation === 'keep-institutions') {
    const byPropensity = weightedSampler(pop.hospitals.map((h) => h.clinicians * h.multiplier));
    pairs = [];
    pop.institutions.forEach((inst, r) => {
      const picked = sampleDistinct(byPropensity, inst.targetHospitals, rng);
      stats.dropped += inst.targetHospitals - picked.length;
      for (const h of picked) pairs.push([r, h]);
    });
    stats.wanted = { institutions: sum(pop.institutions.map((i) => i.targetHospitals)) };
  } else if (model.reconciliation === 'keep-hospitals') {
    const byTarget = weightedSampler(pop.institutions.map((i) => i.targetHospitals));
    pairs = [];
    hospitalStubs.forEach((s, h) => {
      const picked = sampleDistinct(byTarget, s, rng);
      stats.dropped += s - picked.length;
      for (const r of picked) pairs.push([r, h]);
    });
    stats.wanted = { hospitals: sum(hospitalStubs) };
  } else {
    const implied = model.implied.researchHospital;
    if (implied.institutionSide > implied.hospitalSide + model.rh.mean) {
      // Institutions want more ties than clinicians report (a scenario moved them): engage more clinicians.
      stats.redrawn = addHospitalStubs(pop, hospitalStubs, sum(pop.institutions.map((i) => i.targetHospitals)), ppc, rng);
    } else {
      stats.redrawn = conditionDegrees(model, pop, sum(hospitalStubs), rng);
    }
    pairs = matchStubs(pop, hospitalStubs, rng, stats);
    stats.wanted = { institutions: sum(pop.institutions.map((i) => i.targetHospitals)), hospitals: sum(hospitalStubs) };
  }

  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const rngW = createRng(deriveSeed(seed, 'research-hospital-weights'));
  const strength = weightedSampler(model.tieStrength.map((s) => s.share));
  const ties = pairs.map(([a, b]) => ({ a, b, weight: model.tieStrength[strength.draw(rngW)]!.ordinal }));
  return { ties, stats };
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/**
 * Conditions the institutions' target degrees on summing to `total`: picks an institution at
 * random and redraws its degree from the reported distribution, keeping the draw only if it
 * brings the sum closer. Degrees stay inside the reported bins. Returns the redraws kept.
 */
function conditionDegrees(model: ResolvedModel, pop: Populations, total: number, rng: Rng): number {
  const draw = degreeSampler(model.rh);
  const n = pop.institutions.length;
  let current = sum(pop.institutions.map((i) => i.targetHospitals));
  let kept = 0;
  for (let step = 0; current !== total && step < 400 * n; step++) {
    const inst = pop.institutions[rng.int(n)]!;
    const next = current - inst.targetHospitals + draw(rng);
    if (Math.abs(next - total) < Math.abs(current - total)) {
      inst.targetHospitals += next - current;
      current = next;
      kept++;
    }
  }
  return kept;
}

/**
 * Conditions the hospital side on `total` stubs by engaging more clinicians, one stub at a time,
 * at hospitals chosen by expected engagement (clinicians × AI-department multiplier) that still
 * have unengaged clinicians. Returns the stubs added.
 */
function addHospitalStubs(pop: Populations, stubs: number[], total: number, ppc: number, rng: Rng): number {
  const byPropensity = weightedSampler(pop.hospitals.map((h) => h.clinicians * h.multiplier));
  let current = sum(stubs);
  let added = 0;
  for (let attempt = 0; current < total && attempt < 100 * (total - current) + 1000; attempt++) {
    const h = byPropensity.draw(rng);
    if (h < 0) break;
    if (stubs[h]! >= pop.hospitals[h]!.clinicians * ppc) continue;
    stubs[h]!++;
    current++;
    added++;
  }
  return added;
}

/** Random stub matching with repair swaps; unmatched or unrepairable stubs are dropped. */
function matchStubs(pop: Populations, hospitalStubs: number[], rng: Rng, stats: TieStats): [number, number][] {
  const H = pop.hospitals.length;
  const inst: number[] = [];
  pop.institutions.forEach((r, i) => {
    for (let k = 0; k < r.targetHospitals; k++) inst.push(i);
  });
  const hosp: number[] = [];
  hospitalStubs.forEach((s, h) => {
    for (let k = 0; k < s; k++) hosp.push(h);
  });
  shuffleInPlace(inst, rng);
  shuffleInPlace(hosp, rng);
  const m = Math.min(inst.length, hosp.length);
  stats.dropped += inst.length + hosp.length - 2 * m;

  const key = (r: number, h: number) => r * H + h;
  const made = new Set<number>();
  const pairs: [number, number][] = [];
  for (let i = 0; i < m; i++) {
    const r = inst[i]!;
    let h = hosp[i]!;
    if (made.has(key(r, h))) {
      let fixed = false;
      // Swap with a later, unmatched hospital stub…
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
