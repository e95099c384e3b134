import { InputError } from '../../errors.js';
import { readCsv } from './csv.js';
import { inputText } from './decode.js';
import { readGexf } from './gexf.js';
import { readGraphml } from './graphml.js';
import { readGraphologyJson } from './json.js';
import { parseXml } from './parse-xml.js';
import type { ImportResult } from './graph-builder.js';
import type { XmlParser } from './xml.js';

export { GraphBuilder, type ImportLevel, type ImportMessage, type ImportResult } from './graph-builder.js';
export type { XmlElement, XmlParser } from './xml.js';
export { parseXml } from './parse-xml.js';
export { decodeUtf8, decodeXml, inputText } from './decode.js';
export { parseDecimal } from './decimal.js';
export { protectGraphologyKeys } from './graphology-keys.js';
export { readCsv, readGexf, readGraphml, readGraphologyJson };

/** Graph file formats collabnet reads. */
export const INPUT_FORMATS = ['graphml', 'gexf', 'json', 'csv'] as const;
/** A graph file format collabnet reads: GraphML, GEXF, graphology JSON or a CSV edge list. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format a file name implies, or undefined. */
export function formatFromName(name: string): InputFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'graphml' || ext === 'xml') return 'graphml';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return undefined;
}

/**
 * Reads a graph file of any supported format (pure: the caller supplies the content). `text` is
 * the file's bytes — XML decoded by its byte-order mark or encoding declaration, else UTF-8;
 * JSON and CSV as UTF-8; invalid UTF-8 refused with its byte offset — or text already decoded.
 */
export function readGraph(
  input: { text: string | Uint8Array; file: string; format?: InputFormat; nodes?: { text: string | Uint8Array; file: string }; sectors?: readonly string[] },
  xmlParser: XmlParser = parseXml,
): ImportResult {
  const format = input.format ?? formatFromName(input.file);
  if (!format) throw new InputError(`${input.file}: cannot tell the format from the name; expected .graphml, .gexf, .json or .csv (or give --in-format)`);
  if (input.nodes && format !== 'csv') throw new InputError(`--nodes ${input.nodes.file}: a node table goes with a CSV edge list only`);
  const text = inputText(input.text, input.file, format === 'graphml' || format === 'gexf');
  switch (format) {
    case 'graphml':
      return readGraphml(text, input.file, xmlParser, input.sectors);
    case 'gexf':
      return readGexf(text, input.file, xmlParser, input.sectors);
    case 'json':
      return readGraphologyJson(text, input.file, input.sectors);
    case 'csv':
      return readCsv({ text, file: input.file }, input.nodes ? { text: inputText(input.nodes.text, input.nodes.file, false), file: input.nodes.file } : undefined, input.sectors);
  }
}
