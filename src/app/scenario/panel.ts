// The scenario panel: levers in plain language, compare and sweep with progress, cancel and the
// uncertainty choice, the sweep chart, and the sensitivity (Sobol') panel for the charted figure.
import { BROWSER_SOBOL_N, type CompareResult, type SensitivityResult, type SweepResultLite, type UncertaintyKind } from '../protocol.js';
import { CancelledError, type ComputeClient } from '../client.js';
import { fill, h } from '../dom.js';
import type { Lever, LeverSetting } from '../../scenarios/index.js';
import type { specView } from '../network.js';
import { renderCompare } from './compare-view.js';
import { renderLevers, updateLeverText } from './lever-view.js';
import { RunStatus } from './run-status.js';
import { renderSensitivity } from './sensitivity-view.js';
import { renderSweep } from './sweep-view.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** What the panel reads from and asks of the page. */
export interface ScenarioContext {
  readonly compute: ComputeClient;
  spec(): ReturnType<typeof specView>;
  /** The current settings: seed, scale, chosen levers, t. */
  settings(): { seed: number; scale: number; levers: string[]; t: number };
  /** Reads seed and scale from their inputs (false, with an error shown, when invalid). */
  readNetworkInputs(): boolean;
  /** Draws the network of the levers at t (the page's generate). */
  regenerate(): Promise<void>;
  setLevers(names: string[]): void;
  setT(t: number): void;
  showError(message: string | null): void;
}

/** Timings of the last compare and sweep (ms), for the browser tests' report. */
export const scenarioTimings: { compare: number[]; sweep: number[]; sensitivity: number[] } = { compare: [], sweep: [], sensitivity: [] };

