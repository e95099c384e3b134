// Compiles the library face (README "Scripting") into lib/api/ and lib/types/: what
// `import … from 'collabnet'` and `'collabnet/node'` load (package.json "exports"). Run by the
// `prepare` script (so `npm pack` and `npm install` from git build it) and by tests/api/.
//   lib/api/index.mjs   the browser-safe entry (src/api/index.ts), ESM, dependencies imported
//   lib/api/node.mjs    the Node entry (src/node/index.ts): loading from paths, graph files
//   lib/api/shared-*.mjs  code both use (esbuild code splitting)
//   lib/types/…         declarations (tsc --emitDeclarationOnly, tsconfig.api.json); entries
//                       lib/types/api/index.d.ts and lib/types/node/index.d.ts
// lib/api/ sits as deep as src/cli/, so the package root the file helpers derive from their own
// location (where data/ lives) holds in the bundle too. Dependencies stay imports (they are the
// package's dependencies; a user's bundler resolves them once).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceTreeHash } from './source-hash.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TMP = join(ROOT, `lib/.api-build-${process.pid}`);
const TYPES_TMP = join(ROOT, 'lib/.api-types');
const ENTRIES = { 'index.mjs': 'src/api/index.ts', 'node.mjs': 'src/node/index.ts' };

/** A hash of what this build reads (src/, this script, tsconfig files, package.json). */
export function apiSourceHash() {
  return sourceTreeHash(ROOT, ['scripts/build-api.mjs', 'scripts/source-hash.mjs', 'tsconfig.json', 'tsconfig.api.json', 'package.json']);
}

/** True when lib/api/ and lib/types/ were built from the sources as they are now. */
export function isApiBuildCurrent() {
  const stamp = join(ROOT, 'lib/api/source-hash');
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === apiSourceHash() && existsSync(join(ROOT, 'lib/types/api/index.d.ts'));
}

/**
 * graphology's declarations are CommonJS (its package has no "type": "module"), so under
 * `moduleResolution: NodeNext` a default import of it is the module object, not the Graph class
 * ("Cannot use namespace 'Graph' as a type" in a user's project). The namespace's `default`
 * names the class under every resolution mode (NodeNext, Node16, Bundler); the emitted
 * declarations are rewritten to it.
 */
function fixGraphologyDefaultImports(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fixGraphologyDefaultImports(path);
    else if (/\.d\.m?ts$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      const fixed = text.replace(/import (type )?Graph from 'graphology';/g, "import type * as GraphologyModule from 'graphology';\ntype Graph = GraphologyModule.default;");
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}

/** Builds lib/api/ and lib/types/ (see the top of this file). */
export async function buildApi({ quiet = false } = {}) {
  const started = performance.now();
  const hash = apiSourceHash();
  rmSync(TMP, { recursive: true, force: true });
  rmSync(TYPES_TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  // One build with code splitting: what both entries use lives once, in a shared chunk, so the
  // error classes are one class (`err instanceof InputError` holds whichever entry threw) and
  // `collabnet/node` re-exports the very functions of `collabnet`.
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name.replace(/\.mjs$/, ''), join(ROOT, entry)])),
    outdir: TMP,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'shared-[hash]',
    splitting: true,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Declarations: the TypeScript compiler itself (the one the project pins).
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.api.json')], { cwd: ROOT, stdio: 'inherit' });
  // Hand-written declarations the emitted ones refer to are copied beside them.
  for (const file of ['cli/interrupt-state.d.mts', 'cli/supervisor.d.mts', 'types/graphology-gexf.d.ts'])
    if (existsSync(join(ROOT, 'src', file))) cpSync(join(ROOT, 'src', file), join(TYPES_TMP, file));
  fixGraphologyDefaultImports(TYPES_TMP);
  writeFileSync(join(TMP, 'README.md'), 'Built from src/api and src/node by scripts/build-api.mjs (`npm run build:api`); do not edit. Types: lib/types/.\n');
  // Swapped in whole, so a reader never sees half a build.
  for (const [tmp, out] of [[TMP, join(ROOT, 'lib/api')], [TYPES_TMP, join(ROOT, 'lib/types')]]) {
    rmSync(out, { recursive: true, force: true });
    renameSync(tmp, out);
  }
  // Written last: a build that failed half-way is never taken for current.
  writeFileSync(join(ROOT, 'lib/api/source-hash'), `${hash}\n`);
  if (!quiet) process.stderr.write(`build-api: lib/api/ and lib/types/ in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
}

// `node scripts/build-api.mjs [--quiet] [--if-stale]`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && !(process.argv.includes('--if-stale') && isApiBuildCurrent()))
  await buildApi({ quiet: process.argv.includes('--quiet') });
