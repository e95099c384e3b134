// Keeps the page's URL in step with the view state (what a shared link restores), and makes the
// browser's Back/Forward walk through selections and view changes: each becomes a history entry
// (pushState); other changes (camera, a network being loaded) replace the current one.
import type { App } from './app.js';
import { setCamera } from './camera.js';
import { knownValues } from './known-values.js';
import { specList, specName, specView } from './network.js';
import { readState, writeState, type ViewState } from './state.js';
import { switchSpec, type AppState } from './store.js';

/** Changes that get a history entry of their own. */
const STEPS: readonly (keyof ViewState)[] = ['node', 'color', 'size', 'sectors', 'attrs', 'hideIsolates', 'giantOnly', 'minDegree', 'spec', 'seed', 'scale', 'levers', 't'];
/** What makes a network: when Back/Forward changes one of these, the network is generated again. */
const NETWORK: readonly (keyof ViewState)[] = ['spec', 'seed', 'scale', 't'];

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Writes the view state into the URL now and after each change; restores it on Back/Forward. */
export function connectUrl(app: App): void {
  const { store, view, networks } = app;
  const url = (s: AppState) => `${location.pathname}${writeState(s.view)}`;
  history.replaceState(null, '', url(store.get()));
  let restoring = false;
  let scheduled = false;
  let push = false;
  store.subscribe((s, p) => {
    if (s.view === p.view) return;
    // A change on the same network, asked for by the user (not Back/Forward itself), is a step.
    if (!restoring && s.network.id === p.network.id && STEPS.some((k) => !same(s.view[k], p.view[k]))) push = true;
    if (scheduled) return;
    scheduled = true;
    // Several changes of one action make one entry.
    queueMicrotask(() => {
      scheduled = false;
      const target = url(store.get());
      if (push && target !== `${location.pathname}${location.search}`) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
      push = false;
    });
  });
  window.addEventListener('popstate', () => {
    const before = store.get();
    const name = specName(new URLSearchParams(location.search).get('spec'));
    const spec = name === before.spec.name ? before.spec : specView(name);
    const { state } = readState(location.search, knownValues(spec));
    restoring = true;
    try {
      if (spec !== before.spec) store.update((s) => switchSpec(s, spec, name === specList()[0]!.name));
      store.update((s) => ({ ...s, view: { ...state } }));
    } finally {
      restoring = false;
    }
    // A loaded file is not in the URL: Back/Forward moves within it without replacing it.
    const regenerate = !before.network.file && (spec !== before.spec || NETWORK.some((k) => !same(state[k], before.view[k])) || !same(state.levers, before.view.levers));
    if (regenerate) void networks.generate(false);
    else setCamera(view, state.camera);
  });
}
