import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * The layers of src/, bottom first: a file may import from its own folder and from lower layers
 * only (spec → resolve → generate → fit / metrics → scenarios; cli and app are the faces).
 */
const RANK: Record<string, number> = {
  'errors.ts': 0,
  'options.ts': 0,
  random: 0,
  schemas: 1,
  survey: 2,
  model: 3,
  generator: 4,
  metrics: 4,
  formats: 5,
  fit: 5,
  scenarios: 6,
  sensitivity: 6,
  charts: 6,
  // The library face (browser-safe, README "Scripting"): above the core, below the CLI and app that may use it.
  api: 6.5,
  cli: 7,
  app: 7,
  // The library's Node entry: loads files with the CLI's helpers.
  node: 8,
  types: 0,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs)$/.test(n) ? [p] : [];
  });
}

const SRC = join(ROOT, 'src');
const layerOf = (file: string) => relative(SRC, file).split('/')[0]!;

describe('layering', () => {
  it('no file imports from a higher layer (schemas are the bottom; nothing imports upward)', () => {
    const problems: string[] = [];
    for (const f of files(SRC)) {
      const from = layerOf(f);
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const target = resolve(dirname(f), m[1]!);
        if (!target.startsWith(SRC)) continue;
        const to = layerOf(target.replace(/\.js$/, '.ts'));
        if (to === from) continue;
        if ((RANK[to] ?? 99) > (RANK[from] ?? 99)) problems.push(`${relative(ROOT, f)} imports ${m[1]} (${from} → ${to})`);
      }
    }
    expect(problems).toEqual([]);
  });
});
