// The explorer's networks: the built-in survey and model, resolved at a scale, with scenario levers
// at t. The compute worker and the page (for the first frame) build them with this same code, so
// the same seed gives the same graph on both sides.
import type { SerializedGraph } from 'graphology-types';
import { generateNetwork } from '../generator/index.js';
import { resolveModel } from '../model/index.js';
import { leverCatalog, scenarioModel, type LeverSetting } from '../scenarios/index.js';
import { ModelSpecSchema, parseWith, SurveySchema } from '../schemas/index.js';
import surveyJson from '../../data/survey.json';
import modelJson from '../../data/model.json';

const survey = parseWith(SurveySchema, surveyJson, 'survey.json');
const spec = parseWith(ModelSpecSchema, modelJson, 'model.json');

/** The baseline model at a scale and its lever catalog. */
export function prepare(scale: number) {
  const baseline = resolveModel(survey, spec, { scale });
  return { baseline, catalog: leverCatalog(survey, baseline) };
}

/** One generated network (baseline, or the levers at t) with a line saying what it is. */
export function buildNetwork(seed: number, scale: number, levers: LeverSetting[], t: number) {
  const { baseline, catalog } = prepare(scale);
  const model = levers.length ? scenarioModel(baseline, catalog, levers, t) : baseline;
  const { graph } = generateNetwork(model, { seed });
  const source = levers.length ? `scenario ${levers.map((l) => l.lever).join(' + ')} at t = ${t} (seed ${seed})` : `baseline network (seed ${seed})`;
  return { graph, data: graph.export() as SerializedGraph, source, catalog };
}
