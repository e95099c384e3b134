// A spec's sector names inside a sentence: "University" → "university", but "SMEs" stays "SMEs".

/**
 * A label or plural as it reads mid-sentence: the first letter lowercased, unless the word is an
 * acronym (its second letter is a capital too: "SMEs", "AI labs"), which keeps its case.
 */
export function midSentence(text: string): string {
  if (text.length > 1 && text[1] !== text[1]!.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
