// Makes examples/data/observed.gexf, the stand-in "real network" of examples/observed-vs-model.mjs:
// the survey has no observed network, so this one is drawn from the model with more companies
// (200 rather than 100) whose popularity is more skewed (exponent 1.5 rather than 1), stripped to
// sectors, labels and weighted ties: a network the survey-calibrated
// ensemble should tell apart. Run: node examples/data/make-observed.mjs
import { fileURLToPath } from 'node:url';
import { generate } from 'collabnet';
import { loadModel, writeGraphFile } from 'collabnet/node';

const model = loadModel({ overrides: { companies: 200, 'company-popularity-exponent': 1.5 } });
const { graph } = generate(model, { seed: 2024 });
// As a real network would come: who is who, ties and their strength; nothing of how it was drawn.
graph.replaceAttributes({ name: 'observed network (stand-in)' });
graph.forEachNode((node, a) => graph.replaceNodeAttributes(node, { sector: a.sector, label: a.label }));
graph.forEachEdge((edge, a) => graph.replaceEdgeAttributes(edge, { weight: a.weight }));
console.log(writeGraphFile(graph, fileURLToPath(new URL('observed.gexf', import.meta.url))).join('\n'));
