// A lever of your own, not in the shipped catalog, and the point where it makes a difference.
// Run: node examples/custom-lever.mjs [runs]   (default 20 networks per step; a few seconds)
//
// "Hospital outreach": hospitals reach out to companies directly, from the share of hospitals
// the survey reports with a company partner (t = 0) to one hospital in two (t = 1, this
// script's own assumption). Its threshold: when do half of the hospitals sit within two hops of
// a company? The spec is the shipped one plus this lever and this threshold, validated as any
// spec file is.
import { createModel, loadSpec, sweep } from 'collabnet';
import { loadSpecFile, loadSurveyFile } from 'collabnet/node';

const runs = Number(process.argv[2] ?? 20);
const shipped = loadSpecFile();
const outreach = {
  id: 'hospital-outreach',
  title: 'Hospitals reach out to companies',
  description: 'Hospitals with a direct company partner, from the survey to one in two.',
  keeps: 'the companies’ popularity ranking',
  givesUp: 'the reported share of hospitals with a company partner',
  moves: [
    {
      key: 'share',
      path: 'tieTypes.hospital-company.reports.hospital.share',
      label: 'hospitals with a company partner',
      ceiling: 0.5,
      direction: 'up',
      source: 'this script: one hospital in two',
      range: [0, 1],
    },
  ],
};
const halfReached = { metric: 'reach_2.company', value: 0.5, direction: 'rises', label: 'half of the hospitals within two hops of a company' };
const spec = loadSpec({ ...shipped, levers: [...shipped.levers, outreach], outcomes: { ...shipped.outcomes, thresholds: [halfReached] } }, 'custom spec');
const model = createModel({ spec, survey: loadSurveyFile() });

const lever = model.levers.find((l) => l.name === 'hospital-outreach');
for (const p of lever.parts) console.log(`${lever.name}: ${p.label} ${p.baseline.toFixed(3)} → ${p.ceiling.toFixed(3)} (${p.source})`);
const result = await sweep(model, { levers: ['hospital-outreach'], steps: 11, runs, families: ['connectivity'] });
for (const step of result.steps) {
  const r = step.metrics['reach_2.company'];
  console.log(`t = ${step.t.toFixed(1)}  hospitals within 2 hops of a company: ${r.mean.toFixed(3)} [${r.lo.toFixed(3)}, ${r.hi.toFixed(3)}]`);
}
const [th] = result.thresholds;
console.log(th.t === null ? `threshold: ${th.label}: not reached by t = 1` : `threshold: ${th.label} (${th.condition}) at t ≈ ${th.t.toFixed(2)} (first grid point ${th.gridT})`);
