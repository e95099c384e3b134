import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

const workdir = () => mkdtempSync(join(tmpdir(), 'collabnet-uncertainty-'));

describe('--uncertainty', () => {
  const spread = (r: { figures: { metric: string; lo: number; hi: number }[] }, metric: string) => {
    const f = r.figures.find((x) => x.metric === metric)!;
    return f.hi - f.lo;
  };

  it('bad input: an unknown kind; an imported network has nothing to vary; nothing written', () => {
    const dir = workdir();
    const a = cli(['metrics', '--uncertainty', 'everything'], dir);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--uncertainty: expected one of seeds, sampling, assumptions, all');
    const b = cli(['metrics', '--uncertainty', 'all', '--in', 'x.graphml', '--out', 'm.json'], dir);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('expected a generated network');
    const c = cli(['metrics', '--runs', '5', '--out', 'm.json'], dir);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--runs: applies only with --uncertainty');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('metrics: the spread of a figure grows from seeds to all; same seed, same bytes', () => {
    const args = ['metrics', '--scale', '0.3', '--runs', '8', '--format', 'json'];
    const seeds = JSON.parse(cli([...args, '--uncertainty', 'seeds']).stdout);
    const allText = cli([...args, '--uncertainty', 'all']).stdout;
    const all = JSON.parse(allText);
    expect(all.uncertainty.kind).toBe('all');
    expect(all.runs).toBe(8);
    expect(spread(all, 'giant_share.hospital')).toBeGreaterThan(spread(seeds, 'giant_share.hospital'));
    expect(spread(all, 'edges')).toBeGreaterThan(2 * spread(seeds, 'edges'));
    expect(cli([...args, '--uncertainty', 'all']).stdout).toBe(allText);
  }, 120_000);

  it('scenario and fit take it too', () => {
    const s = cli(['scenario', '--lever', 'clinician-engagement', '--scale', '0.2', '--steps', '2', '--runs', '3', '--uncertainty', 'sampling', '--format', 'json']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).uncertainty.kind).toBe('sampling');
    const f = cli(['fit', '--scale', '0.2', '--runs', '3', '--uncertainty', 'assumptions']);
    expect(f.code).toBe(0);
    expect(f.stdout).toMatch(/^Uncertainty: seeds and the assumptions over their plausible ranges/);
  }, 120_000);
});
