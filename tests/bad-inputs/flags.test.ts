/**
 * Flags and limits through the real CLI (issue 11, items 19–21): one rule for numbers (plain
 * decimal), every refusal names the flag (or file and place) and what was expected, flags that
 * cannot apply are refused, and limits are refused before the work.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

interface FlagCase {
  readonly name: string;
  readonly args: readonly string[];
  readonly expect: string | RegExp;
  readonly code?: number;
  /** Most seconds it may take (limits are refused before the work). */
  readonly seconds?: number;
}

const scenarioFile = (extra: object) => JSON.stringify({ name: 'x', title: 'X', description: 'd', levers: [{ lever: 'ai-departments' }], ...extra });

export const flagCases: FlagCase[] = [
  // Item 21: messages and flags.
  { name: '--workers 0 names the flag and what it takes', args: ['scenario', '--lever', 'ai-departments', '--workers', '0'], expect: '--workers: expected an integer in [1, 64] or "auto", got "0"' },
  { name: '--workers text', args: ['compare', '--scenario', 'ok.json', '--workers', 'many'], expect: '--workers: expected an integer in [1, 64] or "auto", got "many"' },
  { name: "a scenario file's set names the file and place (unknown)", args: ['scenario', '--scenario', 'set-unknown.json'], expect: 'set-unknown.json: set.compnies: unknown assumption "compnies" (did you mean "companies"?)' },
  { name: "a scenario file's set names the file and place (range)", args: ['scenario', '--scenario', 'set-range.json'], expect: 'set-range.json: set.companies: expected an integer in [1, 1000000], got 0' },
  { name: "a scenario file's set: a number written as text", args: ['compare', '--scenario', 'set-text.json'], expect: 'set-text.json: set.tertiary-share: expected a number in [0, 1], got "0.5"' },
  { name: "--in ''", args: ['metrics', '--in', ''], expect: '--in: expected a file name, got ""' },
  { name: "--out ''", args: ['generate', '--out', ''], expect: '--out: expected a file name, got ""' },
  { name: "--scenario ''", args: ['scenario', '--scenario', ''], expect: '--scenario: expected a file name, got ""' },
  { name: '--ceiling __proto__=1 is refused like any unknown key', args: ['scenario', '--list', '--ceiling', '__proto__=1'], expect: '--ceiling __proto__=1: unknown ceiling; expected one of clinician-engagement.institution' },
  { name: '--ceiling constructor=1', args: ['scenario', '--lever', 'ai-departments', '--ceiling', 'constructor=1'], expect: '--ceiling constructor=1: unknown ceiling' },
  { name: '--ceiling hex', args: ['scenario', '--list', '--ceiling', 'ai-departments.tertiary=0x1'], expect: '--ceiling ai-departments.tertiary=0x1: expected KEY=NUMBER (a plain decimal number)' },
  { name: '--scale hex', args: ['generate', '--scale', '0x10'], expect: '--scale: expected a number > 0 and ≤ 1000, got "0x10"' },
  { name: '--scale binary', args: ['generate', '--scale', '0b1'], expect: '--scale: expected a number > 0 and ≤ 1000, got "0b1"' },
  { name: '--scale with spaces', args: ['generate', '--scale', ' 2 '], expect: '--scale: expected a number > 0 and ≤ 1000, got " 2 "' },
  { name: '--from hex', args: ['scenario', '--lever', 'ai-departments', '--from', '0x0'], expect: '--from: expected a number in [0, 1], got "0x0"' },
  { name: '--t hex', args: ['compare', '--scenario', 'ok.json', '--t', '0x1'], expect: '--t: expected a number in [0, 1], got "0x1"' },
  { name: '--lever t hex', args: ['scenario', '--lever', 'ai-departments=0x1'], expect: '--lever ai-departments=0x1: expected t in [0, 1], got "0x1"' },
  { name: '--set hex', args: ['generate', '--set', 'companies=0x10'], expect: '--set companies=0x10: expected a plain decimal number (e.g. 150, 0.25, 1e3), got "0x10"' },
  { name: '--set octal', args: ['fit', '--set', 'companies=0o20'], expect: 'got "0o20"' },
  { name: '--seed hex (as before)', args: ['generate', '--seed', '0x10'], expect: '--seed: expected an integer in [-2147483648, 2147483647], got "0x10"' },
  { name: '--runs hex', args: ['fit', '--runs', '0x10'], expect: '--runs: expected an integer in [1, 10000], got "0x10"' },
  { name: '--scale with --in', args: ['metrics', '--in', 'tiny.csv', '--scale', '2'], expect: '--scale: applies only when generating a network; with --in the file is read as it is' },
  { name: '--set and --model with --in', args: ['export', '--in', 'tiny.csv', '--set', 'companies=5', '--model', 'm.json'], expect: /--set: applies only when generating[\s\S]*--model: applies only when generating/ },
  { name: '--nodes without --in', args: ['metrics', '--nodes', 'tiny.csv'], expect: '--nodes: applies only with --in FILE' },
  { name: '--in-format without --in', args: ['metrics', '--in-format', 'csv'], expect: '--in-format: applies only with --in FILE' },
  { name: '--betweenness-delta without --betweenness-epsilon', args: ['metrics', '--betweenness-delta', '0.2'], expect: '--betweenness-delta: applies only with --betweenness-epsilon' },
  { name: 'export: --betweenness-epsilon without --with-metrics', args: ['export', '--betweenness-epsilon', '0.1'], expect: '--betweenness-epsilon: applies only with --with-metrics' },
  { name: 'scenario --list with --lever', args: ['scenario', '--list', '--lever', 'ai-departments'], expect: '--lever: cannot apply with --list' },
  { name: '--seed still applies with --in (Louvain)', args: ['metrics', '--in', 'tiny.csv', '--seed', '3', '--format', 'json'], expect: 'INFO', code: 0 },

  // Item 20: a vanishing ε is computed exactly, quickly, and says so; huge scenario files are bounded.
  { name: '--betweenness-epsilon 1e-300 ends, exactly, and says so', args: ['metrics', '--betweenness-epsilon', '1e-300', '--format', 'json'], expect: /--betweenness-epsilon 1e-300: betweenness computed exactly/, code: 0, seconds: 30 },
  { name: '--betweenness-epsilon 1e-4 on the baseline: exact, not 60 s of sampling', args: ['metrics', '--betweenness-epsilon', '0.0001'], expect: /computed exactly: ±0\.0001 needs [\d,]+ node pairs/, code: 0, seconds: 30 },
  { name: 'a scenario file with 100,000 levers is refused at once', args: ['scenario', '--scenario', 'levers-100k.json'], expect: 'levers-100k.json: levers: expected at most 7 levers', seconds: 20 },
  { name: 'a scenario file listing a lever twice', args: ['scenario', '--scenario', 'levers-twice.json'], expect: 'levers-twice.json: levers.1.lever: "ai-departments" is already levers.0; expected each lever once' },

  // Item 19: generated edges bounded, refused before the work.
  {
    name: '--scale 700 with in-range --set values is refused before the work (was: out of memory)',
    args: ['generate', '--scale', '700', '--set', 'reconciliation=keep-hospitals', '--set', 'clinician-institution-engagement=1', '--set', 'partners-per-engaged-clinician=100', '--out', 'big.json'],
    expect: /--scale 700, reconciliation=keep-hospitals \(--set\), clinician-institution-engagement=1 \(--set\), partners-per-engaged-clinician=100 \(--set\): the generated network would have about [\d,]+ edges .*the limit is 4,000,000 edges/,
    seconds: 20,
  },
  { name: 'company engagement 1 at --scale 700 (was: out of memory in the writer)', args: ['fit', '--scale', '700', '--set', 'clinician-company-engagement=1'], expect: /clinician-company-engagement=1 \(--set\): the generated network would have about [\d,]+ edges \(hospital-company/, seconds: 20 },
  {
    name: 'a sweep whose t = 1 exceeds the bound is refused before any network',
    args: ['scenario', '--scale', '20', '--set', 'reconciliation=keep-hospitals', '--set', 'partners-per-engaged-clinician=100', '--lever', 'clinician-engagement', '--ceiling', 'clinician-engagement.institution=1', '--steps', '2', '--runs', '1'],
    expect: /clinician-engagement at t = 1: --scale 20, .*partners-per-engaged-clinician=100 \(--set\): the generated network would have about [\d,]+ edges \(research-hospital/,
    seconds: 20,
  },
  { name: '--scale 1000 (the flag maximum) is refused before the work', args: ['generate', '--scale', '1000', '--format', 'graphml', '--out', 'big.graphml'], expect: /--scale 1000: the network would have [\d,]+ nodes .*\(scale ≤ 805\)/, seconds: 20 },
];

function run(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; seconds: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

describe(`flags and limits: ${flagCases.length} CLI cases`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'collabnet-flags-'));
  const results = new Map<string, Awaited<ReturnType<typeof run>>>();

  beforeAll(async () => {
    cpSync(join(ROOT, 'tests/bad-inputs/files'), dir, { recursive: true });
    writeFileSync(join(dir, 'ok.json'), scenarioFile({}));
    writeFileSync(join(dir, 'set-unknown.json'), scenarioFile({ set: { compnies: 150 } }));
    writeFileSync(join(dir, 'set-range.json'), scenarioFile({ set: { companies: 0 } }));
    writeFileSync(join(dir, 'set-text.json'), scenarioFile({ set: { 'tertiary-share': '0.5' } }));
    writeFileSync(join(dir, 'levers-100k.json'), scenarioFile({ levers: Array.from({ length: 100_000 }, () => ({ lever: 'ai-departments', strength: 1 })) }));
    writeFileSync(join(dir, 'levers-twice.json'), scenarioFile({ levers: [{ lever: 'ai-departments' }, { lever: 'ai-departments', t: 0.5 }] }));
    writeFileSync(join(dir, 'tiny.csv'), 'source,target,weight\na,b,1\nb,c,2\n');
    writeFileSync(join(dir, 'm.json'), '{"assumptions": {}}');
    const before = new Set(readdirSync(dir));
    const queue = [...flagCases];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) results.set(c.name, await run(c.args, dir));
    };
    await Promise.all([worker(), worker()]);
    const after = readdirSync(dir).filter((f) => !before.has(f));
    results.set('(no files left behind)', { code: after.length, stdout: after.join(', '), stderr: '', seconds: 0 });
  }, 600_000);

  for (const c of flagCases)
    it(c.name, () => {
      const r = results.get(c.name)!;
      expect(r.code, r.stderr).toBe(c.code ?? 2);
      if (typeof c.expect === 'string') expect(r.stderr).toContain(c.expect);
      else expect(r.stderr).toMatch(c.expect);
      expect(r.stderr).not.toMatch(/\n\s+at \S+ \(/);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr).not.toContain('Invalid input');
      if ((c.code ?? 2) === 2) expect(r.stdout).toBe('');
      if (c.seconds) expect(r.seconds).toBeLessThan(c.seconds);
    });

  it('nothing was written', () => {
    expect(results.get('(no files left behind)')!.stdout).toBe('');
  });
});
