// Works from outside: the package as `npm pack` makes it, installed into an empty project, used by
// a TypeScript script that imports 'collabnet' and 'collabnet/node' and is type-checked by tsc
// (NodeNext and Bundler resolution, library declarations checked too; 'collabnet' alone also in a
// browser project without Node types), then run. So "exports",
// the declarations and the files shipped are what a user gets. lib/ is current (the test setup
// builds it), so the pack skips `prepare`. The install reads npm's cache first
// (--prefer-offline), so it runs offline after `npm ci`.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'collabnet-pack-'));
const project = join(dir, 'project');
const env = { ...process.env, NODE_OPTIONS: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const version = (name: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version as string;
let files: string[] = [];
let installSeconds = NaN;

const MAIN = `import { generate, figures, writeGraph, InputError, type Model, type Figures, type MetricsReport, metrics } from 'collabnet';
import { loadModel, readGraphFile, writeGraphFile, InputError as NodeInputError } from 'collabnet/node';
const model: Model = loadModel();
const { graph } = generate(model, { seed: 1 });
const f: Figures = figures(graph, { model, families: ['connectivity'] });
const report: MetricsReport = metrics(graph, { model, betweennessSamples: 64 });
writeGraphFile(graph, 'net.gexf');
const back = readGraphFile('net.gexf', { model });
let message = '';
try {
  loadModel({ overrides: { companys: 3 } });
} catch (err) {
  if (err instanceof InputError && err instanceof NodeInputError) message = err.message;
}
console.log(JSON.stringify({ nodes: graph.order, back: back.graph.order, giant: f.giant_share, sectors: Object.keys(report.sectors ?? {}), json: writeGraph(graph, 'json').length, message }));
`;
/** A browser project: no Node types at all; 'collabnet' alone must type-check there. */
const BROWSER = `import { createModel, generate, metrics, type Model } from 'collabnet';
export function giantShare(spec: unknown, survey: unknown): number {
  const model: Model = createModel({ spec, survey });
  return metrics(generate(model, { seed: 1 }).graph, { model }).network.giantShare;
}
`;
/** A line that must not type-check: the declarations are real, not \`any\`. */
const WRONG = `import { generate } from 'collabnet';\nimport { loadModel } from 'collabnet/node';\ngenerate(loadModel(), { seed: 'one' });\n`;

beforeAll(async () => {
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, env, maxBuffer: 64 << 20 });
  const packed = JSON.parse(stdout)[0] as { filename: string; files: { path: string }[] };
  files = packed.files.map((f) => f.path);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'outside', private: true, type: 'module' }));
  const started = performance.now();
  await exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(dir, packed.filename), `typescript@${version('typescript')}`, `@types/node@${version('@types/node')}`], { cwd: project, env, maxBuffer: 64 << 20 });
  installSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(project, 'main.ts'), MAIN);
  writeFileSync(join(project, 'wrong.ts'), WRONG);
  writeFileSync(join(project, 'browser.ts'), BROWSER);
  writeFileSync(join(project, 'tsconfig.browser.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], types: [], noEmit: true }, files: ['browser.ts'] }));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsc = (...args: string[]) => exec(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '--strict', '--target', 'es2022', '--types', 'node', ...args], { cwd: project, env });

describe('the packed package, from outside', () => {
  it('ships the entries, their declarations and the data; not build leftovers (installed in well under a minute)', () => {
    for (const f of ['lib/api/index.mjs', 'lib/api/node.mjs', 'lib/types/api/index.d.ts', 'lib/types/node/index.d.ts', 'data/model.json', 'data/survey.json', 'lib/cli/supervisor.mjs', 'package.json']) expect(files).toContain(f);
    expect(files.filter((f) => /^lib\/\.|^tests\/|^lib\/types\/.*\.test\./.test(f))).toEqual([]);
    console.info(`pack test: npm install of the tarball and its dependencies took ${installSeconds.toFixed(1)} s`);
    expect(installSeconds).toBeLessThan(120);
  });

  it('a TypeScript script importing collabnet and collabnet/node type-checks (NodeNext and Bundler) and runs; a wrong option is a type error; internals are not importable', async () => {
    // One NodeNext run over both scripts: main.ts must be clean, wrong.ts must fail on its line 3
    // (the declarations are real types, not any); tsc still writes out/main.js.
    const errors = await tsc('--module', 'nodenext', '--moduleResolution', 'nodenext', '--outDir', 'out', 'main.ts', 'wrong.ts').then(() => '', (err: { stdout: string }) => err.stdout);
    expect(errors.trim().split('\n')).toEqual([expect.stringMatching(/^wrong\.ts\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/)]);
    await tsc('--module', 'esnext', '--moduleResolution', 'bundler', '--noEmit', 'main.ts');
    // The browser-safe entry's declarations need no Node types.
    await exec(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.browser.json'], { cwd: project, env });
    const { stdout } = await exec(process.execPath, [join(project, 'out/main.js')], { cwd: project, env });
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ nodes: 2482, back: 2482, sectors: ['hospital', 'institution', 'company'], message: 'loadModel: overrides: companys: unknown assumption "companys" (did you mean "companies"?)' });
    expect(out.giant).toBeGreaterThan(0);
    expect(out.giant).toBeLessThan(1);
    expect(out.json).toBeGreaterThan(1000);
    const deep = await exec(process.execPath, ['--input-type=module', '-e', "import('collabnet/lib/cli/supervisor.mjs').catch((e) => console.log(e.code))"], { cwd: project, env });
    expect(deep.stdout.trim()).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  }, 300_000);
});
