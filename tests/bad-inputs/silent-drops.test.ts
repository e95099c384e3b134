/**
 * Inputs that lost data without a word, found by attacking the hardened CLI: a CSV export on
 * stdout that carried only the node table, a GraphML's further top-level graphs, CSV columns
 * that differ only in case (one was silently left unread), and CSV files written by collabnet
 * that collabnet could not read back (an attribute named like the table's own column).
 * Real processes through bin/collabnet.mjs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'collabnet-drops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).not.toMatch(/internal error|\n\s+at \S+ \(/);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const graphml = (keys: string, body: string) =>
  `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="undirected">${body}</graph></graphml>`;

it('export --format csv on stdout writes the edge table (not the node table alone) and says so', () => {
  writeFileSync(join(dir, 'ok.csv'), 'Source,Target,Weight\na,b,2\n');
  const r = run('export', '--in', 'ok.csv', '--format', 'csv');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe('source,target,weight\na,b,2\n');
  expect(r.stderr).toContain('CSV on stdout is the edge table');
});

it('a GraphML with a second top-level <graph>: only the first is read, with a WARNING', () => {
  writeFileSync(
    join(dir, 'two.graphml'),
    `<?xml version="1.0"?><graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph><graph edgedefault="undirected"><node id="c"/></graph></graphml>`,
  );
  const r = run('metrics', '--in', 'two.graphml', '--format', 'json');
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('WARNING: 1 further top-level <graph> elements (only the first is read; these are ignored)');
});

it.each([
  ['edges: Source and source', 'ci-edges.csv', 'Source,Target,Weight,source\na,b,2,c\n', [], 'columns "Source" and "source" (columns 1 and 4) are both read as "source"'],
  ['edges: Weight and WEIGHT', 'ci-weight.csv', 'source,target,Weight,WEIGHT\na,b,2,9\n', [], 'columns "Weight" and "WEIGHT" (columns 3 and 4) are both read as "weight"'],
])('CSV columns differing only in case are refused, not half read — %s', (_name, file, text, extra, expected) => {
  writeFileSync(join(dir, file), text);
  const r = run('metrics', '--in', file, ...extra);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(expected);
  expect(r.stdout).toBe('');
});

it('a node table with Label and label is refused, not half read', () => {
  writeFileSync(join(dir, 'e.csv'), 'source,target\na,b\n');
  writeFileSync(join(dir, 'n.csv'), 'Id,Label,label\na,A,B\nb,x,y\n');
  const r = run('metrics', '--in', 'e.csv', '--nodes', 'n.csv');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('n.csv: line 1: columns "Label" and "label" (columns 2 and 3) are both read as "label"');
});

it('CSV written by collabnet is readable by collabnet: an attribute named like a table column is refused, nothing written', () => {
  writeFileSync(
    join(dir, 'idattr.graphml'),
    graphml(
      '<key id="k0" for="node" attr.name="id" attr.type="string"/>',
      '<node id="a"><data key="k0">n1</data></node><node id="b"><data key="k0">n2</data></node><edge source="a" target="b"/>',
    ),
  );
  const r = run('export', '--in', 'idattr.graphml', '--format', 'csv', '--out', 'idattr.csv');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('cannot write the node attribute "id" as a CSV column');
  expect(existsSync(join(dir, 'idattr.nodes.csv'))).toBe(false);
  expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);

  writeFileSync(
    join(dir, 'srcattr.graphml'),
    graphml('<key id="k1" for="edge" attr.name="Source" attr.type="string"/>', '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="k1">survey</data></edge>'),
  );
  const e = run('export', '--in', 'srcattr.graphml', '--format', 'csv', '--out', 'srcattr.csv');
  expect(e.code).toBe(2);
  expect(e.stderr).toContain('cannot write the edge attribute "Source" as a CSV column');
});

it('a generated network still round-trips through the CSV pair', () => {
  expect(run('generate', '--scale', '0.05', '--format', 'csv', '--out', 'gen.csv').code).toBe(0);
  const r = run('metrics', '--in', 'gen.edges.csv', '--nodes', 'gen.nodes.csv', '--format', 'json');
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('INFO: read 124 nodes and 62 edges');
});
