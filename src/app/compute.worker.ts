/// <reference lib="webworker" />
// The explorer's compute worker: generation, metrics, imports and ensembles, with the same core the CLI runs.
// Generating, measuring and reading files go through the library's public API (src/api, 'collabnet'),
// as a script does. Ensembles (compare, sweep, sensitivity) run one network at a time: each network reports progress with a
// time estimate, each sweep step and each compare pair streams its results, and a cancel message stops the
// request between two networks.
import './csp.js';
import { InputError } from '../errors.js';
import { metrics, readGraph } from '../api/index.js';
import { EXACT_BETWEENNESS_MAX_NODES } from '../metrics/index.js';
import { leverCatalog, streamCompare, streamSweep, summarizeStep, grid, SWEEP_BETWEENNESS_SAMPLES, type LeverSetting, type ScenarioBase, type StreamHooks, type StreamRun } from '../scenarios/index.js';
import { runBases, runSobol, selectInputs, spreadStep, UNCERTAINTY_KINDS, type UncertaintyKind } from '../sensitivity/index.js';
import { BROWSER_SOBOL_N, type ComputeReply, type ComputeRequest, type NetworkResult } from './protocol.js';
import { buildNetwork, prepare, registerSpec, specList, specView } from './network.js';
import { readUserSpec } from './user-spec.js';

/** Intra-cluster correlation for survey redraws: the CLI's default `--icc 0.2`. */
const ICC = 0.2;

/** Exact betweenness up to EXACT_BETWEENNESS_MAX_NODES nodes; above, sampled with ±0.01 at 90% (the summary says which). */
function metricsOf(graph: Parameters<typeof metrics>[0], seed: number, spec: string) {
  return metrics(graph, { model: prepare(spec, 1).base, seed, ...(graph.order > EXACT_BETWEENNESS_MAX_NODES ? { betweennessEpsilon: 0.01, betweennessDelta: 0.1 } : {}) });
}

function post(reply: ComputeReply): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
}

/** Requests asked to stop (ids); checked between networks. */
const cancelled = new Set<number>();

class Cancelled extends Error {}

/** Progress per network with a time estimate, and a pause between networks where a cancel message can arrive. */
function hooksFor(id: number): StreamHooks {
  const started = performance.now();
  return {
    onNetwork: (done, total) => {
      const elapsedMs = performance.now() - started;
      post({ id, progress: done / total, detail: { done, total, elapsedMs, etaMs: done > 0 ? (elapsedMs / done) * (total - done) : null } });
    },
    pace: () =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          if (cancelled.has(id)) reject(new Cancelled('cancelled'));
          else resolve();
        }, 0),
      ),
  };
}

function network(id: number, spec: string, seed: number, scale: number, levers: LeverSetting[], t: number): NetworkResult {
  const { graph, data, source, catalog } = buildNetwork(spec, seed, scale, levers, t);
  post({ id, partial: { graph: data, source } });
  return { graph: data, metrics: metricsOf(graph, seed, spec), source, report: [], levers: catalog };
}

/** Run i's base and lever catalog: the same base for every run under `seeds`; its own survey redraw and/or assumptions otherwise. */
function runsFor(base: ScenarioBase, kind: UncertaintyKind, runs: number, seed: number): StreamRun[] {
  if (kind === 'seeds') {
    const catalog = leverCatalog(base.survey, base.spec, base.baseline);
    return Array.from({ length: runs }, () => ({ base, catalog }));
  }
  return runBases(base, kind, runs, seed, ICC).map((b) => ({ base: b, catalog: leverCatalog(b.survey, b.spec, b.baseline) }));
}

/** Refuses what the page should never send (it checks its URL first): an unknown spec or lever, t, scale, runs or size out of range. */
function check(req: Exclude<ComputeRequest, { kind: 'cancel' }>): void {
  const specs = specList().map((s) => s.name);
  if (!specs.includes(req.spec)) throw new InputError(`unknown spec ${JSON.stringify(req.spec)}; known: ${specs.join(', ')}`);
  if (req.kind === 'import' || req.kind === 'spec') return;
  const view = specView(req.spec);
  const levers = req.kind === 'sensitivity' ? (req.lever === null ? [] : [req.lever]) : req.levers.map((l) => l.lever);
  for (const l of levers) if (!view.levers.includes(l)) throw new InputError(`unknown lever ${JSON.stringify(l)}; known: ${view.levers.join(', ')}`);
  if ('t' in req && !(req.t >= 0 && req.t <= 1)) throw new InputError(`t: expected a number in [0, 1], got ${req.t}`);
  if (!(req.scale >= 0.05 && req.scale <= 20)) throw new InputError(`scale: expected a number in [0.05, 20], got ${req.scale}`);
  if (!Number.isSafeInteger(req.seed)) throw new InputError(`seed: expected an integer, got ${req.seed}`);
  if ('runs' in req && !(Number.isInteger(req.runs) && req.runs >= 2 && req.runs <= 200)) throw new InputError(`runs: expected an integer in [2, 200], got ${req.runs}`);
  if ('uncertainty' in req && req.uncertainty !== undefined && !(UNCERTAINTY_KINDS as readonly string[]).includes(req.uncertainty))
    throw new InputError(`uncertainty: expected one of ${UNCERTAINTY_KINDS.join(', ')}, got ${JSON.stringify(req.uncertainty)}`);
  if (req.kind === 'sensitivity') {
    if (!(BROWSER_SOBOL_N as readonly number[]).includes(req.n)) throw new InputError(`n: expected one of ${BROWSER_SOBOL_N.join(', ')}, got ${req.n}`);
    if (!view.keyFigures.some((k) => k.metric === req.figure)) throw new InputError(`figure: expected a key figure of the spec (${view.keyFigures.map((k) => k.metric).join(', ')}), got ${JSON.stringify(req.figure)}`);
    if (req.uncertainty === ('seeds' as string)) throw new InputError('uncertainty: expected assumptions, sampling or all (seeds alone have no inputs to vary)');
  }
}

