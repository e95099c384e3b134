import './csp.js';
import { downloadAsPNG } from '@sigma/export-image';
import type Graph from 'graphology';
import { metricsToCsv, toGexf, toGraphml } from '../formats/index.js';
import { withMetrics, type MetricsReport } from '../metrics/index.js';
import type { LeverSetting } from '../scenarios/index.js';
import { ComputeClient, LayoutClient } from './client.js';
import { fill, h } from './dom.js';
import { GraphView, type Filters } from './graph-view.js';
import { buildNetwork, specList, specName, specView } from './network.js';
import { rankTables, renderNodePanel } from './panels.js';
import type { NetworkResult } from './protocol.js';
import { mountScenarioPanel } from './scenario/panel.js';
import { dropAbsent, readState, writeState, type ViewState } from './state.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Timings and counts the browser tests and the benchmark read. */
const probe = { ready: false, firstFrameMs: NaN, layoutMs: NaN, layoutIterations: 0, visible: 0, order: 0, errors: 0, renderTimes: [] as number[] };
(window as unknown as { __collabnet: typeof probe }).__collabnet = probe;

const optionValues = (id: string) => [...$<HTMLSelectElement>(id).options].map((o) => o.value);
/** The spec on screen: its sectors, attributes, levers and key figures drive the legend, menus, filters and tables. */
let spec = specView(specName(new URLSearchParams(location.search).get('spec')));

/** Everything on the page that comes from the spec alone: title, spec menu, colour-by attributes, chart key figures. */
function fillSpecControls(): void {
  fill($('spec-sectors'), spec.sectors.map((s) => s.plural).join(' · '));
  fill($('source'), spec.title);
  fill($('spec'), ...specList().map((x) => h('option', { value: x.name, selected: x.name === spec.name }, x.title)));
  ($('spec') as HTMLSelectElement).value = spec.name;
  const color = $('color') as HTMLSelectElement;
  for (const o of [...color.options]) if (o.dataset.attribute) o.remove();
  for (const a of spec.attributes) color.append(h('option', { value: a.name, 'data-attribute': '1' }, a.label));
  fill($('chart-metric'), ...spec.keyFigures.map((k) => h('option', { value: k.metric }, k.label)));
  view.sectors = spec.sectors.map((s) => ({ id: s.id, colour: s.colour }));
}

let fromUrl: ReturnType<typeof readState> = { state: readState('', knownValues()).state, notes: [] };
let state: ViewState = fromUrl.state;

/** What a URL may name on this page, for the spec on screen. */
function knownValues() {
  return {
    specs: specList().map((x) => x.name),
    levers: spec.levers,
    attributes: spec.attributes.map((a) => a.name),
    colors: ['sector', 'community', 'component', ...spec.attributes.map((a) => a.name)],
    sizes: optionValues('size'),
  };
}
/** Until the first network is drawn, the node, sectors and attribute filters the URL named are still to be checked against it. */
let urlUnchecked = true;
/** True until the first generate() has been asked for: only that request may use the network drawn first. */
let firstRequest = true;
/** Number of the latest network asked for (generated or loaded): replies to older requests are not shown. */
let latest = 0;
fromUrl = readState(location.search, knownValues());
state = fromUrl.state;
const compute = new ComputeClient();
// Ask for the first network at once: the worker needs 1–2.5 s just to start in Chromium (measured). Its replies
// arrive after this module has run, when everything below exists.
const firstNetwork = generate();
const layout = new LayoutClient();
const view = new GraphView($('graph'));
probe.renderTimes = view.renderTimes;
/** What Sigma itself holds and shows (the browser tests compare it with the file or network asked for). */
(window as unknown as { __collabnetDrawn: () => { order: number; size: number; shown: number } }).__collabnetDrawn = () => {
  const g = view.renderer.getGraph();
  let shown = 0;
  g.forEachNode((n) => {
    const d = view.renderer.getNodeDisplayData(n);
    if (d && !d.hidden) shown++;
  });
  return { order: g.order, size: g.size, shown };
};
/** Where a node is drawn, in pixels of the graph container (null when Sigma does not draw it), and which node is hovered. */
Object.assign(window, {
  __collabnetViewport: (node: string) => {
    const d = view.renderer.getNodeDisplayData(node);
    return d ? view.renderer.framedGraphToViewport(d) : null;
  },
  __collabnetHovered: () => view.hovered,
});
let metrics: MetricsReport | null = null;
/** The first network, drawn from this thread while the worker starts (see the end of this file). */
let drawnFirst: Promise<LayoutDone> | null = null;
let ranks = new Map<string, Map<string, number>>();
let levers: NetworkResult['levers'] = [];
/** The scenario panel (src/app/scenario/), mounted by wire(). */
let scenarioPanel: ReturnType<typeof mountScenarioPanel> | null = null;

