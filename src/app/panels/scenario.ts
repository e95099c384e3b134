// Scenario panel: levers, t, runs; Regenerate at t (with the baseline-vs-scenario table) and the sweep chart.
import type { App, Panel } from '../app.js';
import { fill, h } from '../dom.js';
import type { CompareResult, SweepResultLite } from '../protocol.js';
import { renderCompare, renderSweep } from '../scenario/index.js';
import { setError, setProgress, setStatus, setView } from '../store.js';
import { byId } from './dom-ids.js';
import { readNetworkInputs } from './network.js';

/** The number of runs typed, clamped to [2, 200] (12 when not a number). */
const runs = () => Math.max(2, Math.min(200, Math.trunc(Number(byId<HTMLInputElement>('runs').value) || 12)));

/** The lever boxes: one per lever of the spec, checked as the state says. */
function showLevers({ store }: App): void {
  const { levers, view } = store.get();
  fill(byId('lever-list'), ...levers.map((l) => h('label', { title: l.description }, h('input', { type: 'checkbox', value: l.name, checked: view.levers.includes(l.name) }), ` ${l.title}`)));
}

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
    let lastSweep: SweepResultLite | null = null;
    const chartMenu = byId<HTMLSelectElement>('chart-metric');
    const showFigures = () => fill(chartMenu, ...store.get().spec.keyFigures.map((k) => h('option', { value: k.metric }, k.label)));
    showFigures();
    showT(app);
    const levers = () => store.get().view.levers.map((lever) => ({ lever }));
    const fail = (err: unknown) => store.update((s) => setError(s, (err as Error).message));

    byId('t').addEventListener('input', () => {
      const t = Number(byId<HTMLInputElement>('t').value);
      byId('t-value').textContent = t.toFixed(2);
      store.update((s) => setView(s, { t }));
    });
    byId('lever-list').addEventListener('change', () =>
      store.update((s) => setView(s, { levers: [...document.querySelectorAll<HTMLInputElement>('#lever-list input:checked')].map((b) => b.value) })),
    );
    byId('regenerate').addEventListener('click', async () => {
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
    });
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
        renderSweep(byId('chart'), lastSweep, chartMenu.value, chartMenu.selectedOptions[0]!.text);
        store.update((s) => setStatus(s, ''));
      } catch (err) {
        fail(err);
      }
      store.update((s) => setProgress(s, null));
    });
    chartMenu.addEventListener('change', () => {
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
      if (s.view.t !== p.view.t && Number(byId<HTMLInputElement>('t').value) !== s.view.t) showT(app);
    });
  },
};
