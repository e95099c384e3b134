import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml, toGraphologyJson } from '../../src/formats/index.js';
import { readGraph } from '../../src/formats/read/index.js';

const graphml =
  '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph edgedefault="undirected">\n' +
  '<node id="a"/><node id="b"/><node id="c"/>\n<edge id="x" source="a" target="b"><data key="w">2</data></edge>\n<edge source="b" target="c"/>\n<edge source="c" target="b"/>\n<edge source="c" target="a"/>\n</graph></graphml>';

describe('graph readers: edge keys', () => {
  it('the same file read twice in one process gives the same edge keys (no process-dependent ids reach exports)', () => {
    const first = readGraph({ text: graphml, file: 'g.graphml' }).graph;
    const second = readGraph({ text: graphml, file: 'g.graphml' }).graph;
    expect(second.edges()).toEqual(first.edges());
    expect(toGexf(second)).toBe(toGexf(first));
    expect(toGraphml(second)).toBe(toGraphml(first));
    expect(toGraphologyJson(second)).toBe(toGraphologyJson(first));
  });

  it('keys are e0, e1, … in the order edges are first read (merged repeats add none), as generated networks name theirs', () => {
    expect(readGraph({ text: graphml, file: 'g.graphml' }).graph.edges()).toEqual(['e0', 'e1', 'e2']);
    expect(readGraph({ text: 'source,target,weight\na,b,1\nb,a,2\nb,c,1\n', file: 'e.csv' }).graph.edges()).toEqual(['e0', 'e1']);
  });
});
