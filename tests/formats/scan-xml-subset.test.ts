// The fast XML path (scanXmlSubset) against saxes: never accepts what saxes refuses, never builds a different tree.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readGraph } from '../../src/formats/read/index.js';
import { parseXml, parseXmlSaxes, parseXmlTelling } from '../../src/formats/read/parse-xml.js';
import { scanXmlSubset } from '../../src/formats/read/scan-xml-subset.js';
import type { XmlElement, XmlParser } from '../../src/formats/read/xml.js';
import { materializeImportCases } from '../bad-inputs/import-cases.js';
import { dataText, ROOT } from '../helpers.js';
import { xmlFixtures } from './xml-fixtures.js';

interface Plain {
  name: string;
  local: string;
  attributes: [string, string][];
  text: string;
  line: number;
  column: number;
  children: Plain[];
}
/** An element as plain data: attributes in their order (a Map compares without order). */
function plain(el: XmlElement): Plain {
  return { name: el.name, local: el.local, attributes: [...el.attributes], text: el.text, line: el.line, column: el.column, children: el.children.map(plain) };
}

/** What a reader makes of a file with a given XML parser: the error message, or what it read. */
function outcome(bytes: Uint8Array | string, file: string, parser: XmlParser): string {
  try {
    const r = readGraph({ text: bytes, file }, parser);
    // Edge keys graphology makes up (geid_…) count graphs made so far: compare the edges without them.
    const { nodes, edges, attributes } = r.graph.export();
    return JSON.stringify({ attributes, nodes, edges: edges.map(({ source, target, attributes: a }) => ({ source, target, a })), report: r.report });
  } catch (err) {
    if (err instanceof InputError) return `InputError: ${err.message}`;
    throw err;
  }
}

/** The differential check: the fast path gives up, or saxes accepts the text and builds the same tree. */
function agrees(text: string): 'subset' | 'gave up' {
  const fast = scanXmlSubset(text);
  if (fast === undefined) return 'gave up';
  let slow: XmlElement;
  try {
    slow = parseXmlSaxes(text, 'f.xml');
  } catch (err) {
    throw new Error(`the fast path accepted text that saxes refuses (${(err as Error).message}): ${JSON.stringify(text.slice(0, 300))}`);
  }
  expect(plain(fast)).toStrictEqual(plain(slow));
  return 'subset';
}

