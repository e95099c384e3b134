/**
 * The bad-input corpus: every entry point, each case with the message a user must see.
 * Static files live in files/; the survey mutations, binary garbage, a 200 MB file and symlinks are
 * made at test time by `materialize` (so they follow data/survey.json as it changes).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { rawModel, rawSurvey } from '../helpers.js';
import { importCases, materializeImportCases } from './import-cases.js';

export interface BadInput {
  /** What is wrong, in words. */
  readonly name: string;
  /** Entry point, for the per-entry-point count. */
  readonly entry: string;
  readonly args: readonly string[];
  /** A piece of the one clear message. */
  readonly expect: string | RegExp;
  /** Exit code: 2 for bad input; 0 for inputs that are coerced with a warning. */
  readonly code?: number;
}

const surveyCases: [string, string, (s: any) => void, string | RegExp][] = [
  ['a share written as text', 'survey-share-text.json', (s) => (s.tables['6'].questions[0].options[2].share = '31%'), 'survey.json'.length ? 'tables.6.questions.0.options.2.share: expected a number in [0, 1], got "31%"' : ''],
  ['a negative share', 'survey-share-negative.json', (s) => (s.tables['1'].questions[0].options[0].share = -0.47), 'tables.1.questions.0.options.0.share: expected a number in [0, 1], got -0.47'],
  ['a share of 47 (percent, not fraction)', 'survey-share-percent.json', (s) => (s.tables['1'].questions[0].options[0].share = 47), 'expected a number in [0, 1], got 47'],
  ['a single-choice block summing to 130%', 'survey-sum.json', (s) => (s.tables['6'].questions[0].options[0].share = 0.61), 'expected single-choice shares summing to 100% (±10 points), got 130.0%'],
  ['a fractional count', 'survey-count-fraction.json', (s) => (s.groups.clinicians.hospitals = 2135.5), 'groups.clinicians.hospitals: expected a whole number ≥ 1, got 2135.5'],
  ['a negative count', 'survey-count-negative.json', (s) => (s.groups.institutions.responses = -120), 'groups.institutions.responses: expected a whole number ≥ 1, got -120'],
  ['tables as a list', 'survey-wrong-type.json', (s) => (s.tables = [s.tables['1']]), /tables: expected (a record|an object), got an array/],
  ['a bin whose max is below its min', 'survey-bin.json', (s) => (s.tables['6'].questions[0].options[2].bin = { min: 5, max: 2 }), 'tables.6.questions.0.options.2.bin.max: expected max ≥ min'],
  ['an unknown question kind', 'survey-kind.json', (s) => (s.tables['2'].questions[0].kind = 'several'), 'tables.2.questions.0.kind: expected one of "single", "multi", got "several"'],
];