function saveState(): void {
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
}

function status(text: string): void {
  $('status').textContent = text;
}

function progress(p: number | null): void {
  $('progress').hidden = p === null;
  ($('progress').firstElementChild as HTMLElement).style.width = `${Math.round((p ?? 0) * 100)}%`;
}

function showError(message: string | null): void {
  $('error').hidden = message === null;
  $('error').textContent = message ?? '';
  if (message) probe.errors++;
}

/** Shows what the page's URL asked for but could not be used (it has been dropped from the URL). */
function showNotes(notes: readonly string[]): void {
  if (notes.length === 0) return;
  const list = $('url-notes').querySelector('ul')!;
  for (const n of notes) list.append(h('li', {}, n));
  $('url-notes').hidden = false;
}

function filters(): Filters {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('#sector-filter input')];
  const checked = boxes.filter((b) => b.checked).map((b) => b.value);
  return {
    sectors: boxes.length && checked.length < boxes.length ? new Set(checked) : null,
    attrs: state.attrs,
    hideIsolates: state.hideIsolates,
    giantOnly: state.giantOnly,
    minDegree: state.minDegree,
  };
}

function applyFilters(): void {
  probe.visible = view.filter(filters());
  $('visible-count').textContent = probe.visible.toLocaleString('en-US');
}

function renderLegend(): void {
  fill(
    $('legend'),
    ...view.legend.map((l) => {
      const dot = h('i');
      dot.style.background = l.color;
      return h('li', {}, dot, h('span', {}, `${l.label} (${l.count.toLocaleString('en-US')})`));
    }),
  );
}

