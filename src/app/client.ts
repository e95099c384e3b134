import type { ComputeReply, ComputeRequest, LayoutReply, LayoutRequest, Progress } from './protocol.js';

type Partial = Extract<ComputeReply, { partial: unknown }>['partial'];
type Stream = Extract<ComputeReply, { stream: unknown }>['stream'];
type Pending = { resolve: (v: any) => void; reject: (e: Error) => void; onProgress?: (p: number, detail?: Progress) => void; onPartial?: (p: Partial) => void; onStream?: (s: any) => void };
type DistributiveOmit<T, K extends keyof any> = T extends unknown ? Omit<T, K> : never;

/** The error a cancelled request rejects with (`err.cancelled` is true). */
export class CancelledError extends Error {
  readonly cancelled = true;
}

/** Optional callbacks of a request: progress (share done, and per network with a time estimate), the network before its metrics, results so far. */
export interface RequestHooks<S = Stream> {
  onProgress?: (p: number, detail?: Progress) => void;
  onPartial?: (p: Partial) => void;
  onStream?: (s: S) => void;
  /** Receives the request's id as soon as it is sent (for `cancel`). */
  onId?: (id: number) => void;
}

/**
 * Promise API over the compute worker: `client.request({kind: 'network', …})` resolves with the
 * worker's result, exactly what the core returns in the CLI. `cancel(id)` stops a compare, sweep
 * or sensitivity run between two networks; its promise rejects with a `CancelledError`.
 */
export class ComputeClient {
  private readonly worker = new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor() {
    this.worker.onmessage = (e: MessageEvent<ComputeReply>) => {
      const r = e.data;
      const p = this.pending.get(r.id);
      if (!p) return;
      if ('progress' in r) return p.onProgress?.(r.progress, r.detail);
      if ('partial' in r) return p.onPartial?.(r.partial);
      if ('stream' in r) return p.onStream?.(r.stream);
      this.pending.delete(r.id);
      if (r.ok) p.resolve(r.result);
      else p.reject(r.cancelled ? new CancelledError('cancelled') : new Error(r.error));
    };
  }

  /** Sends a request; the second argument is a progress callback or a set of hooks. */
  request<T, S = Stream>(req: DistributiveOmit<Exclude<ComputeRequest, { kind: 'cancel' }>, 'id'>, hooks?: ((p: number, detail?: Progress) => void) | RequestHooks<S>, onPartial?: (p: Partial) => void): Promise<T> {
    const id = this.next++;
    const h: RequestHooks<S> = typeof hooks === 'function' ? { onProgress: hooks } : (hooks ?? {});
    const partial = onPartial ?? h.onPartial;
    h.onId?.(id);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(h.onProgress ? { onProgress: h.onProgress } : {}), ...(partial ? { onPartial: partial } : {}), ...(h.onStream ? { onStream: h.onStream as (s: unknown) => void } : {}) });
      this.worker.postMessage({ ...req, id } as ComputeRequest);
    });
  }

  /** Asks the worker to stop request `id` between two networks. */
  cancel(id: number): void {
    this.worker.postMessage({ id: this.next++, kind: 'cancel', target: id } satisfies ComputeRequest);
  }
}

/** Promise API over the layout worker; a newer request makes older ones resolve with `null`. */
export class LayoutClient {
  private worker = this.spawn();
  private current = 0;
  private pending: ((v: Extract<LayoutReply, { done: true }> | null) => void) | null = null;

  private spawn(): Worker {
    return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  }

  run(req: Omit<LayoutRequest, 'id'>, onProgress: (p: number) => void): Promise<Extract<LayoutReply, { done: true }> | null> {
    if (this.pending) {
      // Abandon the running layout: restart the worker.
      this.pending(null);
      this.worker.terminate();
      this.worker = this.spawn();
    }
    const id = ++this.current;
    return new Promise((resolve) => {
      this.pending = resolve;
      this.worker.onmessage = (e: MessageEvent<LayoutReply>) => {
        const r = e.data;
        if (r.id !== id) return;
        if ('done' in r) {
          this.pending = null;
          resolve(r);
        } else onProgress(r.progress);
      };
      this.worker.postMessage({ ...req, id });
    });
  }
}
