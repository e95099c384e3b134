// The explorer's one state store: the state, pure reducer functions that return a new state, and
// subscribers told of every change (with the state before it). Panels and the view read the store and
// change it only through `update(reducer)`; nothing else in the app holds mutable page state.
import type { MetricsReport } from '../metrics/index.js';
import type { Lever } from '../scenarios/index.js';
import type { specView } from './network.js';
import { DEFAULT_STATE, type ViewState } from './state.js';

/** Told of each change: the new state and the one before (compare slices by reference). */
export type Listener<S> = (state: S, previous: S) => void;

/** A state container: `get`, `update` with a pure reducer, `subscribe`. */
export interface Store<S> {
  get(): S;
  /** Applies `reducer` to the state; listeners run after. An update asked for by a listener runs when the current one has been told to all. */
  update(reducer: (state: S) => S): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: Listener<S>): () => void;
}

/** Creates a store holding `initial`. A reducer that returns the same object changes nothing and tells no one. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners: Listener<S>[] = [];
  const queue: ((s: S) => S)[] = [];
  let running = false;
  return {
    get: () => state,
    update(reducer) {
      queue.push(reducer);
      if (running) return;
      running = true;
      try {
        while (queue.length) {
          const previous = state;
          state = queue.shift()!(state);
          if (state !== previous) for (const l of [...listeners]) l(state, previous);
        }
      } finally {
        running = false;
        queue.length = 0;
      }
    },
    subscribe(listener) {
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  };
}

/** What the page shows of a spec (sectors, attributes, key figures, levers). */
export type SpecView = ReturnType<typeof specView>;

/** A legend entry: a colour, what it stands for, and how many nodes have it. */
export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

/** The network on screen. */
export interface NetworkInfo {
  /** Bumped each time a network is drawn: views derived from the graph recompute when it changes. */
  id: number;
  /** What the summary line names: "baseline network (seed 1)", a file name, … */
  source: string;
  /** The file it came from, when the user loaded it (null for a generated network). */
  file: string | null;
  /** Its metrics, once measured (null until then). */
  metrics: MetricsReport | null;
  /** Laid out and placed. */
  ready: boolean;
}

/** Everything the page shows and the user set. */
export interface AppState {
  /** What the URL holds (seed, scale, levers, t, colour, size, selected node, filters). */
  view: ViewState;
  /** The spec on screen. */
  spec: SpecView;
  network: NetworkInfo;
  /** The spec's scenario levers, once the worker has sent them. */
  levers: readonly Lever[];
  /** What the view derived from the state: legend and the number of nodes shown (written by the view pipeline). */
  derived: {
    legend: readonly LegendEntry[];
    visible: number;
    /** A numeric colour mode's scale (null for categories). */
    gradient?: { attribute: string; min: number; max: number; stops: readonly string[]; missing: number } | null;
    /** The size mode's legend: values and the radius each is drawn with. */
    sizes?: { attribute: string; items: readonly { value: number; size: number }[] } | null;
    /** The attribute filters that apply, in words ("tier: tertiary"; '' when none). */
    filters?: string;
  };
  /** The work in progress or last done, its progress in [0, 1] (null: none) and the error shown (null: none). */
  status: string;
  progress: number | null;
  error: string | null;
  /** What the page's URL asked for but could not be used (it has been dropped from the URL). */
  urlNotes: readonly string[];
}

/** The state a page starts from: a spec and the URL's view state. */
export function initialState(spec: SpecView, view: ViewState = DEFAULT_STATE): AppState {
  return {
    view,
    spec,
    network: { id: 0, source: '', file: null, metrics: null, ready: false },
    levers: [],
    derived: { legend: [], visible: 0 },
    status: '',
    progress: null,
    error: null,
    urlNotes: [],
  };
}

// Pure reducers: each takes the state (and what changed) and returns the next state.

/** Merges a change into the view state (what the URL holds). */
export const setView = (s: AppState, patch: Partial<ViewState>): AppState => ({ ...s, view: { ...s.view, ...patch } });

/** Selects a node (or none). */
export const selectNode = (s: AppState, node: string | null): AppState => (s.view.node === node ? s : setView(s, { node }));

/** A new network is on screen (drawn, not yet measured nor laid out). */
export const networkShown = (s: AppState, source: string, file: string | null): AppState => ({
  ...s,
  network: { id: s.network.id + 1, source, file, metrics: null, ready: false },
});

/** The network on screen has been measured. */
export const metricsArrived = (s: AppState, metrics: MetricsReport, levers: readonly Lever[]): AppState => ({
  ...s,
  network: { ...s.network, metrics },
  levers: levers.length ? levers : s.levers,
});

/** The network on screen is laid out (or not any more, while a new one is asked for). */
export const networkReady = (s: AppState, ready: boolean): AppState => (s.network.ready === ready ? s : { ...s, network: { ...s.network, ready } });

/** Shows a status line and a progress (null hides the bar). */
export const setStatus = (s: AppState, status: string, progress: number | null = s.progress): AppState => ({ ...s, status, progress });

/** Shows a progress (null hides the bar). */
export const setProgress = (s: AppState, progress: number | null): AppState => (s.progress === progress ? s : { ...s, progress });

/** Shows an error (null clears it). */
export const setError = (s: AppState, error: string | null): AppState => (s.error === error ? s : { ...s, error });

/** Another spec on screen: its levers are unknown until the worker sends them; choices tied to the old spec are reset. */
export const switchSpec = (s: AppState, spec: SpecView, builtIn: boolean): AppState => ({
  ...s,
  spec,
  levers: [],
  view: { ...s.view, spec: builtIn ? '' : spec.name, node: null, levers: [], t: 0, sectors: null, attrs: {}, color: 'sector' },
});

/** Adds notes on what the URL asked for but could not be used. */
export const addUrlNotes = (s: AppState, notes: readonly string[]): AppState => (notes.length ? { ...s, urlNotes: [...s.urlNotes, ...notes] } : s);

/** The legend and visible count the view derived. */
export const setDerived = (s: AppState, derived: Partial<AppState['derived']>): AppState => ({ ...s, derived: { ...s.derived, ...derived } });
