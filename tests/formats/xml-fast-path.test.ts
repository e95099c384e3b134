// The fast XML path is what readGraph (the CLI's and the explorer's reader) actually takes on graph
// files: with saxes replaced by a parser that throws, they still read; malformed text still reaches saxes.
import { describe, expect, it, vi } from 'vitest';
import { readGraph } from '../../src/formats/read/index.js';
import { xmlFixtures } from './xml-fixtures.js';

vi.mock('saxes', () => ({
  SaxesParser: class {
    constructor() {
      throw new Error('saxes was used');
    }
  },
}));

describe('readGraph never falls back to saxes on graph files', () => {
  it('bad input still goes to saxes (the mock is in place)', () => {
    expect(() => readGraph({ text: '<graphml><graph><node id="a"></graph></graphml>', file: 'bad.graphml' })).toThrow('saxes was used');
  });

  for (const [name, text] of xmlFixtures())
    it(`${name} is read without saxes`, () => {
      const { graph } = readGraph({ text, file: name });
      expect(graph.order).toBeGreaterThan(0);
    });

  it('the baseline network, from bytes, as the CLI reads it', async () => {
    const { generateNetwork } = await import('../../src/generator/index.js');
    const { toGexf, toGraphml } = await import('../../src/formats/index.js');
    const { model } = await import('../helpers.js');
    const { graph } = generateNetwork(model({}, 1), { seed: 1 });
    for (const [file, text] of [
      ['baseline.graphml', toGraphml(graph)],
      ['baseline.gexf', toGexf(graph)],
    ] as const) {
      const r = readGraph({ text: new TextEncoder().encode(text), file });
      expect(r.graph.order).toBe(graph.order);
      expect(r.graph.size).toBe(graph.size);
    }
  });
});
