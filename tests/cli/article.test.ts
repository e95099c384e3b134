// Articles chosen from how a word is read (a metrics row said "reaching an university").
import { describe, expect, it } from 'vitest';
import { article, withArticle } from '../../src/cli/render/article.js';

describe('article', () => {
  it('reads the sound, not the letter', () => {
    expect(withArticle('university')).toBe('a university');
    expect(withArticle('institution')).toBe('an institution');
    expect(withArticle('hospital')).toBe('a hospital');
    expect(withArticle('hour')).toBe('an hour');
    expect(withArticle('SME')).toBe('an SME');
    expect(withArticle('GP practice')).toBe('a GP practice');
    expect(withArticle('European lab')).toBe('a European lab');
    expect(withArticle('sme')).toBe('a sme');
    expect(article('company')).toBe('a');
    expect(article('enterprise')).toBe('an');
  });
});
