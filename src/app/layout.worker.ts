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
  const source = UndirectedGraph.from(data);
  // ForceAtlas2 indexes nodes in a plain object: a node called __proto__ gets no index there and
  // its partners NaN positions (then Sigma refuses to draw or export them). It lays out nodes keyed
  // 0, 1, 2, … in the same order instead, and the positions go back under the real keys.
  const ids = source.nodes();
  const key = new Map(ids.map((n, i) => [n, String(i)]));
  const graph = new UndirectedGraph();
  for (const n of ids) graph.addNode(key.get(n)!);
  source.forEachEdge((_e, a, s, t) => graph.addEdge(key.get(s)!, key.get(t)!, { weight: a.weight }));
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
  graph.forEachNode((n, a) => (positions[ids[Number(n)]!] = [a.x as number, a.y as number]));
  post({ id, done: true, positions, iterations, converged, ms: performance.now() - start });
};
