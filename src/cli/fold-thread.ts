import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { FoldSearchInput } from '../metrics/fold-plan.js';
import { foldSearch } from '../metrics/fold-search.js';

/**
 * What a fold thread reads once, in shared memory: the search input, the plan's chunks as
 * `[from0, to0, from1, to1, …]` source-group ranges, and the index of the next chunk nobody has
 * taken yet (`next[0]`, taken with `Atomics.add` by every searching thread, the caller included).
 */
export interface FoldThreadData {
  readonly input: FoldSearchInput;
  readonly bounds: Int32Array;
  readonly next: Int32Array;
}

/** Starts a thread's searches: the chunk it searches first (its own, so every thread gets work), then it takes chunks from `next`. */
export interface FoldStart {
  readonly first: number;
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

/** Takes the next unsearched chunk for this thread: its index, or -1 when none is left. */
export function takeChunk(data: FoldThreadData): number {
  const c = Atomics.add(data.next, 0, 1);
  return c < data.bounds.length / 2 ? c : -1;
}

/**
 * The body of a fold worker thread (fold-worker.mjs): reads the shared `FoldThreadData` from
 * `workerData`; on `FoldStart` searches its first chunk, then takes chunks until none is left,
 * posting each `foldSearch` partial as it is done. Exactly the function the single-threaded path
 * runs, so results do not depend on the thread.
 */
export function runFoldThread(): void {
  const data = workerData as FoldThreadData;
  const port = parentPort!;
  port.on('message', (start: FoldStart) => {
    for (let c = start.first; c >= 0; c = takeChunk(data)) {
      const started = performance.now();
      const p = foldSearch(data.input, data.bounds[2 * c]!, data.bounds[2 * c + 1]!);
      const reply: FoldReply = { chunk: c, threadId, coreBetweenness: p.coreBetweenness, harmonic: p.harmonic, searchMs: performance.now() - started };
      const buffers = [p.coreBetweenness.buffer, ...(p.harmonic ? [p.harmonic.buffer] : [])] as ArrayBuffer[];
      port.postMessage(reply, buffers);
    }
  });
}
