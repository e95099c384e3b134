// Generating and loading networks: draw on the worker's first (partial) reply, add metrics on the
// full one, lay out in the layout worker. Only the latest request asked for is shown.
import type { LayoutClient, ComputeClient } from './client.js';
import type { GraphView } from './graph-view.js';
import { valuesOf } from './graph-values.js';
import { buildNetwork } from './network.js';
import { probe } from './probe.js';
import type { NetworkResult } from './protocol.js';
import { dropAbsent } from './state.js';
import { addUrlNotes, metricsArrived, networkReady, networkShown, setError, setProgress, setStatus, setView, type AppState, type Store } from './store.js';

type LayoutDone = Awaited<ReturnType<LayoutClient['run']>>;
type Request = Parameters<ComputeClient['request']>[0];

/** Largest file the page reads. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Generates and loads the networks the page shows. */
export class NetworkLoader {
  /** Number of the latest network asked for: replies to older requests are not shown. */
  private latest = 0;
  /** The first network, drawn from this thread while the worker starts (`drawFirst`). */
  private drawnFirst: Promise<LayoutDone> | null = null;
  /** True until the first generate() has been asked for: only that request may use the network drawn first. */
  private firstRequest = true;
  /** Until the first network is drawn, the node, sectors and attribute filters the URL named are still to be checked against it. */
  private urlUnchecked = true;

  constructor(
    private readonly store: Store<AppState>,
    private readonly view: GraphView,
    private readonly compute: ComputeClient,
    private readonly layout: LayoutClient,
  ) {}

  /**
   * Draws the first network from this thread, with the worker's code and seed, so the graph the
   * worker is measuring appears before the worker has even started; its metrics follow. Call right
   * after the first `generate()`.
   */
  drawFirst(): void {
    const { view, spec } = this.store.get();
    try {
      const first = buildNetwork(spec.name, view.seed, view.scale, view.levers.map((lever) => ({ lever })), view.t);
      this.drawnFirst = this.showGraph(first.data, first.source, null, view.seed);
    } catch {
      // Nothing drawn: the worker's reply shows the network, or the error.
    }
  }

  /**
   * Generates the network the state describes (spec, seed, scale, levers at t). With `applySlider`,
   * a t set on the slider and not applied yet is applied now (what Generate and Regenerate do); a
   * page opening a link, or Back/Forward, shows the t the link's network had and keeps the slider's.
   */
  async generate(applySlider = true): Promise<void> {
    const predrawn = this.firstRequest;
    this.firstRequest = false;
    probe.ready = false;
    // The slider's t, if set and not applied yet, is applied now.
    this.store.update((s) => setStatus(setError(networkReady(!applySlider || s.view.tNext === null ? s : setView(s, { t: s.view.tNext, tNext: null }), false), null), 'Generating and measuring…', 0));
    const { view: v, spec } = this.store.get();
    try {
      await this.showNetwork({ kind: 'network', spec: spec.name, seed: v.seed, scale: v.scale, levers: v.levers.map((lever) => ({ lever })), t: v.t }, v.seed, null, undefined, predrawn);
    } catch (err) {
      if (predrawn) this.drawnFirst = null;
      this.store.update((s) => setError(setProgress(s, null), (err as Error).message));
    }
  }

