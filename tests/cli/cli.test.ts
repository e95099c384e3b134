import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, dataText, rawSurvey } from '../helpers.js';

const workdir = () => mkdtempSync(join(tmpdir(), 'collabnet-cli-'));

/** A bad-input run: exit 2, one clear message, no stack trace, nothing written. */
function expectBadInput(r: { code: number; stdout: string; stderr: string }, message: string | RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('CLI: bad input', () => {
  it('a share written as text in --survey', () => {
    const dir = workdir();
    const s = rawSurvey();
    s.tables['6'].questions[0].options[2].share = '31%';
    writeFileSync(join(dir, 'survey.json'), JSON.stringify(s));
    expectBadInput(cli(['data', 'check', '--survey', 'survey.json'], dir), 'collabnet: survey.json: tables.6.questions.0.options.2.share: expected a number in [0, 1], got "31%"');
  });

  it('malformed JSON, a missing file, a folder', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'bad.json'), '{"assumptions": {"companies": 1,}}');
    expectBadInput(cli(['generate', '--model', 'bad.json'], dir), /bad\.json: line 1, column \d+: malformed JSON/);
    expectBadInput(cli(['generate', '--model', 'nope.json'], dir), 'nope.json: cannot read it (no such file)');
    expectBadInput(cli(['generate', '--model', '.'], dir), '.: is a folder; expected a file');
  });

  it('an unknown assumption in a model file, and in --set (with a suggestion)', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ assumptions: { compnies: 150 } }));
    expectBadInput(cli(['generate', '--model', 'm.json'], dir), 'm.json: assumptions.compnies: unknown assumption "compnies"');
    expectBadInput(cli(['generate', '--set', 'compnies=150']), '--set compnies=150: unknown assumption "compnies" (did you mean "companies"?)');
    expectBadInput(cli(['generate', '--set', 'tertiary-share=2']), '--set tertiary-share=2: expected a number in [0, 1], got "2"');
  });

  it('flags out of range: seed, scale, runs, format', () => {
    expectBadInput(cli(['generate', '--seed', 'abc']), '--seed: expected an integer in [-2147483648, 2147483647], got "abc"');
    expectBadInput(cli(['generate', '--scale', '-1']), '--scale: expected a number > 0 and ≤ 1000, got "-1"');
    expectBadInput(cli(['generate', '--scale', '900']), /--scale 900: the network would have [\d,]+ nodes/);
    expectBadInput(cli(['fit', '--runs', '0']), '--runs: expected an integer in [1, 10000], got "0"');
    expectBadInput(cli(['generate', '--format', 'xml']), '--format: expected one of json, gexf, graphml, csv, got "xml"');
  });

  it('unknown commands and options exit 2', () => {
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['generate', '--sede', '1']).code).toBe(2);
  });

  it('output into a missing folder, onto a folder: nothing written (outside the working folder is fine: tests/cli/reliability.test.ts)', () => {
    const dir = workdir();
    mkdirSync(join(dir, 'sub'));
    expectBadInput(cli(['generate', '--out', 'missing/g.json'], dir), /--out missing\/g\.json: the folder .* does not exist/);
    expectBadInput(cli(['generate', '--out', 'sub'], dir), '--out sub: is a folder; expected a file name');
    expectBadInput(cli(['generate', '--out', '../missing/g.json'], join(dir, 'sub')), 'does not exist');
    expect(readdirSync(dir)).toEqual(['sub']);
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
  });

  it('a failed run leaves a previously written file untouched', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'g.json'), 'precious');
    expectBadInput(cli(['generate', '--set', 'companies=-1', '--out', 'g.json'], dir), '--set companies=-1');
    expect(readFileSync(join(dir, 'g.json'), 'utf8')).toBe('precious');
  });
});

describe('CLI: working runs', () => {
  it('data check lists the discrepancies and the value the model uses', () => {
    const r = cli(['data', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Table 6 · Collaboration with');
    expect(r.stdout).toContain('Table vs Results text: 10 values differ');
    expect(r.stdout).toMatch(/Sums: \d+ blocks off 100%/);
    const json = JSON.parse(cli(['data', 'check', '--format', 'json']).stdout);
    expect(json.findings.length).toBeGreaterThanOrEqual(25);
    expect(json.findings).toContainEqual(expect.objectContaining({ question: 'institutions.system-partners', kind: 'sum', detail: expect.stringContaining('103%') }));
    expect(json.findings).toContainEqual(expect.objectContaining({ question: 'institutions.achievements', kind: 'value', modelUses: 'not read by the spec; reported value: text (7%)' }));
  });

  it('generate writes every format atomically, identical for the same seed', () => {
    const dir = workdir();
    for (const f of ['json', 'gexf', 'graphml', 'csv']) expect(cli(['generate', '--seed', '3', '--format', f, '--out', `g.${f}`], dir).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['g.edges.csv', 'g.gexf', 'g.graphml', 'g.json', 'g.nodes.csv']);
    const again = cli(['generate', '--seed', '3', '--format', 'graphml']);
    expect(again.stdout).toBe(readFileSync(join(dir, 'g.graphml'), 'utf8'));
    expect(existsSync(join(dir, 'g.graphml'))).toBe(true);
  });

  it('--set and --model change the network', () => {
    const dir = workdir();
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ assumptions: { companies: 150 } }));
    const g = JSON.parse(cli(['generate', '--model', 'm.json', '--set', 'tertiary-share=0.5'], dir).stdout);
    expect(g.nodes.filter((n: any) => n.attributes.sector === 'company')).toHaveLength(150);
    expect(g.attributes.companies).toBe(150);
  });

  it('fit --format json over runs gives means and intervals', () => {
    const r = cli(['fit', '--runs', '5', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.runs).toBe(5);
    const bin = j.fit.sides[0].bins[0];
    expect(bin.realized.lo).toBeLessThanOrEqual(bin.realized.mean);
    expect(bin.realized.hi).toBeGreaterThanOrEqual(bin.realized.mean);
    expect(j.model.assumptions).toHaveLength(Object.keys(JSON.parse(dataText('model.json')).assumptions).length);
  });

  it('start prints the baseline summary and the fit report; --help lists exit codes', () => {
    const r = cli(['start', '--no-serve']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Baseline network (seed 1): 2,482 nodes');
    expect(r.stdout).toContain('Fit report (50 networks');
    expect(r.stdout).toContain(`Assumptions in force (${Object.keys(JSON.parse(dataText('model.json')).assumptions).length}`);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
    expect(help.stdout).toContain('path length = 1/weight');
  });

  it('--help on every command lists its options, their defaults and the exit codes', () => {
    for (const cmd of [['start'], ['data', 'check'], ['generate'], ['fit'], ['metrics'], ['export'], ['scenario'], ['compare']]) {
      const r = cli([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).toContain('Options:');
      expect(r.stdout, cmd.join(' ')).toContain('Exit codes: 0 success');
      if (cmd[0] !== 'start') expect(r.stdout, cmd.join(' ')).toContain('(default:');
    }
  });
});
