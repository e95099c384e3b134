/**
 * Where a writer sends its text, piece by piece: a file (the CLI streams to a temp file), stdout,
 * or a string. Writers never build the whole document, so a network of any size the generator
 * allows can be written.
 */
export interface TextSink {
  write(text: string): void;
}

/** Runs a streaming writer into one string (for the explorer's downloads and for tests). */
export function collectText(write: (sink: TextSink) => void): string {
  const parts: string[] = [];
  write({ write: (text) => void parts.push(text) });
  return parts.join('');
}