  /** Loads a user's file (edges, or nodes and edges tables); errors are shown and the network on screen is kept. */
  async loadFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    this.store.update((s) => setError(s, null));
    const nodesFile = files.length > 1 ? files.find((f) => /node/i.test(f.name)) : undefined;
    const edgesFile = files.find((f) => f !== nodesFile)!;
    if (edgesFile.size > MAX_FILE_BYTES) return this.store.update((s) => setError(s, `${edgesFile.name}: larger than the 64 MB limit`));
    this.store.update((s) => setStatus(s, `Reading ${edgesFile.name}…`));
    try {
      const text = new Uint8Array(await edgesFile.arrayBuffer());
      const nodes = nodesFile ? { text: new Uint8Array(await nodesFile.arrayBuffer()), file: nodesFile.name } : undefined;
      const spec = this.store.get().spec.name;
      await this.showNetwork({ kind: 'import', spec, text, file: edgesFile.name, ...(nodes ? { nodes } : {}) }, this.store.get().view.seed, edgesFile.name, () =>
        this.store.update((s) => setView(s, { node: null, levers: [], t: 0, tNext: null })),
      );
    } catch (err) {
      this.store.update((s) => setError(setStatus(s, '', null), (err as Error).message));
    }
  }

  /** Draws a network as soon as it exists (before its metrics) and starts laying it out. */
  private showGraph(graph: NetworkResult['graph'], source: string, file: string | null, seed: number): Promise<LayoutDone> {
    probe.ready = false;
    this.view.load(graph, null, seed);
    probe.order = this.view.graph.order;
    const g = this.view.graph;
    // Filters and the selected node that this network cannot satisfy are dropped (with a note when the URL named them).
    const checked = dropAbsent(this.store.get().view, { hasNode: (id) => g.hasNode(id), sectors: new Set(valuesOf(g, 'sector')), values: (name) => new Set(valuesOf(g, name)) });
    const notes = this.urlUnchecked ? checked.notes : [];
    this.urlUnchecked = false;
    this.store.update((s) => setStatus(addUrlNotes({ ...networkShown(s, source, file), view: checked.state }, notes), 'Laying out…'));
    // Time from navigation start (performance.now()'s origin) to the first frame that shows the network.
    if (Number.isNaN(probe.firstFrameMs)) requestAnimationFrame(() => (probe.firstFrameMs = performance.now()));
    // Positions from the file are the layout (as in Gephi): nothing to compute.
    if (this.view.ownPositions) return Promise.resolve({ id: 0, done: true, positions: {}, iterations: 0, converged: true, ms: 0 });
    return this.layout.run({ graph: this.view.connected(), seed, maxIterations: Math.min(600, 150 + Math.round(60000 / Math.max(1, g.size))) }, (p) => this.store.update((s) => setProgress(s, p)));
  }

  /** Adds the metrics: sizes, ranks, community and component colours, the summary, the selected node. */
  private showMetrics(result: NetworkResult): void {
    this.view.setMetrics(result.metrics);
    this.store.update((s) => metricsArrived(s, result.metrics, result.levers));
  }

  /** Waits for the layout, places the nodes, and marks the view ready. */
  private async finishLayout(laying: Promise<LayoutDone>, result: NetworkResult, current: () => boolean): Promise<void> {
    const report = result.report.filter((m) => m.code !== 'summary').map((m) => `${m.level}: ${m.count > 1 ? `${m.count} ` : ''}${m.message}`);
    if (report.length) this.store.update((s) => setStatus(s, report.join('\n')));
    const done = await laying;
    // An abandoned layout (null) or one of a network no longer on screen places nothing.
    if (!done || !current()) return;
    this.view.setPositions(done.positions);
    const node = this.store.get().view.node;
    if (node) this.view.select(node);
    probe.layoutMs = done.ms;
    probe.layoutIterations = done.iterations;
    const layoutLine = this.view.ownPositions ? 'Layout: positions as in the file.' : `Layout: ForceAtlas2, ${done.iterations} iterations${done.converged ? ' (converged)' : ''}, ${Math.round(done.ms)} ms.`;
    const status = `${report.length ? `${report.join('\n')}\n` : ''}${layoutLine}`;
    this.store.update((s) => networkReady(setStatus(s, status, null), true));
    probe.ready = true;
  }

  /**
   * Runs a worker request that yields a network: draw on the partial reply, add metrics on the full
   * one. Only the latest request asked for is shown: when another has been asked for since, this
   * one's replies (and errors) are dropped. Returns whether this request is still the latest.
   */
  private async showNetwork(request: Request, seed: number, file: string | null, before?: () => void, predrawn = false): Promise<boolean> {
    const ticket = ++this.latest;
    const current = () => ticket === this.latest;
    let laying: Promise<LayoutDone> | null = null;
    let result: NetworkResult;
    try {
      result = await this.compute.request<NetworkResult>(request, undefined, (partial) => {
        if (!current()) return;
        if (predrawn && this.drawnFirst) return void ((laying = this.drawnFirst), (this.drawnFirst = null));
        before?.();
        laying = this.showGraph(partial.graph, partial.source, file, seed);
      });
    } catch (err) {
      if (current()) throw err;
      if (predrawn) this.drawnFirst = null;
      return false;
    }
    if (!current()) {
      if (predrawn) this.drawnFirst = null;
      return false;
    }
    if (!laying && predrawn && this.drawnFirst) [laying, this.drawnFirst] = [this.drawnFirst, null];
    if (!laying) {
      before?.();
      laying = this.showGraph(result.graph, result.source, file, seed);
    }
    this.showMetrics(result);
    await this.finishLayout(laying, result, current);
    return current();
  }
}
