import { InputError } from '../../errors.js';
import { GraphBuilder, type ImportResult } from './graph-builder.js';
import { childElements, descendants, typedValue, whereOf, type XmlParser } from './xml.js';

/**
 * Reads GEXF (1.1–1.3, as Gephi writes it): declared attributes with defaults, node labels,
 * `<attvalue>`s by `for` (or `id`), and edge weights from the native `weight` attribute or an
 * attribute titled `weight`.
 */
export function readGexf(text: string, file: string, parseXml: XmlParser): ImportResult {
  const doc = parseXml(text, file);
  const root = doc.documentElement;
  if (!root || (root.localName ?? root.nodeName) !== 'gexf') throw new InputError(`${file}: expected a <gexf> document, got <${root?.nodeName ?? 'nothing'}>`);
  const graphEl = childElements(root, 'graph')[0];
  if (!graphEl) throw new InputError(`${file}: expected a <graph> element inside <gexf>`);

  const declared = { node: new Map<string, { title: string; type: string; def: string | null }>(), edge: new Map<string, { title: string; type: string; def: string | null }>() };
  for (const block of childElements(graphEl, 'attributes')) {
    const cls = block.getAttribute('class') === 'edge' ? 'edge' : 'node';
    for (const a of childElements(block, 'attribute')) {
      const def = childElements(a, 'default')[0];
      const id = a.getAttribute('id') ?? '';
      declared[cls].set(id, { title: a.getAttribute('title') || id, type: a.getAttribute('type') ?? 'string', def: def ? def.textContent : null });
    }
  }
  const b = new GraphBuilder(file, true);
  const readValues = (el: Element, cls: 'node' | 'edge', where: string) => {
    const attrs: Record<string, unknown> = {};
    for (const a of declared[cls].values()) if (a.def !== null) attrs[a.title] = typedValue(a.def, a.type);
    for (const list of childElements(el, 'attvalues'))
      for (const v of childElements(list, 'attvalue')) {
        const key = v.getAttribute('for') ?? v.getAttribute('id') ?? '';
        const a = declared[cls].get(key);
        if (!a) {
          b.note('WARNING', 'unknown-attribute', '<attvalue> for an undeclared attribute (ignored)', where);
          continue;
        }
        const value = typedValue(v.getAttribute('value'), a.type);
        if (value === undefined && a.title !== 'weight') b.note('WARNING', 'bad-value', `values that do not match their attribute's type (ignored)`, `${where} (${a.title})`);
        attrs[a.title] = value === undefined && a.title === 'weight' ? v.getAttribute('value') : value;
      }
    return attrs;
  };

  if (graphEl.getAttribute('defaultedgetype') === 'directed') b.note('WARNING', 'directed', 'a directed graph read as undirected (reciprocal arcs merged)');
  const nodesEl = childElements(graphEl, 'nodes')[0];
  const edgesEl = childElements(graphEl, 'edges')[0];
  if (nodesEl && descendants(nodesEl, 'nodes').length > 0) b.note('WARNING', 'hierarchy', 'nested (hierarchical) nodes (flattened)');
  (nodesEl ? descendants(nodesEl, 'node') : []).forEach((el, i) => {
    const where = whereOf(el, `node ${i + 1}`);
    const attrs = readValues(el, 'node', where);
    const label = el.getAttribute('label');
    if (label !== null && label !== '') attrs.label = label;
    b.addNode(el.getAttribute('id') ?? '', attrs, where);
  });
  (edgesEl ? childElements(edgesEl, 'edge') : []).forEach((el, i) => {
    const where = whereOf(el, `edge ${i + 1}`);
    const attrs = readValues(el, 'edge', where);
    const native = el.getAttribute('weight');
    const weight = native !== null && native !== '' ? native : attrs.weight;
    b.addEdge(el.getAttribute('source') ?? '', el.getAttribute('target') ?? '', weight, attrs, where);
  });
  return b.finish();
}
