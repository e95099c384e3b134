import { InputError } from '../../errors.js';
import { readViz } from './gexf-viz.js';
import { GraphBuilder, type ImportResult } from './graph-builder.js';
import { attr, childElements, textContent, typedValue, whereOf, type XmlElement, type XmlParser } from './xml.js';

/**
 * Reads GEXF (1.0–1.3, as Gephi writes it): declared attributes with defaults, node labels,
 * `<attvalue>`s by `for` (1.2+) or `id` (1.0/1.1), and edge weights from the native `weight`
 * attribute or an attribute titled `weight` (none: 1, as the GEXF specification says; INFO).
 * Nested (hierarchical) nodes are flattened (WARNING); directed edges read as undirected (WARNING).
 * A node's `<viz:color>`, `<viz:size>` and `<viz:position>` are kept as its `color`, `size`, `x` and
 * `y` (an attribute of the same name declared in the file wins); values that do not parse: WARNING.
 */
export function readGexf(text: string, file: string, parseXml: XmlParser, knownSectors: readonly string[] = []): ImportResult {
  const root = parseXml(text, file);
  if (root.local !== 'gexf') throw new InputError(`${file}: expected a <gexf> document, got <${root.name}>`);
  const graphEl = childElements(root, 'graph')[0];
  if (!graphEl) throw new InputError(`${file}: expected a <graph> element inside <gexf>`);

  type Declared = { title: string; type: string; def: string | undefined };
  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  for (const block of childElements(graphEl, 'attributes')) {
    const cls = attr(block, 'class') === 'edge' ? 'edge' : 'node';
    for (const a of childElements(block, 'attribute')) {
      const def = childElements(a, 'default')[0];
      const id = attr(a, 'id') ?? '';
      const title = attr(a, 'title') || id;
      if (GraphBuilder.reservedName(title)) throw new InputError(`${file}: ${whereOf(a)}: an attribute titled ${JSON.stringify(title)}; that name is reserved (rename the attribute)`);
      declared[cls].set(id, { title, type: attr(a, 'type') ?? 'string', def: def ? textContent(def) : undefined });
    }
  }
  const b = new GraphBuilder(file, true, knownSectors);
  const readValues = (el: XmlElement, cls: 'node' | 'edge', where: string) => {
    const attrs: Record<string, unknown> = {};
    for (const a of declared[cls].values()) if (a.def !== undefined) attrs[a.title] = typedValue(a.def, a.type);
    for (const list of childElements(el, 'attvalues'))
      for (const v of childElements(list, 'attvalue')) {
        const key = attr(v, 'for') ?? attr(v, 'id') ?? '';
        const a = declared[cls].get(key);
        if (!a) {
          b.note('WARNING', 'unknown-attribute', '<attvalue> for an undeclared attribute (ignored)', where);
          continue;
        }
        const raw = attr(v, 'value');
        const value = typedValue(raw, a.type);
        if (value === undefined && a.title !== 'weight') b.note('WARNING', 'bad-value', `values that do not match their attribute's type (ignored)`, `${where} (${a.title})`);
        attrs[a.title] = value === undefined && a.title === 'weight' ? raw : value;
      }
    return attrs;
  };

  const directedByDefault = attr(graphEl, 'defaultedgetype') === 'directed';
  // Nodes, with the nodes nested in them (hierarchical GEXF) flattened; edges, also those nested in nodes.
  const nodes: XmlElement[] = [];
  const edges: XmlElement[] = [];
  const lists: { el: XmlElement; nested: boolean }[] = childElements(graphEl, 'nodes').map((el) => ({ el, nested: false }));
  for (const e of childElements(graphEl, 'edges')) edges.push(...childElements(e, 'edge'));
  for (let i = 0; i < lists.length; i++) {
    const { el, nested } = lists[i]!;
    for (const n of childElements(el, 'node')) {
      if (nested) b.note('WARNING', 'hierarchy', 'nested (hierarchical) nodes (flattened: read as top-level nodes)', whereOf(n));
      nodes.push(n);
      for (const sub of childElements(n, 'nodes')) lists.push({ el: sub, nested: true });
      for (const sub of childElements(n, 'edges')) edges.push(...childElements(sub, 'edge'));
    }
  }
  for (const el of nodes) {
    const where = whereOf(el);
    const attrs = readValues(el, 'node', where);
    const label = attr(el, 'label');
    if (label !== undefined && label !== '') attrs.label = label;
    const { viz, bad } = readViz(el);
    for (const [k, v] of Object.entries(viz)) if (attrs[k] === undefined) attrs[k] = v;
    for (const name of bad) b.note('WARNING', 'bad-viz', '<viz:…> values that are not a colour, size or position (ignored)', `${where} (${name})`);
    b.addNode(attr(el, 'id') ?? '', attrs, where);
  }
  for (const el of edges) {
    const where = whereOf(el);
    const attrs = readValues(el, 'edge', where);
    const native = attr(el, 'weight');
    let weight = native !== undefined && native !== '' ? native : attrs.weight;
    if (weight === undefined || weight === '') {
      b.note('INFO', 'default-weight', 'edges without a weight (weight 1, the GEXF default)', where);
      weight = 1;
    }
    const type = attr(el, 'type');
    if (type === undefined ? directedByDefault : type === 'directed') b.directedEdge(where);
    b.addEdge(attr(el, 'source') ?? '', attr(el, 'target') ?? '', weight, attrs, where);
  }
  return b.finish();
}
