import type { XmlElement } from './xml.js';

/**
 * Any character outside the subset: a character XML 1.0 does not allow (control characters,
 * U+FFFE, U+FFFF), a lone surrogate (with the `u` flag it is one code point, in no range below)
 * and the carriage return (XML rewrites line ends; the subset has none to rewrite).
 */
const OUTSIDE_SUBSET_CHARACTER = /[^\t\n\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** A high surrogate: the text holds characters outside the BMP, so columns count code points. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
/**
 * The XML declarations of the subset, at the very start of the text: version 1.0, then an
 * optional encoding and standalone, in that order (XML 1.0 § 2.8), in either kind of quote.
 */
const XML_DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/;
const DECIMAL_REFERENCE = /^#[0-9]+$/;
const HEX_REFERENCE = /^#x[0-9a-fA-F]+$/;

const TAB = 9;
const NL = 10;
const SPACE = 32;
const DQUOTE = 34;
const AMP = 38;
const SQUOTE = 39;
const MINUS = 45;
const SLASH = 47;
const SEMICOLON = 59;
const EQUAL = 61;
const GT = 62;
const BANG = 33;

/** Classes of characters by code (indexed by any UTF-16 unit; past the end `charCodeAt(p) | 0` is 0, no class). */
const CLASS = new Uint8Array(65536);
/** May start an ASCII name (the subset's names). */
const NAME_START = 1;
/** May continue one. */
const NAME_CHAR = 2;
/** XML's white space inside markup (the carriage return never reaches the scanner). */
const SPACE_CHAR = 4;
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
  CLASS[c] = letter ? NAME_START | NAME_CHAR : (c >= 48 && c <= 57) || c === MINUS || c === 46 ? NAME_CHAR : c === SPACE || c === NL || c === TAB ? SPACE_CHAR : 0;
}

/** A code point XML 1.0 allows (its production `Char`). */
function isXmlChar(c: number): boolean {
  return (c >= 0x20 && c <= 0xd7ff) || c === 0x9 || c === 0xa || c === 0xd || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** The text of a reference between `&` and `;`: one of XML's five entities or a character reference; `undefined` otherwise. */
function referenceText(name: string): string | undefined {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  let code: number;
  if (HEX_REFERENCE.test(name)) code = parseInt(name.slice(2), 16);
  else if (DECIMAL_REFERENCE.test(name)) code = parseInt(name.slice(1), 10);
  else return undefined;
  return isXmlChar(code) ? String.fromCodePoint(code) : undefined;
}

/**
 * Text in `[from, to)` with its references replaced; in an attribute value (`attribute`) a raw tab
 * or line feed becomes a space (XML 1.0 § 3.3.3; a character reference is kept as it is).
 * `undefined` for a reference outside the subset.
 */
function decoded(text: string, from: number, to: number, attribute: boolean): string | undefined {
  let out = '';
  let start = from;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === AMP) {
      let semi = p + 1;
      while (semi < to && text.charCodeAt(semi) !== SEMICOLON) semi++;
      if (semi >= to) return undefined;
      const ref = referenceText(text.slice(p + 1, semi));
      if (ref === undefined) return undefined;
      out += text.slice(start, p) + ref;
      start = semi + 1;
      p = semi;
    } else if (attribute && (c === TAB || c === NL)) {
      out += `${text.slice(start, p)} `;
      start = p + 1;
    }
  }
  return out + text.slice(start, to);
}

/**
 * A linear scanner for the XML that graph files are made of: an XML 1.0 declaration, comments,
 * start, end and empty-element tags with ASCII names, attributes in `'` or `"`, text, XML's five
 * entities and character references. It builds the same tree as the saxes path of `parseXml`
 * (names, attributes in order, children, text, the line and column of each start tag) from one
 * pass of `indexOf` and `charCodeAt`, without recursion.
 *
 * It never reports an error: anything outside the subset — a DOCTYPE, CDATA, a processing
 * instruction, a carriage return, a character XML does not allow, a lone surrogate, a non-ASCII
 * name, a duplicate attribute, `]]>`, `--` in a comment, an unknown entity, a mismatched or
 * unclosed tag, text outside the root, a second root — returns `undefined`, and the caller parses
 * the whole text with saxes, so every error message and every unusual document reads as before.
 */
