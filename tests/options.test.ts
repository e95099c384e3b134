import { describe, expect, it } from 'vitest';
import { OptionError } from '../src/errors.js';
import { fitEnsemble } from '../src/fit/index.js';
import { generateNetwork } from '../src/generator/index.js';
import { checkNumberOption, describeRange } from '../src/options.js';
import { leverCatalog, runSweep } from '../src/scenarios/index.js';
import { checkSurvey } from '../src/survey/index.js';
import { scenarioBase, spec, survey } from './helpers.js';

async function optionError(fn: () => unknown): Promise<OptionError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof OptionError) return err;
    throw err;
  }
  throw new Error('expected an OptionError');
}

describe('core functions outside metrics refuse bad options with an OptionError naming the option', () => {
  const sb = scenarioBase();
  const m = sb.baseline;
  const catalog = leverCatalog(sb.survey, sb.spec, m, {});
  const cases: [string, () => unknown, string, string][] = [
    ['generateNetwork seed 1.5', () => generateNetwork(m, { seed: 1.5 }), 'seed', 'generateNetwork: seed: expected an integer'],
    ['generateNetwork seed NaN', () => generateNetwork(m, { seed: NaN }), 'seed', 'got NaN'],
    ['generateNetwork a misspelt option', () => generateNetwork(m, { sed: 2 } as never), 'sed', 'generateNetwork: "sed": unknown option; expected one of seed'],
    ['fitEnsemble runs 0', () => fitEnsemble(m, { runs: 0 }), 'runs', 'fitEnsemble: runs: expected an integer ≥ 1, got 0'],
    ['fitEnsemble runs −5 (was: an empty result)', () => fitEnsemble(m, { runs: -5 }), 'runs', 'got -5'],
    ['fitEnsemble seed Infinity', () => fitEnsemble(m, { seed: Infinity }), 'seed', 'got Infinity'],
    ['runSweep steps 0', () => runSweep(sb, catalog, 'x', [{ lever: 'ai-departments' }], { steps: 0 }), 'steps', 'runSweep: steps: expected an integer in [1, 1000000], got 0'],
    ['runSweep runs 2.5', () => runSweep(sb, catalog, 'x', [{ lever: 'ai-departments' }], { runs: 2.5 }), 'runs', 'got 2.5'],
    ['runSweep from > to', () => runSweep(sb, catalog, 'x', [{ lever: 'ai-departments' }], { from: 0.8, to: 0.2 }), 'to', 'runSweep: to: expected a number in [0.8, 1], got 0.2'],
    ['runSweep t beyond 1', () => runSweep(sb, catalog, 'x', [{ lever: 'ai-departments' }], { to: 3 }), 'to', 'got 3'],
    ['runSweep chunk 0', () => runSweep(sb, catalog, 'x', [{ lever: 'ai-departments' }], { chunk: 0 }), 'chunk', 'got 0'],
    ['runSweep betweennessSamples −1', () => runSweep(sb, catalog, 'x', [{ lever: 'ai-departments' }], { betweennessSamples: -1 }), 'betweennessSamples', 'expected null (exact) or an integer ≥ 1, got -1'],
    ['runSweep evaluate not a function', () => runSweep(sb, catalog, 'x', [{ lever: 'ai-departments' }], { evaluate: 3 as never }), 'evaluate', 'expected a function, got 3'],
    ['checkSurvey tolerance −0.1', () => checkSurvey(survey(), spec(), { tolerance: -0.1 }), 'tolerance', 'checkSurvey: tolerance: expected a number in [0, 1], got -0.1'],
  ];
  for (const [name, fn, option, message] of cases)
    it(name, async () => {
      const err = await optionError(fn);
      expect(err.option).toBe(option);
      expect(err.message).toContain(message);
    });
});

describe('checkNumberOption', () => {
  it('describes ranges', () => {
    expect(describeRange({ min: 0, max: 1, minOpen: true, maxOpen: true })).toBe('a number in (0, 1)');
    expect(describeRange({ min: 1, integer: true })).toBe('an integer ≥ 1');
    expect(describeRange({ max: 5, maxOpen: true })).toBe('a number < 5');
  });
  it('accepts the bounds of a closed range and refuses those of an open one', () => {
    expect(checkNumberOption('f', 'x', 0, { min: 0, max: 1 })).toBe(0);
    expect(() => checkNumberOption('f', 'x', 0, { min: 0, minOpen: true })).toThrow('f: x: expected a number > 0, got 0');
    expect(() => checkNumberOption('f', 'x', '1', {})).toThrow('got "1"');
  });
});
