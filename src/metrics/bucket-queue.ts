import { MinHeap } from './min-heap.js';

/**
 * Largest common denominator for which `reciprocalScale` allows a bucket queue: one search scans
 * about L × (its largest distance) buckets, which above this costs more than a heap saves.
 */
export const MAX_BUCKET_SCALE = 360;

/**
 * A scale L that makes every path length an integer multiple of 1/L, or 0 if there is none small
 * enough. It exists when every length is a float 1/k with k a whole number (edge weights 1, 2, 3 …),
 * L = lcm of the k's ≤ `MAX_BUCKET_SCALE`, and the rounding of float sums cannot cross 1/(4L):
 * at most `maxTerms` terms per distance, no distance above `maxDistance`. Then float distances
 * compare as their exact rational values do whenever those differ (two floats of different
 * rational values never tie or swap), and only ties in exact value remain for float equality to decide.
 */
export function reciprocalScale(lengths: Float64Array, maxTerms: number, maxDistance: number): number {
  let scale = 1;
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i]!;
    const k = Math.round(1 / len);
    if (!(k >= 1 && k <= MAX_BUCKET_SCALE) || 1 / k !== len) return 0;
    if (scale % k !== 0) {
      scale = (scale / gcd(scale, k)) * k;
      if (scale > MAX_BUCKET_SCALE) return 0;
    }
  }
  const roundingBound = (maxTerms + 1) * 2 ** -52 * (maxDistance + 1);
  return roundingBound < 1 / (4 * scale) ? scale : 0;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * A monotone bucket queue (Dial 1969) of nodes keyed by distance, for lengths that are multiples of
 * 1/`scale` (see `reciprocalScale`): keys are rounded to whole units of 1/scale measured from the
 * search's origin, and one bucket per unit, kept in a ring of `maxStep + 1` buckets, holds the
 * nodes of that key in no particular order. Push and pop cost O(1) plus the empty buckets passed.
 * Lazy like `MinHeap`: a node may be pushed again with a smaller key; the caller skips repeats.
 * Keys pushed must not be below the last popped key (true of Dijkstra with positive lengths).
 */
export class BucketQueue {
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly nodes: Int32Array;
  private entries = 0;
  private origin = 0;
  /** Key of the current bucket, in units, and its place in the ring. */
  private current = 0;
  private cursor = 0;
  size = 0;

  /**
   * @param scale units per unit of length
   * @param maxStep largest edge length in units (the ring has maxStep + 1 buckets)
   * @param capacity most pushes between two `clear`s
   */
  constructor(
    private readonly scale: number,
    maxStep: number,
    capacity: number,
  ) {
    this.head = new Int32Array(maxStep + 1).fill(-1);
    this.next = new Int32Array(Math.max(1, capacity));
    this.nodes = new Int32Array(Math.max(1, capacity));
  }

  /** Empties the queue (call when it is empty or to start over) and measures keys from `origin`. */
  clear(origin: number): void {
    if (this.size > 0) this.head.fill(-1);
    this.size = 0;
    this.entries = 0;
    this.origin = origin;
    this.current = 0;
    this.cursor = 0;
  }

  push(key: number, node: number): void {
    const units = Math.round((key - this.origin) * this.scale);
    let b = this.cursor + units - this.current;
    if (b >= this.head.length) b -= this.head.length;
    const e = this.entries++;
    this.nodes[e] = node;
    this.next[e] = this.head[b]!;
    this.head[b] = e;
    this.size++;
  }

  /** Removes and returns a node of the smallest key (call only when size > 0). */
  pop(): number {
    const head = this.head;
    let b = this.cursor;
    while (head[b] === -1) {
      this.current++;
      if (++b === head.length) b = 0;
    }
    this.cursor = b;
    const e = head[b]!;
    head[b] = this.next[e]!;
    this.size--;
    return this.nodes[e]!;
  }
}

/** The priority queue of a Dijkstra search (`MinHeap` or `BucketQueue`), lazy: a node may be pushed again with a smaller key. */
export interface DistanceQueue {
  size: number;
  /** Empties the queue for a search starting at distance `origin`. */
  clear(origin: number): void;
  push(key: number, node: number): void;
  pop(): number;
}

/**
 * The queue for Dijkstra searches on a graph of `lengths` (CSR slots) starting at distances up to
 * `farthestStart`, through at most `maxTerms` edges in all (start included): a `BucketQueue` when
 * every length is 1/k for a small whole k (weights 1…5 give 60 buckets per unit of length; see
 * `reciprocalScale`), else a `MinHeap`. Both settle nodes in order of distance and leave ties to
 * float equality of `dist + length`; nodes at the same exact distance may settle in another order
 * (so sums over settled nodes may differ in the last bits between the two).
 */
export function distanceQueue(lengths: Float64Array, maxTerms: number, farthestStart: number): DistanceQueue {
  const capacity = lengths.length + 1;
  let sum = 0;
  let longest = 0;
  for (let k = 0; k < lengths.length; k++) {
    sum += lengths[k]!;
    if (lengths[k]! > longest) longest = lengths[k]!;
  }
  const scale = reciprocalScale(lengths, maxTerms, farthestStart + sum);
  return scale > 0 ? new BucketQueue(scale, Math.round(longest * scale), capacity) : new MinHeap(capacity);
}
