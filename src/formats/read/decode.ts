import { InputError } from '../../errors.js';

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (counting LF bytes before it). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/**
 * Decodes UTF-8 bytes (a leading BOM dropped), refusing invalid UTF-8 with its place:
 * `e.csv: line 3 (byte 41): invalid UTF-8 (0xE9); expected UTF-8 text …`.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, hint = 'save the file as UTF-8'): string {
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0)
    throw new InputError(`${file}: line ${lineOfByte(bytes, bad)} (byte ${bad}): invalid UTF-8 (0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}); expected UTF-8 text (${hint})`);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Labels the WHATWG Encoding Standard maps to windows-1252 (browsers read ISO-8859-1 as windows-1252). */
const WINDOWS_1252_LABELS = new Set(['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);
/** windows-1252 bytes 0x80–0x9F (the rest is ISO-8859-1); Node 20's TextDecoder gets these wrong, so decoded here. */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes windows-1252 (and so ISO-8859-1 / latin-1 / ASCII, as the WHATWG Encoding Standard does). */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let s = '';
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) {
      const b = bytes[j]!;
      s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    parts.push(s);
  }
  return parts.join('');
}

/** The `encoding` of an XML declaration at the start of the bytes, if any. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]!);
  const decl = /^(?:\xEF\xBB\xBF)?<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  return decl?.[2];
}

/**
 * Decodes an XML file's bytes the way XML says: a byte-order mark first, then the encoding its
 * declaration names (`ISO-8859-1`, `windows-1252`, … anything TextDecoder knows), else UTF-8,
 * which must then be valid (refused with the byte offset otherwise).
 */
export function decodeXml(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const hint = 'or name the encoding in the XML declaration, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>';
  const declared = declaredEncoding(bytes);
  if (declared === undefined || /^utf-?8$/i.test(declared) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) return decodeUtf8(bytes, file, hint);
  if (/^utf-?16/i.test(declared)) throw new InputError(`${file}: declares encoding="${declared}" but has no byte-order mark and reads as 8-bit text; expected UTF-16 with a byte-order mark, or UTF-8`);
  if (WINDOWS_1252_LABELS.has(declared.toLowerCase())) return decodeWindows1252(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new InputError(`${file}: encoding "${declared}" (named in the XML declaration) is not supported; expected UTF-8, ISO-8859-1, windows-1252 or another encoding of the WHATWG Encoding Standard`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`${file}: is not valid ${declared} text (the encoding its XML declaration names)`);
  }
}

/** The text of an input: a string as it is (a BOM dropped), bytes decoded as XML or as UTF-8 text. */
export function inputText(data: string | Uint8Array, file: string, xml: boolean): string {
  if (typeof data === 'string') return data.replace(/^\uFEFF/, '');
  return xml ? decodeXml(data, file) : decodeUtf8(data, file);
}
