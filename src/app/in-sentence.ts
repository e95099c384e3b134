/**
 * A sector's label or plural as a word inside a sentence: the first letter lower-cased ("Hospital"
 * → "hospital", "Large firm" → "large firm"), acronyms kept ("SME", "SMEs", "AI lab").
 */
export function inSentence(word: string): string {
  const [first, second] = word;
  if (first === undefined) return word;
  if (second !== undefined && second !== second.toLowerCase()) return word;
  return first.toLowerCase() + word.slice(1);
}
