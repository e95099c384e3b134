import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml, toGraphologyJson, writeEdgesCsv, writeGexf, writeGraphml, writeGraphologyJson, writeNodesCsv, xmlSafe, type TextSink } from '../../src/formats/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { InputError } from '../../src/errors.js';
import { model } from '../helpers.js';
import { pythonWithNetworkx } from './python.js';

/** Every character XML 1.0 cannot hold that a user's data may carry, plus tab/newline/CR that it can. */
const CONTROL = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j';

function hostile() {
  const g = new UndirectedGraph();
  g.setAttribute('name', `net${CONTROL}`);
  g.addNode(`n${CONTROL}`, { sector: 'hospital', label: `L${CONTROL}`, note: 'line1\nline2\ttab\rcr', [`k\u0001ey`]: `v${CONTROL}` });
  g.addNode('plain', { sector: 'company', label: 'Plain', color: '#ff0000', size: 3, x: 1.5, y: -2 });
  g.addEdgeWithKey(`e${CONTROL}`, `n${CONTROL}`, 'plain', { weight: 2, type: `t${CONTROL}` });
  return g;
}

const READ = `
import json, sys, networkx as nx
G = (nx.read_graphml if sys.argv[1].endswith('.graphml') else nx.read_gexf)(sys.argv[1])
print(json.dumps({'nodes': sorted(G.nodes()), 'edges': G.number_of_edges(),
  'labels': sorted(str(d.get('label')) for _, d in G.nodes(data=True)),
  'note': [d.get('note') for _, d in G.nodes(data=True) if d.get('note')],
  'weights': [d.get('weight') for _, _, d in G.edges(data=True)]}))
`;

describe('writers: control characters (bad input first)', () => {
  const python = pythonWithNetworkx();
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-writers-'));
  const safe = `n${xmlSafe(CONTROL)}`;

  it('xmlSafe replaces exactly the characters XML 1.0 cannot hold with U+FFFD', () => {
    expect(xmlSafe(CONTROL)).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj');
    expect(xmlSafe('tab\tnl\ncr\r é 😀')).toBe('tab\tnl\ncr\r é 😀');
  });

  for (const [ext, write] of [['graphml', toGraphml], ['gexf', toGexf]] as const) {
    it(`${ext}: ids, labels, attribute names and values with U+0001, U+0008, U+000B… are well-formed and NetworkX reads them`, () => {
      const text = write(hostile());
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      const file = join(dir, `hostile.${ext}`);
      writeFileSync(file, text);
      const r = spawnSync(python, ['-c', READ, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const got = JSON.parse(r.stdout);
      expect(got.nodes).toEqual([safe, 'plain'].sort());
      expect(got.edges).toBe(1);
      expect(got.labels).toContain(`L${xmlSafe(CONTROL)}`);
      // Tab, newline and carriage return survive (as character references).
      expect(got.note).toEqual(['line1\nline2\ttab\rcr']);
      expect(Number(got.weights[0])).toBe(2);
    });
  }

  it('refuses ids that would become another id once their control characters are replaced', () => {
    const g = new UndirectedGraph();
    g.addNode('a\u0001');
    g.addNode('a\u0002');
    for (const write of [toGraphml, toGexf]) {
      expect(() => write(g)).toThrow(InputError);
      expect(() => write(g)).toThrow(/node id "a\\u0002".*"a\uFFFD", the id of another node/);
    }
  });
});

describe('writers: stream, never one string', () => {
  const { graph } = generateNetwork(model(), { seed: 2 });

  for (const [name, write] of [
    ['graphml', writeGraphml],
    ['gexf', writeGexf],
    ['json', writeGraphologyJson],
    ['nodes csv', writeNodesCsv],
    ['edges csv', writeEdgesCsv],
  ] as const) {
    it(`${name}: many small pieces`, () => {
      let pieces = 0;
      let largest = 0;
      let total = 0;
      const sink: TextSink = {
        write: (t) => {
          pieces++;
          total += t.length;
          largest = Math.max(largest, t.length);
        },
      };
      write(graph, sink);
      expect(pieces).toBeGreaterThan(3);
      expect(largest).toBeLessThan(Math.max(300_000, total / 4));
    });
  }

  it('JSON is byte for byte what JSON.stringify(graph.export()) gives, and reads back', () => {
    expect(toGraphologyJson(graph)).toBe(JSON.stringify(graph.export()) + '\n');
    const back = UndirectedGraph.from(JSON.parse(toGraphologyJson(graph)));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
  });
});