describe('bad input: the malformed and hostile corpus reads exactly as before', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xml-corpus-'));
  materializeImportCases(dir, dataText('survey.json'));
  const files: [string, Uint8Array][] = [
    ...readdirSync(join(ROOT, 'tests/bad-inputs/files'))
      .filter((f) => /\.(graphml|gexf)$/.test(f))
      .map((f) => [f, readFileSync(join(ROOT, 'tests/bad-inputs/files', f))] as [string, Uint8Array]),
    ...readdirSync(dir)
      .filter((f) => /\.(graphml|gexf)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, f))] as [string, Uint8Array]),
  ];

  it('every XML file of the corpus (static and made at test time): the same message or the same graph', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const [file, bytes] of files) expect(outcome(bytes, file, parseXml), file).toBe(outcome(bytes, file, parseXmlSaxes));
  });

  const graphml = (body: string) => `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="undirected">\n${body}\n</graph></graphml>`;
  const malformed: [string, string][] = [
    ['20k unclosed tags', graphml('<n>'.repeat(20_000))],
    ['unclosed at the end', `<graphml>\n<graph>${'<n>'.repeat(2_000)}`],
    ['a mismatched close tag', '<gexf><graph><nodes><node id="a"></nodes></graph></gexf>'],
    ['cut inside a start tag', `<graphml><graph>${'<node id="a"/>'.repeat(1000)}<node id="b>`],
    ['billion laughs', `<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><graphml><graph><node id="&b;"/></graph></graphml>`],
    ['an external entity', `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]><gexf><graph><nodes><node id="&x;"/></nodes></graph></gexf>`],
    ['&#0;', graphml('<node id="a&#0;"/>')],
    ['&#x110000;', graphml('<node id="a">&#x110000;</node>')],
    ['&#xFFFE;', graphml('<node id="&#xFFFE;"/>')],
    ['&#X41; (upper-case X)', graphml('<node id="&#X41;"/>')],
    ['a raw U+0001', graphml('<node id="a\u0001"/>')],
    ['a raw U+000B in text', graphml('<node id="a">\u000b</node>')],
    ['a raw U+FFFF', graphml('<node id="a\uffff"/>')],
    ['a lone high surrogate', graphml('<node id="\ud800"/>')],
    ['a lone low surrogate in text', graphml('<node id="a">x\udc00</node>')],
    ['an undefined entity', graphml('<node id="&nbsp;"/>')],
    ['an entity without ;', graphml('<node id="a">&amp b</node>')],
    ['& alone', graphml('<node id="a & b"/>')],
    ['< in an attribute', graphml('<node id="a<b"/>')],
    ['a duplicate attribute', graphml('<node id="a" id="b"/>')],
    ['no space between attributes', graphml('<node id="a"label="b"/>')],
    ['an unquoted attribute', graphml('<node id=a/>')],
    ['an attribute without value', graphml('<node id/>')],
    ['/ not followed by >', graphml('<node id="a"/ >')],
    ['-- in a comment', graphml('<!-- a -- b -->')],
    ['---> ending a comment', graphml('<!-- a --->')],
    ['<!- not a comment', graphml('<!- a -->')],
    [']]> in text', graphml('<node id="a">x]]>y</node>')],
    ['CDATA', graphml('<node id="a"><![CDATA[x]]></node>')],
    ['a processing instruction', graphml('<?pi data?><node id="a"/>')],
    ['an XML declaration not at the start', ` <?xml version="1.0"?><graphml/>`],
    ['XML 1.1', '<?xml version="1.1"?><graphml/>'],
    ['a declaration without version', '<?xml encoding="UTF-8"?><graphml/>'],
    ['encoding before version', '<?xml encoding="UTF-8" version="1.0"?><graphml/>'],
    ['an empty encoding', '<?xml version="1.0" encoding=""?><graphml/>'],
    ['standalone=maybe', '<?xml version="1.0" standalone="maybe"?><graphml/>'],
    ['text before the root', 'x<graphml/>'],
    ['text after the root', '<graphml/>x'],
    ['an entity after the root', '<graphml/>&amp;'],
    ['a second root', '<graphml/><graphml/>'],
    ['no root', '<!-- nothing -->'],
    ['only white space', ' \n\t '],
    ['an empty text', ''],
    ['a close tag without an open one', '</graphml>'],
    ['</ name> with a space', '<graphml></ graphml>'],
    ['a name starting with a digit', '<1graphml/>'],
    ['a non-ASCII name', '<graphml><nœud id="a"/></graphml>'],
    ['CR LF line ends', '<graphml>\r\n<graph/>\r\n</graphml>'],
    ['a lone CR', '<graphml>\r<graph/></graphml>'],
    ['a byte-order mark', '\ufeff<graphml/>'],
  ];

  for (const [what, text] of malformed)
    it(`${what}: the fast path gives up, the message (or tree) is saxes'`, () => {
      expect(scanXmlSubset(text)).toBeUndefined();
      let before: string;
      try {
        before = JSON.stringify(plain(parseXmlSaxes(text, 'm.graphml')));
      } catch (err) {
        before = (err as Error).message;
      }
      let now: string;
      try {
        now = JSON.stringify(plain(parseXml(text, 'm.graphml')));
      } catch (err) {
        now = (err as Error).message;
      }
      expect(now).toBe(before);
    });
});

describe('known answers: the tree saxes builds', () => {
  it('names, prefixes, attributes in order, text with references, places of start tags', () => {
    const text = `<?xml version='1.0' encoding='utf-8' standalone='no'?>\n<!-- c -->\n<g:root a="1"\tb = 'x&amp;y'\n c="tab\there&#9;kept&#10;line\nfed">\n  t&lt;1&gt;<x:y:z/>😀<n\n id="2">&#x1F600;&#65;</n><!----><m/>😀<p/>\n</g:root >\n<!-- end -->\n`;
    const root = parseXmlTelling(text, 'k.xml');
    expect(root.reader).toBe('subset');
    expect(plain(root.root)).toEqual({
      name: 'g:root',
      local: 'root',
      attributes: [
        ['a', '1'],
        ['b', 'x&y'],
        ['c', 'tab here\tkept\nline fed'],
      ],
      text: '\n  t<1>😀😀\n',
      line: 3,
      column: 1,
      children: [
        { name: 'x:y:z', local: 'y:z', attributes: [], text: '', line: 6, column: 13, children: [] },
        // A line feed right after the name: the saxes path places the tag on the next line, column 1.
        { name: 'n', local: 'n', attributes: [['id', '2']], text: '😀A', line: 7, column: 1, children: [] },
        // Columns count code points (😀 is one column), as saxes counts them.
        { name: 'm', local: 'm', attributes: [], text: '', line: 7, column: 34, children: [] },
        { name: 'p', local: 'p', attributes: [], text: '', line: 7, column: 39, children: [] },
      ],
    });
    expect(agrees(text)).toBe('subset');
  });
});

