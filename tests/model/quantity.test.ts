import { describe, expect, it } from 'vitest';
import { evaluate, rowShare, type QuantityContext } from '../../src/model/index.js';
import { survey, inputErrorMessage } from '../helpers.js';

const s = survey();
const ctx: QuantityContext = { survey: s, file: 'spec.json', assumption: (name) => ({ a: 0.25, b: 4 })[name] ?? NaN };

describe('quantities: bad input', () => {
  it('names the path and what was expected', () => {
    expect(inputErrorMessage(() => evaluate({ survey: 'groups.clinicians.nurses' }, ctx, 'sectors.0.population'))).toBe('spec.json: sectors.0.population: expected a number of the survey at "groups.clinicians.nurses"');
    expect(inputErrorMessage(() => evaluate({ question: 'clinicians.nope', option: 'x' }, ctx, 'levers.0.moves.0.ceiling'))).toBe('spec.json: levers.0.moves.0.ceiling: expected a question id of the survey, got "clinicians.nope"');
    expect(inputErrorMessage(() => rowShare(s, 'clinicians.collaboration', 'none', 'p', 'spec.json'))).toContain('question "clinicians.collaboration" has no option "none"; its options: none-any, none-imaging-companies');
  });
});

describe('quantities: known answers', () => {
  it('literals, assumptions, survey counts, rows, complements and arithmetic', () => {
    expect(evaluate(3, ctx, 'x')).toBe(3);
    expect(evaluate({ assumption: 'b' }, ctx, 'x')).toBe(4);
    expect(evaluate({ survey: 'groups.clinicians.hospitals' }, ctx, 'x')).toBe(2135);
    expect(evaluate({ question: 'clinicians.collaboration', option: 'none-any' }, ctx, 'x')).toBe(0.84);
    expect(evaluate({ complement: { question: 'clinicians.collaboration', option: 'none-imaging-companies' } }, ctx, 'x')).toBeCloseTo(0.08, 12);
    expect(evaluate({ op: 'max', args: [0, { op: 'sub', args: [1, { op: 'div', args: [0.84, 0.92] }] }] }, ctx, 'x')).toBe(1 - 0.84 / 0.92);
    expect(evaluate({ op: 'min', args: [{ assumption: 'b' }, 2, 7] }, ctx, 'x')).toBe(2);
    expect(evaluate({ op: 'mul', args: [{ assumption: 'a' }, 8] }, ctx, 'x')).toBe(2);
  });

  it('a row uses the Results text where the survey says so (decided in one place)', () => {
    // Table 5 awards: 70% in the table, 7% in the text; the option says use: text.
    expect(rowShare(s, 'institutions.achievements', 'received-domestic-international-awards', 'x', 'f')).toBe(0.07);
  });
});