/** The panel's controls and results; `levers(list)` refills the lever list when a network brings its catalog. */
export function mountScenarioPanel(ctx: ScenarioContext): { levers(list: readonly Lever[]): void; t(t: number): void; reset(): void } {
  let catalog: readonly Lever[] = [];
  let lastSweep: SweepResultLite | null = null;
  let running: number | null = null;
  const status = new RunStatus();
  $('run-status').append(status.el);
  (window as unknown as { __collabnetScenario: typeof scenarioTimings }).__collabnetScenario = scenarioTimings;

  const runs = () => Math.max(2, Math.min(200, Math.trunc(Number(($('runs') as HTMLInputElement).value) || 12)));
  const uncertainty = () => ($('uncertainty') as HTMLSelectElement).value as UncertaintyKind;
  const current = (): LeverSetting[] => ctx.settings().levers.map((lever) => ({ lever }));
  const chartMetric = () => $('chart-metric') as HTMLSelectElement;
  const drawSweep = () => {
    if (!lastSweep) return;
    const sel = chartMetric();
    renderSweep($('chart'), lastSweep, sel.value, sel.selectedOptions[0]?.text ?? sel.value, ctx.spec().thresholds);
  };
  const busy = (on: boolean) => {
    for (const id of ['regenerate', 'sweep', 'run-sensitivity']) ($(id) as HTMLButtonElement).disabled = on;
  };

  /** Runs one long request with the status line, the buttons disabled, and Cancel wired; null when cancelled. */
  async function run<T, S>(what: string, kind: 'compare' | 'sweep' | 'sensitivity', request: Parameters<ComputeClient['request']>[0], onStream?: (s: S) => void): Promise<T | null> {
    ctx.showError(null);
    busy(true);
    status.start(what, () => running !== null && ctx.compute.cancel(running));
    const started = performance.now();
    try {
      const r = await ctx.compute.request<T, S>(request, { onProgress: (p, d) => status.update(p, d), ...(onStream ? { onStream } : {}), onId: (id) => (running = id) });
      scenarioTimings[kind].push(performance.now() - started);
      return r;
    } catch (err) {
      if (err instanceof CancelledError) {
        $('run-status-note').textContent = `${what}: cancelled after ${((performance.now() - started) / 1000).toFixed(1)} s; the results shown are those done before.`;
        return null;
      }
      ctx.showError((err as Error).message);
      return null;
    } finally {
      running = null;
      status.done();
      busy(false);
    }
  }

  $('lever-list').addEventListener('change', () => {
    ctx.setLevers([...document.querySelectorAll<HTMLInputElement>('#lever-list input:checked')].map((b) => b.value));
  });
  $('t').addEventListener('input', () => {
    const t = Number(($('t') as HTMLInputElement).value);
    ctx.setT(t);
    $('t-value').textContent = t.toFixed(2);
    updateLeverText($('lever-list'), catalog, t);
  });

  $('regenerate').addEventListener('click', async () => {
    const s = ctx.settings();
    if (s.levers.length === 0) return ctx.showError('Pick at least one lever to regenerate at t. To go back to the baseline network, press Generate (under Network).');
    if (!ctx.readNetworkInputs()) return;
    await ctx.regenerate();
    $('run-status-note').textContent = '';
    const n = runs();
    const r = await run<CompareResult, CompareResult>(`Comparing baseline and scenario over ${n} paired networks`, 'compare', { kind: 'compare', spec: ctx.spec().name, seed: s.seed, scale: s.scale, levers: current(), t: s.t, runs: n, uncertainty: uncertainty() }, (partial) => renderCompare($('compare'), partial, ctx.spec().keyFigures));
    if (r) renderCompare($('compare'), r, ctx.spec().keyFigures);
  });

  $('sweep').addEventListener('click', async () => {
    const s = ctx.settings();
    if (s.levers.length === 0) return ctx.showError('Pick at least one lever to sweep t from 0 to 1.');
    if (!ctx.readNetworkInputs()) return;
    $('run-status-note').textContent = '';
    const n = runs();
    const onStep = (partial: SweepResultLite) => {
      lastSweep = partial;
      const sel = chartMetric();
      // The fit to the survey per tie type and side can be charted too: where the scenario leaves the survey behind.
      for (const k of Object.keys(partial.steps[0]?.metrics ?? {}))
        if (k.startsWith('fit.tvd.') && ![...sel.options].some((o) => o.value === k)) sel.append(h('option', { value: k }, `TVD to the survey: ${k.slice('fit.tvd.'.length)}`));
      drawSweep();
    };
    const r = await run<SweepResultLite, SweepResultLite>(`Sweeping t over 6 steps × ${n} networks`, 'sweep', { kind: 'sweep', spec: ctx.spec().name, seed: s.seed, scale: s.scale, levers: current(), steps: 6, runs: n, uncertainty: uncertainty() }, onStep);
    if (r) onStep(r);
  });
  chartMetric().addEventListener('change', drawSweep);

  $('run-sensitivity').addEventListener('click', async () => {
    const s = ctx.settings();
    if (!ctx.readNetworkInputs()) return;
    $('run-status-note').textContent = '';
    const figure = chartMetric().value;
    const label = chartMetric().selectedOptions[0]?.text ?? figure;
    const atThreshold = ($('sensitivity-target') as HTMLSelectElement).value === 'threshold';
    const lever = atThreshold ? (s.levers[0] ?? null) : null;
    if (atThreshold && !lever) return ctx.showError('Pick a lever: the sensitivity of a threshold is the t at which it is crossed as that lever rises.');
    const kind = ($('sensitivity-uncertainty') as HTMLSelectElement).value as Exclude<UncertaintyKind, 'seeds'>;
    const n = Number(($('sensitivity-n') as HTMLSelectElement).value) as (typeof BROWSER_SOBOL_N)[number];
    const r = await run<SensitivityResult, never>(`Sobol' indices of ${label}`, 'sensitivity', { kind: 'sensitivity', spec: ctx.spec().name, seed: s.seed, scale: s.scale, figure, lever, n, uncertainty: kind });
    const th = ctx.spec().thresholds.find((x) => x.metric === figure);
    if (r) renderSensitivity($('sensitivity-result'), r, lever && th ? `t where ${th.label} under ${lever}` : `${label} at the baseline`);
  });

  return {
    levers(list) {
      catalog = list;
      const s = ctx.settings();
      renderLevers($('lever-list'), catalog, s.levers, s.t);
    },
    t(t) {
      updateLeverText($('lever-list'), catalog, t);
    },
    reset() {
      lastSweep = null;
      fill($('compare'));
      fill($('chart'));
      fill($('sensitivity-result'));
      $('run-status-note').textContent = '';
    },
  };
}
