import { InputError } from '../../errors.js';
import { GraphBuilder, type ImportResult } from './graph-builder.js';
import { childElements, descendants, typedValue, whereOf, type XmlParser } from './xml.js';

/**
 * Reads GraphML (Brandes et al. 2001): typed `<key>`s with defaults, `<node>`s and `<edge>`s of
 * the first `<graph>`. The weight is the edge key named `weight`; a directed graph is read as
 * undirected (WARNING), reciprocal arcs merged.
 */
export function readGraphml(text: string, file: string, parseXml: XmlParser): ImportResult {
  const doc = parseXml(text, file);
  const root = doc.documentElement;
  if (!root || (root.localName ?? root.nodeName) !== 'graphml') throw new InputError(`${file}: expected a <graphml> document, got <${root?.nodeName ?? 'nothing'}>`);
  const graphEl = childElements(root, 'graph')[0];
  if (!graphEl) throw new InputError(`${file}: expected a <graph> element inside <graphml>`);

  const keys = new Map<string, { name: string; type: string; domain: string; def: string | null }>();
  for (const k of childElements(root, 'key')) {
    const id = k.getAttribute('id') ?? '';
    const def = childElements(k, 'default')[0];
    keys.set(id, { name: k.getAttribute('attr.name') || id, type: k.getAttribute('attr.type') ?? 'string', domain: k.getAttribute('for') ?? 'all', def: def ? def.textContent : null });
  }
  const defaults = (domain: 'node' | 'edge') => {
    const out: Record<string, unknown> = {};
    for (const k of keys.values()) if ((k.domain === domain || k.domain === 'all') && k.def !== null) out[k.name] = typedValue(k.def, k.type);
    return out;
  };
  const b = new GraphBuilder(file, true);
  const readData = (el: Element, base: Record<string, unknown>, where: string) => {
    const attrs = { ...base };
    for (const d of childElements(el, 'data')) {
      const key = keys.get(d.getAttribute('key') ?? '');
      if (!key) {
        b.note('WARNING', 'unknown-key', '<data> with an undeclared key (ignored)', where);
        continue;
      }
      const v = typedValue(d.textContent, key.type);
      if (v === undefined && key.name !== 'weight') b.note('WARNING', 'bad-value', `values that do not match their key's type (ignored)`, `${where} (${key.name})`);
      attrs[key.name] = v === undefined && key.name === 'weight' ? d.textContent : v;
    }
    return attrs;
  };

  if (graphEl.getAttribute('edgedefault') === 'directed') b.note('WARNING', 'directed', 'a directed graph read as undirected (reciprocal arcs merged)');
  if (descendants(graphEl, 'hyperedge').length > 0) b.note('WARNING', 'hyperedge', 'hyperedges (ignored)');
  const nodeDefaults = defaults('node');
  const edgeDefaults = defaults('edge');
  childElements(graphEl, 'node').forEach((el, i) => {
    const where = whereOf(el, `node ${i + 1}`);
    b.addNode(el.getAttribute('id') ?? '', readData(el, nodeDefaults, where), where);
  });
  childElements(graphEl, 'edge').forEach((el, i) => {
    const where = whereOf(el, `edge ${i + 1}`);
    const attrs = readData(el, edgeDefaults, where);
    b.addEdge(el.getAttribute('source') ?? '', el.getAttribute('target') ?? '', attrs.weight, attrs, where);
  });
  return b.finish();
}
