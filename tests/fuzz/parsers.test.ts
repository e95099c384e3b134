import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLever as parseLeverFor } from '../../src/cli/scenario-setup.js';
import { InputError } from '../../src/errors.js';
import { toEdgesCsv, toGexf, toGraphml, toGraphologyJson, toNodesCsv } from '../../src/formats/index.js';
import { readGraph, type InputFormat } from '../../src/formats/read/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { parseOverride as parseOverrideFor } from '../../src/model/index.js';
import { ModelOverrideSchema, SpecSchema as ModelSpecSchema, parseJsonText, parseWith, ScenarioFileSchema, SurveySchema } from '../../src/schemas/index.js';
import { dataText, model, spec } from '../helpers.js';

const paper = spec();
const parseOverride = (text: string) => parseOverrideFor(paper, text);
const parseLever = (text: string) => parseLeverFor(paper, text);

/** Runs `fn`; anything thrown must be our typed InputError. */
function onlyInputErrors(fn: () => unknown): boolean {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.message.length).toBeGreaterThan(0);
  }
  return true;
}

/** Text near a valid document: cut, spliced with noise, or with a character replaced. */
function mutated(doc: string) {
  return fc.oneof(
    fc.nat({ max: doc.length }).map((n) => doc.slice(0, n)),
    fc.tuple(fc.nat({ max: doc.length }), fc.string({ maxLength: 12 })).map(([i, s]) => doc.slice(0, i) + s + doc.slice(i)),
    fc.tuple(fc.nat({ max: Math.max(0, doc.length - 1) }), fc.constantFrom('"', '<', '>', '{', '}', ',', '\u0000', '-', 'e', '9', ' ')).map(([i, c]) => doc.slice(0, i) + c + doc.slice(i + 1)),
  );
}

const RUNS = { numRuns: 150, seed: 424242 };
const small = generateNetwork(model({}, 0.05), { seed: 3 }).graph;
const graphDocs: [InputFormat, string, string][] = [
  ['graphml', 'g.graphml', toGraphml(small)],
  ['gexf', 'g.gexf', toGexf(small)],
  ['json', 'g.json', toGraphologyJson(small)],
  ['csv', 'g.csv', toEdgesCsv(small)],
];

describe('fuzz: every parser throws only InputError', () => {
  const surveyText = dataText('survey.json');
  const modelText = dataText('model.json');

  it('survey.json: arbitrary text and mutations of the real file', () => {
    const parse = (t: string) => parseWith(SurveySchema, parseJsonText(t, 'survey.json'), 'survey.json');
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), mutated(surveyText)), (t) => onlyInputErrors(() => parse(t))), RUNS);
  });

  it('model.json and model override files', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated(modelText), fc.dictionary(fc.string(), fc.jsonValue()).map((a) => JSON.stringify({ assumptions: a }))), (t) =>
        onlyInputErrors(() => {
          const v = parseJsonText(t, 'm.json');
          if (v && typeof v === 'object' && 'sectors' in v) parseWith(ModelSpecSchema, v, 'm.json');
          else parseWith(ModelOverrideSchema, v, 'm.json');
        }),
      ),
      RUNS,
    );
  });

  it('scenario files', () => {
    const valid = dataText('scenarios/interest-becomes-engagement.json');
    fc.assert(fc.property(fc.oneof(fc.json(), mutated(valid)), (t) => onlyInputErrors(() => parseWith(ScenarioFileSchema, parseJsonText(t, 's.json'), 's.json'))), RUNS);
  });

  for (const [format, file, doc] of graphDocs)
    it(`graph reader: ${format}`, () => {
      fc.assert(fc.property(fc.oneof(fc.string(), mutated(doc)), (t) => onlyInputErrors(() => readGraph({ text: t, file, format }))), { ...RUNS, numRuns: 100 });
    });

  for (const [format, file, doc] of graphDocs)
    it(`graph reader: ${format} from bytes (any encoding declaration, invalid UTF-8, cut multi-byte characters)`, () => {
      const bytes = new TextEncoder().encode(doc.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>'));
      const arb = fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        fc.tuple(fc.nat({ max: bytes.length }), fc.uint8Array({ minLength: 1, maxLength: 6 })).map(([i, b]) => Uint8Array.from([...bytes.subarray(0, i), ...b, ...bytes.subarray(i)])),
        fc.constantFrom('utf-8', 'latin1', 'windows-1252', 'utf-16', 'shift_jis', 'x-nope', 'UTF-16LE').map((e) => new TextEncoder().encode(`<?xml version="1.0" encoding="${e}"?>${doc.replace(/^<\?xml[^>]*>/, '')}`)),
      );
      fc.assert(fc.property(arb, (t) => onlyInputErrors(() => readGraph({ text: t, file, format }))), { ...RUNS, numRuns: 80 });
    });

  it('graph reader: CSV edges with a node table', () => {
    const nodes = toNodesCsv(small);
    fc.assert(fc.property(mutated(nodes), (t) => onlyInputErrors(() => readGraph({ text: toEdgesCsv(small), file: 'e.csv', nodes: { text: t, file: 'n.csv' } }))), { ...RUNS, numRuns: 60 });
  });

  it('--set and --lever values', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        onlyInputErrors(() => parseOverride(`${a}=${b}`));
        onlyInputErrors(() => parseOverride(`companies=${b}`));
        onlyInputErrors(() => parseLever(`${a}=${b}`));
        return onlyInputErrors(() => parseLever(`ai-departments=${b}`));
      }),
      RUNS,
    );
  });

  it('a valid parse is never silently wrong: every accepted --set value is in range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer()), (x) => {
        try {
          const { value } = parseOverride(`tertiary-share=${x}`);
          return typeof value === 'number' && value >= 0 && value <= 1;
        } catch (err) {
          return err instanceof InputError;
        }
      }),
      RUNS,
    );
  });
});
