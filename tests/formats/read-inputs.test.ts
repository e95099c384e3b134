// Inputs: clear refusals, no silent changes (issue 11, items 10–18), reader by reader.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toEdgesCsv, toGexf, toGraphml, toGraphologyJson, toNodesCsv } from '../../src/formats/index.js';
import { readGraph, type ImportResult } from '../../src/formats/read/index.js';
import { parseJsonText, parseWith, ScenarioFileSchema } from '../../src/schemas/index.js';
import { inputErrorMessage as fails } from '../helpers.js';

type Content = string | Uint8Array;
const read = (text: Content, file: string, nodes?: { text: Content; file: string }): ImportResult => readGraph({ text, file, ...(nodes ? { nodes } : {}) });
const level = (r: ImportResult, code: string) => r.report.find((m) => m.code === code);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

const graphml = (body: string, keys = '<key id="w" for="edge" attr.name="weight" attr.type="double"/>', head = '<?xml version="1.0"?>') =>
  `${head}\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}\n<graph edgedefault="undirected">\n${body}\n</graph></graphml>`;
const gexf = (body: string, attributes = '') => `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">${attributes}\n${body}\n</graph></gexf>`;

describe('10. nesting depth: refused with the file and the limit, not a stack overflow', () => {
  it('graph JSON nested 100k deep, a scenario file nested 50k deep', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(fails(() => read(`{"nodes": ${deep(100_000)}, "edges": []}`, 'deep.json'))).toBe('deep.json: line 1, column 522: JSON nested deeper than 512 levels; expected at most 512 levels of [ and {');
    const scenario = `{"name": "x", "levers": [${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}]}`;
    expect(fails(() => parseWith(ScenarioFileSchema, parseJsonText(scenario, 's.json'), 's.json'))).toContain('s.json: line 1, column');
    expect(fails(() => parseJsonText(scenario, 's.json'))).toContain('JSON nested deeper than 512 levels');
  });

  it('brackets inside strings do not count; 512 levels are fine', () => {
    expect(parseJsonText(`{"a": "${'['.repeat(2000)}\\"{"}`, 'a.json')).toEqual({ a: `${'['.repeat(2000)}"{` });
    expect(() => parseJsonText('['.repeat(512) + ']'.repeat(512), 'a.json')).not.toThrow();
  });

  it('XML nested 100k deep is parsed without recursion', () => {
    const r = read(graphml(`<node id="a"><data key="w">${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</data></node>`, '<key id="w" for="node" attr.name="note" attr.type="string"/>'), 'deep.graphml');
    expect(r.graph.order).toBe(1);
  });
});

describe('11. node ids that are names of Object.prototype members', () => {
  const ids = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
  const edgesCsv = `source,target,weight\n${ids.map((id, i) => `${id},${ids[(i + 1) % ids.length]},${i + 1}`).join('\n')}\n`;
  const check = (r: ImportResult) => {
    expect(r.graph.order).toBe(5);
    expect(r.graph.size).toBe(5);
    ids.forEach((id, i) => {
      expect(r.graph.hasNode(id)).toBe(true);
      expect(r.graph.getEdgeAttribute(r.graph.edge(id, ids[(i + 1) % ids.length]!)!, 'weight')).toBe(i + 1);
      expect(r.graph.degree(id)).toBe(2);
    });
  };

  it('are read from CSV, JSON, GraphML and GEXF', () => {
    check(read(edgesCsv, 'e.csv', { text: `id,sector\n${ids.map((id) => `${id},hospital`).join('\n')}\n`, file: 'n.csv' }));
    const nodes = ids.map((id) => ({ key: id }));
    const edges = ids.map((id, i) => ({ source: id, target: ids[(i + 1) % ids.length], attributes: { weight: i + 1 } }));
    check(read(JSON.stringify({ nodes, edges }), 'g.json'));
    check(read(graphml(ids.map((id) => `<node id="${id}"/>`).join('') + ids.map((id, i) => `<edge source="${id}" target="${ids[(i + 1) % ids.length]}"><data key="w">${i + 1}</data></edge>`).join('')), 'g.graphml'));
    check(read(gexf(`<nodes>${ids.map((id) => `<node id="${id}" label="${id}"/>`).join('')}</nodes><edges>${ids.map((id, i) => `<edge source="${id}" target="${ids[(i + 1) % ids.length]}" weight="${i + 1}"/>`).join('')}</edges>`), 'g.gexf'));
  });

  it('round-trip through every writer and reader', () => {
    const { graph } = read(edgesCsv, 'e.csv', { text: `id,sector\n${ids.map((id) => `${id},company`).join('\n')}\n`, file: 'n.csv' });
    check(read(toGraphml(graph), 'g.graphml'));
    check(read(toGexf(graph), 'g.gexf'));
    check(read(toGraphologyJson(graph), 'g.json'));
    check(read(toEdgesCsv(graph), 'e.csv', { text: toNodesCsv(graph), file: 'n.csv' }));
  });
});

