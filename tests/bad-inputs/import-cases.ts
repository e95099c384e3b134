/**
 * Bad-input cases of the graph and JSON readers (issue 11, items 10–18): the part of the corpus
 * made at test time (large, or read without an error, so not among the static files that the
 * explorer's test also loads). Static ones live in files/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BadInput } from './corpus.js';

const metrics = (file: string, ...more: string[]) => ['metrics', '--in', file, ...more];

export const importCases: BadInput[] = [
  { name: 'survey: nested 100k deep', entry: 'data check --survey', args: ['data', 'check', '--survey', 'survey-deep.json'], expect: 'survey-deep.json: line 1, column 513: JSON nested deeper than 512 levels; expected at most 512 levels of [ and {' },
  { name: 'survey: a latin-1 byte (invalid UTF-8)', entry: 'data check --survey', args: ['data', 'check', '--survey', 'survey-latin1.json'], expect: /survey-latin1\.json: line \d+ \(byte \d+\): invalid UTF-8 \(0xE9\); expected UTF-8 text/ },
  { name: 'scenario file: nested 50k deep', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-deep.json'], expect: /scenario-deep\.json: line 1, column \d+: JSON nested deeper than 512 levels/ },
  { name: 'model file: nested 100k deep', entry: 'generate --model', args: ['generate', '--model', 'model-deep.json'], expect: 'model-deep.json: line 1, column 528: JSON nested deeper than 512 levels' },
  { name: 'graph: JSON nested 100k deep', entry: 'metrics --in', args: metrics('graph-deep.json'), expect: 'graph-deep.json: line 1, column 522: JSON nested deeper than 512 levels' },
  { name: 'graph: 20k unclosed tags (60 KB)', entry: 'metrics --in', args: metrics('unclosed-tags.graphml'), expect: 'unclosed-tags.graphml: line 5, column 8: malformed XML (</graph> does not close <n> opened at line 4, column 59998 (unclosed or mismatched tags))' },
  { name: 'graph: 6 MB of unclosed tags', entry: 'metrics --in', args: metrics('unclosed-6mb.gexf'), expect: /unclosed-6mb\.gexf: line 1, column \d+: malformed XML \(<node> is never closed: the file ends inside it \(500,00\d elements open\)\)/ },
  { name: 'graph: &#0; in a GEXF label', entry: 'metrics --in', args: metrics('char-ref-nul.gexf'), expect: 'char-ref-nul.gexf: line 4, column 32: malformed XML (a character reference to a character XML does not allow, such as &#0; or &#x110000;)' },
  { name: 'graph: latin-1 GraphML without an encoding declaration', entry: 'metrics --in', args: metrics('latin1-undeclared.graphml'), expect: 'latin1-undeclared.graphml: line 5 (byte 201): invalid UTF-8 (0xFC); expected UTF-8 text (or name the encoding in the XML declaration' },
  { name: 'graph: latin-1 GraphML with its encoding declared is read', entry: 'metrics --in', args: metrics('latin1-declared.graphml', '--format', 'csv'), expect: 'INFO: read 2 nodes and 1 edges', code: 0 },
  { name: 'graph: a CSV weight in hex', entry: 'metrics --in', args: metrics('weight-hex.csv'), expect: 'weight-hex.csv: 1 weights that are not numbers > 0 (weight = collaboration strength; it must be positive): line 2 ("0x10")' },
  { name: 'graph: a JSON weight [2]', entry: 'metrics --in', args: metrics('weight-array.json'), expect: 'weight-array.json: 1 weights that are not numbers > 0 (weight = collaboration strength; it must be positive): edges.0 ([2])' },
  { name: 'graph: a CSV column named __proto__', entry: 'metrics --in', args: metrics('proto-column.csv'), expect: 'proto-column.csv: line 1: column "__proto__": that name is reserved (rename the column)' },
  { name: 'graph: a duplicate CSV header, only our message on stderr', entry: 'metrics --in', args: metrics('duplicate-header.csv'), expect: /^collabnet: duplicate-header\.csv: line 1: column "weight" appears twice \(columns 3 and 4\); expected each column name once\n$/ },
  { name: 'graph: ids constructor, toString, valueOf, __proto__', entry: 'metrics --in', args: metrics('prototype-ids.csv', '--format', 'csv'), expect: 'INFO: read 5 nodes and 5 edges', code: 0 },
  { name: 'graph (export): ids constructor, toString, valueOf, __proto__ to GraphML', entry: 'export --in', args: ['export', '--in', 'prototype-ids.csv', '--format', 'graphml'], expect: 'INFO: read 5 nodes and 5 edges', code: 0 },
  { name: 'graph: yEd groups (nested graphs) flattened with a warning', entry: 'metrics --in', args: metrics('groups.graphml', '--format', 'csv'), expect: /WARNING: 2 nested graphs \(groups\) flattened[^\n]*\n(.*\n)*.*INFO: read 5 nodes and 2 edges/, code: 0 },
  { name: 'graph: GEXF 1.1 <attvalue id> weights; no weight is 1 by the spec (INFO)', entry: 'metrics --in', args: metrics('gexf-11.gexf', '--format', 'csv'), expect: /INFO: 1 edges without a weight \(weight 1, the GEXF default\)[^\n]*\n(.*\n)*.*INFO: read 3 nodes and 2 edges/, code: 0 },
  { name: 'graph: a directed GraphML, counted in words', entry: 'metrics --in', args: metrics('directed.graphml', '--format', 'csv'), expect: 'WARNING: 2 directed edges read as undirected (reciprocal arcs merged; weights summed)', code: 0 },
  { name: 'graph: a CSV with Type = Directed is reported as directed', entry: 'metrics --in', args: metrics('directed-type.csv', '--format', 'csv'), expect: 'WARNING: 2 directed edges read as undirected (reciprocal arcs merged; weights summed)', code: 0 },
];

/** Writes the generated files of `importCases` into `dir`. */
export function materializeImportCases(dir: string, surveyText: string): void {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  writeFileSync(join(dir, 'survey-deep.json'), deep(100_000));
  writeFileSync(join(dir, 'survey-latin1.json'), Buffer.from(surveyText.replace('"share": 0.47', '"share": 0.47, "note": "caf\u00e9"'), 'latin1'));
  writeFileSync(join(dir, 'scenario-deep.json'), `{"name": "deep", "levers": [${'{"lever":'.repeat(50_000)}1${'}'.repeat(50_000)}]}`);
  writeFileSync(join(dir, 'model-deep.json'), `{"assumptions": ${deep(100_000)}}`);
  writeFileSync(join(dir, 'graph-deep.json'), `{"nodes": ${deep(100_000)}, "edges": []}`);
  writeFileSync(join(dir, 'unclosed-6mb.gexf'), `<gexf><graph><nodes>${'<node id="a">'.repeat(500_000)}`);
  const head = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<key id="l" for="node" attr.name="label" attr.type="string"/>\n<graph edgedefault="undirected">\n`;
  writeFileSync(join(dir, 'latin1-declared.graphml'), Buffer.from(`${head('ISO-8859-1')}<node id="a"><data key="l">Z\u00fcrich</data></node><node id="b"/>\n<edge source="a" target="b"/>\n</graph></graphml>\n`, 'latin1'));
  const ids = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
  writeFileSync(join(dir, 'prototype-ids.csv'), `source,target,weight\n${ids.map((id, i) => `${id},${ids[(i + 1) % ids.length]},${i + 1}`).join('\n')}\n`);
  writeFileSync(
    join(dir, 'groups.graphml'),
    `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>\n<graph edgedefault="undirected">\n` +
      `<node id="n0"><graph id="n0:" edgedefault="undirected"><node id="n0::n0"/><node id="n0::n1"/><edge source="n0::n0" target="n0::n1"/></graph></node>\n` +
      `<node id="n1"><graph id="n1:" edgedefault="undirected"><node id="n1::n0"/></graph></node>\n<edge source="n0" target="n0::n0"/>\n</graph></graphml>\n`,
  );
  writeFileSync(
    join(dir, 'gexf-11.gexf'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.1draft" version="1.1"><graph defaultedgetype="undirected">\n<attributes class="edge"><attribute id="0" title="weight" type="float"/></attributes>\n` +
      `<nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>\n<edges><edge source="a" target="b"><attvalues><attvalue id="0" value="3"/></attvalues></edge><edge source="b" target="c"/></edges>\n</graph></gexf>\n`,
  );
  writeFileSync(
    join(dir, 'directed.graphml'),
    `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n<node id="a"/><node id="b"/>\n<edge source="a" target="b"/><edge source="b" target="a"/>\n</graph></graphml>\n`,
  );
  writeFileSync(join(dir, 'directed-type.csv'), 'Source,Target,Type,Weight\na,b,Directed,1\nb,a,Directed,2\nb,c,Undirected,1\n');
}
