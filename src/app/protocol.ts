import type { SerializedGraph } from 'graphology-types';
import type { ImportMessage } from '../formats/read/index.js';
import type { MetricsReport } from '../metrics/index.js';
import type { Interval, Lever, LeverSetting, SweepStep, Threshold } from '../scenarios/index.js';

/** What the explorer asks its compute worker. Every reply carries the request's `id`. */
export type ComputeRequest =
  | { id: number; kind: 'network'; spec: string; seed: number; scale: number; levers: LeverSetting[]; t: number }
  | { id: number; kind: 'import'; spec: string; text: Uint8Array; file: string; nodes?: { text: Uint8Array; file: string } }
  | { id: number; kind: 'compare'; spec: string; seed: number; scale: number; levers: LeverSetting[]; t: number; runs: number }
  | { id: number; kind: 'sweep'; spec: string; seed: number; scale: number; levers: LeverSetting[]; steps: number; runs: number }
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
  rows: { metric: string; baseline: Interval; scenario: Interval; difference: Interval }[];
}

export interface SweepResultLite {
  runs: number;
  steps: SweepStep[];
  thresholds: Threshold[];
}

export type ComputeReply =
  | { id: number; ok: true; kind: 'network'; result: NetworkResult }
  | { id: number; ok: true; kind: 'compare'; result: CompareResult }
  | { id: number; ok: true; kind: 'sweep'; result: SweepResultLite }
  | { id: number; ok: true; kind: 'spec'; result: { name: string } }
  | { id: number; ok: false; error: string }
  | { id: number; progress: number }
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
