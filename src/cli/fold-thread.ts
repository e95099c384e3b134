import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { FoldSearchInput } from '../metrics/fold-plan.js';
import { foldSearch } from '../metrics/fold-search.js';

/** A chunk to search: its index in the plan and its range of source groups. */
export interface FoldTask {
  readonly chunk: number;
  readonly from: number;
  readonly to: number;
}

/** A searched chunk as a thread posts it back (the partial's buffers transferred, not copied). */
export interface FoldReply {
  readonly chunk: number;
  /** The Node thread that searched it. */
  readonly threadId: number;
  readonly coreBetweenness: Float64Array;
  readonly harmonic: Float64Array | null;
  /** Milliseconds the search took on the thread. */
  readonly searchMs: number;
}

/**
 * The body of a fold worker thread (fold-worker.mjs): reads the search input (shared memory) from
 * `workerData`, then answers each posted `FoldTask` with the chunk's `foldSearch` partial. Exactly
 * the function the single-threaded path runs, so results do not depend on the thread.
 */
export function runFoldThread(): void {
  const input = workerData as FoldSearchInput;
  const port = parentPort!;
  port.on('message', (task: FoldTask) => {
    const started = performance.now();
    const p = foldSearch(input, task.from, task.to);
    const reply: FoldReply = { chunk: task.chunk, threadId, coreBetweenness: p.coreBetweenness, harmonic: p.harmonic, searchMs: performance.now() - started };
    const buffers = [p.coreBetweenness.buffer, ...(p.harmonic ? [p.harmonic.buffer] : [])] as ArrayBuffer[];
    port.postMessage(reply, buffers);
  });
}