export const cases: BadInput[] = [
  ...surveyCases.map(([name, file, , expect]) => ({ name: `survey: ${name}`, entry: 'data check --survey', args: ['data', 'check', '--survey', file], expect })),
  { name: 'survey: truncated', entry: 'data check --survey', args: ['data', 'check', '--survey', 'survey-truncated.json'], expect: /survey-truncated\.json: line \d+, column \d+: malformed JSON/ },
  { name: 'survey: a duplicate key', entry: 'data check --survey', args: ['data', 'check', '--survey', 'survey-duplicate-key.json'], expect: 'duplicate key "share"' },
  { name: 'survey: a __proto__ key', entry: 'data check --survey', args: ['data', 'check', '--survey', 'survey-proto.json'], expect: 'key "__proto__" is not allowed' },
  { name: 'survey: an empty file', entry: 'data check --survey', args: ['data', 'check', '--survey', 'empty.json'], expect: 'empty.json: the file is empty; expected JSON' },
  { name: 'survey: binary garbage', entry: 'data check --survey', args: ['data', 'check', '--survey', 'garbage.bin'], expect: 'garbage.bin: looks like a binary file; expected UTF-8 text' },
  { name: 'survey: a 200 MB file', entry: 'data check --survey', args: ['data', 'check', '--survey', 'huge.json'], expect: 'huge.json: 200 MB is larger than the 64 MB limit for input files' },
  { name: 'survey: a huge hospital count', entry: 'generate --survey', args: ['generate', '--survey', 'survey-huge-count.json'], expect: /the network would have [\d,]+ nodes .* the limits are 2,000,000 nodes/ },
  { name: 'survey: a folder', entry: 'data check --survey', args: ['data', 'check', '--survey', 'folder'], expect: 'folder: is a folder; expected a file' },
  { name: 'model: an assumption missing', entry: 'data check --model', args: ['data', 'check', '--model', 'model-missing.json'], expect: 'model-missing.json: sectors.2.population.assumption: unknown assumption "companies"' },

  { name: 'model file: an unknown assumption', entry: 'generate --model', args: ['generate', '--model', 'model-unknown-assumption.json'], expect: 'model-unknown-assumption.json: assumptions.compnies: unknown assumption "compnies"' },
  { name: 'model file: text for a number', entry: 'generate --model', args: ['generate', '--model', 'model-wrong-type.json'], expect: 'assumptions.tertiary-share: expected a number in [0, 1], got "high"' },
  { name: 'model file: a negative count', entry: 'generate --model', args: ['generate', '--model', 'model-negative.json'], expect: 'assumptions.companies: expected an integer in [1, 1000000], got -5' },
  { name: 'model file: 1e400 (Infinity)', entry: 'generate --model', args: ['generate', '--model', 'model-huge.json'], expect: 'assumptions.companies: expected an integer in [1, 1000000], got Infinity' },
  { name: 'model file: an unknown reconciliation', entry: 'generate --model', args: ['generate', '--model', 'model-unknown-mode.json'], expect: 'expected one of "balance", "keep-institutions", "keep-hospitals", got "both"' },
  { name: '--set: an unknown assumption', entry: 'generate --set', args: ['generate', '--set', 'compnies=150'], expect: 'unknown assumption "compnies" (did you mean "companies"?)' },
  { name: '--set: NaN', entry: 'generate --set', args: ['generate', '--set', 'tertiary-share=NaN'], expect: '--set tertiary-share=NaN: expected a number in [0, 1], got "NaN"' },
  { name: '--set: Infinity', entry: 'generate --set', args: ['generate', '--set', 'companies=Infinity'], expect: 'expected an integer in [1, 1000000], got "Infinity"' },
  { name: '--set: no value', entry: 'generate --set', args: ['generate', '--set', 'companies'], expect: 'expected name=value' },
  { name: '--seed: not an integer', entry: 'flags', args: ['generate', '--seed', '1.5'], expect: '--seed: expected an integer in [-2147483648, 2147483647], got "1.5"' },
  { name: '--scale: zero', entry: 'flags', args: ['generate', '--scale', '0'], expect: '--scale: expected a number > 0 and ≤ 1000, got "0"' },
  { name: '--scale: memory-exhausting', entry: 'flags', args: ['fit', '--scale', '950'], expect: /--scale 950: the network would have/ },
  { name: '--runs: absurd', entry: 'flags', args: ['fit', '--runs', '1000000'], expect: '--runs: expected an integer in [1, 10000], got "1000000"' },
  { name: '--format: unknown', entry: 'flags', args: ['metrics', '--format', 'xlsx'], expect: '--format: expected one of table, json, csv, got "xlsx"' },
  { name: '--top: negative', entry: 'flags', args: ['metrics', '--top', '-1'], expect: '--top: expected an integer in [0, 100000], got "-1"' },
  { name: '--betweenness-epsilon: zero', entry: 'flags', args: ['metrics', '--betweenness-epsilon', '0'], expect: '--betweenness-epsilon: expected a number > 0 and ≤ 0.5, got "0"' },
  { name: '--betweenness-delta: one', entry: 'flags', args: ['export', '--with-metrics', '--betweenness-delta', '1'], expect: '--betweenness-delta: expected a number > 0 and ≤ 0.5, got "1"' },
  { name: '--workers: zero', entry: 'flags', args: ['scenario', '--lever', 'ai-departments', '--workers', '0'], expect: '--workers' },
  { name: 'an unknown option', entry: 'flags', args: ['generate', '--sede', '1'], expect: "unknown option '--sede'" },

  { name: 'graph: malformed XML', entry: 'metrics --in', args: ['metrics', '--in', 'malformed.graphml'], expect: /malformed\.graphml: line \d+, column \d+: malformed XML/ },
  { name: 'graph: truncated GEXF', entry: 'metrics --in', args: ['metrics', '--in', 'truncated.gexf'], expect: /truncated\.gexf: (line \d+, column \d+: )?malformed XML/ },
  { name: 'graph: a dangling GraphML edge', entry: 'metrics --in', args: ['metrics', '--in', 'dangling.graphml'], expect: 'dangling.graphml: 1 edges to nodes the file does not declare: line 8 ("ghost")' },
  { name: 'graph: a dangling GEXF edge', entry: 'metrics --in', args: ['metrics', '--in', 'dangling.gexf'], expect: 'dangling.gexf: 1 edges to nodes the file does not declare' },
  { name: 'graph: duplicate node ids', entry: 'metrics --in', args: ['metrics', '--in', 'duplicate-ids.gexf'], expect: 'duplicate-ids.gexf: 1 duplicate node ids: line 5 (id "1")' },
  { name: 'graph: a negative weight', entry: 'metrics --in', args: ['metrics', '--in', 'negative-weight.graphml'], expect: 'negative-weight.graphml: 1 weights that are not numbers > 0' },
  { name: 'graph: NaN, Infinity and 1e999 weights', entry: 'metrics --in', args: ['metrics', '--in', 'nan-weight.csv'], expect: 'nan-weight.csv: 3 weights that are not numbers > 0 (weight = collaboration strength; it must be positive): line 2 ("NaN"), line 3 ("Infinity"), line 4 ("1e999")' },
  { name: 'graph: a zero weight', entry: 'metrics --in', args: ['metrics', '--in', 'zero-weight.json'], expect: 'zero-weight.json: 1 weights that are not numbers > 0' },
  { name: 'graph: CSV without source/target', entry: 'metrics --in', args: ['metrics', '--in', 'missing-columns.csv'], expect: 'missing-columns.csv: expected columns "source", "target"; missing "source", "target" (found: "from", "to", "strength")' },
  { name: 'graph: an empty CSV', entry: 'metrics --in', args: ['metrics', '--in', 'empty.csv'], expect: 'empty.csv: the file is empty' },
  { name: 'graph: binary garbage', entry: 'metrics --in', args: ['metrics', '--in', 'garbage.gexf'], expect: 'garbage.gexf: looks like a binary file' },
  { name: 'graph: not a graph', entry: 'metrics --in', args: ['metrics', '--in', 'not-a-graph.graphml'], expect: 'not-a-graph.graphml: expected a <graphml> document, got <html>' },
  { name: 'graph: JSON of the wrong shape', entry: 'metrics --in', args: ['metrics', '--in', 'wrong-type.json'], expect: 'wrong-type.json: nodes: expected an array, got 3' },
  { name: 'graph: a duplicate JSON key', entry: 'metrics --in', args: ['metrics', '--in', 'duplicate-key.json'], expect: 'duplicate-key.json: line 1, column 35: duplicate key "nodes"' },
  { name: 'graph: a __proto__ attribute', entry: 'metrics --in', args: ['metrics', '--in', 'proto-key.json'], expect: 'key "__proto__" is not allowed' },
  { name: 'graph: a 200 MB file', entry: 'metrics --in', args: ['metrics', '--in', 'huge.graphml'], expect: 'huge.graphml: 200 MB is larger than the 64 MB limit' },
  { name: 'graph: a node table without id', entry: 'metrics --in --nodes', args: ['metrics', '--in', 'edges-for-nodes.csv', '--nodes', 'nodes-without-id.csv'], expect: 'nodes-without-id.csv: expected columns "id"' },
  { name: 'graph: an edge to a node the table lacks', entry: 'metrics --in --nodes', args: ['metrics', '--in', 'edges-for-nodes.csv', '--nodes', 'nodes-missing-c.csv'], expect: 'edges-for-nodes.csv: 1 edges to nodes the file does not declare: line 3 ("c")' },
  { name: 'graph: an unknown extension', entry: 'metrics --in', args: ['metrics', '--in', 'garbage.bin'], expect: 'looks like a binary file' },
  { name: 'graph (export): a dangling edge', entry: 'export --in', args: ['export', '--in', 'dangling.gexf', '--with-metrics', '--out', 'out.gexf', '--format', 'gexf'], expect: 'dangling.gexf: 1 edges to nodes the file does not declare' },
  { name: 'graph: missing weights are set to 1 with a warning', entry: 'metrics --in', args: ['metrics', '--in', 'missing-weights.graphml', '--format', 'json'], expect: 'WARNING: 1 edges without a weight (set to 1)', code: 0 },
  { name: 'graph: quoted newlines and formula-looking cells are read as text', entry: 'metrics --in', args: ['metrics', '--in', 'formula-and-newlines.csv', '--format', 'csv'], expect: 'INFO: read 4 nodes and 2 edges', code: 0 },

  { name: 'scenario file: malformed', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-malformed.json'], expect: /scenario-malformed\.json: line \d+, column \d+: malformed JSON/ },
  { name: 'scenario file: an unknown lever', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-unknown-lever.json'], expect: 'levers.0.lever: unknown lever "clinician-engagment" (did you mean "clinician-engagement"?)' },
  { name: 'scenario file: a negative strength', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-negative-strength.json'], expect: 'levers.0.strength: expected a strength in [0, 10]' },
  { name: 'scenario file: t out of range', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-t-out-of-range.json'], expect: 'levers.0.t: expected t in [0, 1]' },
  { name: 'scenario file: an unknown ceiling', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-unknown-ceiling.json'], expect: 'scenario-unknown-ceiling.json: ceilings.ai-departments.quaternary: unknown ceiling' },
  { name: 'scenario file: an unknown assumption', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-unknown-assumption.json'], expect: 'unknown assumption "compnies"' },
  { name: 'scenario file: a duplicate key', entry: 'scenario --scenario', args: ['scenario', '--scenario', 'scenario-duplicate-key.json'], expect: 'duplicate key "levers"' },
  { name: 'compare: an unknown lever in the scenario file', entry: 'compare --scenario', args: ['compare', '--scenario', 'scenario-unknown-lever.json'], expect: 'unknown lever "clinician-engagment"' },
  { name: '--lever: unknown', entry: 'scenario --lever', args: ['scenario', '--lever', 'matchmaking'], expect: 'unknown lever "matchmaking" (did you mean "matchmaking-platform"?)' },
  { name: '--lever: t out of range', entry: 'scenario --lever', args: ['scenario', '--lever', 'ai-departments=-0.1'], expect: 'expected t in [0, 1], got "-0.1"' },
  { name: '--ceiling: out of range', entry: 'scenario --lever', args: ['scenario', '--lever', 'ai-departments', '--ceiling', 'ai-departments.tertiary=7'], expect: 'expected a number in [0, 1], got 7' },
  { name: '--steps × --runs: too many networks', entry: 'scenario --lever', args: ['scenario', '--lever', 'ai-departments', '--steps', '1001', '--runs', '1000'], expect: 'the limit is 200000' },

  { name: '--out: into a missing folder', entry: '--out', args: ['generate', '--out', 'missing/g.json'], expect: /--out missing\/g\.json: the folder .* does not exist/ },
  { name: '--out: onto a folder', entry: '--out', args: ['fit', '--out', 'folder'], expect: '--out folder: is a folder; expected a file name' },
  { name: '--out: a failed run keeps the previous file', entry: '--out', args: ['generate', '--set', 'companies=0', '--out', 'precious.json'], expect: '--set companies=0' },

  // Issue 11 (items 7–10): non-regular, unreadable and read-only files.
  { name: 'graph: /dev/zero as --in', entry: 'metrics --in', args: ['metrics', '--in', '/dev/zero', '--in-format', 'json'], expect: '/dev/zero: is a character device; expected a regular file' },
  { name: 'graph: a symlink to /dev/urandom as --in', entry: 'metrics --in', args: ['metrics', '--in', 'urandom.graphml'], expect: 'urandom.graphml: is a character device; expected a regular file' },
  { name: 'graph: a FIFO as --nodes', entry: 'metrics --in --nodes', args: ['metrics', '--in', 'edges-for-nodes.csv', '--nodes', 'fifo.csv'], expect: 'fifo.csv: is a named pipe (FIFO); expected a regular file' },
  { name: 'model file: a symlink to a FIFO', entry: 'generate --model', args: ['generate', '--model', 'link-to-fifo.json'], expect: 'link-to-fifo.json: is a named pipe (FIFO); expected a regular file' },
  { name: 'scenario file: /dev/zero', entry: 'scenario --scenario', args: ['scenario', '--scenario', '/dev/zero'], expect: '/dev/zero: is a character device; expected a regular file' },
  { name: 'survey: /dev/urandom', entry: 'data check --survey', args: ['data', 'check', '--survey', '/dev/urandom'], expect: '/dev/urandom: is a character device; expected a regular file' },
  { name: '--out: a read-only file', entry: '--out', args: ['generate', '--out', 'read-only.json'], expect: '--out read-only.json: is read-only' },
  { name: '--out: a device', entry: '--out', args: ['generate', '--out', '/dev/null'], expect: '--out /dev/null: is a character device; expected a regular file' },
  { name: '--out: into a missing folder outside the working folder', entry: '--out', args: ['generate', '--out', '/nonexistent-collabnet/g.json'], expect: '--out /nonexistent-collabnet/g.json: the folder /nonexistent-collabnet does not exist' },
  { name: '--out: a dangling symlink', entry: '--out', args: ['generate', '--out', 'dangling-link.json'], expect: '--out dangling-link.json: is a symlink to a file that does not exist' },
  ...importCases,
];

/** Writes the generated part of the corpus into `dir` (the static files are copied by the caller). */
export function materialize(dir: string, outside: string): void {
  const survey = () => rawSurvey();
  for (const [, file, mutate] of surveyCases) {
    const s = survey();
    mutate(s);
    writeFileSync(join(dir, file), JSON.stringify(s, null, 2));
  }
  const text = JSON.stringify(survey(), null, 2);
  writeFileSync(join(dir, 'survey-truncated.json'), text.slice(0, Math.floor(text.length / 2)));
  writeFileSync(join(dir, 'survey-duplicate-key.json'), text.replace('"share": 0.47', '"share": 0.47, "share": 0.5'));
  writeFileSync(join(dir, 'survey-proto.json'), text.replace('"groups": {', '"groups": { "__proto__": { "polluted": true },'));
  const huge = survey();
  huge.groups.clinicians.hospitals = 1_000_000_000;
  huge.groups.clinicians.responses = 2_000_000_000;
  writeFileSync(join(dir, 'survey-huge-count.json'), JSON.stringify(huge));
  const model = rawModel();
  delete model.assumptions.companies;
  writeFileSync(join(dir, 'model-missing.json'), JSON.stringify(model));
  writeFileSync(join(dir, 'empty.json'), '');
  const garbage = Buffer.alloc(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
  writeFileSync(join(dir, 'garbage.bin'), garbage);
  writeFileSync(join(dir, 'garbage.gexf'), garbage);
  for (const name of ['huge.json', 'huge.graphml']) {
    closeSync(openSync(join(dir, name), 'w'));
    truncateSync(join(dir, name), 200 * 1024 * 1024); // sparse: no 200 MB actually written
  }
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'precious.json'), 'written before');
  symlinkSync(join(outside, 'target.json'), join(dir, 'link-out.json'));
  writeFileSync(join(outside, 'target.json'), 'outside');
  symlinkSync(outside, join(dir, 'link-dir'));
  // Issue 11: a FIFO (opening it for reading would wait for a writer forever), symlinks to
  // devices and FIFOs, a read-only target, a dangling symlink.
  execFileSync('mkfifo', [join(dir, 'fifo.csv')]);
  symlinkSync(join(dir, 'fifo.csv'), join(dir, 'link-to-fifo.json'));
  symlinkSync('/dev/urandom', join(dir, 'urandom.graphml'));
  writeFileSync(join(dir, 'read-only.json'), 'read-only before');
  chmodSync(join(dir, 'read-only.json'), 0o444);
  symlinkSync(join(outside, 'never-created.json'), join(dir, 'dangling-link.json'));
  materializeImportCases(dir, text);
}
