import { InputError } from '../../errors.js';
import { readCsv } from './csv.js';
import { readGexf } from './gexf.js';
import { readGraphml } from './graphml.js';
import { readGraphologyJson } from './json.js';
import type { ImportResult } from './graph-builder.js';
import type { XmlParser } from './xml.js';

export { GraphBuilder, type ImportLevel, type ImportMessage, type ImportResult } from './graph-builder.js';
export type { XmlParser } from './xml.js';
export { parseXmlWithXmldom } from './xmldom-parser.js';
export { readCsv, readGexf, readGraphml, readGraphologyJson };

/** Graph file formats collabnet reads. */
export const INPUT_FORMATS = ['graphml', 'gexf', 'json', 'csv'] as const;
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

/** Reads a graph file of any supported format (pure: the caller supplies the text and an XML parser). */
export function readGraph(input: { text: string; file: string; format?: InputFormat; nodes?: { text: string; file: string } }, parseXml: XmlParser): ImportResult {
  const format = input.format ?? formatFromName(input.file);
  if (!format) throw new InputError(`${input.file}: cannot tell the format from the name; expected .graphml, .gexf, .json or .csv (or give --in-format)`);
  if (input.nodes && format !== 'csv') throw new InputError(`--nodes ${input.nodes.file}: a node table goes with a CSV edge list only`);
  switch (format) {
    case 'graphml':
      return readGraphml(input.text, input.file, parseXml);
    case 'gexf':
      return readGexf(input.text, input.file, parseXml);
    case 'json':
      return readGraphologyJson(input.text, input.file);
    case 'csv':
      return readCsv({ text: input.text, file: input.file }, input.nodes);
  }
}
