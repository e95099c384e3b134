/// <reference lib="webworker" />
// ForceAtlas2 (Jacomy et al. 2014, graphology's implementation) off the main thread, from seeded
// initial positions, in chunks so it reports progress and stops by itself: at an iteration cap, or
// when nodes barely move.
import { UndirectedGraph } from 'graphology';
import { protectGraphologyKeys } from '../formats/read/graphology-keys.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { createRng } from '../random/index.js';
import type { LayoutReply, LayoutRequest } from './protocol.js';

protectGraphologyKeys();

const CHUNK = 25;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, graph: data, seed, maxIterations } = event.data;
  const start = performance.now();
  const graph = UndirectedGraph.from(data);
  const rng = createRng(seed);
  const radius = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => {
    const a = rng.next() * 2 * Math.PI;
    const r = radius * Math.sqrt(rng.next());
    graph.mergeNodeAttributes(node, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, edgeWeightInfluence: 1 };
  let iterations = 0;
  let converged = false;
  const post = (reply: LayoutReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
  while (iterations < maxIterations && !converged && graph.order > 1) {
    const before = new Map<string, [number, number]>();
    graph.forEachNode((n, a) => before.set(n, [a.x as number, a.y as number]));
    forceAtlas2.assign(graph, { iterations: CHUNK, settings, getEdgeWeight: 'weight' });
    iterations += CHUNK;
    let moved = 0;
    let extent = 0;
    graph.forEachNode((n, a) => {
      const [x, y] = before.get(n)!;
      moved += Math.hypot((a.x as number) - x, (a.y as number) - y);
      extent = Math.max(extent, Math.abs(a.x as number), Math.abs(a.y as number));
    });
    converged = moved / graph.order / CHUNK < extent * 1e-4;
    post({ id, progress: Math.min(1, iterations / maxIterations), iterations });
  }
  // No prototype: a node may be called __proto__ or constructor.
  const positions: Record<string, [number, number]> = Object.create(null);
  graph.forEachNode((n, a) => (positions[n] = [a.x as number, a.y as number]));
  post({ id, done: true, positions, iterations, converged, ms: performance.now() - start });
};
