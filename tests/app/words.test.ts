import { describe, expect, it } from 'vitest';
import { midSentence } from '../../src/app/words.js';

describe('midSentence: a spec label inside a sentence (isolates caption, summary line, scenario panel)', () => {
  it('leaves empty and one-letter text usable', () => {
    expect(midSentence('')).toBe('');
    expect(midSentence('X')).toBe('x');
  });

  it('lowercases a capitalised word but keeps acronyms ("SMEs" never becomes "smes")', () => {
    expect(midSentence('University')).toBe('university');
    expect(midSentence('Government labs')).toBe('government labs');
    expect(midSentence('hospitals')).toBe('hospitals');
    expect(midSentence('SMEs')).toBe('SMEs');
    expect(midSentence('SME')).toBe('SME');
    expect(midSentence('AI labs')).toBe('AI labs');
  });
});
