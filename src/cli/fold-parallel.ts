import { threadId, Worker } from 'node:worker_threads';
import { foldFinish, foldPlan, foldSearch, type Csr, type FoldPartial, type FoldPlan, type FoldSearchInput, type PathCentralities } from '../metrics/index.js';
import { takeChunk, type FoldReply, type FoldStart, type FoldThreadData } from './fold-thread.js';
import { onInterrupt } from './run.js';

/** The fold worker's entry, beside this module (src/cli/ from source, lib/cli/ compiled). */
export const FOLD_WORKER_URL = new URL('./fold-worker.mjs', import.meta.url);

/** Exact betweenness and harmonic closeness, and which thread searched each chunk. */
export interface ParallelFold extends PathCentralities {
  /** For each chunk of the plan, in order: the Node `threadId` of the thread that searched it (the caller searches too). */
  readonly chunkThread: readonly number[];
  /** How many threads searched chunks, the caller included (1 in-process). */
  readonly threads: number;
  /** For each chunk, in order: milliseconds its search took on its thread. */
  readonly chunkMs: readonly number[];
}

/**
 * Below this many estimated steps of core search (`foldSearchSteps`), the default spreads
 * nothing. Measured here: one step costs about 4.2e-8 s of CPU (baseline 1e6 steps 0.07 s; the
 * clinician-engagement t = 1 scenario 2.6e7, 1.1 s; ×5 2.3e7, 0.95 s; ×10 9.2e7, 4.0 s; ×20 19 s),
 * and each worker thread adds about 0.3 s of CPU (start-up and its own JIT warm-up) and gains
 * nothing when other work holds the cores. 5e7 (about 2 s on one thread) spreads ×10 and up,
 * where two idle cores save seconds, and keeps the baseline, t = 1 and ×5 on one thread.
 */
export const SPREAD_MIN_STEPS = 5e7;

/**
 * Estimated work of the core searches, in Dijkstra edge-slot steps: one Dijkstra over the core's
 * edge slots per source group, plus, with harmonic closeness, one term per pair of nodes in trees
 * hanging from the core (a step of that loop is a division and an add, about 1/25 of a slot step
 * measured on the ×5 and ×20 networks).
 */
export function foldSearchSteps(plan: FoldPlan): number {
  const s = plan.search;
  if (!s) return 0;
  const c = s.cg.global.length;
  const inCoreTrees = s.trees ? s.cg.global.reduce((sum, r) => sum + s.trees!.start[r + 1]! - s.trees!.start[r]!, 0) : 0;
  return s.groups.root.length * s.cg.offsets[c]! + (inCoreTrees * inCoreTrees) / 25;
}

/** Options of `parallelFoldedPathCentralities`. */
export interface ParallelFoldOptions {
  /** false: betweenness only (harmonic closeness all zero), as `foldedBetweenness`. Default true. */
  readonly withHarmonic?: boolean;
  /** The thread entry (default: fold-worker.mjs beside this module). */
  readonly workerUrl?: URL;
  /** Search in-process when `foldSearchSteps` is below this (default 0: always spread; the CLI's default uses `SPREAD_MIN_STEPS`). */
  readonly minSteps?: number;
}

type TypedArray = Int32Array | Float64Array;

