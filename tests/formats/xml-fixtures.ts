/**
 * XML documents as other tools write them, for the XML reader's tests: the browser tests' files
 * (NetworkX, Gephi), graphology-gexf's writer, igraph's GraphML layout, yEd-style nested graphs,
 * and our own GraphML and GEXF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import writeGraphologyGexf from 'graphology-gexf/common/writer.js';
import { toGexf, toGraphml } from '../../src/formats/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { model, ROOT } from '../helpers.js';

/** GraphML laid out as igraph's writer lays it out (a comment after the root's start tag, a line feed inside xsi:schemaLocation). */
export const IGRAPH_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
<!-- Created by igraph -->
  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>
  <key id="v_name" for="node" attr.name="name" attr.type="string"/>
  <key id="v_sector" for="node" attr.name="sector" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <data key="g_name">Ziekenhuis &amp; partners</data>
    <node id="n0">
      <data key="v_name">Universitair Medisch Centrum</data>
      <data key="v_sector">hospital</data>
    </node>
    <node id="n1">
      <data key="v_name">Institut f&#xFC;r KI &lt;Gesundheit&gt;</data>
      <data key="v_sector">institution</data>
    </node>
    <node id="n2">
      <data key="v_name">&quot;Deep&quot; &apos;Care&apos; 😀 Ltd</data>
      <data key="v_sector">company</data>
    </node>
    <edge source="n0" target="n1">
      <data key="e_weight">2.5</data>
    </edge>
    <edge source="n1" target="n2">
      <data key="e_weight">1</data>
    </edge>
  </graph>
</graphml>
`;

/** yEd / yFiles style: nested graphs, prefixed elements, a multi-line label. */
export const YED_GRAPHML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel alignment="right"	autoSizePolicy="content">Group
two lines</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n0:">
        <node id="n0::n0"/>
        <node
          id="n0::n1"/>
      </graph>
    </node>
    <edge id="e0" source="n0::n0" target="n0::n1"/>
  </graph>
</graphml>
`;

/** A small drawn graph, as the explorer holds one. */
function drawn(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode('a', { label: 'Zürich & <co>', sector: 'hospital', x: 1.5, y: -2.25, size: 7, color: '#d55e00' });
  g.addNode('b', { label: '"B"', sector: 'company', x: -40, y: 12, size: 3.5, color: 'rgb(0, 114, 178)' });
  g.addEdge('a', 'b', { weight: 2 });
  return g;
}

const browserFile = (name: string) => readFileSync(join(ROOT, 'tests/browser/files', name), 'utf8');

/** Real documents the fast path must read: name → text. */
export function xmlFixtures(): [string, string][] {
  const small = generateNetwork(model({}, 0.05), { seed: 3 }).graph;
  return [
    ['networkx-karate.graphml', browserFile('networkx-karate.graphml')],
    ['networkx-karate.gexf', browserFile('networkx-karate.gexf')],
    ['gephi-les-miserables.gexf', browserFile('gephi-les-miserables.gexf')],
    ['graphology-gexf-1.3-pretty.gexf', writeGraphologyGexf(drawn(), { version: '1.3', pretty: true })],
    ['graphology-gexf-1.2.gexf', writeGraphologyGexf(drawn(), { version: '1.2', pretty: false })],
    ['igraph.graphml', IGRAPH_GRAPHML],
    ['yed.graphml', YED_GRAPHML],
    ['collabnet.graphml', toGraphml(small)],
    ['collabnet.gexf', toGexf(small)],
  ];
}
