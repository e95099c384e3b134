import { InputError } from '../errors.js';
import type { XmlParser } from '../formats/read/index.js';

/** The browser's XML parser for the graph readers; malformed XML becomes an InputError. */
export const parseXmlInBrowser: XmlParser = (text, file) => {
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; expected XML`);
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    const detail = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
    const line = /line (\d+)/i.exec(detail)?.[1];
    throw new InputError(`${file}: ${line ? `line ${line}: ` : ''}malformed XML`);
  }
  return doc;
};