/** A copy of a typed array in shared memory, so every worker thread reads the same bytes without a copy of its own. */
function shared<T extends TypedArray>(a: T): T {
  const copy = new (a.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  copy.set(a);
  return copy;
}

/** The search input with every array in shared memory. */
function sharedInput(input: FoldSearchInput): FoldSearchInput {
  const { n, cg, reach, groups, trees } = input;
  return {
    n,
    cg: { local: shared(cg.local), global: shared(cg.global), offsets: shared(cg.offsets), targets: shared(cg.targets), lengths: shared(cg.lengths) },
    reach: shared(reach),
    groups: { root: shared(groups.root), offset: shared(groups.offset), sources: shared(groups.sources) },
    trees: trees && { start: shared(trees.start), members: shared(trees.members), memberDistance: shared(trees.memberDistance) },
  };
}

/**
 * `foldedPathCentralities` (or, with `withHarmonic` false, `foldedBetweenness`) with the core
 * searches spread over `workers` threads (the caller and `workers` − 1 worker threads): each
 * takes the plan's fixed chunks one at a time as it gets free, and `foldFinish`
 * adds the partials in chunk order, so the result has the same bits for every worker count.
 * One worker, or a graph without a 2-core, runs in-process. Workers stop on Ctrl-C / SIGTERM.
 */
export async function parallelFoldedPathCentralities(csr: Csr, workers: number, options: ParallelFoldOptions = {}): Promise<ParallelFold> {
  const { withHarmonic = true, workerUrl = FOLD_WORKER_URL, minSteps = 0 } = options;
  if (!(Number.isInteger(workers) && workers >= 1)) throw new RangeError(`parallelFoldedPathCentralities: workers: expected an integer ≥ 1, got ${workers}`);
  const plan = foldPlan(csr, withHarmonic);
  const threads = Math.min(workers, plan.chunks.length);
  if (threads <= 1 || !plan.search || foldSearchSteps(plan) < minSteps) {
    const search = plan.search;
    const chunkMs: number[] = [];
    const partials = plan.chunks.map(({ from, to }) => {
      const started = performance.now();
      const p = foldSearch(search!, from, to);
      chunkMs.push(performance.now() - started);
      return p;
    });
    return { ...foldFinish(plan, partials), chunkThread: plan.chunks.map(() => threadId), threads: 1, chunkMs };
  }
  const partials = await searchOnThreads(plan, plan.search, threads, workerUrl);
  return { ...foldFinish(plan, partials.map((p) => p.partial)), chunkThread: partials.map((p) => p.thread), threads, chunkMs: partials.map((p) => p.ms) };
}

type Searched = { partial: FoldPartial; thread: number; ms: number };

/**
 * Runs every chunk of the plan on `threads` threads: the caller and `threads` − 1 worker threads.
 * Thread k of the workers searches chunk k first; after that every thread (the caller too) takes
 * the next chunk nobody has taken from a shared counter, so no thread waits for the main thread
 * to hand out work and the last chunks go to whichever thread is free. The caller yields between
 * its chunks so replies and Ctrl-C are handled. The partials by chunk index.
 */
function searchOnThreads(plan: FoldPlan, search: FoldSearchInput, threads: number, workerUrl: URL): Promise<Searched[]> {
  const { chunks } = plan;
  const bounds = new Int32Array(new SharedArrayBuffer(8 * chunks.length));
  chunks.forEach(({ from, to }, c) => bounds.set([from, to], 2 * c));
  const next = new Int32Array(new SharedArrayBuffer(4));
  next[0] = threads - 1;
  const data: FoldThreadData = { input: sharedInput(search), bounds, next };
  const done: Searched[] = new Array(chunks.length);
  const pool: Worker[] = [];
  const stopAll = () => Promise.all(pool.map((w) => w.terminate()));
  return new Promise((resolve, reject) => {
    let finished = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stopInterrupt();
      void stopAll();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const stopInterrupt = onInterrupt(() => fail(new Error('interrupted')));
    const record = (chunk: number, s: Searched) => {
      done[chunk] = s;
      if (++finished === chunks.length) {
        stopInterrupt();
        void stopAll().then(() => resolve(done), fail);
      }
    };
    for (let k = 0; k < threads - 1; k++) {
      const worker = new Worker(workerUrl, { workerData: data });
      pool.push(worker);
      worker.on('message', (reply: FoldReply) => {
        const { from, to } = chunks[reply.chunk]!;
        record(reply.chunk, { partial: { from, to, coreBetweenness: reply.coreBetweenness, harmonic: reply.harmonic }, thread: reply.threadId, ms: reply.searchMs });
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (finished < chunks.length) fail(new Error(`exact betweenness: worker thread ${k} stopped (exit code ${code}) before its chunks were done`));
      });
      const start: FoldStart = { first: k };
      worker.postMessage(start);
    }
    const callerSearches = async () => {
      for (;;) {
        await new Promise((go) => setImmediate(go));
        if (failed) return;
        const c = takeChunk(data);
        if (c < 0) return;
        const started = performance.now();
        const partial = foldSearch(search, chunks[c]!.from, chunks[c]!.to);
        record(c, { partial, thread: threadId, ms: performance.now() - started });
      }
    };
    callerSearches().catch(fail);
  });
}