export function scanXmlSubset(text: string): XmlElement | undefined {
  if (OUTSIDE_SUBSET_CHARACTER.test(text) || text.includes(']]>')) return undefined;
  const n = text.length;
  let i = 0;
  if (text.startsWith('<?xml')) {
    const declaration = XML_DECLARATION.exec(text);
    if (!declaration) return undefined;
    i = declaration[0].length;
  }
  const astral = HIGH_SURROGATE.test(text);
  const stack: XmlElement[] = [];
  let top: XmlElement | undefined;
  let root: XmlElement | undefined;
  // Where start tags are: the line of the last one, where that line starts, the next line feed.
  let line = 1;
  let lineStart = 0;
  let nextNl = text.indexOf('\n');
  if (nextNl < 0) nextNl = n;
  // Outside the BMP columns count code points (as saxes does): code points of the line before `counted`.
  let counted = 0;
  let codePoints = 0;
  // The next `&`, `<`, tab and line feed at or after the last place looked at (n: none), found by
  // indexOf and kept until passed: each character is looked at a bounded number of times.
  let nextAmp = -1;
  let nextLt = -1;
  let nextTab = -1;
  let nextLf = -1;

  for (;;) {
    let lt = text.indexOf('<', i);
    if (lt < 0) lt = n;
    if (lt > i) {
      if (top !== undefined) {
        if (nextAmp < i) {
          nextAmp = text.indexOf('&', i);
          if (nextAmp < 0) nextAmp = n;
        }
        const piece = nextAmp < lt ? decoded(text, i, lt, false) : text.slice(i, lt);
        if (piece === undefined) return undefined;
        top.text += piece;
      } else for (let p = i; p < lt; p++) if ((CLASS[text.charCodeAt(p)]! & SPACE_CHAR) === 0) return undefined;
    }
    if (lt === n) break;
    const c = text.charCodeAt(lt + 1);

    if ((CLASS[c | 0]! & NAME_START) !== 0) {
      if (root !== undefined && top === undefined) return undefined;
      let p = lt + 2;
      while ((CLASS[text.charCodeAt(p) | 0]! & NAME_CHAR) !== 0) p++;
      const name = text.slice(lt + 1, p);
      // The start tag's place, as the saxes path reports it: a line feed right after the name
      // puts it on the next line, column 1.
      while (nextNl < lt) {
        line++;
        lineStart = nextNl + 1;
        nextNl = text.indexOf('\n', lineStart);
        if (nextNl < 0) nextNl = n;
      }
      let column = lt - lineStart + 1;
      if (astral) {
        if (counted < lineStart) {
          counted = lineStart;
          codePoints = 0;
        }
        for (; counted < lt; counted++) {
          const u = text.charCodeAt(counted);
          if (u < 0xdc00 || u > 0xdfff) codePoints++;
        }
        column = codePoints + 1;
      }
      const afterName = text.charCodeAt(p);
      const elLine = afterName === NL ? line + 1 : line;
      if (afterName === NL) column = 1;

      const attributes = new Map<string, string>();
      let selfClosing = false;
      for (;;) {
        let spaced = false;
        while ((CLASS[text.charCodeAt(p) | 0]! & SPACE_CHAR) !== 0) {
          p++;
          spaced = true;
        }
        const d = text.charCodeAt(p);
        if (d === GT) {
          p++;
          break;
        }
        if (d === SLASH) {
          if (text.charCodeAt(p + 1) !== GT) return undefined;
          selfClosing = true;
          p += 2;
          break;
        }
        if (!spaced || (CLASS[d | 0]! & NAME_START) === 0) return undefined;
        const nameStart = p;
        p++;
        while ((CLASS[text.charCodeAt(p) | 0]! & NAME_CHAR) !== 0) p++;
        const attrName = text.slice(nameStart, p);
        while ((CLASS[text.charCodeAt(p) | 0]! & SPACE_CHAR) !== 0) p++;
        if (text.charCodeAt(p) !== EQUAL) return undefined;
        p++;
        while ((CLASS[text.charCodeAt(p) | 0]! & SPACE_CHAR) !== 0) p++;
        const quote = text.charCodeAt(p);
        if (quote !== DQUOTE && quote !== SQUOTE) return undefined;
        const valueStart = ++p;
        p = text.indexOf(quote === DQUOTE ? '"' : "'", p);
        if (p < 0) return undefined;
        if (nextLt < valueStart) {
          nextLt = text.indexOf('<', valueStart);
          if (nextLt < 0) nextLt = n;
        }
        if (nextLt < p) return undefined;
        if (nextAmp < valueStart) {
          nextAmp = text.indexOf('&', valueStart);
          if (nextAmp < 0) nextAmp = n;
        }
        if (nextTab < valueStart) {
          nextTab = text.indexOf('\t', valueStart);
          if (nextTab < 0) nextTab = n;
        }
        if (nextLf < valueStart) {
          nextLf = text.indexOf('\n', valueStart);
          if (nextLf < 0) nextLf = n;
        }
        const value = nextAmp < p || nextTab < p || nextLf < p ? decoded(text, valueStart, p, true) : text.slice(valueStart, p);
        if (value === undefined || attributes.has(attrName)) return undefined;
        attributes.set(attrName, value);
        p++;
      }
      const colon = name.indexOf(':');
      const el: XmlElement = { name, local: colon >= 0 ? name.slice(colon + 1) : name, attributes, children: [], text: '', line: elLine, column };
      if (top !== undefined) top.children.push(el);
      else root = el;
      if (!selfClosing) {
        stack.push(el);
        top = el;
      }
      i = p;
    } else if (c === SLASH) {
      if (top === undefined || !text.startsWith(top.name, lt + 2)) return undefined;
      let p = lt + 2 + top.name.length;
      while ((CLASS[text.charCodeAt(p) | 0]! & SPACE_CHAR) !== 0) p++;
      if (text.charCodeAt(p) !== GT) return undefined;
      stack.pop();
      top = stack[stack.length - 1];
      i = p + 1;
    } else if (c === BANG && text.charCodeAt(lt + 2) === MINUS && text.charCodeAt(lt + 3) === MINUS) {
      // A comment ends at its first `--`, which must be followed by `>`.
      const end = text.indexOf('--', lt + 4);
      if (end < 0 || text.charCodeAt(end + 2) !== GT) return undefined;
      i = end + 3;
    } else return undefined;
  }
  return top === undefined ? root : undefined;
}
