// What every panel is given when it mounts: the store, the view, the workers' clients and the network loader.
import type { ComputeClient } from './client.js';
import type { GraphView } from './graph-view.js';
import type { NetworkLoader } from './loader.js';
import type { AppState, Store } from './store.js';

/** The running explorer. */
export interface App {
  store: Store<AppState>;
  view: GraphView;
  /** The compute worker (generation, metrics, imports, compare, sweep). */
  compute: ComputeClient;
  /** Generates and loads networks (only the latest asked for is shown). */
  networks: NetworkLoader;
}

/** A panel: mounts once on the page, then renders from the store and changes it through reducers. */
export interface Panel {
  name: string;
  mount(app: App): void;
}