async function handle(req: Exclude<ComputeRequest, { kind: 'cancel' }>): Promise<void> {
  if (req.kind === 'spec') {
    const { spec, survey, file } = readUserSpec(req.files);
    return post({ id: req.id, ok: true, kind: 'spec', result: { name: registerSpec(spec, survey, file) } });
  }
  check(req);
  if (req.kind === 'network') return post({ id: req.id, ok: true, kind: 'network', result: network(req.id, req.spec, req.seed, req.scale, req.levers, req.t) });
  if (req.kind === 'import') {
    const { base, catalog } = prepare(req.spec, 1);
    const { graph, report } = readGraph(req.text, { file: req.file, ...(req.nodes ? { nodes: req.nodes } : {}), model: base });
    const data = graph.export();
    post({ id: req.id, partial: { graph: data, source: req.file } });
    return post({ id: req.id, ok: true, kind: 'network', result: { graph: data, metrics: metricsOf(graph, 1, req.spec), source: req.file, report: [...report], levers: catalog } });
  }
  const { base } = prepare(req.spec, req.scale);
  const hooks = hooksFor(req.id);
  if (req.kind === 'compare') {
    const uncertainty = req.uncertainty ?? 'seeds';
    const plan = { runs: runsFor(base, uncertainty, req.runs, req.seed), levers: req.levers, t: req.t, seed: req.seed, betweennessSamples: SWEEP_BETWEENNESS_SAMPLES };
    const rows = await streamCompare(plan, hooks, (r, pairs) => post({ id: req.id, stream: { runs: req.runs, pairs, uncertainty, rows: r } }));
    return post({ id: req.id, ok: true, kind: 'compare', result: { runs: req.runs, pairs: req.runs, uncertainty, rows } });
  }
  if (req.kind === 'sweep') {
    const uncertainty = req.uncertainty ?? 'seeds';
    const ts = grid(0, 1, req.steps);
    const plan = { runs: runsFor(base, uncertainty, req.runs, req.seed), levers: req.levers, ts, seed: req.seed, betweennessSamples: SWEEP_BETWEENNESS_SAMPLES, summarize: uncertainty === 'seeds' ? summarizeStep : spreadStep };
    const r = await streamSweep(plan, hooks, (steps, thresholds) => post({ id: req.id, stream: { runs: req.runs, totalSteps: ts.length, uncertainty, steps: [...steps], thresholds } }));
    return post({ id: req.id, ok: true, kind: 'sweep', result: { runs: req.runs, totalSteps: ts.length, uncertainty, steps: r.steps, thresholds: r.thresholds } });
  }
  // Sensitivity: the spec's threshold on the figure gives the target when a lever is asked for.
  const th = base.spec.outcomes.thresholds.find((x) => x.metric === req.figure);
  if (req.lever !== null && !th) throw new InputError(`figure ${req.figure}: the spec has no threshold on it, so there is no t to find under ${req.lever}; choose a figure with a threshold (${base.spec.outcomes.thresholds.map((x) => x.metric).join(', ') || 'none'})`);
  const started = performance.now();
  const inputs = selectInputs(base.spec, req.lever, [], req.uncertainty !== 'assumptions', req.uncertainty !== 'sampling');
  const result = await runSobol(
    { base, inputs, figure: req.figure, lever: req.lever, target: th?.value ?? 0.5, direction: th?.direction ?? 'rises', ts: [0, 1 / 3, 2 / 3, 1], n: req.n, seed: req.seed, icc: ICC, noisePoints: 2, noiseSeeds: 3, bootstrap: 300 },
    hooks,
  );
  post({ id: req.id, ok: true, kind: 'sensitivity', result: { ...result, figure: req.figure, lever: req.lever, n: req.n, uncertainty: req.uncertainty, seconds: (performance.now() - started) / 1000 } });
}

self.onmessage = async (event: MessageEvent<ComputeRequest>) => {
  const req = event.data;
  if (req.kind === 'cancel') {
    cancelled.add(req.target);
    return;
  }
  try {
    await handle(req);
  } catch (err) {
    if (err instanceof Cancelled) post({ id: req.id, ok: false, cancelled: true, error: 'cancelled' });
    else post({ id: req.id, ok: false, error: err instanceof InputError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}` });
  } finally {
    cancelled.delete(req.id);
  }
};
