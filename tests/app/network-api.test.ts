// The explorer runs the library's public API (src/api, 'collabnet'), not the core behind it: the same
// seed gives the same network in the explorer as in a script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, metrics, writeGraph } from '../../src/api/index.js';
import { loadModel } from '../../src/node/index.js';
import { buildNetwork, DEFAULT_SPEC, prepare } from '../../src/app/network.js';
import { ROOT } from '../helpers.js';

const source = (file: string) => readFileSync(join(ROOT, 'src/app', file), 'utf8');
const apiImports = (text: string) => [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\.\/api\/index\.js'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')));

describe('the explorer uses the public API', () => {
  it('network.ts loads, checks, resolves and generates with the API, and imports none of the core it wraps', () => {
    const text = source('network.ts');
    expect(apiImports(text)).toEqual(expect.arrayContaining(['loadSpec', 'loadSurvey', 'checkSpec', 'createModel', 'generate']));
    expect(text).not.toMatch(/from '\.\.\/(generator|model|schemas|scenarios)\/|\b(generateNetwork|resolveModel|scenarioModel|leverCatalog|parseWith)\(/);
  });

  it('compute.worker.ts measures and reads files with the API', () => {
    const text = source('compute.worker.ts');
    expect(apiImports(text)).toEqual(expect.arrayContaining(['metrics', 'readGraph']));
    expect(text).not.toMatch(/from '\.\.\/formats\/|\bcomputeMetrics\(/);
  });
});

describe('known answers: the explorer\'s network is the script\'s', () => {
  it('the paper\'s spec, seed 7, scale 0.25, baseline and a lever at t = 0.5: the same GEXF as generate(loadModel(…)) gives', () => {
    const script = loadModel({ scale: 0.25 });
    for (const levers of [[], [{ lever: 'clinician-engagement' }]]) {
      const app = buildNetwork(DEFAULT_SPEC, 7, 0.25, levers, 0.5);
      expect(writeGraph(app.graph, 'gexf')).toBe(writeGraph(generate(script, { seed: 7, levers, t: 0.5 }).graph, 'gexf'));
    }
    const app = buildNetwork(DEFAULT_SPEC, 7, 0.25, [], 0);
    expect(metrics(app.graph, { model: prepare(DEFAULT_SPEC, 1).base, seed: 7 }).network).toEqual(metrics(generate(script, { seed: 7 }).graph, { model: script, seed: 7 }).network);
  }, 60_000);
});
