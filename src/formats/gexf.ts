import type Graph from 'graphology';
import { ColumnCollector, type AttributeColumn } from './attribute-columns.js';
import { collectText, type TextSink } from './sink.js';
import { escapeXml, xmlIdEscaper, xmlName } from './xml-text.js';

/** GEXF's names for our column types. */
const GEXF_TYPE: Record<AttributeColumn['type'], string> = { int: 'integer', long: 'long', double: 'double', boolean: 'boolean', string: 'string' };

/** Attributes GEXF draws (`<viz:…>`) when their value fits; otherwise they are written as attributes. */
const VIZ_NUMBERS = new Set(['size', 'x', 'y', 'z', 'thickness']);

/** A CSS colour (`#rgb`, `#rrggbb`, `rgb(…)`, `rgba(…)`) as GEXF's r, g, b[, a]; undefined if it is none of those. */
export function cssColorToRgba(value: unknown): { r: number; g: number; b: number; a?: number } | undefined {
  if (typeof value !== 'string') return undefined;
  let m = /^\s*#([0-9a-f]{3}|[0-9a-f]{6})\s*$/i.exec(value);
  if (m) {
    const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
  }
  m = /^\s*rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([01]|0?\.\d+)\s*)?\)\s*$/i.exec(value);
  if (!m) return undefined;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (r > 255 || g > 255 || b > 255) return undefined;
  return m[4] === undefined ? { r, g, b } : { r, g, b, a: Number(m[4]) };
}

/** Whether a node attribute is written as `<viz:…>` rather than as an attribute value. */
function isViz(name: string, value: unknown): boolean {
  if (VIZ_NUMBERS.has(name)) return typeof value === 'number' && Number.isFinite(value);
  if (name === 'color') return cssColorToRgba(value) !== undefined;
  if (name === 'shape') return typeof value === 'string' && /^(disc|square|triangle|diamond|image)$/.test(value);
  return false;
}

function castValue(type: AttributeColumn['type'], value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF';
  if (type === 'string' || typeof value !== 'object') return escapeXml(String(value));
  return escapeXml(JSON.stringify(value) ?? '');
}

/**
 * Streams a graph as GEXF 1.2: `label` and edge `weight`/`kind` are GEXF's own fields, colours,
 * sizes and positions `<viz:…>`, every other attribute a typed `<attvalue>`, so Gephi and
 * NetworkX's `read_gexf` read them. Graph attributes go into `<meta>`. Always well-formed XML:
 * characters XML cannot hold become U+FFFD (see `escapeXml`).
 */
export function writeGexf(graph: Graph, sink: TextSink): void {
  const nodeCollector = new ColumnCollector((name, value) => name === 'label' || isViz(name, value));
  const edgeCollector = new ColumnCollector((name) => name === 'label' || name === 'weight' || name === 'kind');
  graph.forEachNode((_n, a) => nodeCollector.add(a));
  graph.forEachEdge((_e, a) => edgeCollector.add(a));
  const nodeCols = nodeCollector.columns();
  const edgeCols = edgeCollector.columns();
  const nodeId = xmlIdEscaper('node', (id) => graph.hasNode(id));
  const edgeId = xmlIdEscaper('edge', (id) => graph.hasEdge(id));

  sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  sink.write('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz">\n');
  const meta = Object.entries(graph.getAttributes()).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v));
  if (meta.length) {
    sink.write('  <meta>\n');
    for (const [name, value] of meta) {
      const tag = xmlName(name);
      sink.write(`    <${tag}>${castValue('string', value)}</${tag}>\n`);
    }
    sink.write('  </meta>\n');
  }
  sink.write(`  <graph defaultedgetype="${graph.type === 'directed' ? 'directed' : 'undirected'}">\n`);
  for (const [cls, cols] of [['node', nodeCols], ['edge', edgeCols]] as const) {
    if (!cols.length) continue;
    sink.write(`    <attributes class="${cls}">\n`);
    for (const c of cols) sink.write(`      <attribute id="${escapeXml(c.name)}" title="${escapeXml(c.name)}" type="${GEXF_TYPE[c.type]}"/>\n`);
    sink.write('    </attributes>\n');
  }
  const attvalues = (cols: readonly AttributeColumn[], attrs: Record<string, unknown>, skip?: (name: string, value: unknown) => boolean) => {
    let out = '';
    for (const c of cols) {
      const v = attrs[c.name];
      if (v === undefined || v === null || v === '' || (skip && skip(c.name, v))) continue;
      out += `<attvalue for="${escapeXml(c.name)}" value="${castValue(c.type, v)}"/>`;
    }
    return out ? `<attvalues>${out}</attvalues>` : '';
  };
  const label = (attrs: Record<string, unknown>) => (attrs.label === undefined || attrs.label === null || attrs.label === '' ? '' : ` label="${castValue('string', attrs.label)}"`);

  sink.write('    <nodes>\n');
  graph.forEachNode((node, attrs) => {
    let viz = '';
    const color = isViz('color', attrs.color) ? cssColorToRgba(attrs.color)! : undefined;
    if (color) viz += `<viz:color r="${color.r}" g="${color.g}" b="${color.b}"${color.a === undefined ? '' : ` a="${color.a}"`}/>`;
    if (isViz('size', attrs.size)) viz += `<viz:size value="${attrs.size}"/>`;
    const pos = (['x', 'y', 'z'] as const).filter((k) => isViz(k, attrs[k]));
    if (pos.length) viz += `<viz:position ${pos.map((k) => `${k}="${attrs[k]}"`).join(' ')}/>`;
    if (isViz('shape', attrs.shape)) viz += `<viz:shape value="${attrs.shape}"/>`;
    if (isViz('thickness', attrs.thickness)) viz += `<viz:thickness value="${attrs.thickness}"/>`;
    const body = attvalues(nodeCols, attrs, isViz) + viz;
    sink.write(`      <node id="${nodeId(node)}"${label(attrs)}${body ? `>${body}</node>` : '/>'}\n`);
  });
  sink.write('    </nodes>\n');
  sink.write('    <edges>\n');
  graph.forEachEdge((edge, attrs, source, target) => {
    const w = attrs.weight;
    const weight = typeof w === 'number' && Number.isFinite(w) ? ` weight="${w}"` : '';
    const kind = attrs.kind === undefined || attrs.kind === null ? '' : ` kind="${castValue('string', attrs.kind)}"`;
    const body = attvalues(edgeCols, attrs);
    sink.write(`      <edge id="${edgeId(edge)}" source="${nodeId(source)}" target="${nodeId(target)}"${weight}${kind}${label(attrs)}${body ? `>${body}</edge>` : '/>'}\n`);
  });
  sink.write('    </edges>\n');
  sink.write('  </graph>\n');
  sink.write('</gexf>\n');
}

/** The GEXF of a graph as one string (see `writeGexf`; the CLI streams instead). */
export function toGexf(graph: Graph): string {
  return collectText((sink) => writeGexf(graph, sink));
}
