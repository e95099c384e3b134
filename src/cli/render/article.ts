/** Vowel letters that sound like a consonant at the start of a word ("a university", "a European lab", "a one-off"). */
const CONSONANT_SOUND = /^(uni|use|usu|uti|ure|eu|ewe|one|once|ubi)/i;
/** Consonant letters that sound like a vowel at the start of a word ("an hour", "an honest broker"). */
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;
/** Letters whose names start with a vowel sound, for acronyms ("an SME", "an R&D lab", "a UK firm"). */
const VOWEL_NAMED_LETTERS = 'AEFHILMNORSX';

/**
 * "a" or "an" for a word as it is read aloud: by its first letter's sound, with the common
 * exceptions (a university, an hour) and acronyms read letter by letter (an SME, a GP).
 */
export function article(word: string): 'a' | 'an' {
  const w = word.trim();
  const first = w.split(/[\s-]/)[0] ?? '';
  if (first.length > 1 && /^[A-Z][A-Z0-9&]*$/.test(first)) return VOWEL_NAMED_LETTERS.includes(first[0]!) ? 'an' : 'a';
  if (CONSONANT_SOUND.test(w)) return 'a';
  if (VOWEL_SOUND.test(w)) return 'an';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** The word with its article: `withArticle("university")` is "a university". */
export function withArticle(word: string): string {
  return `${article(word)} ${word}`;
}
