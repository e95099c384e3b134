// Compiles the command-line tool to plain JavaScript in lib/cli/ (run by `npm install` through the
// `prepare` script, by `npm test` and by the test setup, so what runs is always what the source
// says). One esbuild run with code splitting (shared code and on-demand parts in chunk-*.mjs), the
// dependencies bundled in except those that must load
// files of their own at run time (vite, tinypool):
//   lib/cli/supervisor.mjs    the main thread: plain JavaScript that only supervises (bin/collabnet.mjs)
//   lib/cli/cli-worker.mjs    the command, in a worker thread (src/cli/cli.ts)
//   lib/cli/sweep-worker.mjs  a scenario-pool worker (src/scenarios/sweep.ts)
//   lib/cli/fold-worker.mjs   a thread of exact betweenness on several threads (src/cli/fold-thread.ts)
//   lib/cli/sensitivity-worker.mjs  a sensitivity-pool worker (src/sensitivity/figure-job.ts)
//   lib/cli/queue-task-worker.mjs   a thread of `collabnet worker` (src/cli/queue/task.ts)
//   lib/cli/checked-data.json the built-in spec and survey as checked, keyed by their bytes (checked-memo.ts)
//   lib/cli/help.mjs          every `--help` / `--version` text, as the compiled CLI prints it to a
//                             pipe or an 80-column terminal, so the main thread answers those without
//                             starting the worker (bin/collabnet.mjs; tests/cli/help.test.ts checks
//                             each against the live CLI)
// lib/cli/ sits as deep as src/cli/, so paths the code derives from its own location
// (the package root, the sibling worker files) hold in both.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { isDeepStrictEqual, promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceTreeHash } from './source-hash.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src/cli');
const OUT = join(ROOT, 'lib/cli');
const TMP = join(ROOT, `lib/.cli-build-${process.pid}`);

/** Entry points as source text, resolved from src/cli/. */
const ENTRIES = {
  'supervisor.mjs': `export { supervise } from './supervisor.mjs';`,
  'cli-worker.mjs': [
    `import { workerData } from 'node:worker_threads';`,
    `import { attachSupervisor } from './interrupt.ts';`,
    `import { runCli, useDirectStdio } from './cli.ts';`,
    `attachSupervisor(workerData.link);`,
    `useDirectStdio();`,
    `const code = await runCli(workerData.args);`,
    `// Commands that keep running (the explorer server) never get here; the others end now.`,
    `process.exit(code);`,
  ].join('\n'),
  'sensitivity-worker.mjs': [
    `import { evaluateFigureJob } from '../sensitivity/figure-job.ts';`,
    `/** One job of the sensitivity pool, with exactly the function the main thread uses. */`,
    `export default function evaluate(job) { return evaluateFigureJob(job); }`,
  ].join('\n'),
  'queue-task-worker.mjs': [
    `import { runTask } from './queue/task.ts';`,
    `/** One job of a queue worker's thread pool, with exactly the functions the local pools use. */`,
    `export default function run(task) { return runTask(task); }`,
  ].join('\n'),
  'checked-data-builder.mjs': [
    `import { builtInChecked } from './checked-data-builder.ts';`,
    `export default builtInChecked;`,
  ].join('\n'),
  'fold-worker.mjs': [
    `import { runFoldThread } from './fold-thread.ts';`,
    `// A thread of exact betweenness on several threads (fold-parallel.ts): searches the chunks it is sent.`,
    `runFoldThread();`,
  ].join('\n'),
  'sweep-worker.mjs': [
    `import { evaluateInline } from '../scenarios/sweep.ts';`,
    `/** One job of the scenario pool, with exactly the function the main thread uses. */`,
    `export default function evaluate(job) { return evaluateInline(job); }`,
  ].join('\n'),
};

/** The entries above as modules esbuild can bundle (resolved from src/cli/). */
const entries = {
  name: 'collabnet-entries',
  setup(b) {
    b.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'collabnet-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'collabnet-entry' }, (args) => ({ contents: ENTRIES[args.path], resolveDir: SRC, loader: 'ts' }));
  },
};

/**
 * zod's namespace re-exports every locale it has (about 400 kB, half the bundle); the code only
 * uses the default English messages, which zod's schemas import on their own. The locale index
 * resolves to English only, so start-up does not parse the rest.
 */
const englishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`) ? { path: join(args.resolveDir, '../locales/index.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from './en.js';`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * A hash of everything the build reads (src/, this script, the bin, package.json and the lock
 * file): the tests rebuild when it differs from the one stored with the build, so a stale build
 * can never make them pass.
 */
