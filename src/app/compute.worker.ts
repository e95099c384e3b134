/// <reference lib="webworker" />
// The explorer's compute worker: generation, metrics, imports and ensembles, with the same core the CLI runs.
import './csp.js';
import { InputError } from '../errors.js';
import { readGraph } from '../formats/read/index.js';
import { computeMetrics, EXACT_BETWEENNESS_MAX_NODES } from '../metrics/index.js';
import { compareFigures, runSweep, type LeverSetting } from '../scenarios/index.js';
import type { ComputeReply, ComputeRequest, NetworkResult } from './protocol.js';
import { buildNetwork, prepare, registerSpec, specList, specView } from './network.js';
import { readUserSpec } from './user-spec.js';

/** Exact betweenness up to EXACT_BETWEENNESS_MAX_NODES nodes; above, sampled with ±0.01 at 90% (the summary says which). */
function metricsOf(graph: Parameters<typeof computeMetrics>[0], seed: number, spec: string) {
  return computeMetrics(graph, { seed, ...prepare(spec, 1).metrics, ...(graph.order > EXACT_BETWEENNESS_MAX_NODES ? { betweennessEpsilon: 0.01, betweennessDelta: 0.1 } : {}) });
}

function post(reply: ComputeReply): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
}

function network(id: number, spec: string, seed: number, scale: number, levers: LeverSetting[], t: number): NetworkResult {
  const { graph, data, source, catalog } = buildNetwork(spec, seed, scale, levers, t);
  post({ id, partial: { graph: data, source } });
  const metrics = metricsOf(graph, seed, spec);
  return { graph: data, metrics, source, report: [], levers: catalog };
}

/** Refuses what the page should never send (it checks its URL first): an unknown spec or lever, t or scale out of range. */
function check(req: ComputeRequest): void {
  const specs = specList().map((s) => s.name);
  if (!specs.includes(req.spec)) throw new InputError(`unknown spec ${JSON.stringify(req.spec)}; known: ${specs.join(', ')}`);
  if (req.kind === 'import' || req.kind === 'spec') return;
  const levers = specView(req.spec).levers;
  for (const l of req.levers) if (!levers.includes(l.lever)) throw new InputError(`unknown lever ${JSON.stringify(l.lever)}; known: ${levers.join(', ')}`);
  if ('t' in req && !(req.t >= 0 && req.t <= 1)) throw new InputError(`t: expected a number in [0, 1], got ${req.t}`);
  if (!(req.scale >= 0.05 && req.scale <= 20)) throw new InputError(`scale: expected a number in [0.05, 20], got ${req.scale}`);
  if (!Number.isSafeInteger(req.seed)) throw new InputError(`seed: expected an integer, got ${req.seed}`);
}

self.onmessage = async (event: MessageEvent<ComputeRequest>) => {
  const req = event.data;
  try {
    if (req.kind === 'spec') {
      const { spec, survey } = readUserSpec(req.files);
      return post({ id: req.id, ok: true, kind: 'spec', result: { name: registerSpec(spec, survey) } });
    }
    check(req);
    if (req.kind === 'network') post({ id: req.id, ok: true, kind: 'network', result: network(req.id, req.spec, req.seed, req.scale, req.levers, req.t) });
    else if (req.kind === 'import') {
      const { graph, report } = readGraph({ text: req.text, file: req.file, ...(req.nodes ? { nodes: req.nodes } : {}), sectors: specView(req.spec).sectors.map((s) => s.id) });
      const data = graph.export();
      post({ id: req.id, partial: { graph: data, source: req.file } });
      const metrics = metricsOf(graph, 1, req.spec);
      post({ id: req.id, ok: true, kind: 'network', result: { graph: data, metrics, source: req.file, report: [...report], levers: prepare(req.spec, 1).catalog } });
    } else if (req.kind === 'compare') {
      const { base, catalog } = prepare(req.spec, req.scale);
      const common = { from: req.t, to: req.t, steps: 1, runs: req.runs, seed: req.seed };
      let done = 0;
      const progress = () => post({ id: req.id, progress: ++done / (2 * req.runs) });
      const a = await runSweep(base, catalog, 'baseline', [], { ...common, chunk: 1, onProgress: progress });
      const b = await runSweep(base, catalog, 'scenario', req.levers, { ...common, chunk: 1, onProgress: progress });
      post({ id: req.id, ok: true, kind: 'compare', result: { runs: req.runs, rows: compareFigures(a.figures[0]!, b.figures[0]!) } });
    } else if (req.kind === 'sweep') {
      const { base, catalog } = prepare(req.spec, req.scale);
      const r = await runSweep(base, catalog, 'sweep', req.levers, { steps: req.steps, runs: req.runs, seed: req.seed, chunk: 1, onProgress: (d, total) => post({ id: req.id, progress: d / total }) });
      post({ id: req.id, ok: true, kind: 'sweep', result: { runs: r.runs, steps: [...r.steps], thresholds: [...r.thresholds] } });
    }
  } catch (err) {
    post({ id: req.id, ok: false, error: err instanceof InputError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}` });
  }
};
