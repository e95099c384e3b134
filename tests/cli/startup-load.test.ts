import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const LIB = join(ROOT, 'lib/cli');

/** Files a compiled module loads before it runs (static imports of sibling chunks), transitively. */
function staticClosure(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const text = readFileSync(join(LIB, name), 'utf8');
    seen.set(name, text);
    // `import{…}from"./chunk-X.mjs"` and `import"./chunk-X.mjs"`; never `import("./chunk-X.mjs")`, which loads on demand.
    for (const m of text.matchAll(/(?:^|[;\n}])\s*(?:import\s*(?:[\w${},*\s]+?\s*from\s*)?|export\s*[\w${},*\s]*?\s*from\s*)["'](\.\/[^"']+)["']/g)) visit(m[1]!.slice(2));
  };
  visit(entry);
  return seen;
}

describe('start-up of the compiled CLI', () => {
  it('finds the modules a file loads (the check below cannot pass by reading nothing)', () => {
    const closure = staticClosure('cli-worker.mjs');
    expect(closure.size).toBeGreaterThan(1);
    const all = [...closure.values()].join('\n');
    // The command's own code and what every command needs are there.
    expect(all).toContain('UndirectedGraph');
    expect(all).toContain('renderMetricsTable');
  });

  it('does not load the queue client, the chart libraries or their DOM shim before a command needs them', () => {
    const closure = staticClosure('cli-worker.mjs');
    for (const [name, text] of closure) {
      // Static imports of the queue client (loaded by `--queue` and `worker` only).
      expect(/(?:^|[;\n])\s*import[^;()]*from\s*["'](?:bullmq|ioredis)["']/.test(text), `${name} imports the queue client`).toBe(false);
      // The chart stack (Observable Plot, its DOM shim) is bundled into a chunk loaded by `--chart` only.
      expect(/linkedom|@observablehq\/plot|class HTMLElement\b/.test(text), `${name} holds the chart stack`).toBe(false);
    }
    const bytes = [...closure.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
    // 2.0 MB when everything was one file; about 1 MB of it is what a command actually runs.
    expect(bytes).toBeLessThan(1_300_000);
  });
});
