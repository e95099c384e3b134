import { SaxesParser } from 'saxes';
import { InputError } from '../../errors.js';
import { scanXmlSubset } from './scan-xml-subset.js';
import type { XmlElement, XmlParser } from './xml.js';

/** A lone UTF-16 surrogate (text that no encoding of Unicode can hold). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** saxes' messages, in the words of the report. */
function reason(message: string): string {
  const m = message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
  if (/malformed character entity/.test(m)) return 'a character reference to a character XML does not allow, such as &#0; or &#x110000;';
  if (/disallowed character/.test(m)) return 'a character XML does not allow (a control character such as U+0001)';
  if (/undefined entity/.test(m)) return 'an undefined entity; only &lt; &gt; &amp; &quot; &apos; and character references are read (no entity expansion, no external entities)';
  if (/unexpected close tag/.test(m)) return 'a close tag that does not match the open one (unclosed or mismatched tags)';
  return m;
}

/**
 * The XML parser of the graph readers (the CLI and the explorer's worker parse the same way).
 * Graph files are read by `scanXmlSubset`, a linear scanner for the plain XML they are made of;
 * any other text — every malformed file among them — by saxes (`parseXmlSaxes`), so both build
 * the same tree and every error reads the same.
 */
export const parseXml: XmlParser = (text, file) => scanXmlSubset(text) ?? parseXmlSaxes(text, file);

/** `parseXml`, telling which reader built the tree (for tests: the fast path must be taken on graph files). */
export function parseXmlTelling(text: string, file: string): { root: XmlElement; reader: 'subset' | 'saxes' } {
  const root = scanXmlSubset(text);
  return root ? { root, reader: 'subset' } : { root: parseXmlSaxes(text, file), reader: 'saxes' };
}

/**
 * The general XML parser: saxes, a streaming non-validating parser in pure JavaScript. It reads
 * in one linear pass, stops at the first fault and names its line and column; it expands no
 * entities beyond XML's five and character references, fetches nothing, and refuses characters
 * XML does not allow. The elements are built into a light tree without recursion, so any depth is
 * safe.
 */
export const parseXmlSaxes: XmlParser = (text, file) => {
  if (text.trim() === '') throw new InputError(`${file}: the file is empty; expected XML`);
  const fail = (line: number, column: number, why: string): never => {
    throw new InputError(`${file}: line ${line}, column ${column}: malformed XML (${why})`);
  };
  const bad = LONE_SURROGATE.exec(text);
  if (bad) {
    const before = text.slice(0, bad.index);
    const line = before.split('\n').length;
    fail(line, bad.index - before.lastIndexOf('\n'), 'a lone surrogate, not a Unicode character');
  }
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let start = { line: 1, column: 1 };
  let lastClosed: XmlElement | undefined;
  // Where the last complete piece of markup ends (text is reported lazily, markup as it completes).
  let lastEnd = 0;
  const ended = () => {
    lastEnd = parser.position;
  };
  parser.on('error', (err) => {
    if (/unexpected close tag/.test(err.message) && lastClosed) {
      // saxes has already popped the element the close tag does not match: name both.
      const at = text.lastIndexOf('</', parser.position - 2);
      const name = at >= 0 ? (/^[^\s>]*/.exec(text.slice(at + 2, at + 256))?.[0] ?? '') : '';
      fail(parser.line, parser.column, `</${name}> does not close <${lastClosed.name}> opened at line ${lastClosed.line}, column ${lastClosed.column} (unclosed or mismatched tags)`);
    }
    fail(parser.line, parser.column, reason(err.message));
  });
  parser.on('opentagstart', (tag) => {
    // The parser stands on the character after the name: the tag's `<` is name.length + 1 characters before.
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => {
    const colon = tag.name.indexOf(':');
    const attributes = new Map<string, string>();
    for (const [k, v] of Object.entries(tag.attributes)) attributes.set(k, v);
    const el: XmlElement = { name: tag.name, local: colon >= 0 ? tag.name.slice(colon + 1) : tag.name, attributes, children: [], text: '', line: start.line, column: start.column };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    if (!tag.isSelfClosing) stack.push(el);
    ended();
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) lastClosed = stack.pop();
    ended();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', onText);
  // saxes keeps one handler per event: opentag, closetag and cdata call `ended` from theirs.
  for (const event of ['comment', 'processinginstruction', 'doctype', 'xmldecl'] as const) parser.on(event, ended);
  parser.on('cdata', (t) => {
    onText(t);
    ended();
  });
  parser.write(text);
  // Markup left unfinished at the end: the first `<` after the last complete piece of markup.
  const lt = text.indexOf('<', lastEnd);
  if (lt >= 0) {
    const before = text.slice(0, lt);
    const line = before.split('\n').length;
    fail(line, lt - before.lastIndexOf('\n'), `the file ends inside this markup: ${text.slice(lt, lt + 40)}${text.length - lt > 40 ? '…' : ''}`);
  }
  const open = stack[stack.length - 1];
  if (open) fail(open.line, open.column, `<${open.name}> is never closed: the file ends inside it${stack.length > 1 ? ` (${stack.length.toLocaleString('en-US')} elements open)` : ''}`);
  parser.close();
  if (!root) fail(parser.line, parser.column, 'no root element');
  return root!;
};