export function sourceHash() {
  return sourceTreeHash(ROOT, ['scripts/build-cli.mjs', 'scripts/source-hash.mjs', 'bin/collabnet.mjs', 'package.json', 'package-lock.json']);
}

/** True when lib/cli/ was built from the sources as they are now. */
export function isBuildCurrent() {
  const stamp = join(OUT, 'source-hash');
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceHash();
}

/** Builds lib/cli/ (see the top of this file). */
export async function buildCli({ quiet = false } = {}) {
  const started = performance.now();
  const hash = sourceHash();
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  await build({
    // One build of every entry with code splitting: what a command loads only on demand (the chart
    // libraries and their DOM shim, the explorer's server) sits in chunks of its own, so start-up
    // parses only what the command runs; code the entries share is one chunk.
    entryPoints: Object.fromEntries(Object.keys(ENTRIES).map((name) => [name.replace(/\.mjs$/, ''), `entry:${name}`])),
    outdir: TMP,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // resvg is a native addon (a .node file per platform): loaded from node_modules at run time;
    // so are BullMQ and its Redis client (msgpackr's optional native part, ioredis's own requires).
    external: ['vite', 'tinypool', '@resvg/resvg-js', 'bullmq', 'ioredis'],
    // ES-module builds first (jsonc-parser's CommonJS build loads its parts by computed require()).
    mainFields: ['module', 'main'],
    // Some bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: `import { createRequire as __collabnetRequire } from 'node:module'; const require = __collabnetRequire(import.meta.url);` },
    plugins: [entries, englishOnly],
    // Whitespace and syntax only: names stay, so a COLLABNET_DEBUG stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(join(TMP, 'README.md'), 'Built from src/ by scripts/build-cli.mjs (`npm run build:cli`); do not edit.\n');
  // Swapped in whole, so a reader never sees half a build.
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(dirname(OUT), { recursive: true });
  renameSync(TMP, OUT);
  await writeHelp();
  await writeCheckedMemo();
  // Written last: a build that failed half-way is never taken for current.
  writeFileSync(join(OUT, 'source-hash'), `${hash}\n`);
  if (!quiet) process.stderr.write(`build-cli: lib/cli/ in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
}

// `node scripts/build-cli.mjs [--quiet] [--if-stale]` (--if-stale: only when the sources changed).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && !(process.argv.includes('--if-stale') && isBuildCurrent()))
  await buildCli({ quiet: process.argv.includes('--quiet') });

/**
 * Runs the one validation path (`checkedSpec`) of the compiled CLI on the built-in spec and survey and
 * stores the checked objects with the SHA-256 of the bytes they came from (src/cli/checked-memo.ts):
 * commands on those exact bytes then skip parsing and checking them again. The objects must come
 * back from JSON exactly as they are (or the build fails).
 */
async function writeCheckedMemo() {
  const { default: builtInChecked } = await import(pathToFileURL(join(OUT, 'checked-data-builder.mjs')).href);
  const memo = builtInChecked();
  const text = JSON.stringify(memo);
  if (!isDeepStrictEqual(JSON.parse(text), memo)) throw new Error('build-cli: the checked built-in spec and survey do not survive JSON; not memoized');
  writeFileSync(join(OUT, 'checked-data.json'), `${text}\n`);
}

/** Runs the compiled CLI itself (the live path, no stored help) and stores what each help request prints. */
async function writeHelp() {
  const run = async (args) => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], {
      env: { ...process.env, COLLABNET_LIVE_HELP: '1', NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    return stdout;
  };
  const help = {};
  /** Command names listed under "Commands:" in a help text. */
  const commandsIn = (text) => {
    const section = text.split('\nCommands:\n')[1];
    if (!section) return [];
    return section
      .split('\n\n')[0]
      .split('\n')
      .map((line) => /^  ([a-z][a-z-]*)/.exec(line)?.[1])
      .filter((name) => name && name !== 'help');
  };
  const visit = async (path) => {
    const text = await run([...path, '--help']);
    for (const flag of ['--help', '-h']) help[[...path, flag].join(' ')] = text;
    await Promise.all(commandsIn(text).map((name) => visit([...path, name])));
  };
  const [version] = await Promise.all([run(['--version']), visit([])]);
  help['--version'] = help['-V'] = version;
  const sorted = Object.fromEntries(Object.entries(help).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    join(OUT, 'help.mjs'),
    `// Built by scripts/build-cli.mjs from the compiled CLI's own output; do not edit.\n/** Output of each help request (arguments joined by spaces), as printed to a pipe or 80 columns. */\nexport default ${JSON.stringify(sorted, null, 1)};\n`,
  );
}
