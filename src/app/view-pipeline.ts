// Keeps the Sigma view in step with the store: colour → size → filters → selection, each recomputed
// only when what it reads changed. The rules are plugged in here (`VIEW_RULES`): a new colour scale,
// size rule or filter replaces one function, and the view's reducers draw what it returns.
import { colorBy, sizeBy, type Coloring } from './appearance/index.js';
import { visibleNodes, type Filters } from './filters/index.js';
import type { GraphView } from './graph-view.js';
import { setDerived, type AppState, type Store } from './store.js';

/** The rules the view is drawn with. */
export interface ViewRules {
  /** Colours (and the legend) for the state's colour mode. */
  color(state: AppState, view: GraphView): Coloring;
  /** Sizes for the state's size mode. */
  size(state: AppState, view: GraphView): Map<string, number>;
  /** The nodes shown. */
  visible(state: AppState, view: GraphView): Set<string>;
}

/** The filters the view state describes. */
export function filtersOf(state: AppState): Filters {
  const v = state.view;
  return { sectors: v.sectors ? new Set(v.sectors) : null, attrs: v.attrs, hideIsolates: v.hideIsolates, giantOnly: v.giantOnly, minDegree: v.minDegree };
}

export const VIEW_RULES: ViewRules = {
  color: (s, view) => colorBy(s.view.color, { graph: view.graph, rows: view.rows, sectors: s.spec.sectors }),
  size: (s, view) => sizeBy(s.view.size, view.graph, view.rows),
  visible: (s, view) => visibleNodes(view.graph, view.rows, filtersOf(s)),
};

/** Whether any of these fields of the view state changed. */
const changed = (s: AppState, p: AppState, keys: readonly (keyof AppState['view'])[]) => keys.some((k) => s.view[k] !== p.view[k]);

/**
 * Subscribes the view to the store. `onVisible` is told the number of nodes shown (the probe).
 * Returns `refresh`, which recomputes everything (after the graph itself changed).
 */
export function connectView(store: Store<AppState>, view: GraphView, rules: ViewRules = VIEW_RULES, onVisible: (n: number) => void = () => {}): () => void {
  const look = (s: AppState) => {
    const coloring = rules.color(s, view);
    view.setLook({ colors: coloring.colors, sizes: rules.size(s, view) });
    return coloring.legend;
  };
  const filter = (s: AppState) => {
    const visible = rules.visible(s, view);
    view.setVisible(visible);
    onVisible(visible.size);
    return visible.size;
  };
  const all = (s: AppState) => {
    view.sectors = s.spec.sectors;
    const legend = look(s);
    const visible = filter(s);
    store.update((x) => setDerived(x, { legend, visible }));
  };
  store.subscribe((s, p) => {
    const network = s.network.id !== p.network.id || s.network.metrics !== p.network.metrics || s.spec !== p.spec;
    if (network) all(s);
    else {
      if (changed(s, p, ['color', 'size'])) {
        const legend = look(s);
        store.update((x) => setDerived(x, { legend }));
      }
      if (changed(s, p, ['sectors', 'attrs', 'hideIsolates', 'giantOnly', 'minDegree'])) {
        const visible = filter(s);
        store.update((x) => setDerived(x, { visible }));
      }
    }
    if (s.view.node !== p.view.node || (network && s.view.node)) view.select(s.view.node);
  });
  return () => all(store.get());
}
