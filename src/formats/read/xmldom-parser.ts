import { DOMParser } from '@xmldom/xmldom';
import { InputError } from '../../errors.js';
import type { XmlParser } from './xml.js';

/**
 * The XML parser of the graph readers: xmldom (pure JavaScript, so the CLI and the explorer's Web
 * Worker, which has no DOMParser, parse the same way), with line numbers on elements and malformed
 * XML turned into an InputError naming the file and the line.
 */
export const parseXmlWithXmldom: XmlParser = (text, file) => {
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; expected XML`);
  const problems: string[] = [];
  const parser = new DOMParser({
    locator: {},
    errorHandler: {
      // xmldom reports some structural faults (a start tag never closed) only as warnings.
      warning: (msg: string) => problems.push(msg),
      error: (msg: string) => problems.push(msg),
      fatalError: (msg: string) => problems.push(msg),
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
    doc = undefined as unknown as Document;
  }
  if (problems.length > 0 || !doc || !doc.documentElement) {
    const first = (problems[0] ?? 'no root element').replace(/\s+/g, ' ').trim();
    const at = /@#\[line:(\d+),col:(\d+)\]/.exec(first);
    const raw = first.replace(/\s*@#\[line:\d+,col:\d+\]/, '').replace(/^\[xmldom [a-z]+\]\s*/i, '').replace(/^element parse error: (Error: )?/i, '');
    const reason = /hierarchy request/i.test(raw) ? 'unclosed or mismatched tags' : raw;
    throw new InputError(`${file}: ${at ? `line ${at[1]}, column ${at[2]}: ` : ''}malformed XML (${reason})`);
  }
  return doc;
};
