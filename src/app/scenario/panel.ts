// The scenario panel: levers in plain language, compare and sweep with progress, cancel and the
// uncertainty choice, the sweep chart, and the sensitivity (Sobol') panel for the charted figure.
import { BROWSER_SOBOL_N, type CompareResult, type SensitivityResult, type SweepResultLite, type UncertaintyKind } from '../protocol.js';
import { CancelledError, type ComputeClient } from '../client.js';
import { fill, h } from '../dom.js';
import type Graph from 'graphology';
import { diffNetworks, type Lever, type LeverSetting } from '../../scenarios/index.js';
import { buildNetwork, type specView } from '../network.js';
import { renderDiff, type DiffMode } from './diff-view.js';
import { renderCompare } from './compare-view.js';
import { renderLevers, updateLeverText } from './lever-view.js';
import { RunStatus } from './run-status.js';
import { renderSensitivity } from './sensitivity-view.js';
import { renderSweep } from './sweep-view.js';
import { inSentence } from '../in-sentence.js';

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
  /** The network on screen, once laid out (its node attributes hold the positions); null before. */
  drawn(): Graph | null;
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

  // Baseline ↔ scenario: after Regenerate at t, the same seed's baseline beside the scenario on screen.
  let shownScenario: { seed: number; scale: number; levers: string[]; t: number } | null = null;
  let diffMode: DiffMode = 'side';
  let highlight = true;
  const overlay = $('diff-overlay');
  const showDiff = () => {
    const scenario = ctx.drawn();
    if (!shownScenario || !scenario) return ctx.showError('Regenerate at t first: the comparison shows the scenario on screen beside its baseline.');
    if (scenario.order > 20_000) return ctx.showError(`Baseline ↔ scenario draws up to 20,000 nodes; this network has ${scenario.order.toLocaleString('en-US')} (choose a smaller scale).`);
    const s = shownScenario;
    const spec = ctx.spec();
    const baseline = buildNetwork(spec.name, s.seed, s.scale, [], 0).graph;
    const positions = new Map<string, [number, number]>();
    scenario.forEachNode((n, a) => positions.set(n, [a.x as number, a.y as number]));
    const diff = diffNetworks(baseline, scenario);
    const colours = new Map(spec.sectors.map((x) => [x.id, x.colour]));
    const counts = new Map<string, number>();
    for (const n of diff.leftIsolation) {
      const sector = String(scenario.getNodeAttribute(n, 'sector'));
      counts.set(sector, (counts.get(sector) ?? 0) + 1);
    }
    const leftBySector = spec.sectors.filter((x) => counts.has(x.id)).map((x) => `${counts.get(x.id)!.toLocaleString('en-US')} ${counts.get(x.id) === 1 ? inSentence(x.label) : x.plural}`).join(', ') || 'none';
    overlay.hidden = false;
    renderDiff(
      overlay,
      { baseline, scenario, positions, colour: (sector) => colours.get(sector) ?? '#999', diff, titles: { baseline: `Baseline (seed ${s.seed})`, scenario: `Scenario: ${s.levers.join(' + ')} at t = ${s.t}` }, leftBySector },
      diffMode,
      highlight,
      (m) => {
        diffMode = m;
        showDiff();
      },
      (on) => {
        highlight = on;
        showDiff();
      },
      () => (overlay.hidden = true),
    );
  };
  $('side-by-side').addEventListener('click', showDiff);

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
    overlay.hidden = true;
    await ctx.regenerate();
    shownScenario = { ...ctx.settings() };
    ($('side-by-side') as HTMLButtonElement).disabled = false;
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
      shownScenario = null;
      overlay.hidden = true;
      ($('side-by-side') as HTMLButtonElement).disabled = true;
      fill($('compare'));
      fill($('chart'));
      fill($('sensitivity-result'));
      $('run-status-note').textContent = '';
    },
  };
}