describe('12. malformed XML is refused in time linear in its size, naming the fault', () => {
  it('20k unclosed tags (60 KB): the unclosed element and the close tag that does not match it named, at once', () => {
    const t0 = performance.now();
    expect(fails(() => read(graphml('<n>'.repeat(20_000)), 'u.graphml'))).toBe('u.graphml: line 5, column 8: malformed XML (</graph> does not close <n> opened at line 4, column 59998 (unclosed or mismatched tags))');
    expect(fails(() => read(`<graphml>\n<graph>${'<n>'.repeat(20_000)}`, 'u.graphml'))).toBe('u.graphml: line 2, column 60005: malformed XML (<n> is never closed: the file ends inside it (20,002 elements open))');
    expect(fails(() => read('<gexf><graph><nodes><node id="a"></nodes></graph></gexf>', 'm.gexf'))).toBe('m.gexf: line 1, column 41: malformed XML (</nodes> does not close <node> opened at line 1, column 21 (unclosed or mismatched tags))');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('8 MB of unclosed, mismatched or cut-off tags: under 1 s of CPU per MB, the fault named', () => {
    // CPU time of this process (each test file runs in its own fork): wall time on a shared machine says little.
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    for (const [body, fault] of [
      ['<graphml><graph>' + '<node id="a">'.repeat(650_000), 'big.graphml: line 1, column 8450004: malformed XML (<node> is never closed: the file ends inside it (650,002 elements open))'],
      ['<graphml><graph>' + '<node id="a"/>'.repeat(360_000) + '<node id="a"><x></node>', 'big.graphml: line 1, column 5040039: malformed XML (</node> does not close <x> opened at line 1, column 5040030 (unclosed or mismatched tags))'],
      ['<graphml><graph>' + '<node id="a"/>'.repeat(600_000) + '<node id="b>', 'big.graphml: line 1, column 8400017: malformed XML (the file ends inside this markup: <node id="b>)'],
    ] as const) {
      const mb = body.length / 1048576;
      const t0 = cpu();
      expect(fails(() => read(body, 'big.graphml'))).toBe(fault);
      expect(cpu() - t0).toBeLessThan(1000 * mb);
    }
  }, 120_000);

  it('no entity expansion, no external entities (nothing is fetched)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><graphml><graph><node id="&c;"/></graph></graphml>`;
    expect(fails(() => read(laughs, 'l.graphml'))).toMatch(/^l\.graphml: line 1, column \d+: malformed XML \(an undefined entity; only &lt; &gt; &amp; &quot; &apos; and character references are read \(no entity expansion, no external entities\)\)$/);
    const external = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]><gexf><graph><nodes><node id="&x;"/></nodes></graph></gexf>`;
    expect(fails(() => read(external, 'x.gexf'))).toContain('x.gexf: line 1, column');
    expect(fails(() => read(external, 'x.gexf'))).toContain('no external entities');
  });

  it('names the place of a start tag, with the five XML entities and character references read', () => {
    const r = read(graphml('<node id="a&amp;b&#x41;"/>\n  <node id="c"/><edge source="a&amp;bA" target="c"><data key="w">2</data></edge>'), 'g.graphml');
    expect(r.graph.hasNode('a&bA')).toBe(true);
    expect(fails(() => read(graphml('<node id="a"/>\n  <node id="a"/>'), 'g.graphml'))).toContain('1 duplicate node ids: line 5 (id "a")');
  });
});

describe('13. characters XML does not allow are refused on import, with file and place', () => {
  for (const [what, body] of [
    ['&#0;', '<node id="a&#0;"/>'],
    ['&#x110000;', '<node id="a">&#x110000;</node>'],
    ['&#xFFFE;', '<node id="&#xFFFE;"/>'],
    ['a raw U+0001', '<node id="a\u0001"/>'],
    ['a raw U+000B', '<node id="a">\u000b</node>'],
    ['a lone surrogate', '<node id="\ud800"/>'],
  ])
    it(what, () => {
      expect(fails(() => read(graphml(body), 'c.graphml'))).toMatch(/^c\.graphml: line 4, column \d+: malformed XML \((a character reference to a character XML does not allow|a character XML does not allow|a lone surrogate)/);
      expect(fails(() => read(gexf(`<nodes>${body}</nodes>`), 'c.gexf'))).toMatch(/^c\.gexf: line 3, column \d+: malformed XML/);
    });
});

describe('14. encodings', () => {
  const zurich = (decl: string, label: string) => latin1(graphml(`<node id="a"><data key="l">${label}</data></node>`, '<key id="l" for="node" attr.name="label" attr.type="string"/>', decl));

  it('an XML encoding declaration is honoured: ISO-8859-1, latin1, windows-1252', () => {
    expect(read(zurich('<?xml version="1.0" encoding="ISO-8859-1"?>', 'Z\xfcrich'), 'l.graphml').graph.getNodeAttribute('a', 'label')).toBe('Zürich');
    expect(read(zurich("<?xml version='1.0' encoding='latin1'?>", 'Gen\xe8ve'), 'l.graphml').graph.getNodeAttribute('a', 'label')).toBe('Genève');
    expect(read(zurich('<?xml version="1.0" encoding="windows-1252"?>', '\x80 5'), 'l.graphml').graph.getNodeAttribute('a', 'label')).toBe('€ 5');
    const g = latin1(gexf('<nodes><node id="a" label="K\xf6ln"/></nodes>').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>'));
    expect(read(g, 'l.gexf').graph.getNodeAttribute('a', 'label')).toBe('Köln');
  });

  it('UTF-8 with and without a BOM, declared or not', () => {
    const utf8 = new TextEncoder().encode(graphml('<node id="Zürich"/>', '', '<?xml version="1.0" encoding="UTF-8"?>'));
    expect(read(utf8, 'u.graphml').graph.hasNode('Zürich')).toBe(true);
    expect(read(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('source,target\nZürich,b\n')]), 'e.csv').graph.hasNode('Zürich')).toBe(true);
  });

  it('otherwise invalid UTF-8 is refused with its line and byte offset, never read as U+FFFD', () => {
    expect(fails(() => read(zurich('<?xml version="1.0"?>', 'Z\xfcrich'), 'l.graphml'))).toBe(
      'l.graphml: line 4 (byte 200): invalid UTF-8 (0xFC); expected UTF-8 text (or name the encoding in the XML declaration, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>)',
    );
    expect(fails(() => read(latin1('source,target\nZ\xfcrich,b\n'), 'e.csv'))).toBe('e.csv: line 2 (byte 15): invalid UTF-8 (0xFC); expected UTF-8 text (save the file as UTF-8)');
    expect(fails(() => read(latin1('{"nodes":[{"key":"\xe9"}],"edges":[]}'), 'g.json'))).toContain('g.json: line 1 (byte 18): invalid UTF-8 (0xE9)');
    expect(fails(() => read(new TextEncoder().encode('source,target\na,b\n'), 'e.csv', { text: latin1('id\n\xff\n'), file: 'n.csv' }))).toContain('n.csv: line 2 (byte 3): invalid UTF-8 (0xFF)');
    // Overlong forms and encoded surrogates are invalid too.
    expect(fails(() => read(Uint8Array.from([...latin1('source,target\na'), 0xc0, 0xaf, ...latin1(',b\n')]), 'e.csv'))).toContain('(byte 15): invalid UTF-8 (0xC0)');
    expect(fails(() => read(Uint8Array.from([...latin1('source,target\na'), 0xed, 0xa0, 0x80, ...latin1(',b\n')]), 'e.csv'))).toContain('(byte 15): invalid UTF-8 (0xED)');
  });

  it('an encoding TextDecoder does not know is refused by name', () => {
    expect(fails(() => read(zurich('<?xml version="1.0" encoding="EBCDIC-XY"?>', 'x'), 'l.graphml'))).toContain('l.graphml: encoding "EBCDIC-XY" (named in the XML declaration) is not supported');
  });
});

describe('15. numbers: plain decimals only, no silent coercion', () => {
  it('JSON weights [2], "0x10", true and {} are refused; "2.5" and 2 are read', () => {
    const json = (weights: unknown[]) => JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }, { key: 'e' }], edges: weights.map((w, i) => ({ source: 'a', target: ['b', 'c', 'd', 'e'][i], attributes: { weight: w } })) });
    expect(fails(() => read(json([[2], '0x10', true, {}]), 'w.json'))).toBe('w.json: 4 weights that are not numbers > 0 (weight = collaboration strength; it must be positive): edges.0 ([2]), edges.1 ("0x10"), edges.2 (true), edges.3 ({})');
    const ok = read(json(['2.5', 2, ' 1e1 ']), 'w.json');
    expect(ok.graph.getEdgeAttribute(ok.graph.edge('a', 'b')!, 'weight')).toBe(2.5);
    expect(ok.graph.getEdgeAttribute(ok.graph.edge('a', 'd')!, 'weight')).toBe(10);
  });

  it('CSV, GraphML and GEXF weights in hex, binary, with separators or Infinity are refused', () => {
    expect(fails(() => read('source,target,weight\na,b,0x10\nb,c,0b11\nc,d,1_000\nd,e,Infinity\n', 'e.csv'))).toBe(
      'e.csv: 4 weights that are not numbers > 0 (weight = collaboration strength; it must be positive): line 2 ("0x10"), line 3 ("0b11"), line 4 ("1_000"), line 5 ("Infinity")',
    );
    expect(fails(() => read(graphml('<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0x10</data></edge>'), 'g.graphml'))).toContain('1 weights that are not numbers > 0 (weight = collaboration strength; it must be positive): line 4 ("0x10")');
    expect(fails(() => read(gexf('<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" weight="0x10"/></edges>'), 'g.gexf'))).toContain('line 3 ("0x10")');
  });

  it('a typed GraphML attribute in hex is not a number (a WARNING, the value ignored); a CSV cell in hex stays text', () => {
    const r = read(graphml('<node id="a"><data key="n">0x10</data></node>', '<key id="n" for="node" attr.name="beds" attr.type="int"/>'), 'g.graphml');
    expect(r.graph.getNodeAttribute('a', 'beds')).toBeUndefined();
    expect(level(r, 'bad-value')).toMatchObject({ level: 'WARNING', count: 1 });
    const c = read('source,target,code\na,b,0x10\n', 'e.csv');
    expect(c.graph.getEdgeAttribute(c.graph.edge('a', 'b')!, 'code')).toBe('0x10');
  });

  it('a CSV column named __proto__ (or constructor, prototype) is refused, as JSON refuses such keys', () => {
    expect(fails(() => read('source,target,__proto__\na,b,1\n', 'e.csv'))).toBe('e.csv: line 1: column "__proto__": that name is reserved (rename the column)');
    expect(fails(() => read('source,target\na,b\n', 'e.csv', { text: 'id,constructor\na,1\n', file: 'n.csv' }))).toBe('n.csv: line 1: column "constructor": that name is reserved (rename the column)');
    expect(fails(() => read(graphml('<node id="a"/>', '<key id="p" for="node" attr.name="__proto__" attr.type="string"/>'), 'g.graphml'))).toContain('a key named "__proto__"; that name is reserved');
  });
});

describe('16. a duplicate CSV header: our message only, nothing from papaparse', () => {
  afterEach(() => vi.restoreAllMocks());
  it('is refused naming the column, and the console stays silent', () => {
    const spies = (['warn', 'log', 'error', 'info'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    expect(fails(() => read('source,target,weight,weight\na,b,1,2\n', 'e.csv'))).toBe('e.csv: line 1: column "weight" appears twice (columns 3 and 4); expected each column name once');
    expect(fails(() => read('source,target\na,b\n', 'e.csv', { text: 'id,label,label\na,x,y\n', file: 'n.csv' }))).toContain('n.csv: line 1: column "label" appears twice');
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  it('extra cells beyond the header are reported, not dropped silently', () => {
    const r = read('source,target\na,b,9\n', 'e.csv');
    expect(level(r, 'extra-cells')).toMatchObject({ level: 'WARNING', count: 1, examples: ['e.csv line 2'] });
  });
});

describe('17. GraphML nested graphs (yEd / yFiles groups) are flattened with a WARNING', () => {
  const yed = graphml(
    `<node id="n0"><graph id="n0:" edgedefault="undirected"><node id="n0::n0"/><node id="n0::n1"><graph id="n0::n1:" edgedefault="undirected"><node id="n0::n1::n0"/></graph></node>` +
      `<edge source="n0::n0" target="n0::n1::n0"><data key="w">2</data></edge></graph></node>\n<node id="n1"/><edge source="n1" target="n0::n0"><data key="w">1</data></edge>\n<node id="n2"><graph id="n2:" edgedefault="undirected"><node id="n2::n0"/><node id="n2::n1"/><edge source="n2::n0" target="n2::n1"/></graph></node>`,
    '<key id="w" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>',
  );
  it('every node and edge is kept: a group no top-level edge touches too', () => {
    const r = read(yed, 'groups.graphml');
    expect(r.graph.nodes().sort()).toEqual(['n0', 'n0::n0', 'n0::n1', 'n0::n1::n0', 'n1', 'n2', 'n2::n0', 'n2::n1']);
    expect(r.graph.size).toBe(3);
    expect(r.graph.getEdgeAttribute(r.graph.edge('n0::n0', 'n0::n1::n0')!, 'weight')).toBe(2);
    expect(level(r, 'nested-graph')).toMatchObject({ level: 'WARNING', count: 3 });
  });
});

describe('18. attribute spellings, defaults, weights and direction', () => {
  it('GEXF 1.0/1.1 <attvalue id="…"> is read, a weight stored that way too', () => {
    const attrs = '<attributes class="node"><attribute id="0" title="sector" type="string"/></attributes><attributes class="edge"><attribute id="w" title="weight" type="float"/></attributes>';
    const r = read(
      gexf('<nodes><node id="a"><attvalues><attvalue id="0" value="hospital"/></attvalues></node><node id="b"><attvalues><attvalue for="0" value="company"/></attvalues></node></nodes><edges><edge source="a" target="b"><attvalues><attvalue id="w" value="3"/></attvalues></edge></edges>', attrs),
      'old.gexf',
    );
    expect(r.graph.getNodeAttribute('a', 'sector')).toBe('hospital');
    expect(r.graph.getNodeAttribute('b', 'sector')).toBe('company');
    expect(r.graph.getEdgeAttribute(r.graph.edge('a', 'b')!, 'weight')).toBe(3);
    expect(level(r, 'unknown-attribute')).toBeUndefined();
  });

  it('a GraphML <key> without `for` applies its <default> to nodes and edges', () => {
    const r = read(graphml('<node id="a"/><node id="b"/><edge source="a" target="b"/>', '<key id="w" attr.name="weight" attr.type="double"><default>4</default></key><key id="s" attr.name="sector" attr.type="string"><default>hospital</default></key>'), 'g.graphml');
    expect(r.graph.getEdgeAttribute(r.graph.edge('a', 'b')!, 'weight')).toBe(4);
    expect(r.graph.getNodeAttribute('a', 'sector')).toBe('hospital');
    expect(level(r, 'missing-weight')).toBeUndefined();
  });

  it('GEXF edges without a weight have weight 1 by the spec: INFO, not WARNING', () => {
    const r = read(gexf('<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges>'), 'g.gexf');
    expect(level(r, 'default-weight')).toMatchObject({ level: 'INFO', count: 1 });
    expect(level(r, 'missing-weight')).toBeUndefined();
    expect(r.graph.getEdgeAttribute(r.graph.edge('a', 'b')!, 'weight')).toBe(1);
  });

  it('directed edges are counted in words that read with the count, the same in every format', () => {
    const message = 'directed edges read as undirected (reciprocal arcs merged; weights summed)';
    const g = read(graphml('<node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/><edge source="b" target="a"/><edge source="b" target="c" directed="false"/>').replace('edgedefault="undirected"', 'edgedefault="directed"'), 'g.graphml');
    expect(level(g, 'directed')).toMatchObject({ level: 'WARNING', count: 2, message });
    const x = read(gexf('<nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" type="directed"/><edge source="b" target="a"/></edges>'), 'g.gexf');
    expect(level(x, 'directed')).toMatchObject({ level: 'WARNING', count: 1, message });
    const c = read('Source,Target,Type,Weight\na,b,Directed,1\nb,a,Directed,2\nb,c,Undirected,1\n', 'e.csv');
    expect(level(c, 'directed')).toMatchObject({ level: 'WARNING', count: 2, message });
    expect(c.graph.getEdgeAttribute(c.graph.edge('a', 'b')!, 'weight')).toBe(3);
    expect(c.graph.getEdgeAttribute(c.graph.edge('a', 'b')!, 'Type')).toBeUndefined();
    const j = read(JSON.stringify({ options: { type: 'directed' }, nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { weight: 1 } }] }), 'g.json');
    expect(level(j, 'directed')).toMatchObject({ level: 'WARNING', count: 1, message });
    expect(level(read(toGraphologyJson(j.graph), 'g.json'), 'directed')).toBeUndefined();
  });
});
