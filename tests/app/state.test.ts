import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, dropAbsent, readState, writeState } from '../../src/app/state.js';
import { paperSpec } from '../helpers.js';

const LEVER_NAMES = paperSpec().levers.map((l) => l.id);
const KNOWN = { specs: ['paper', 'other'], levers: LEVER_NAMES, attributes: ['tier', 'province'], colors: ['sector', 'community', 'component', 'tier', 'province'], sizes: ['degree', 'betweenness'] };
const read = (q: string) => readState(q, KNOWN);

describe('readState', () => {
  it('drops unknown, malformed and out-of-range values with a note each, and keeps the rest', () => {
    const { state, notes } = read('?levers=bogus,__proto__,clinician-engagement&t=7&seed=0x10&scale=999&color=%3Cscript%3E&size=betweenness&mindeg=-1&isolates=maybe&giant=2&__proto__=1&spec=nope&filter=__proto__:x,tier:tertiary');
    expect(state).toEqual({ ...DEFAULT_STATE, levers: ['clinician-engagement'], size: 'betweenness', attrs: { tier: 'tertiary' } });
    expect(notes).toEqual([
      expect.stringMatching(/^levers="bogus": not a lever; known: clinician-engagement, .* \(ignored\)$/),
      expect.stringMatching(/^levers="__proto__": not a lever/),
      't="7": expected a decimal number in [0, 1] (ignored)',
      'seed="0x10": expected an integer in [-2147483648, 2147483647] (ignored)',
      'scale="999": expected a decimal number in [0.05, 20] (ignored)',
      'color="<script>": expected one of sector, community, component, tier, province (ignored)',
      'mindeg="-1": expected an integer in [0, 1000000] (ignored)',
      'isolates="maybe": expected hide or show (ignored)',
      'giant="2": expected 1 or 0 (ignored)',
      '"__proto__": not a setting of this page (ignored)',
      'spec="nope": not a spec of this page; known: paper, other (ignored)',
      'filter="__proto__:x": expected ATTRIBUTE:VALUE with an attribute of the spec (tier, province) (ignored)',
    ]);
  });

  it('refuses numbers that are not plain decimals, and non-integer seeds', () => {
    for (const q of ['seed=1.5', 'seed=Infinity', 'seed=', 'seed=%201e400', 't=NaN', 't=-0.1', 'scale=0', 'scale=1e2', 'mindeg=2.5']) {
      const { state, notes } = read(`?${q}`);
      expect(notes, q).toHaveLength(1);
      expect(state, q).toEqual(DEFAULT_STATE);
    }
  });

  it('keeps the first of a repeated setting and cuts long values in notes', () => {
    const { state, notes } = read(`?seed=2&seed=3&levers=${'x'.repeat(500)}`);
    expect(state.seed).toBe(2);
    expect(notes[0]).toBe('seed="3": seed given again; the first one is kept (ignored)');
    expect(notes[1]!.length).toBeLessThan(300);
  });

  it('reads what writeState writes', () => {
    const s = { ...DEFAULT_STATE, seed: -5, scale: 0.25, levers: ['ai-departments', 'clinician-engagement'], t: 0.35, color: 'tier', size: 'betweenness', node: 'H0001', hideIsolates: true, giantOnly: true, minDegree: 2, sectors: ['hospital'], attrs: { tier: 'tertiary', province: 'P01' }, spec: 'other' };
    expect(read(writeState(s))).toEqual({ state: s, notes: [] });
    expect(writeState(DEFAULT_STATE)).toBe('');
  });

  it('a deep zoom survives the URL: the camera ratio keeps its significant digits (never written as 0, which reading drops)', () => {
    for (const ratio of [0.00001, 1.234e-7, 1e-300, 0.5, 100]) {
      const s = { ...DEFAULT_STATE, camera: { x: 0.1234, y: -3, ratio } };
      expect(read(writeState(s))).toEqual({ state: s, notes: [] });
    }
  });
});

describe('dropAbsent', () => {
  const values: Record<string, Set<string>> = { tier: new Set(['tertiary']), province: new Set(['P01']) };
  const network = { hasNode: (id: string) => id === 'H0001', sectors: new Set(['hospital', 'company']), values: (name: string) => values[name] ?? new Set<string>() };

  it('drops the node, sectors and attribute values a network lacks, with a note each', () => {
    const { state, notes } = dropAbsent({ ...DEFAULT_STATE, node: '<b>', sectors: ['hospital', 'x'], attrs: { tier: '__proto__', province: 'constructor' } }, network);
    expect(state).toEqual({ ...DEFAULT_STATE, sectors: ['hospital'] });
    expect(notes).toEqual([
      'node="<b>": no such node in this network (ignored)',
      'sectors="x": no such sector in this network (ignored)',
      'filter="tier:__proto__": no such tier in this network (ignored)',
      'filter="province:constructor": no such province in this network (ignored)',
    ]);
  });

  it('keeps what the network holds; no sectors left means no sector filter', () => {
    expect(dropAbsent({ ...DEFAULT_STATE, node: 'H0001', attrs: { tier: 'tertiary', province: 'P01' } }, network)).toEqual({ state: { ...DEFAULT_STATE, node: 'H0001', attrs: { tier: 'tertiary', province: 'P01' } }, notes: [] });
    expect(dropAbsent({ ...DEFAULT_STATE, sectors: ['x'] }, network).state.sectors).toBeNull();
  });
});