/** Documents from a grammar of XML around the subset's edges: mostly valid with the nasty cases mixed in, or (`clean`) valid pieces only. */
function xmlDocuments(clean = false): fc.Arbitrary<string> {
  const often = <T,>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => (clean ? good : fc.oneof({ arbitrary: good, weight: 30 }, { arbitrary: bad, weight: 1 }));
  const name = often(
    fc.constantFrom('a', 'node', 'data', 'graphml', 'y:ShapeNode', 'viz:size', '_x.1-2', 'A9', ':x', 'a:', 'a:b:c'),
    fc.constantFrom('nœud', 'é', '1bad', '-x', 'a\u00b7b', 'x\u0300', 'a\u2028'),
  );
  const space = often(fc.constantFrom(' ', '  ', '\t', '\n', ' \n\t '), fc.constantFrom('', '\r\n', '\r', '\u00a0', '\u2028'));
  const optSpace = fc.oneof(fc.constant(''), space);
  const chunk = often(
    fc.constantFrom('x', 'hospital', '1.5', ' ', '\t', '\n', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#10;', '&#x9;', '&#13;', '&#65;', '&#x1F600;', '&#x1f600;', '😀', 'é', '>', ']', ']]', '\u0085', '\u2028', '-', '--'),
    fc.constantFrom('&#0;', '&#xD800;', '&#xFFFE;', '&#X41;', '&#x;', '&#;', '&nbsp;', '&amp', '&', '<', ']]>', '\ud800', '\udc00', '\u0001', '\uffff', '\r', '\r\n', '&#1114112;', '&#99999999999999999999;'),
  );
  const chunks = fc.array(chunk, { maxLength: 4 }).map((a) => a.join(''));
  const attribute = fc
    .tuple(often(space, fc.constant('')), name, optSpace, optSpace, fc.constantFrom('"', "'"), chunks, often(fc.constant('='), fc.constantFrom("'\"", '')))
    .map(([s, n, s1, s2, q, v, close]) => `${s}${n}${s1}=${s2}${q}${v.replace(q === '"' ? /"/g : /'/g, '')}${close === '=' ? q : close}`);
  const misc = often(
    fc.constantFrom('<!-- c -->', '<!---->', '<!--->-->', '<!-- a - b -->', '<!--\n-->', ' ', '\n'),
    fc.constantFrom('<!-- a -- b -->', '<!-- a --->', '<!- x -->', '<?pi x?>', '<?xml version="1.0"?>', '<!DOCTYPE x>', '<![CDATA[c]]>', 'text', '&amp;', '</x>'),
  );
  const element: fc.Memo<string> = fc.memo((depth) => {
    const content = depth <= 1 ? fc.array(fc.oneof(chunks, misc), { maxLength: 3 }) : fc.array(fc.oneof({ arbitrary: element(depth - 1), weight: 2 }, chunks, misc), { maxLength: 4 });
    return fc
      .tuple(name, fc.array(attribute, { maxLength: 3 }), optSpace, fc.boolean(), content, often(fc.constantFrom('', ' ', '\n', '\t \n'), fc.constantFrom('x', ' x')), often(fc.constant(true), fc.constant(false)), fc.constantFrom('/>', '/>', ' />', '/ >', '>'))
      .map(([n, attrs, s, empty, kids, closeSpace, matched, slash]) =>
        empty ? `<${n}${attrs.join('')}${s}${slash}` : `<${n}${attrs.join('')}${s}>${kids.join('')}</${matched ? n : `${n}x`}${closeSpace}>`,
      );
  });
  const declaration = often(
    fc.constantFrom('', '<?xml version="1.0"?>', "<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>', '<?xml  version = "1.0"\n?>'),
    fc.constantFrom('<?xml version="1.1"?>', '<?xml?>', '<?xml version="1.0" standalone="yes" encoding="UTF-8"?>', '<?xml version="1.0" encoding="8bit"?>', '<?XML version="1.0"?>', ' <?xml version="1.0"?>', '\ufeff<?xml version="1.0"?>', '<?xml version="1.0"??>'),
  );
  return fc
    .tuple(declaration, fc.array(misc, { maxLength: 2 }), element(4), fc.array(misc, { maxLength: 2 }), often(fc.constant(''), fc.constantFrom('<b/>', 'x', '\r\n')))
    .map(([d, before, root, after, tail]) => d + before.join('') + root + after.join('') + tail);
}

/** A document with 1–2 random edits: text inserted (nasty or harmless), a range deleted, a character replaced. */
function edited(docs: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const nasty = fc.oneof(
    // Harmless edits too, so that edited files are also read by the fast path and compared.
    { arbitrary: fc.constantFrom('x', ' ', '7', 'é', '\n', 'Zürich', '😀', '&amp;', '&#233;'), weight: 4 },
    // Faults, each alone enough to make saxes refuse the file (where it lands in text).
    { arbitrary: fc.constantFrom('--', ']]>', ' ]]> ', '\r', '&', '&#0;', '&#xFFFE;', '&bogus;', '<', '\u0000', '\ud800', '\uffff', '<?x?>', '<![CDATA[x]]>', '<!DOCTYPE a>', '</a>', '<a>'), weight: 4 },
    fc.constantFrom('<!--', '-->', '&#x41;', '&lt;', '>', '"', "'", '/>', '=', ' ', '\t', ':', ' a="1"', '</'),
    fc.string({ maxLength: 6, unit: 'binary' }),
  );
  // Anywhere in the file (unbiased: small numbers would put most edits before the XML declaration).
  const place = fc.noBias(fc.integer({ min: 0, max: 1_000_000_000 }));
  const edit = fc.oneof(
    fc.tuple(place, nasty).map(([at, s]) => (t: string) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + s + t.slice(i);
    }),
    fc.tuple(place, fc.integer({ min: 1, max: 12 })).map(([at, k]) => (t: string) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + t.slice(i + k);
    }),
    fc.tuple(place, nasty).map(([at, s]) => (t: string) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + s.slice(0, 1) + t.slice(i + 1);
    }),
  );
  return fc.tuple(docs, fc.array(edit, { minLength: 1, maxLength: 2 })).map(([doc, edits]) => edits.reduce((t, e) => e(t), doc));
}

