// The explorer page: one store, the Sigma view kept in step with it, the panels, the URL.
// Everything is created before anything runs: no reply of a worker can reach code not yet set up.
import './csp.js';
import { ComputeClient, LayoutClient } from './client.js';
import { GraphView } from './graph-view.js';
import { NetworkLoader } from './loader.js';
import { specName, specView } from './network.js';
import { PANELS } from './panels/index.js';
import { exposeProbe, probe } from './probe.js';
import { readState } from './state.js';
import { createStore, initialState } from './store.js';
import { connectCamera } from './camera.js';
import { knownValues } from './known-values.js';
import { connectUrl } from './url-sync.js';
import { connectView } from './view-pipeline.js';
import type { App } from './app.js';

// The compute worker needs 1–2.5 s just to start in Chromium (measured): it is started first.
const compute = new ComputeClient();
const layout = new LayoutClient();

const spec = specView(specName(new URLSearchParams(location.search).get('spec')));
const fromUrl = readState(location.search, knownValues(spec));
const store = createStore({ ...initialState(spec, fromUrl.state), urlNotes: fromUrl.notes });
const view = new GraphView(document.getElementById('graph')!);
const networks = new NetworkLoader(store, view, compute, layout);
const app: App = { store, view, compute, networks };

exposeProbe(view);
connectView(store, view, undefined, (n) => (probe.visible = n));
connectCamera(store, view, fromUrl.state.camera);
store.subscribe((s, p) => {
  if (s.error && s.error !== p.error) probe.errors++;
});
for (const panel of PANELS) panel.mount(app);
connectUrl(app);

// Ask the worker for the first network, then draw the same network from this thread while it starts.
void networks.generate(false);
networks.drawFirst();
