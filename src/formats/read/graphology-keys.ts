import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';

const PATCHED = Symbol.for('collabnet.null-prototype-adjacency');

/**
 * graphology 0.26 keeps each node's neighbours in plain objects keyed by node id, so a node
 * called `constructor`, `toString`, `valueOf` or `__proto__` finds Object.prototype's members
 * there ("an edge linking … already exists") or replaces the object's prototype. This gives those
 * objects no prototype, for every graph type, once per JavaScript realm; nothing else changes.
 */
export function protectGraphologyKeys(): void {
  for (const G of [Graph, DirectedGraph, UndirectedGraph]) {
    const g = new G();
    g.addNode('probe');
    const data = (g as unknown as { _nodes?: Map<string, object> })._nodes?.get('probe');
    if (!data) continue;
    const proto = Object.getPrototypeOf(data) as { clear: (this: Record<string, unknown>) => void; [PATCHED]?: true };
    if (proto[PATCHED]) continue;
    const clear = proto.clear;
    proto.clear = function (this: Record<string, unknown>) {
      clear.call(this);
      for (const k of ['in', 'out', 'undirected']) if (this[k] !== undefined) this[k] = Object.create(null);
    };
    proto[PATCHED] = true;
  }
}