/** Real files (NetworkX, Gephi, graphology, igraph, yEd, ours) under 60 kB. */
const realFiles = () =>
  fc.constantFrom(
    ...xmlFixtures()
      .map(([, text]) => text)
      .filter((t) => t.length < 60_000),
  );

describe('differential: the fast path builds the tree saxes builds, or gives up', () => {
  it('documents from a grammar with the nasty cases (DOCTYPE, CDATA, PIs, CR, bad characters, --, ]]>, entities, mismatched tags, …)', () => {
    const taken = { subset: 0, 'gave up': 0 };
    fc.assert(
      fc.property(xmlDocuments(), (doc) => {
        taken[agrees(doc)]++;
      }),
      { numRuns: 1500, seed: 15_001 },
    );
    // Both sides exercised: the check is not vacuous.
    expect(taken.subset).toBeGreaterThan(150);
    expect(taken['gave up']).toBeGreaterThan(150);
  });

  it('valid documents of the grammar with one or two random edits (one fault at a time: ]]> in text, a character outside the BMP before a tag, …)', () => {
    const taken = { subset: 0, 'gave up': 0 };
    fc.assert(
      fc.property(edited(xmlDocuments(true)), (doc) => {
        taken[agrees(doc)]++;
      }),
      { numRuns: 2000, seed: 15_003 },
    );
    expect(taken.subset).toBeGreaterThan(100);
    expect(taken['gave up']).toBeGreaterThan(150);
  });

  it('random edits of real files (NetworkX, Gephi, graphology, igraph, yEd, ours)', () => {
    const taken = { subset: 0, 'gave up': 0 };
    fc.assert(
      fc.property(edited(realFiles()), (doc) => {
        taken[agrees(doc)]++;
      }),
      { numRuns: 400, seed: 15_002 },
    );
    expect(taken.subset).toBeGreaterThan(40);
    expect(taken['gave up']).toBeGreaterThan(40);
  });
});

describe('the fast path is taken on graph files', () => {
  for (const [name, text] of xmlFixtures())
    it(`${name}: read by the scanner, the same tree as saxes`, () => {
      const { root, reader } = parseXmlTelling(text, name);
      expect(reader).toBe('subset');
      expect(plain(root)).toStrictEqual(plain(parseXmlSaxes(text, name)));
    });
});
