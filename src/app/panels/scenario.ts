// Scenario panel: levers in plain language, t, runs and what varies between runs; Regenerate at t (with
// the baseline-vs-scenario table), the sweep chart and the sensitivity section — src/app/scenario/ —
// wired to the store.
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { mountScenarioPanel } from '../scenario/index.js';
import { setError, setView } from '../store.js';
import { byId } from './dom-ids.js';
import { readNetworkInputs } from './network.js';

/** Shows t as the state holds it. */
function showT({ store }: App): void {
  const t = store.get().view.t;
  byId<HTMLInputElement>('t').value = String(t);
  byId('t-value').textContent = t.toFixed(2);
}

export const scenarioPanel: Panel = {
  name: 'scenario',
  mount(app) {
    const { store, compute, networks } = app;
    const chartMenu = byId<HTMLSelectElement>('chart-metric');
    const showFigures = () => fill(chartMenu, ...store.get().spec.keyFigures.map((k) => h('option', { value: k.metric }, k.label)));
    showFigures();
    showT(app);
    const panel = mountScenarioPanel({
      compute,
      spec: () => store.get().spec,
      settings: () => {
        const v = store.get().view;
        return { seed: v.seed, scale: v.scale, levers: v.levers, t: v.t };
      },
      readNetworkInputs: () => readNetworkInputs(app),
      regenerate: async () => {
        store.update((s) => setView(s, { node: null }));
        await networks.generate();
      },
      setLevers: (levers) => store.update((s) => setView(s, { levers })),
      setT: (t) => store.update((s) => setView(s, { t })),
      showError: (message) => store.update((s) => setError(s, message)),
      drawn: () => {
        const n = store.get().network;
        return n.ready && n.file === null && n.source.startsWith('scenario') ? app.view.graph : null;
      },
    });
    panel.levers(store.get().levers);

    store.subscribe((s, p) => {
      if (s.spec !== p.spec) {
        showFigures();
        panel.reset();
      }
      if (s.levers !== p.levers) panel.levers(s.levers);
      else if (s.view.levers !== p.view.levers) for (const b of document.querySelectorAll<HTMLInputElement>('#lever-list input')) b.checked = s.view.levers.includes(b.value);
      if (s.view.t !== p.view.t && Number(byId<HTMLInputElement>('t').value) !== s.view.t) {
        showT(app);
        panel.t(s.view.t);
      }
    });
  },
};
