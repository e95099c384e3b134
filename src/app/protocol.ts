import type { SerializedGraph } from 'graphology-types';
import type { ImportMessage } from '../formats/read/index.js';
import type { MetricsReport } from '../metrics/index.js';
import type { CompareRow, Lever, LeverSetting, SweepStep, Threshold } from '../scenarios/index.js';
import type { SobolRunResult, UncertaintyKind } from '../sensitivity/index.js';

/** What varies from run to run in the explorer's compare and sweep (the CLI's `--uncertainty`). */
export type { UncertaintyKind };

/** Sizes of the explorer's sensitivity run: a Sobol' base sample N the browser can take in seconds (the CLI's default is 16). */
export const BROWSER_SOBOL_N = [4, 8, 16] as const;

/** What the explorer asks its compute worker. Every reply carries the request's `id`. */
export type ComputeRequest =
  | { id: number; kind: 'network'; spec: string; seed: number; scale: number; levers: LeverSetting[]; t: number }
  | { id: number; kind: 'import'; spec: string; text: Uint8Array; file: string; nodes?: { text: Uint8Array; file: string } }
  | { id: number; kind: 'compare'; spec: string; seed: number; scale: number; levers: LeverSetting[]; t: number; runs: number; uncertainty?: UncertaintyKind }
  | { id: number; kind: 'sweep'; spec: string; seed: number; scale: number; levers: LeverSetting[]; steps: number; runs: number; uncertainty?: UncertaintyKind }
  | { id: number; kind: 'sensitivity'; spec: string; seed: number; scale: number; figure: string; lever: string | null; n: number; uncertainty: Exclude<UncertaintyKind, 'seeds'> }
  /** Stops the request `target` between two networks; it then replies `{ ok: false, cancelled: true }`. */
  | { id: number; kind: 'cancel'; target: number }
  /** A spec and its survey the user loaded: checked as `collabnet spec check` does, then known to the worker by the name it replies with. */
  | { id: number; kind: 'spec'; spec: string; files: { name: string; text: string }[] };

/** A network and its metrics, as the worker returns them. */
export interface NetworkResult {
  graph: SerializedGraph;
  metrics: MetricsReport;
  source: string;
  report: ImportMessage[];
  levers: Lever[];
}

export interface CompareResult {
  runs: number;
  /** Networks per side done so far (= runs when complete). */
  pairs?: number;
  uncertainty?: UncertaintyKind;
  rows: CompareRow[];
}

export interface SweepResultLite {
  runs: number;
  /** Grid points asked for; `steps` holds those done so far. */
  totalSteps?: number;
  uncertainty?: UncertaintyKind;
  steps: SweepStep[];
  thresholds: Threshold[];
}

export interface SensitivityResult extends SobolRunResult {
  readonly figure: string;
  readonly lever: string | null;
  readonly n: number;
  readonly uncertainty: Exclude<UncertaintyKind, 'seeds'>;
  readonly seconds: number;
}

/** Progress of a long request: the share done, and per network how many, of how many, and how long so far. */
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** Estimated time left (elapsed per network × networks left); null before the first network. */
  readonly etaMs: number | null;
}

export type ComputeReply =
  | { id: number; ok: true; kind: 'network'; result: NetworkResult }
  | { id: number; ok: true; kind: 'compare'; result: CompareResult }
  | { id: number; ok: true; kind: 'sweep'; result: SweepResultLite }
  | { id: number; ok: true; kind: 'spec'; result: { name: string } }
  | { id: number; ok: true; kind: 'sensitivity'; result: SensitivityResult }
  | { id: number; ok: false; error: string; cancelled?: boolean }
  | { id: number; progress: number; detail?: Progress }
  /** What is done so far of a compare (rows over the pairs done) or a sweep (the steps done), as it runs. */
  | { id: number; stream: CompareResult | SweepResultLite }
  /** The network as soon as it exists, before its metrics, so the page can draw it at once. */
  | { id: number; partial: { graph: SerializedGraph; source: string } };

/** Layout requests: positions for the connected nodes, in chunks with progress. */
export interface LayoutRequest {
  id: number;
  graph: SerializedGraph;
  seed: number;
  maxIterations: number;
}

export type LayoutReply =
  | { id: number; progress: number; iterations: number }
  | { id: number; done: true; positions: Record<string, [number, number]>; iterations: number; converged: boolean; ms: number };
