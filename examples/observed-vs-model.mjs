// A real network against the survey-calibrated one: which figures differ beyond the ensemble's interval?
// Run: node examples/observed-vs-model.mjs [file.gexf] [runs]   (default: examples/data/observed.gexf, 30 networks)
//
// The model's networks differ from seed to seed; a figure of the observed network is unusual
// when it falls outside where 95% of the model's networks fall (2.5th–97.5th percentile of the
// ensemble, `intervals(…, 'spread')`), not merely outside the interval of their mean.
import { ensemble, figures, intervals } from 'collabnet';
import { fileURLToPath } from 'node:url';
import { loadModel, readGraphFile } from 'collabnet/node';

const file = process.argv[2] ?? fileURLToPath(new URL('data/observed.gexf', import.meta.url));
const runs = Number(process.argv[3] ?? 30);
const families = ['size', 'degree', 'connectivity', 'communities', 'mixing', 'constraint'];

const model = loadModel();
const { graph, report } = readGraphFile(file, { model });
for (const m of report.filter((m) => m.level !== 'INFO')) console.error(`${m.level}: ${m.message}`);
const observed = figures(graph, { model, families });
const spread = intervals(ensemble(model, { runs, families }), 'spread');

// Tie types are the model's own labels (a real network has none) and fit.* compares with the survey.
const names = Object.keys(observed).filter((k) => !k.startsWith('ties.') && !k.startsWith('fit.') && Object.hasOwn(spread, k) && Number.isFinite(observed[k]));
const rows = names.map((k) => {
  const s = spread[k];
  const verdict = observed[k] > s.hi ? 'above' : observed[k] < s.lo ? 'below' : 'within';
  return { figure: k, observed: observed[k], lo: s.lo, mean: s.mean, hi: s.hi, verdict };
});
const g = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
console.log(`${file}: ${graph.order} nodes, ${graph.size} edges, against ${runs} networks of the model (seeds 1–${runs})`);
console.log(['figure', 'observed', 'model 2.5%', 'model mean', 'model 97.5%', 'verdict'].join('\t'));
for (const r of rows) console.log([r.figure, g(r.observed), g(r.lo), g(r.mean), g(r.hi), r.verdict].join('\t'));
const beyond = rows.filter((r) => r.verdict !== 'within');
console.log(`\n${beyond.length} of ${rows.length} figures differ beyond the ensemble's 95% range: ${beyond.map((r) => r.figure).join(', ')}`);
