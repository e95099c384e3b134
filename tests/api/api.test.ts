// The library face (src/api, src/node): the same validation and messages as the CLI for files and
// for objects a script passes, and the same results as the CLI for the same inputs.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpec, compare, createModel, diff, ensemble, figures, fit, generate, InputError, intervals, loadSpec, loadSurvey, metrics, metricsCsv, modelAt, OptionError, readGraph, sobol, sweep, threshold, toCsv, writeGraph } from '../../src/api/index.js';
import { loadModel, loadScenario, loadSpecFile, loadSurveyFile, readGraphFile, writeGraphFile } from '../../src/node/index.js';
import { cli, inputErrorMessage, rawModel, rawSurvey, ROOT } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'collabnet-api-'));
const model = loadModel();

describe('src/api is browser-safe', () => {
  it('no file imports a Node module or touches process, the file system or the DOM', () => {
    const dir = join(ROOT, 'src/api');
    const problems = readdirSync(dir).flatMap((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return [/from 'node:/, /\bprocess\./, /\bdocument\./, /from '\.\.\/(cli|node|app)\//].filter((re) => re.test(text)).map((re) => `${name}: ${re}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('bad input: the messages of the CLI, for files and for objects', () => {
  it('a survey object with a bad share is refused with the place and value, as the CLI refuses the same file', () => {
    const bad = rawSurvey();
    const first = Object.values(bad.tables as Record<string, { questions: { options: { share: unknown }[] }[] }>)[0]!;
    first.questions[0]!.options[0]!.share = '31%';
    const dir = tmp();
    const file = join(dir, 'bad-survey.json');
    writeFileSync(file, JSON.stringify(bad));
    const fromObject = inputErrorMessage(() => loadSurvey(bad, file));
    const fromScript = inputErrorMessage(() => createModel({ spec: loadSpecFile(), survey: bad, surveyLabel: file }));
    const fromNode = inputErrorMessage(() => loadModel({ survey: file }));
    const fromCli = cli(['generate', '--survey', file]);
    expect(fromCli.code).toBe(2);
    expect(fromObject).toMatch(/^.*bad-survey\.json: tables\.[^:]+\.questions\.0\.options\.0\.share: expected a number/);
    expect(fromCli.stderr).toContain(fromObject.split('\n')[0]!);
    expect(fromScript).toBe(fromObject);
    expect(fromNode).toBe(fromObject);
  }, 60_000);

  it('checkSpec: a spec citing a question the survey lacks is refused as `collabnet spec check` refuses the same file; a good one gives its report', () => {
    const bad = rawModel();
    const text = JSON.stringify(bad).replace('"hospitals.ai-department-by-tier"', '"hospitals.no-such-question"');
    const dir = tmp();
    const file = join(dir, 'bad-spec.json');
    writeFileSync(file, text.replace('"survey":"survey.json"', `"survey":${JSON.stringify(join(ROOT, 'data/survey.json'))}`));
    const fromScript = inputErrorMessage(() => checkSpec({ spec: JSON.parse(text), survey: loadSurveyFile(), specLabel: file }));
    expect(fromScript).toMatch(/bad-spec\.json: .*expected a question id of the survey, got "hospitals\.no-such-question"/);
    const fromCli = cli(['spec', 'check', file]);
    expect(fromCli.code).toBe(2);
    expect(fromCli.stderr).toContain(fromScript.split('\n')[0]!);
    const report = checkSpec({ spec: loadSpecFile(), survey: loadSurveyFile() });
    expect(report.levers.map((l) => l.name)).toEqual(model.levers.map((l) => l.name));
    expect(report.questions.some((q) => q.question === 'hospitals.ai-department-by-tier')).toBe(true);
  }, 60_000);

  it('JSON text with a syntax error names the line and column; a version 1 model is named as such', () => {
    expect(inputErrorMessage(() => loadSpec('{\n  "version": 2,\n  oops\n}', 'my-spec.json'))).toMatch(/^my-spec\.json: .*line 3/);
    expect(inputErrorMessage(() => loadSpec({ ingredients: {} }))).toMatch(/^spec: a version 1 model file/);
  });

  it('options a script passes are checked: unknown keys, wrong types, unknown levers (with the nearest name), t out of range', () => {
    expect(inputErrorMessage(() => generate(model, { sed: 3 } as never))).toBe('generate: (root): unknown key "sed"');
    expect(inputErrorMessage(() => generate(model, { seed: '3' } as never))).toBe('generate: seed: expected a number, got "3"');
    expect(inputErrorMessage(() => generate(model, { seed: 1.5 }))).toBe('generate: seed: expected an integer, got 1.5');
    expect(inputErrorMessage(() => generate(model, { levers: ['clinician-engagment'] }))).toMatch(/^generate: levers\.0: unknown lever "clinician-engagment" \(did you mean "clinician-engagement"\?\)/);
    expect(inputErrorMessage(() => generate(model, { levers: ['ai-departments', 'ai-departments'] }))).toBe('generate: levers.1: "ai-departments" is already given (levers.0); expected each lever once');
    expect(inputErrorMessage(() => modelAt(model, { levers: ['ai-departments'], t: 2 }))).toBe('modelAt: t: expected t in [0, 1], got 2');
    expect(inputErrorMessage(() => figures(generate(model).graph, { families: ['sizes' as never] }))).toMatch(/^figures: families\.0: expected one of "size", "degree"/);
    expect(inputErrorMessage(() => sobol(0, () => 0))).toBe('sobol: k: expected an integer in [1, 1000], got 0');
    expect(() => intervals([], 'median' as never)).toThrow(OptionError);
    expect(inputErrorMessage(() => writeGraph(generate(model).graph, 'dot' as never))).toBe('writeGraph: format: expected one of json, gexf, graphml, csv, got "dot"');
  });

  it('overrides and ceilings are checked against the spec, every problem listed', () => {
    const msg = inputErrorMessage(() => createModel({ spec: rawModel(), survey: rawSurvey(), overrides: { companys: 3, institutions: -1 }, ceilings: { 'ai-departments.nope': 0.5 } }));
    expect(msg.split('\n')).toEqual([expect.stringMatching(/^createModel: overrides: companys: .*"companies"/), expect.stringMatching(/^createModel: overrides: institutions: expected an integer in \[1, /)]);
    expect(inputErrorMessage(() => loadModel({ ceilings: { 'clinician-engagement.company': 2 } }))).toBe('loadModel: ceilings: clinician-engagement.company: expected a number in [0, 1], got 2');
    expect(inputErrorMessage(() => loadModel({ spec: join(ROOT, 'no-such-spec.json') }))).toMatch(/no-such-spec\.json: cannot read it \(no such file\)/);
    expect(inputErrorMessage(() => loadScenario('matchmaking-platform'))).toMatch(/the built-in scenario of that name is .*matchmaking-platform\.json/);
  });

  it('the error classes are the ones scripts import', () => {
    expect(() => loadModel({ scale: 0 })).toThrow(InputError);
    expect(inputErrorMessage(() => loadModel({ scale: 0 }))).toBe('loadModel: scale: expected a number > 0, got 0');
  });
});

describe('known answers: what the CLI gives for the same inputs', () => {
  it('generate: the same network, byte for byte, as `collabnet generate --seed 5 --set companies=150` (JSON and GEXF)', () => {
    const m = loadModel({ overrides: { companies: 150 } });
    const { graph } = generate(m, { seed: 5 });
    const json = cli(['generate', '--seed', '5', '--set', 'companies=150']);
    expect(json.code).toBe(0);
    expect(writeGraph(graph, 'json')).toBe(json.stdout);
    const gexf = cli(['generate', '--seed', '5', '--set', 'companies=150', '--format', 'gexf']);
    expect(writeGraph(graph, 'gexf')).toBe(gexf.stdout);
  }, 60_000);

  it('createModel from objects resolves what loadModel resolves from the shipped files', () => {
    const fromObjects = createModel({ spec: JSON.parse(readFileSync(join(ROOT, 'data/model.json'), 'utf8')), survey: loadSurveyFile() });
    expect(fromObjects.baseline.sectors.map((s) => [s.id, s.count])).toEqual(model.baseline.sectors.map((s) => [s.id, s.count]));
    expect(writeGraph(generate(fromObjects, { seed: 2 }).graph, 'json')).toBe(writeGraph(generate(model, { seed: 2 }).graph, 'json'));
  });

  it('levers at t: t = 0 is the baseline; t = 1 puts clinicians\' company engagement at its ceiling (Table 4)', () => {
    expect(modelAt(model, { levers: ['clinician-engagement'], t: 0 })).toBe(model.baseline);
    const lever = model.levers.find((l) => l.name === 'clinician-engagement')!;
    const part = lever.parts.find((p) => p.path === 'assumptions.clinician-company-engagement')!;
    const at1 = modelAt(model, { levers: ['clinician-engagement'], t: 1 });
    expect(at1.assumptions.find((a) => a.name === 'clinician-company-engagement')?.value).toBeCloseTo(part.ceiling, 12);
    expect(generate(model, { levers: ['clinician-engagement'], t: 1, seed: 3 }).graph.size).toBeGreaterThan(generate(model, { seed: 3 }).graph.size);
  });

  it('sweep: the means `collabnet scenario --format json` prints for the same lever, steps, runs and seed', async () => {
    const ours = await sweep(model, { levers: ['clinician-engagement'], steps: 2, runs: 3, seed: 4 });
    const r = cli(['scenario', '--lever', 'clinician-engagement', '--steps', '2', '--runs', '3', '--seed', '4', '--format', 'json']);
    expect(r.code).toBe(0);
    const theirs = JSON.parse(r.stdout) as { steps: { t: number; metrics: Record<string, { mean: number | null }> }[] };
    expect(ours.steps.map((s) => s.t)).toEqual(theirs.steps.map((s) => s.t));
    for (const [i, step] of theirs.steps.entries())
      for (const name of ['giant_share.hospital', 'reach_2.company', 'edges', 'mean_betweenness.institution']) expect(ours.steps[i]!.metrics[name]!.mean).toBeCloseTo(step.metrics[name]!.mean!, 12);
    expect(threshold(ours.steps, 'edges', ours.steps[1]!.metrics.edges!.mean, 'rises').gridT).toBe(1);
  }, 120_000);

  it('diff: not a graph is refused; a network against itself changes nothing; a lever at its ceiling: its new ties are in the scenario and not in the baseline (same seed)', () => {
    expect(() => diff({} as never, generate(model).graph)).toThrow(/^diff: baseline: expected a graphology graph/);
    const before = generate(model, { seed: 3 }).graph;
    expect(diff(before, before)).toEqual({ newTies: [], goneTies: [], leftIsolation: [], becameIsolated: [], shared: before.order });
    const after = generate(model, { seed: 3, levers: ['clinician-engagement'], t: 1 }).graph;
    const ties = (g: typeof before) => new Set(g.mapEdges((_e, _a, s, t) => (s < t ? `${s} ${t}` : `${t} ${s}`)));
    const [was, is] = [ties(before), ties(after)];
    const d = diff(before, after);
    expect(d.newTies.length).toBeGreaterThan(0);
    expect(d.newTies.every(([s, t]) => s < t && is.has(`${s} ${t}`) && !was.has(`${s} ${t}`))).toBe(true);
    expect(d.goneTies.every(([s, t]) => was.has(`${s} ${t}`) && !is.has(`${s} ${t}`))).toBe(true);
    expect(d.shared).toBe(before.order);
  });

  it('compare: paired differences, zero for the baseline against itself', async () => {
    const rows = await compare(model, { levers: [], runs: 3, families: ['size'] });
    const edges = rows.find((r) => r.metric === 'edges')!;
    expect(edges.difference).toEqual({ mean: 0, lo: 0, hi: 0, runs: 3 });
    const more = await compare(model, { levers: ['clinician-engagement'], runs: 3, families: ['size'] });
    expect(more.find((r) => r.metric === 'edges')!.difference.lo).toBeGreaterThan(0);
  }, 60_000);

  it('figures: only the families asked for; metrics: the report `collabnet metrics --format json` gives', () => {
    const { graph } = generate(model, { seed: 1 });
    const f = figures(graph, { model, families: ['size'] });
    expect(Object.keys(f).sort()).toEqual(['density', 'edges', 'nodes', 'total_weight', ...model.baseline.ties.map((t) => `ties.${t.id}`)].sort());
    const report = metrics(graph, { model, seed: 1 });
    const r = cli(['metrics', '--seed', '1', '--format', 'json']);
    const theirs = JSON.parse(r.stdout) as { network: { giantShare: number; edges: number } };
    expect(report.network.giantShare).toBe(theirs.network.giantShare);
    expect(report.network.edges).toBe(theirs.network.edges);
    expect(metricsCsv(report).split('\n')[0]).toMatch(/^id,sector,/);
  }, 60_000);

  it('fit and ensemble: one row per run, summaries over them', () => {
    const { runs, summary } = fit(model, { runs: 2, seed: 7 });
    expect(runs.map((r) => r.seed)).toEqual([7, 8]);
    expect(summary.edges.mean).toBe((runs[0]!.edges + runs[1]!.edges) / 2);
    const e = ensemble(model, { runs: 3, families: ['connectivity'] });
    expect(e).toHaveLength(3);
    expect(intervals(e).giant_share!.runs).toBe(3);
  });

  it('intervals and toCsv: known answers', () => {
    const mean = intervals([{ x: 1 }, { x: 2 }, { x: 3 }]).x!;
    expect(mean.mean).toBe(2);
    expect(mean.hi).toBeCloseTo(2 + 4.302652729911275 / Math.sqrt(3), 9);
    expect(intervals([{ x: 1 }, { x: 2 }, { x: 3 }], 'spread').x).toEqual({ mean: 2, lo: 1.05, hi: 2.95, runs: 3 });
    expect(toCsv([{ t: 0, name: '=HYPERLINK("x")' }, { t: 0.5, extra: NaN }])).toBe('t,name,extra\n0,"\'=HYPERLINK(""x"")",\n0.5,,\n');
  });

  it('sobol: an additive function\'s first-order indices are its variance shares', () => {
    const r = sobol(2, ([a, b]) => a! + 0.1 * b!, { n: 512, resamples: 100 });
    expect(r.S1[0]!.value).toBeGreaterThan(0.9);
    expect(r.S1[1]!.value).toBeLessThan(0.05);
  });

  it('graph files: written atomically as the CLI writes them, read back with the same figures (GEXF, GraphML, CSV pair)', () => {
    const dir = tmp();
    const { graph } = generate(model, { seed: 9 });
    expect(writeGraphFile(graph, join(dir, 'n.gexf'))).toEqual([join(dir, 'n.gexf')]);
    expect(readFileSync(join(dir, 'n.gexf'), 'utf8')).toBe(writeGraph(graph, 'gexf'));
    expect(writeGraphFile(graph, join(dir, 'n.csv'))).toEqual([join(dir, 'n.nodes.csv'), join(dir, 'n.edges.csv')]);
    writeGraphFile(graph, join(dir, 'n.xml'));
    const want = figures(graph, { model, families: ['size', 'connectivity'] });
    for (const [file, opts] of [['n.gexf', {}], ['n.xml', {}], ['n.edges.csv', { nodes: join(dir, 'n.nodes.csv') }]] as const) {
      const { graph: back } = readGraphFile(join(dir, file), { ...opts, model });
      const got = figures(back, { model, families: ['connectivity'] });
      expect(got.giant_share).toBe(want.giant_share);
      expect(back.size).toBe(graph.size);
    }
    const { graph: fromText } = readGraph(new TextEncoder().encode(writeGraph(graph, 'graphml')), { file: 'n.graphml' });
    expect(fromText.order).toBe(graph.order);
    expect(inputErrorMessage(() => writeGraphFile(graph, join(dir, 'missing', 'n.gexf')))).toMatch(/^writeGraphFile .*: the folder .* does not exist$/);
  });
});
