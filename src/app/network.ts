// The explorer's networks: the built-in spec and its survey, resolved at a scale, with scenario levers
// at t. The compute worker and the page (for the first frame) build them with this same code, so
// the same seed gives the same graph on both sides.
import type { SerializedGraph } from 'graphology-types';
import { generateNetwork } from '../generator/index.js';
import { resolveModel } from '../model/index.js';
import { leverCatalog, metricsOptionsFor, scenarioModel, type LeverSetting, type ScenarioBase } from '../scenarios/index.js';
import { SpecSchema, parseWith, SurveySchema } from '../schemas/index.js';
import surveyJson from '../../data/survey.json';
import specJson from '../../data/model.json';

const survey = parseWith(SurveySchema, surveyJson, 'survey.json');
const spec = parseWith(SpecSchema, specJson, 'model.json');

/** The explorer's view of the spec: sectors (id, label, colour) and their category/flag attributes, for the legend and filters. */
export function specView() {
  return {
    sectors: spec.sectors.map((s) => ({ id: s.id, label: s.label, plural: s.plural, colour: s.colour })),
    filters: spec.sectors.flatMap((s) => s.attributes.filter((a) => a.kind === 'category').map((a) => ({ sector: s.id, attribute: a.name, label: a.label ?? a.name, values: a.kind === 'category' ? a.values.map((v) => v.value) : [] }))),
    keyFigures: spec.outcomes.keyFigures,
  };
}

/** The baseline model at a scale, its lever catalog, and the metrics options its outcomes ask for. */
export function prepare(scale: number) {
  const options = { scale, file: 'model.json' };
  const baseline = resolveModel(survey, spec, options);
  const base: ScenarioBase = { survey, spec, options, baseline };
  return { base, baseline, catalog: leverCatalog(survey, spec, baseline), metrics: metricsOptionsFor(baseline) };
}

/** One generated network (baseline, or the levers at t) with a line saying what it is. */
export function buildNetwork(seed: number, scale: number, levers: LeverSetting[], t: number) {
  const { base, catalog, metrics } = prepare(scale);
  const model = levers.length ? scenarioModel(base, catalog, levers, t) : base.baseline;
  const { graph } = generateNetwork(model, { seed });
  const source = levers.length ? `scenario ${levers.map((l) => l.lever).join(' + ')} at t = ${t} (seed ${seed})` : `baseline network (seed ${seed})`;
  return { graph, data: graph.export() as SerializedGraph, source, catalog, metrics };
}
