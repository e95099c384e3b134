// Scenario panel: levers in plain language, t, runs and what varies between runs; Regenerate at t (with
// the baseline-vs-scenario table), the sweep chart and the sensitivity section — src/app/scenario/ —
// wired to the store.
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import { mountScenarioPanel } from '../scenario/index.js';
import { setError, setView } from '../store.js';
import { byId } from './dom-ids.js';
import { readNetworkInputs } from './network.js';

/** The chart's figure: the state's, if the menu has it, else the menu's first. */
function showChart({ store }: App): void {
  const menu = byId<HTMLSelectElement>('chart-metric');
  const want = store.get().view.chart;
  if (want && ![...menu.options].some((o) => o.value === want) && want.startsWith('fit.tvd.')) menu.append(h('option', { value: want }, `TVD to the survey: ${want.slice('fit.tvd.'.length)}`));
  if (want && [...menu.options].some((o) => o.value === want)) menu.value = want;
}

/** Shows t as the state holds it: the slider's (applied or not), and a line when it is not applied yet. */
function showT({ store }: App): void {
  const { t, tNext } = store.get().view;
  const slider = tNext ?? t;
  byId<HTMLInputElement>('t').value = String(slider);
  byId('t-value').textContent = slider.toFixed(2);
  const note = byId('t-pending');
  note.hidden = tNext === null;
  note.textContent = tNext === null ? '' : `t = ${tNext.toFixed(2)} is not applied yet: the network shows t = ${t.toFixed(2)}. Press Regenerate at t (or Generate) to apply it.`;
}

export const scenarioPanel: Panel = {
  name: 'scenario',
  mount(app) {
    const { store, compute, networks } = app;
    const chartMenu = byId<HTMLSelectElement>('chart-metric');
    const showFigures = () => fill(chartMenu, ...store.get().spec.keyFigures.map((k) => h('option', { value: k.metric }, k.label)));
    showFigures();
    showChart(app);
    showT(app);
    const runsInput = byId<HTMLInputElement>('runs');
    runsInput.value = String(store.get().view.runs);
    runsInput.addEventListener('input', () => store.update((s) => setView(s, { runs: Math.max(2, Math.min(200, Math.trunc(Number(runsInput.value) || 12))) })));
    chartMenu.addEventListener('change', () => store.update((s) => setView(s, { chart: chartMenu.value === chartMenu.options[0]?.value ? '' : chartMenu.value })));
    const panel = mountScenarioPanel({
      compute,
      spec: () => store.get().spec,
      settings: () => {
        const v = store.get().view;
        // The t the user asks for: the slider's, applied by Regenerate (the loader applies it), or the applied one.
        return { seed: v.seed, scale: v.scale, levers: v.levers, t: v.tNext ?? v.t };
      },
      readNetworkInputs: () => readNetworkInputs(app),
      regenerate: async () => {
        store.update((s) => setView(s, { node: null }));
        await networks.generate();
      },
      setLevers: (levers) => store.update((s) => setView(s, { levers })),
      // The slider sets t to apply next; the network on screen keeps its t until Regenerate (or Generate).
      setT: (t) => store.update((s) => setView(s, { tNext: t === s.view.t ? null : t })),
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
      if (s.view.t !== p.view.t || s.view.tNext !== p.view.tNext) {
        showT(app);
        panel.t(s.view.tNext ?? s.view.t);
      }
      if (s.view.runs !== p.view.runs) runsInput.value = String(s.view.runs);
      if (s.view.chart !== p.view.chart || s.spec !== p.spec) showChart(app);
    });
  },
};
