// Scenario panel: levers, t, runs; Regenerate at t (with the baseline-vs-scenario table) and the sweep chart.
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import type { CompareResult, SweepResultLite } from '../protocol.js';
import { renderCompare, renderSweep } from '../scenario/index.js';
import { setError, setProgress, setStatus, setView } from '../store.js';
import { byId } from './dom-ids.js';
import { confirmReplace } from './imported.js';
import { readNetworkInputs } from './network.js';

/** The number of runs typed, clamped to [2, 200] (12 when not a number). */
const runs = () => Math.max(2, Math.min(200, Math.trunc(Number(byId<HTMLInputElement>('runs').value) || 12)));

/** The chart's figure: the state's, if the menu has it, else the menu's first. */
function showChart({ store }: App): void {
  const menu = byId<HTMLSelectElement>('chart-metric');
  const want = store.get().view.chart;
  if (want && ![...menu.options].some((o) => o.value === want) && want.startsWith('fit.tvd.')) menu.append(h('option', { value: want }, `TVD to the survey: ${want.slice('fit.tvd.'.length)}`));
  if (want && [...menu.options].some((o) => o.value === want)) menu.value = want;
}

/** The lever boxes: one per lever of the spec, checked as the state says. */
function showLevers({ store }: App): void {
  const { levers, view } = store.get();
  fill(byId('lever-list'), ...levers.map((l) => h('label', { title: l.description }, h('input', { type: 'checkbox', value: l.name, checked: view.levers.includes(l.name) }), ` ${l.title}`)));
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
    let lastSweep: SweepResultLite | null = null;
    const chartMenu = byId<HTMLSelectElement>('chart-metric');
    const showFigures = () => fill(chartMenu, ...store.get().spec.keyFigures.map((k) => h('option', { value: k.metric }, k.label)));
    showFigures();
    showChart(app);
    showT(app);
    const runsInput = byId<HTMLInputElement>('runs');
    runsInput.value = String(store.get().view.runs);
    runsInput.addEventListener('input', () => store.update((s) => setView(s, { runs: runs() })));
    const levers = () => store.get().view.levers.map((lever) => ({ lever }));
    const fail = (err: unknown) => store.update((s) => setError(s, (err as Error).message));

    byId('t').addEventListener('input', () => {
      const t = Number(byId<HTMLInputElement>('t').value);
      store.update((s) => setView(s, { tNext: t === s.view.t ? null : t }));
    });
    byId('lever-list').addEventListener('change', () =>
      store.update((s) => setView(s, { levers: [...document.querySelectorAll<HTMLInputElement>('#lever-list input:checked')].map((b) => b.value) })),
    );
    byId('regenerate').addEventListener('click', () => confirmReplace(app, 'A scenario network', () => void regenerate()));
    const regenerate = async () => {
      if (store.get().view.levers.length === 0) return fail(new Error('Pick at least one lever to regenerate at t. To go back to the baseline network, press Generate (under Network).'));
      if (!readNetworkInputs(app)) return;
      store.update((s) => setView(s, { node: null }));
      await networks.generate();
      const n = runs();
      const { view: v, spec } = store.get();
      store.update((s) => setStatus(s, `Comparing baseline and scenario over ${n} paired networks…`));
      try {
        const r = await compute.request<CompareResult>({ kind: 'compare', spec: spec.name, seed: v.seed, scale: v.scale, levers: levers(), t: v.t, runs: n }, (p) => store.update((s) => setProgress(s, p)));
        renderCompare(byId('compare'), r, spec.keyFigures);
        store.update((s) => setStatus(s, ''));
      } catch (err) {
        fail(err);
      }
      store.update((s) => setProgress(s, null));
    };
    byId('sweep').addEventListener('click', async () => {
      if (store.get().view.levers.length === 0) return fail(new Error('Pick at least one lever to sweep t from 0 to 1.'));
      if (!readNetworkInputs(app)) return;
      const n = runs();
      const { view: v, spec } = store.get();
      store.update((s) => setStatus(s, `Sweeping t over 6 steps × ${n} networks…`));
      try {
        lastSweep = await compute.request<SweepResultLite>({ kind: 'sweep', spec: spec.name, seed: v.seed, scale: v.scale, levers: levers(), steps: 6, runs: n }, (p) => store.update((s) => setProgress(s, p)));
        // The fit to the survey per tie type and side can be charted too: where the scenario leaves the survey behind.
        for (const k of Object.keys(lastSweep.steps[0]?.metrics ?? {}))
          if (k.startsWith('fit.tvd.') && ![...chartMenu.options].some((o) => o.value === k)) chartMenu.append(h('option', { value: k }, `TVD to the survey: ${k.slice('fit.tvd.'.length)}`));
        showChart(app);
        renderSweep(byId('chart'), lastSweep, chartMenu.value, chartMenu.selectedOptions[0]!.text);
        store.update((s) => setStatus(s, ''));
      } catch (err) {
        fail(err);
      }
      store.update((s) => setProgress(s, null));
    });
    chartMenu.addEventListener('change', () => {
      store.update((s) => setView(s, { chart: chartMenu.value === chartMenu.options[0]?.value ? '' : chartMenu.value }));
      if (lastSweep) renderSweep(byId('chart'), lastSweep, chartMenu.value, chartMenu.selectedOptions[0]!.text);
    });

    store.subscribe((s, p) => {
      if (s.spec !== p.spec) {
        showFigures();
        fill(byId('compare'));
        fill(byId('chart'));
        lastSweep = null;
      }
      if (s.levers !== p.levers) showLevers(app);
      else if (s.view.levers !== p.view.levers) for (const b of document.querySelectorAll<HTMLInputElement>('#lever-list input')) b.checked = s.view.levers.includes(b.value);
      if (s.view.t !== p.view.t || s.view.tNext !== p.view.tNext) showT(app);
      if (s.view.runs !== p.view.runs) runsInput.value = String(s.view.runs);
      if (s.view.chart !== p.view.chart || s.spec !== p.spec) showChart(app);
    });
  },
};
