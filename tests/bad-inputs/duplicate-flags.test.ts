/**
 * A repeated flag that names the same thing twice kept the last value without a word (`--set`),
 * or swept one lever as two (`--lever`). Scenario files already refuse a lever given twice; the
 * command line now does the same for levers, assumptions and ceilings.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/collabnet.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

it.each([
  [['scenario', '--lever', 'ai-departments=0.5', '--lever', 'ai-departments=0.7', '--scale', '0.05', '--runs', '2', '--steps', '2'], '--lever ai-departments=0.7: "ai-departments" is already given (--lever ai-departments=0.5); expected each lever once'],
  [['generate', '--scale', '0.05', '--set', 'companies=150', '--set', 'companies=10'], '--set companies=10: "companies" is already set by --set companies=150; expected each assumption once'],
  [['scenario', '--lever', 'ai-departments', '--ceiling', 'ai-departments.tertiary=0.5', '--ceiling', 'ai-departments.tertiary=0.6', '--scale', '0.05', '--runs', '2', '--steps', '2'], '--ceiling ai-departments.tertiary=0.6: "ai-departments.tertiary" is already given; expected each ceiling once'],
])('%j is refused', (args, expected) => {
  const r = run(...args);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(expected);
  expect(r.stdout).toBe('');
});

it('different assumptions and levers still combine', () => {
  const r = run('generate', '--scale', '0.05', '--set', 'companies=150', '--set', 'tertiary-share=0.3');
  expect(r.status, r.stderr).toBe(0);
});
