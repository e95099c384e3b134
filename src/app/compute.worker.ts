/// <reference lib="webworker" />
// The explorer's compute worker: generation, metrics, imports and ensembles, with the same core the CLI runs.
import './csp.js';
import { InputError } from '../errors.js';
import { readGraph } from '../formats/read/index.js';
import { computeMetrics, EXACT_BETWEENNESS_MAX_NODES } from '../metrics/index.js';
import { LEVER_NAMES, pairedDifference, runSweep, type LeverSetting } from '../scenarios/index.js';
import type { ComputeReply, ComputeRequest, NetworkResult } from './protocol.js';
import { buildNetwork, prepare } from './network.js';


/** Exact betweenness up to EXACT_BETWEENNESS_MAX_NODES nodes; above, sampled with ±0.01 at 90% (the summary says which). */
function metricsOf(graph: Parameters<typeof computeMetrics>[0], seed: number) {
  return computeMetrics(graph, { seed, ...(graph.order > EXACT_BETWEENNESS_MAX_NODES ? { betweennessEpsilon: 0.01, betweennessDelta: 0.1 } : {}) });
}

function post(reply: ComputeReply): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
}

function network(id: number, seed: number, scale: number, levers: LeverSetting[], t: number): NetworkResult {
  const { graph, data, source, catalog } = buildNetwork(seed, scale, levers, t);
  post({ id, partial: { graph: data, source } });
  const metrics = metricsOf(graph, seed);
  return { graph: data, metrics, source, report: [], levers: catalog };
}

/** Refuses what the page should never send (it checks its URL first): unknown levers, t or scale out of range. */
function check(req: ComputeRequest): void {
  if (req.kind === 'import') return;
  for (const l of req.levers) if (!(LEVER_NAMES as readonly string[]).includes(l.lever)) throw new InputError(`unknown lever ${JSON.stringify(l.lever)}; known: ${LEVER_NAMES.join(', ')}`);
  if ('t' in req && !(req.t >= 0 && req.t <= 1)) throw new InputError(`t: expected a number in [0, 1], got ${req.t}`);
  if (!(req.scale >= 0.05 && req.scale <= 20)) throw new InputError(`scale: expected a number in [0.05, 20], got ${req.scale}`);
  if (!Number.isSafeInteger(req.seed)) throw new InputError(`seed: expected an integer, got ${req.seed}`);
}

self.onmessage = async (event: MessageEvent<ComputeRequest>) => {
  const req = event.data;
  try {
    check(req);
    if (req.kind === 'network') post({ id: req.id, ok: true, kind: 'network', result: network(req.id, req.seed, req.scale, req.levers, req.t) });
    else if (req.kind === 'import') {
      const { graph, report } = readGraph({ text: req.text, file: req.file, ...(req.nodes ? { nodes: req.nodes } : {}) });
      const data = graph.export();
      post({ id: req.id, partial: { graph: data, source: req.file } });
      const metrics = metricsOf(graph, 1);
      post({ id: req.id, ok: true, kind: 'network', result: { graph: data, metrics, source: req.file, report: [...report], levers: prepare(1).catalog } });
    } else if (req.kind === 'compare') {
      const { baseline, catalog } = prepare(req.scale);
      const common = { from: req.t, to: req.t, steps: 1, runs: req.runs, seed: req.seed };
      let done = 0;
      const progress = () => post({ id: req.id, progress: ++done / (2 * req.runs) });
      const a = await runSweep(baseline, catalog, 'baseline', [], { ...common, chunk: 1, onProgress: progress });
      const b = await runSweep(baseline, catalog, 'scenario', req.levers, { ...common, chunk: 1, onProgress: progress });
      const fa = a.figures[0]!;
      const fb = b.figures[0]!;
      const rows = Object.keys(fb[0] ?? {}).map((metric) => {
        const va = fa.map((f) => f[metric] ?? NaN);
        const vb = fb.map((f) => f[metric] ?? NaN);
        return { metric, baseline: a.steps[0]!.metrics[metric]!, scenario: b.steps[0]!.metrics[metric]!, difference: pairedDifference(va, vb) };
      });
      post({ id: req.id, ok: true, kind: 'compare', result: { runs: req.runs, rows } });
    } else if (req.kind === 'sweep') {
      const { baseline, catalog } = prepare(req.scale);
      const r = await runSweep(baseline, catalog, 'sweep', req.levers, { steps: req.steps, runs: req.runs, seed: req.seed, chunk: 1, onProgress: (d, total) => post({ id: req.id, progress: d / total }) });
      post({ id: req.id, ok: true, kind: 'sweep', result: { runs: r.runs, steps: [...r.steps], thresholds: [...r.thresholds] } });
    }
  } catch (err) {
    post({ id: req.id, ok: false, error: err instanceof InputError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}` });
  }
};
