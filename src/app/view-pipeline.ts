// Keeps the Sigma view in step with the store: colour → size → filters → selection, each recomputed
// only when what it reads changed. The rules are plugged in here (`VIEW_RULES`): a new colour scale,
// size rule or filter replaces one function, and the view's reducers draw what it returns.
import { colorMapping, countShown, recordsOf, sizeMapping, type ColorMapping } from './appearance/index.js';
import { decodeFilters, describeFilters, visibleNodes, type Filters } from './filters/index.js';
import type { GraphView } from './graph-view.js';
import { setDerived, type AppState, type LegendEntry, type Store } from './store.js';

/** A colouring: each node's colour, the legend, and the mapping (to recount the legend over the nodes shown). */
export interface Coloring {
  colors: Map<string, string>;
  legend: LegendEntry[];
  mapping?: ColorMapping;
}

/** The rules the view is drawn with. */
export interface ViewRules {
  /** Colours (and the legend) for the state's colour mode. */
  color(state: AppState, view: GraphView): Coloring;
  /** Sizes for the state's size mode. */
  size(state: AppState, view: GraphView): { sizes: Map<string, number>; legend: AppState['derived']['sizes'] };
  /** The nodes shown. */
  visible(state: AppState, view: GraphView): Set<string>;
}

/** The filters the view state describes (attribute filters read against the network on screen). */
export function filtersOf(state: AppState, view: GraphView): Filters {
  const v = state.view;
  const { attributes } = recordsOf(view.graph, view.rows);
  return { sectors: v.sectors ? new Set(v.sectors) : null, attributes: decodeFilters(v.attrs, attributes).filters, hideIsolates: v.hideIsolates, giantOnly: v.giantOnly, minDegree: v.minDegree };
}

/** The rules the page uses: categorical colours, √-scaled sizes, the Filter panel's filters. */
export const VIEW_RULES: ViewRules = {
  color: (s, view) => {
    const { records, attributes } = recordsOf(view.graph, view.rows);
    const mapping = colorMapping(records, s.view.color, attributes, { sectors: s.spec.sectors });
    const colors = new Map(records.map((r) => [r.id, mapping.colorOf(r.id)]));
    return { colors, legend: mapping.legend.kind === 'categorical' ? mapping.legend.items.map(({ label, color, count }) => ({ label, color, count })) : [], mapping };
  },
  size: (s, view) => {
    const { records, attributes } = recordsOf(view.graph, view.rows);
    const mapping = sizeMapping(records, s.view.size, attributes);
    return { sizes: new Map(records.map((r) => [r.id, mapping.sizeOf(r.id)])), legend: { attribute: s.view.size === 'file' ? 'as in file' : s.view.size, items: mapping.legend } };
  },
  visible: (s, view) => visibleNodes(view.graph, view.rows, filtersOf(s, view)),
};

/** Whether any of these fields of the view state changed. */
const changed = (s: AppState, p: AppState, keys: readonly (keyof AppState['view'])[]) => keys.some((k) => s.view[k] !== p.view[k]);

/**
 * Subscribes the view to the store. `onVisible` is told the number of nodes shown (the probe).
 * Returns `refresh`, which recomputes everything (after the graph itself changed).
 */
export function connectView(store: Store<AppState>, view: GraphView, rules: ViewRules = VIEW_RULES, onVisible: (n: number) => void = () => {}): () => void {
  let coloring: Coloring = { colors: new Map(), legend: [] };
  let sizing: ReturnType<ViewRules['size']> = { sizes: new Map(), legend: null };
  /** The legend counts the nodes shown (colours stay those of the whole network). */
  const legendShown = (): LegendEntry[] => {
    const m = coloring.mapping;
    if (!m) return coloring.legend;
    const { records } = recordsOf(view.graph, view.rows);
    return countShown(m, records, (id) => view.visible.has(id)).map(({ label, color, count }) => ({ label, color, count }));
  };
  const gradientOf = (s: AppState): AppState['derived']['gradient'] => {
    const l = coloring.mapping?.legend;
    return l?.kind === 'gradient' ? { attribute: s.view.color, min: l.gradient.min, max: l.gradient.max, stops: l.gradient.stops, missing: l.missing } : null;
  };
  const look = (s: AppState) => {
    coloring = rules.color(s, view);
    sizing = rules.size(s, view);
    view.setLook({ colors: coloring.colors, sizes: sizing.sizes });
  };
  const filter = (s: AppState) => {
    const filters = filtersOf(s, view);
    const visible = rules.visible(s, view);
    view.setVisible(visible);
    onVisible(visible.size);
    return { visible: visible.size, filters: describeFilters(filters.attributes) };
  };
  const all = (s: AppState) => {
    view.sectors = s.spec.sectors;
    look(s);
    const shown = filter(s);
    store.update((x) => setDerived(x, { ...shown, legend: legendShown(), gradient: gradientOf(s), sizes: sizing.legend }));
  };
  store.subscribe((s, p) => {
    const network = s.network.id !== p.network.id || s.network.metrics !== p.network.metrics || s.spec !== p.spec;
    if (network) all(s);
    else {
      if (changed(s, p, ['color', 'size'])) {
        look(s);
        store.update((x) => setDerived(x, { legend: legendShown(), gradient: gradientOf(s), sizes: sizing.legend }));
      }
      if (changed(s, p, ['sectors', 'attrs', 'hideIsolates', 'giantOnly', 'minDegree'])) {
        const shown = filter(s);
        store.update((x) => setDerived(x, { ...shown, legend: legendShown() }));
      }
    }
    if (s.view.node !== p.view.node || (network && s.view.node)) view.select(s.view.node);
  });
  return () => all(store.get());
}
