import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import writeGraphologyGexf from 'graphology-gexf/common/writer.js';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/formats/index.js';
import { readGraph } from '../../src/formats/read/index.js';
import { ROOT } from '../helpers.js';
import { pythonWithNetworkx } from './python.js';

const read = (text: string) => readGraph({ text, file: 'g.gexf', sectors: [] });
const gexf = (node: string) =>
  `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2"><graph><nodes>${node}<node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;

/** The namespace GEXF 1.2's viz module has (www.gexf.net/1.2draft/viz.xsd); readers match it exactly. */
const VIZ_1_2 = 'http://www.gexf.net/1.2draft/viz';
const vizNamespace = (text: string) => /xmlns:viz="([^"]*)"/.exec(text)?.[1];

/** A small drawn graph: positions, sizes and colours as the explorer holds them. */
function drawn(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode('a', { label: 'A', sector: 'hospital', x: 1.5, y: -2.25, size: 7, color: '#d55e00' });
  g.addNode('b', { label: 'B', sector: 'company', x: -40, y: 12, size: 3.5, color: 'rgb(0, 114, 178)' });
  g.addEdge('a', 'b', { weight: 2 });
  return g;
}

describe('GEXF viz: bad input', () => {
  it('a colour channel outside 0–255, a size or position that is no number: WARNING, value ignored, the rest kept', () => {
    const r = read(gexf('<node id="a"><viz:color r="300" g="0" b="0"/><viz:size value="big"/><viz:position x="1" y="nope"/></node>'));
    const a = r.graph.getNodeAttributes('a');
    expect(a.color).toBeUndefined();
    expect(a.size).toBeUndefined();
    expect(a.x).toBeUndefined();
    const bad = r.report.find((m) => m.code === 'bad-viz');
    expect(bad?.level).toBe('WARNING');
    expect(bad?.count).toBe(3);
    expect(bad?.examples).toEqual(['line 1 (viz:color)', 'line 1 (viz:size)', 'line 1 (viz:position)']);
  });
});

describe('GEXF viz: the reader keeps a file’s colours, sizes and positions', () => {
  it('GEXF 1.2 r/g/b(/a), size and position become color, size, x, y', () => {
    const r = read(gexf('<node id="a"><viz:color r="96" g="192" b="78"/><viz:size value="6.5"/><viz:position x="-314.035" y="199.6821" z="0.0"/></node>'));
    expect(r.graph.getNodeAttributes('a')).toMatchObject({ color: '#60c04e', size: 6.5, x: -314.035, y: 199.6821 });
    const t = read(gexf('<node id="a"><viz:color r="0" g="0" b="255" a="0.5"/></node>'));
    expect(t.graph.getNodeAttribute('a', 'color')).toBe('rgba(0,0,255,0.5)');
    expect(r.report.find((m) => m.code === 'bad-viz')).toBeUndefined();
  });

  it('GEXF 1.3 hex colours; an attribute of the same name declared in the file wins', () => {
    const r = read(
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><attributes class="node"><attribute id="0" title="size" type="string"/></attributes><nodes>' +
        '<node id="a"><attvalues><attvalue for="0" value="large"/></attvalues><viz:color hex="#AABBCC"/><viz:size value="4"/></node><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>',
    );
    expect(r.graph.getNodeAttribute('a', 'color')).toBe('#aabbcc');
    expect(r.graph.getNodeAttribute('a', 'size')).toBe('large');
  });

  it('Gephi’s Les Misérables (GEXF 1.3): every node keeps its own colour, size and position', () => {
    const r = readGraph({ text: readFileSync(join(ROOT, 'tests/browser/files/gephi-les-miserables.gexf'), 'utf8'), file: 'lm.gexf', sectors: [] });
    expect(r.graph.getNodeAttributes('0')).toMatchObject({ label: 'Napoleon', color: '#60c04e', size: 6.5, x: -314.035, y: 199.6821 });
    expect(r.graph.filterNodes((_n, a) => typeof a.color === 'string' && typeof a.x === 'number').length).toBe(77);
  });

  it('our own export reads back with the same colours, sizes and positions', () => {
    const back = read(toGexf(drawn())).graph;
    expect(back.getNodeAttributes('a')).toMatchObject({ x: 1.5, y: -2.25, size: 7, color: '#d55e00' });
    expect(back.getNodeAttributes('b')).toMatchObject({ x: -40, y: 12, size: 3.5, color: '#0072b2' });
  });
});

describe('GEXF viz namespace: NetworkX reads positions, sizes and colours back (live)', () => {
  const python = pythonWithNetworkx();
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-viz-'));
  const READ = `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
print(json.dumps({n: d.get('viz') for n, d in G.nodes(data=True)}))
`;
  const networkxViz = (text: string) => {
    const file = join(dir, `g${Math.random().toString(36).slice(2)}.gexf`);
    writeFileSync(file, text);
    const r = spawnSync(python, ['-c', READ, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as Record<string, { color?: Record<string, number>; size?: number; position?: Record<string, number> } | null>;
  };

  it('the viz prefix is bound to GEXF 1.2’s viz namespace', () => {
    expect(vizNamespace(toGexf(drawn()))).toBe(VIZ_1_2);
  });

  it('NetworkX’s read_gexf finds every node’s position, size and colour', () => {
    const viz = networkxViz(toGexf(drawn()));
    expect(viz.a).toEqual({ color: { r: 213, g: 94, b: 0, a: 1 }, size: 7, position: { x: 1.5, y: -2.25, z: 0 } });
    expect(viz.b).toEqual({ color: { r: 0, g: 114, b: 178, a: 1 }, size: 3.5, position: { x: -40, y: 12, z: 0 } });
  });

  it('the check can fail: a writer that binds viz to `http:///…` (graphology-gexf 0.13) loses them in NetworkX', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { label: 'A', x: 1.5, y: -2.25, size: 7, color: '#d55e00' });
    const text = writeGraphologyGexf(g, { version: '1.2' });
    expect(vizNamespace(text)).not.toBe(VIZ_1_2);
    expect(networkxViz(text).a).toBeNull();
  });
});

describe('GraphML as Gephi writes it: r, g, b keys become the node’s colour', () => {
  const graphml = (data: string) =>
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="r" for="node" attr.name="r" attr.type="int"/><key id="g" for="node" attr.name="g" attr.type="int"/><key id="b" for="node" attr.name="b" attr.type="int"/><key id="x" for="node" attr.name="x" attr.type="float"/><key id="y" for="node" attr.name="y" attr.type="float"/><key id="s" for="node" attr.name="size" attr.type="float"/><graph edgedefault="undirected"><node id="a">${data}</node><node id="b"/><edge source="a" target="b"/></graph></graphml>`;
  it('bad input: a channel outside 0–255 gives no colour', () => {
    const r = readGraph({ text: graphml('<data key="r">300</data><data key="g">0</data><data key="b">0</data>'), file: 'g.graphml', sectors: [] });
    expect(r.graph.getNodeAttribute('a', 'color')).toBeUndefined();
  });
  it('r, g, b → #rrggbb; x, y, size kept as numbers', () => {
    const r = readGraph({ text: graphml('<data key="r">96</data><data key="g">192</data><data key="b">78</data><data key="x">-3.5</data><data key="y">2</data><data key="s">12</data>'), file: 'g.graphml', sectors: [] });
    expect(r.graph.getNodeAttributes('a')).toMatchObject({ color: '#60c04e', x: -3.5, y: 2, size: 12 });
  });
});
