import { InputError } from '../errors.js';

/**
 * Characters XML 1.0 cannot hold at all, not even as character references: C0 controls other
 * than tab, newline and carriage return, U+FFFE, U+FFFF and unpaired surrogates.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The replacement for a character XML cannot hold: U+FFFD, the Unicode replacement character. */
export const XML_REPLACEMENT = '\uFFFD';

/** Replaces every character XML 1.0 cannot hold with U+FFFD (documented in README, Formats). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, XML_REPLACEMENT);
}

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Escapes text for an XML attribute value or element body: markup characters become entities,
 * tab/newline/carriage return become character references (so attribute-value normalization
 * keeps them), and characters XML cannot hold become U+FFFD. The result is always well-formed.
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[<>&"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

/**
 * Escapes node or edge ids for XML. An id holding characters XML cannot hold gets U+FFFD in
 * their place; if that makes it equal to another id, writing is refused (an `InputError` that
 * names both), because the file would join two nodes into one.
 */
export function xmlIdEscaper(kind: 'node' | 'edge', exists: (id: string) => boolean): (id: string) => string {
  const replaced = new Map<string, string>();
  return (id) => {
    const safe = xmlSafe(id);
    if (safe !== id) {
      const earlier = replaced.get(safe);
      if ((earlier !== undefined && earlier !== id) || exists(safe))
        throw new InputError(
          `cannot write ${kind} id ${JSON.stringify(id)} as XML: its control characters become U+FFFD, which makes it ${JSON.stringify(safe)}, the id of another ${kind}`,
        );
      replaced.set(safe, id);
    }
    return escapeXml(safe);
  };
}

/** An XML element name from any text: invalid characters become `_` (for GEXF's `<meta>` children). */
export function xmlName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(name) && !/^xml/i.test(name) ? name : `_${name}`;
}
