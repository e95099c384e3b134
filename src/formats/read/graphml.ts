import { InputError } from '../../errors.js';
import { GraphBuilder, type ImportResult } from './graph-builder.js';
import { attr, childElements, textContent, typedValue, whereOf, type XmlElement, type XmlParser } from './xml.js';

/** A channel value 0–255, or undefined. */
const channel = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255 ? v : undefined);

/**
 * Gephi writes a node's colour in GraphML as three keys r, g, b (0–255): they become its `color`
 * (`#rrggbb`), unless the node has a `color` of its own. Positions and sizes (keys x, y, size) are
 * plain attributes already.
 */
export function withRgbColor(attrs: Record<string, unknown>): Record<string, unknown> {
  const [r, g, b] = [channel(attrs.r), channel(attrs.g), channel(attrs.b)];
  if (r === undefined || g === undefined || b === undefined || (attrs.color !== undefined && attrs.color !== '')) return attrs;
  return { ...attrs, color: `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}` };
}

/**
 * Reads GraphML (Brandes et al. 2001): typed `<key>`s with defaults (a key without `for` applies to
 * all), `<node>`s and `<edge>`s of the first `<graph>` (further top-level graphs: WARNING, ignored). Nested graphs (yEd / yFiles groups) are
 * flattened: their nodes and edges are read as top-level ones (WARNING). The weight is the edge
 * key named `weight`; directed edges are read as undirected (WARNING), reciprocal arcs merged.
 */
export function readGraphml(text: string, file: string, parseXml: XmlParser, knownSectors: readonly string[] = []): ImportResult {
  const root = parseXml(text, file);
  if (root.local !== 'graphml') throw new InputError(`${file}: expected a <graphml> document, got <${root.name}>`);
  const graphEl = childElements(root, 'graph')[0];
  if (!graphEl) throw new InputError(`${file}: expected a <graph> element inside <graphml>`);

  const keys = new Map<string, { name: string; type: string; domain: string; def: string | undefined }>();
  for (const k of childElements(root, 'key')) {
    const id = attr(k, 'id') ?? '';
    const def = childElements(k, 'default')[0];
    const name = attr(k, 'attr.name') || id;
    if (GraphBuilder.reservedName(name)) throw new InputError(`${file}: ${whereOf(k)}: a key named ${JSON.stringify(name)}; that name is reserved (rename the key)`);
    keys.set(id, { name, type: attr(k, 'attr.type') ?? 'string', domain: attr(k, 'for') ?? 'all', def: def ? textContent(def) : undefined });
  }
  const defaults = (domain: 'node' | 'edge') => {
    const out: Record<string, unknown> = {};
    for (const k of keys.values()) if ((k.domain === domain || k.domain === 'all') && k.def !== undefined) out[k.name] = typedValue(k.def, k.type);
    return out;
  };
  const b = new GraphBuilder(file, true, knownSectors);
  // GraphML allows several top-level graphs; like NetworkX, only the first is read — but not silently.
  for (const extra of childElements(root, 'graph').slice(1)) b.note('WARNING', 'extra-graph', 'further top-level <graph> elements (only the first is read; these are ignored)', whereOf(extra));
  const readData = (el: XmlElement, base: Record<string, unknown>, where: string) => {
    const attrs = { ...base };
    for (const d of childElements(el, 'data')) {
      const key = keys.get(attr(d, 'key') ?? '');
      if (!key) {
        b.note('WARNING', 'unknown-key', '<data> with an undeclared key (ignored)', where);
        continue;
      }
      const raw = textContent(d);
      const v = typedValue(raw, key.type);
      if (v === undefined && key.name !== 'weight') b.note('WARNING', 'bad-value', `values that do not match their key's type (ignored)`, `${where} (${key.name})`);
      attrs[key.name] = v === undefined && key.name === 'weight' ? raw : v;
    }
    return attrs;
  };

  // The top-level graph and, flattened into it, the graphs nested in its nodes and edges.
  const nodes: XmlElement[] = [];
  const edges: { el: XmlElement; directed: boolean }[] = [];
  let hyperedges = 0;
  const graphs: { el: XmlElement; directed: boolean }[] = [{ el: graphEl, directed: attr(graphEl, 'edgedefault') === 'directed' }];
  for (let i = 0; i < graphs.length; i++) {
    const g = graphs[i]!;
    if (i > 0) b.note('WARNING', 'nested-graph', 'nested graphs (groups) flattened: their nodes and edges read as top-level ones, group nodes kept as nodes', whereOf(g.el));
    for (const c of g.el.children) {
      if (c.local === 'node') nodes.push(c);
      else if (c.local === 'edge') edges.push({ el: c, directed: g.directed });
      else if (c.local === 'hyperedge') hyperedges++;
      else continue;
      for (const sub of childElements(c, 'graph')) graphs.push({ el: sub, directed: attr(sub, 'edgedefault') === undefined ? g.directed : attr(sub, 'edgedefault') === 'directed' });
    }
  }
  for (let i = 0; i < hyperedges; i++) b.note('WARNING', 'hyperedge', 'hyperedges (ignored)');
  const nodeDefaults = defaults('node');
  const edgeDefaults = defaults('edge');
  for (const el of nodes) {
    const where = whereOf(el);
    b.addNode(attr(el, 'id') ?? '', withRgbColor(readData(el, nodeDefaults, where)), where);
  }
  for (const { el, directed } of edges) {
    const where = whereOf(el);
    const attrs = readData(el, edgeDefaults, where);
    const own = attr(el, 'directed');
    if (own === undefined ? directed : own === 'true') b.directedEdge(where);
    b.addEdge(attr(el, 'source') ?? '', attr(el, 'target') ?? '', attrs.weight, attrs, where);
  }
  return b.finish();
}