/** The line above the network: its source, size, and (once measured) its key figures. */
function renderSummary(source: string): void {
  const nodes = `${view.graph.order.toLocaleString('en-US')} nodes · ${view.graph.size.toLocaleString('en-US')} edges`;
  if (!metrics) return fill($('summary'), h('b', {}, source), ` · ${nodes} · measuring…`);
  const n = metrics.network;
  const s = metrics.sectors;
  const pct = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`);
  const focus = spec.sectors.find((x) => x.id === spec.focus);
  fill(
    $('summary'),
    h('b', {}, source),
    ` · ${n.nodes.toLocaleString('en-US')} nodes · ${n.edges.toLocaleString('en-US')} edges · ${n.components.toLocaleString('en-US')} component${n.components === 1 ? '' : 's'} · largest holds `,
    h('b', { id: 'sum-giant' }, pct(n.giantShare)),
    // The sector the spec's outcomes are about (its reach sector, else the first).
    ...(focus && s?.[focus.id]
      ? [` · ${focus.plural} in largest `, h('b', { id: `sum-giant-${focus.id}` }, pct(s[focus.id]!.giantShare)), ` · ${focus.label.toLowerCase()} isolates `, h('b', { id: `sum-isolates-${focus.id}` }, pct(s[focus.id]!.isolateShare))]
      : s ? [] : [' · no sectors']),
    n.betweenness.method === 'sampled-pairs' && ' · ',
    n.betweenness.method === 'sampled-pairs' && h('span', { title: n.betweenness.note }, `betweenness sampled, ±${n.betweenness.epsilon} (p ${1 - n.betweenness.delta})`),
  );
}

function select(node: string | null): void {
  view.select(node);
  state.node = view.selected;
  renderNodePanel($('node-panel'), view, view.selected, ranks, (id) => select(id));
  saveState();
}

function fillControls(): void {
  ($('seed') as HTMLInputElement).value = String(state.seed);
  const scale = $('scale') as HTMLSelectElement;
  // A scale the URL gives that the list lacks (any in [0.05, 20] is allowed) gets an entry of its own.
  if (![...scale.options].some((o) => Number(o.value) === state.scale)) scale.append(h('option', { value: String(state.scale) }, `${state.scale}×`));
  scale.value = [...scale.options].find((o) => Number(o.value) === state.scale)!.value;
  ($('color') as HTMLSelectElement).value = state.color;
  ($('size') as HTMLSelectElement).value = state.size;
  ($('hide-isolates') as HTMLInputElement).checked = state.hideIsolates;
  ($('giant-only') as HTMLInputElement).checked = state.giantOnly;
  ($('min-degree') as HTMLInputElement).value = String(state.minDegree);
  ($('t') as HTMLInputElement).value = String(state.t);
  $('t-value').textContent = state.t.toFixed(2);
}

/** Up to 30 nodes whose id or label matches what is typed (those starting with it first) as search suggestions. */
function suggest(typed: string): void {
  const q = typed.trim().toLowerCase();
  const starts: HTMLOptionElement[] = [];
  const contains: HTMLOptionElement[] = [];
  if (q)
    view.graph.someNode((n, a) => {
      const label = String(a.label ?? n);
      const text = `${n.toLowerCase()} ${label.toLowerCase()}`;
      const option = () => h('option', { value: n }, label);
      if (n.toLowerCase().startsWith(q) || label.toLowerCase().startsWith(q)) starts.push(option());
      else if (text.includes(q) && contains.length < 30) contains.push(option());
      return starts.length >= 30;
    });
  fill($('search-options'), ...[...starts, ...contains].slice(0, 30));
}

/** The distinct values of a node attribute, sorted. */
function valuesOf(attribute: string): string[] {
  const set = new Set<string>();
  view.graph.forEachNode((_n, a) => {
    const v = a[attribute];
    if (v !== undefined && v !== null && v !== '') set.add(String(v));
  });
  return [...set].sort();
}

/** Options of a filter list: "all", then the network's values, the state's one selected. */
function fillOptions(select: HTMLSelectElement, values: string[], chosen: string): void {
  fill(select, h('option', { value: '' }, 'all'), ...values.map((v) => h('option', { value: v, selected: v === chosen }, v)));
  select.value = chosen;
}

function fillGraphControls(): void {
  const known = spec.sectors.map((x) => x.id);
  const sectors = valuesOf('sector').sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
  fill(
    $('sector-filter'),
    h('legend', {}, 'Sectors'),
    ...sectors.map((s) => h('label', {}, h('input', { type: 'checkbox', value: s, checked: !state.sectors || state.sectors.includes(s) }), ` ${s}`)),
  );
  // One menu per category or region attribute of the spec, with the values found in the network.
  fill(
    $('attribute-filters'),
    ...spec.attributes.map((a) => {
      const select = h('select', { 'data-attribute': a.name });
      fillOptions(select, valuesOf(a.name), state.attrs[a.name] ?? '');
      return h('label', {}, `${a.label} `, select);
    }),
  );
  // Suggestions are filled as the user types (suggest()): a datalist of every node would make each
  // layout of the page, which Sigma forces on every refresh, cost seconds on a 50k-node network.
  fill($('search-options'));
  scenarioPanel?.levers(levers);
}

type LayoutDone = Awaited<ReturnType<LayoutClient['run']>>;

/** Draws a network as soon as it exists (before its metrics) and starts laying it out. */
function showGraph(graph: NetworkResult['graph'], source: string, seed: number): Promise<LayoutDone> {
  metrics = null;
  probe.ready = false;
  view.load(graph, null, seed);
  ranks = new Map();
  probe.order = view.graph.order;
  // Filters and the selected node that this network cannot satisfy are dropped (with a note when the URL named them).
  const checked = dropAbsent(state, { hasNode: (id) => view.graph.hasNode(id), sectors: new Set(valuesOf('sector')), values: (name) => new Set(valuesOf(name)) });
  state = checked.state;
  if (urlUnchecked) showNotes(checked.notes);
  urlUnchecked = false;
  renderNodePanel($('node-panel'), view, null, ranks, () => {});
  ($('search') as HTMLInputElement).value = '';
  fillGraphControls();
  view.colorBy(state.color);
  renderLegend();
  view.sizeBy(state.size);
  applyFilters();
  renderSummary(source);
  saveState();
  // Time from navigation start (performance.now()'s origin) to the first frame that shows the network.
  if (Number.isNaN(probe.firstFrameMs)) requestAnimationFrame(() => (probe.firstFrameMs = performance.now()));
  status('Laying out…');
  return layout.run({ graph: view.connected(), seed, maxIterations: Math.min(600, 150 + Math.round(60000 / Math.max(1, view.graph.size))) }, (p) => progress(p));
}

/** Adds the metrics: sizes, ranks, community and component colours, the summary, the selected node. */
function showMetrics(result: NetworkResult): void {
  metrics = result.metrics;
  if (result.levers.length) levers = result.levers;
  view.setMetrics(result.metrics);
  ranks = rankTables(view);
  fillGraphControls();
  view.colorBy(state.color);
  renderLegend();
  view.sizeBy(state.size);
  applyFilters();
  renderSummary(result.source);
  select(state.node && view.graph.hasNode(state.node) ? state.node : null);
}

/** Waits for the layout, places the nodes, and marks the view ready. */
async function finishLayout(laying: Promise<LayoutDone>, result: NetworkResult, current: () => boolean): Promise<void> {
  const report = result.report.filter((m) => m.code !== 'summary').map((m) => `${m.level}: ${m.count > 1 ? `${m.count} ` : ''}${m.message}`);
  if (report.length) status(report.join('\n'));
  const done = await laying;
  // An abandoned layout (null) or one of a network no longer on screen places nothing.
  if (!done || !current()) return;
  progress(null);
  view.setPositions(done.positions);
  if (state.node) select(state.node);
  probe.layoutMs = done.ms;
  probe.layoutIterations = done.iterations;
  probe.ready = true;
  status(`${report.length ? `${report.join('\n')}\n` : ''}Layout: ForceAtlas2, ${done.iterations} iterations${done.converged ? ' (converged)' : ''}, ${Math.round(done.ms)} ms.`);
}

/**
 * Runs a worker request that yields a network: draw on the partial reply, add metrics on the full
 * one. Only the latest request asked for is shown: when another has been asked for since, this
 * one's replies (and errors) are dropped. Returns whether this request is still the latest.
 */
async function showNetwork(request: Parameters<ComputeClient['request']>[0], seed: number, before?: () => void, predrawn = false): Promise<boolean> {
  const ticket = ++latest;
  const current = () => ticket === latest;
  let laying: Promise<LayoutDone> | null = null;
  let result: NetworkResult;
  try {
    result = await compute.request<NetworkResult>(request, undefined, (partial) => {
      if (!current()) return;
      if (predrawn && drawnFirst) return void ((laying = drawnFirst), (drawnFirst = null));
      before?.();
      laying = showGraph(partial.graph, partial.source, seed);
    });
  } catch (err) {
    if (current()) throw err;
    if (predrawn) drawnFirst = null;
    return false;
  }
  if (!current()) {
    if (predrawn) drawnFirst = null;
    return false;
  }
  if (!laying && predrawn && drawnFirst) [laying, drawnFirst] = [drawnFirst, null];
  if (!laying) {
    before?.();
    laying = showGraph(result.graph, result.source, seed);
  }
  showMetrics(result);
  await finishLayout(laying, result, current);
  return current();
}

function currentLevers(): LeverSetting[] {
  return state.levers.map((lever) => ({ lever }));
}

async function generate(): Promise<void> {
  const predrawn = firstRequest;
  firstRequest = false;
  showError(null);
  probe.ready = false;
  status('Generating and measuring…');
  progress(0);
  try {
    await showNetwork({ kind: 'network', spec: spec.name, seed: state.seed, scale: state.scale, levers: currentLevers(), t: state.t }, state.seed, undefined, predrawn);
  } catch (err) {
    if (predrawn) drawnFirst = null;
    progress(null);
    showError((err as Error).message);
  }
  saveState();
}

async function loadFiles(files: FileList | File[]): Promise<void> {
  const list = [...files];
  if (list.length === 0) return;
  showError(null);
  const nodesFile = list.length > 1 ? list.find((f) => /node/i.test(f.name)) : undefined;
  const edgesFile = list.find((f) => f !== nodesFile)!;
  if (edgesFile.size > 64 * 1024 * 1024) return showError(`${edgesFile.name}: larger than the 64 MB limit`);
  status(`Reading ${edgesFile.name}…`);
  try {
    const text = new Uint8Array(await edgesFile.arrayBuffer());
    const nodes = nodesFile ? { text: new Uint8Array(await nodesFile.arrayBuffer()), file: nodesFile.name } : undefined;
    await showNetwork({ kind: 'import', spec: spec.name, text, file: edgesFile.name, ...(nodes ? { nodes } : {}) }, state.seed, () => {
      state = { ...state, node: null, levers: [], t: 0 };
      fillControls();
    });
  } catch (err) {
    status('');
    progress(null);
    showError((err as Error).message);
  }
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function exportGraph(): Graph {
  const g = metrics ? withMetrics(view.graph, metrics) : view.graph.copy();
  g.forEachNode((n) => g.removeNodeAttribute(n, 'highlighted'));
  return g;
}

function wire(): void {
  const onState = (fn: () => void) => () => {
    fn();
    saveState();
  };
  /** Reads seed and scale from their inputs; false (with an error shown) when the seed is not an integer the generator takes. */
  const readNetworkInputs = (): boolean => {
    const typed = ($('seed') as HTMLInputElement).value.trim();
    const seed = /^[+-]?\d+$/.test(typed) ? Number(typed) : NaN;
    if (!Number.isSafeInteger(seed) || seed < -2147483648 || seed > 2147483647) {
      showError(`Seed: expected an integer in [-2147483648, 2147483647], got ${JSON.stringify(typed)}`);
      return false;
    }
    state.seed = seed;
    state.scale = Number(($('scale') as HTMLSelectElement).value) || 1;
    return true;
  };
  $('generate').addEventListener('click', () => {
    if (!readNetworkInputs()) return;
    state.node = null;
    void generate();
  });
  $('color').addEventListener('change', onState(() => {
    state.color = ($('color') as HTMLSelectElement).value;
    view.colorBy(state.color);
    renderLegend();
  }));
  $('size').addEventListener('change', onState(() => {
    state.size = ($('size') as HTMLSelectElement).value;
    view.sizeBy(state.size);
  }));
  $('sector-filter').addEventListener('change', onState(() => {
    const boxes = [...document.querySelectorAll<HTMLInputElement>('#sector-filter input')];
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    state.sectors = checked.length === boxes.length ? null : checked;
    applyFilters();
  }));
  $('attribute-filters').addEventListener('change', onState(() => {
    const attrs: Record<string, string> = {};
    for (const sel of document.querySelectorAll<HTMLSelectElement>('#attribute-filters select')) if (sel.value) attrs[sel.dataset.attribute!] = sel.value;
    state.attrs = attrs;
    applyFilters();
  }));
  $('spec').addEventListener('change', () => {
    const name = ($('spec') as HTMLSelectElement).value;
    spec = specView(specName(name));
    state = { ...state, spec: name === specList()[0]!.name ? '' : name, node: null, levers: [], t: 0, sectors: null, attrs: {}, color: 'sector' };
    levers = [];
    fillSpecControls();
    fillControls();
    scenarioPanel?.reset();
    void generate();
  });
  $('hide-isolates').addEventListener('change', onState(() => { state.hideIsolates = ($('hide-isolates') as HTMLInputElement).checked; applyFilters(); }));
  $('giant-only').addEventListener('change', onState(() => { state.giantOnly = ($('giant-only') as HTMLInputElement).checked; applyFilters(); }));
  $('min-degree').addEventListener('change', onState(() => { state.minDegree = Math.max(0, Math.trunc(Number(($('min-degree') as HTMLInputElement).value) || 0)); applyFilters(); }));
  $('search').addEventListener('input', () => suggest(($('search') as HTMLInputElement).value));
  $('search').addEventListener('change', () => {
    const q = ($('search') as HTMLInputElement).value.trim();
    if (!q) return;
    const lower = q.toLowerCase();
    const hit = view.graph.hasNode(q) ? q : view.graph.findNode((n, a) => n.toLowerCase() === lower || String(a.label ?? '').toLowerCase() === lower) ?? view.graph.findNode((n, a) => String(a.label ?? n).toLowerCase().includes(lower));
    if (hit) select(hit);
    else status(`No node matches "${q}".`);
  });
  view.renderer.on('clickNode', ({ node }) => select(node));
  view.renderer.on('clickStage', () => select(null));

  scenarioPanel = mountScenarioPanel({
    compute,
    spec: () => spec,
    settings: () => ({ seed: state.seed, scale: state.scale, levers: state.levers, t: state.t }),
    readNetworkInputs,
    regenerate: async () => {
      state.node = null;
      await generate();
    },
    setLevers: (names) => {
      state.levers = names;
      saveState();
    },
    setT: (t) => (state.t = t),
    showError,
  });

  $('export-png').addEventListener('click', () => void downloadAsPNG(view.renderer, { fileName: 'collabnet', backgroundColor: '#ffffff' }));
  $('export-gexf').addEventListener('click', () => download('collabnet.gexf', toGexf(exportGraph()), 'application/xml'));
  $('export-graphml').addEventListener('click', () => download('collabnet.graphml', toGraphml(exportGraph()), 'application/xml'));
  $('export-csv').addEventListener('click', () => metrics && download('collabnet-nodes.csv', metricsToCsv(metrics), 'text/csv'));

  const input = $('file') as HTMLInputElement;
  input.multiple = true;
  input.addEventListener('change', () => {
    if (!input.files) return;
    void loadFiles([...input.files]);
    // Choosing the same file again (after editing it, or after another network) must load it again.
    input.value = '';
  });
  const zone = $('dropzone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer?.files) void loadFiles(e.dataTransfer.files);
  });
  zone.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') input.click(); });
}

fillSpecControls();
fillControls();
showNotes(fromUrl.notes);
$('url-notes-close').addEventListener('click', () => ($('url-notes').hidden = true));
saveState();
wire();
// Draw the first network from this thread, with the worker's code and seed, so the same graph the
// worker is measuring appears before the worker has even started; its metrics follow.
try {
  const first = buildNetwork(spec.name, state.seed, state.scale, currentLevers(), state.t);
  drawnFirst = showGraph(first.data, first.source, state.seed);
} catch {
  // Nothing drawn: the worker's reply shows the network, or the error.
}
void firstNetwork;
