import type { ComputeReply, ComputeRequest, LayoutReply, LayoutRequest } from './protocol.js';

type Partial = Extract<ComputeReply, { partial: unknown }>['partial'];
type Pending = { resolve: (v: any) => void; reject: (e: Error) => void; onProgress?: (p: number) => void; onPartial?: (p: Partial) => void };
type DistributiveOmit<T, K extends keyof any> = T extends unknown ? Omit<T, K> : never;

/**
 * Promise API over the compute worker: `client.request({kind: 'network', …})` resolves with the
 * worker's result, exactly what the core returns in the CLI.
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
      if ('progress' in r) return p.onProgress?.(r.progress);
      if ('partial' in r) return p.onPartial?.(r.partial);
      this.pending.delete(r.id);
      if (r.ok) p.resolve(r.result);
      else p.reject(new Error(r.error));
    };
  }

  request<T>(req: DistributiveOmit<ComputeRequest, 'id'>, onProgress?: (p: number) => void, onPartial?: (p: Partial) => void): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}), ...(onPartial ? { onPartial } : {}) });
      this.worker.postMessage({ ...req, id } as ComputeRequest);
    });
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
