/**
 * An indexed binary min-heap of node ids keyed by an external distance array, with decrease-key:
 * each node is in the heap at most once, so a Dijkstra sweep does at most n pushes and pops.
 * Buffers are typed arrays sized once and reused across sweeps.
 */
export class IndexedMinHeap {
  readonly heap: Int32Array;
  /** Position of each node in `heap`, or −1. */
  readonly pos: Int32Array;
  size = 0;

  constructor(
    n: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(Math.max(1, n));
    this.pos = new Int32Array(Math.max(1, n)).fill(-1);
  }

  /** Inserts `node`, or moves it up if it is already in (its key must have decreased). */
  pushOrDecrease(node: number): void {
    let i = this.pos[node]!;
    if (i < 0) i = this.size++;
    const heap = this.heap;
    const pos = this.pos;
    const key = this.key;
    const k = key[node]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (key[p]! <= k) break;
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = node;
    pos[node] = i;
  }

  /** Removes and returns the node with the smallest key. */
  pop(): number {
    const heap = this.heap;
    const pos = this.pos;
    const key = this.key;
    const top = heap[0]!;
    pos[top] = -1;
    const n = --this.size;
    if (n > 0) {
      const last = heap[n]!;
      const k = key[last]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && key[heap[c + 1]!]! < key[heap[c]!]!) c++;
        const child = heap[c]!;
        if (key[child]! >= k) break;
        heap[i] = child;
        pos[child] = i;
        i = c;
      }
      heap[i] = last;
      pos[last] = i;
    }
    return top;
  }
}
