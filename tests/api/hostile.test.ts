// What a script in plain JavaScript may pass by mistake (or on purpose): the wrong kind of value
// for the model, the graph, a path or a list, NaN where a number belongs, getters that throw.
// Every exported function answers with an InputError (or OptionError) naming itself and the
// argument, before any work: never a raw TypeError from deep inside, never a polluted prototype.
import { describe, expect, it } from 'vitest';
import { compare, ensemble, figures, fit, generate, InputError, intervals, metrics, metricsCsv, modelAt, OptionError, readGraph, sobol, sweep, threshold, toCsv, writeGraph } from '../../src/api/index.js';
import { loadModel, loadSpecFile, loadSurveyFile, readGraphFile, writeGraphFile } from '../../src/node/index.js';

const model = loadModel();
const { graph } = generate(model, { seed: 1 });

/** The error `fn` throws (synchronously or as a rejection). */
async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  return undefined;
}

const notAModel = [undefined, null, NaN, 7, 'model', {}, [], Object.create(null), Symbol('m'), 10n, () => model, { baseline: {}, spec: {} }];
const notAGraph = [undefined, null, Infinity, 'graph', {}, [], Object.create(null), { nodes: () => [] }];

describe('hostile arguments to the library API', () => {
  it('a value that is not a Model: OptionError naming the function and "model"', async () => {
    const calls: [string, (m: never) => unknown][] = [
      ['generate', (m) => generate(m)],
      ['modelAt', (m) => modelAt(m)],
      ['fit', (m) => fit(m)],
      ['ensemble', (m) => ensemble(m, { runs: 1 })],
      ['sweep', (m) => sweep(m, { levers: ['clinician-engagement'] })],
      ['compare', (m) => compare(m, { levers: ['clinician-engagement'] })],
      ['metrics', (m) => metrics(graph, { model: m === undefined ? null : m } as never)],
      ['readGraph', (m) => readGraph('{}', { file: 'x.json', model: m === undefined ? null : m } as never)],
    ];
    for (const [fn, call] of calls)
      for (const v of notAModel) {
        const err = await thrown(() => call(v as never));
        expect(err, `${fn}(${String(typeof v)})`).toBeInstanceOf(OptionError);
        expect((err as Error).message).toMatch(new RegExp(`^${fn}: model: expected a Model`));
      }
  });

  it('a value that is not a graph: OptionError naming the function and "graph"', async () => {
    for (const [fn, call] of [
      ['metrics', (g: never) => metrics(g)],
      ['figures', (g: never) => figures(g)],
      ['writeGraph', (g: never) => writeGraph(g, 'json')],
      ['writeGraphFile', (g: never) => writeGraphFile(g, 'out.json')],
    ] as const)
      for (const v of notAGraph) {
        const err = await thrown(() => call(v as never));
        expect(err, `${fn}`).toBeInstanceOf(OptionError);
        expect((err as Error).message).toMatch(new RegExp(`^${fn}: graph: expected a graphology graph`));
      }
  });

  it('lists, strings, numbers and functions of the wrong kind: InputError, not TypeError', async () => {
    const cases: [RegExp, () => unknown][] = [
      [/^intervals: runs: expected an array/, () => intervals(NaN as never)],
      [/^intervals: runs\.1: expected an object, got null/, () => intervals([{ a: 1 }, null] as never)],
      [/^toCsv: rows: expected an array/, () => toCsv(Infinity as never)],
      [/^toCsv: rows\.0: expected an object, got null/, () => toCsv([null] as never)],
      [/^metricsCsv: report: expected a metrics report/, () => metricsCsv(7 as never)],
      [/^metricsCsv: report\.nodes: expected an array/, () => metricsCsv({} as never)],
      [/^threshold: steps: expected an array/, () => threshold(undefined as never, 'a', 1, 'rises')],
      [/^threshold: metric: expected a figure name/, () => threshold([], Symbol('m') as never, 1, 'rises')],
      [/^threshold: value: expected a finite number, got NaN/, () => threshold([], 'a', NaN, 'rises')],
      [/^threshold: direction: expected "rises" or "falls"/, () => threshold([], 'a', 1, 'up' as never)],
      [/^sobol: evaluate: expected a function/, () => sobol(2, NaN as never, { n: 4 })],
      // (k + 2) × n points of k numbers: 1000 inputs at n = 100,000 was an out-of-memory crash of the whole process.
      [/^sobol: n: 100000 with k = 1000 makes a design of 100,200,000,000 numbers; expected at most 50,000,000/, () => sobol(1000, () => 1, { n: 100_000 })],
      [/^readGraph: input: expected an object/, () => readGraph('{}', undefined as never)],
      [/^readGraph: file: expected the file's name/, () => readGraph('{}', { file: Object.create(null) })],
      [/^writeGraph: format: expected one of .*, got an object/, () => writeGraph(graph, 10n as never)],
      [/^metrics: options: expected an object/, () => metrics(graph, null as never)],
      [/^loadSpecFile: path: expected a file name, got an object/, () => loadSpecFile({} as never)],
      [/^loadSurveyFile: path: expected a file name/, () => loadSurveyFile(Symbol('p') as never)],
      [/^readGraphFile: path: expected a file name/, () => readGraphFile(Object.create(null))],
      [/^writeGraphFile: path: expected a file name/, () => writeGraphFile(graph, 5 as never)],
    ];
    for (const [message, call] of cases) {
      const err = await thrown(call);
      expect(err, String(message)).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(message);
    }
  });

  it('options whose getters throw: one InputError naming the function, the getter\'s words kept', async () => {
    const boom = Object.defineProperty({}, 'seed', { enumerable: true, get: () => { throw new Error('seed getter boom'); } });
    for (const [fn, call] of [
      ['generate', () => generate(model, boom)],
      ['fit', () => fit(model, boom)],
      ['ensemble', () => ensemble(model, boom)],
      ['figures', () => figures(graph, boom)],
      ['metrics', () => metrics(graph, boom)],
      ['sweep', () => sweep(model, boom as never)],
      ['compare', () => compare(model, boom as never)],
      ['sobol', () => sobol(2, () => 1, boom)],
    ] as const) {
      const err = await thrown(call);
      expect(err, fn).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(new RegExp(`^${fn}: .*seed getter boom`));
    }
  });

  it('a "__proto__" key in options or overrides pollutes nothing', async () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "seed": 1}');
    await thrown(() => generate(model, hostile));
    await thrown(() => metrics(graph, hostile));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
