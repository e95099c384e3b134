import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, readState, writeState } from '../../src/app/state.js';

const KNOWN = { specs: ['paper'], levers: ['a'], attributes: [], colors: ['sector'], sizes: ['degree'], charts: ['giant_share', 'edges'] };
const read = (q: string) => readState(q, KNOWN);

describe('URL state: runs, chart, camera, unapplied t', () => {
  it('bad values are dropped with a note each', () => {
    const { state, notes } = read('?runs=1&chart=bogus&cam=1,2&tnext=2');
    expect(state).toEqual({ ...DEFAULT_STATE, camera: null });
    expect(notes).toEqual([
      'runs="1": expected an integer in [2, 200] (ignored)',
      'chart="bogus": expected one of giant_share, edges (ignored)',
      'cam="1,2": expected X,Y,RATIO (numbers; ratio in (0, 100]) (ignored)',
      'tnext="2": expected a decimal number in [0, 1] (ignored)',
    ]);
    expect(read('?cam=0.5,0.5,0').notes).toHaveLength(1);
    expect(read('?cam=a,b,c').notes).toHaveLength(1);
  });

  it('round-trips runs, chart figure (a key figure or a TVD), camera, applied and unapplied t', () => {
    const s = { ...DEFAULT_STATE, levers: ['a'], t: 0.5, tNext: 0.8, runs: 5, chart: 'edges', camera: { x: 0.6, y: 0.45, ratio: 0.4 } };
    const q = writeState(s);
    expect(q).toContain('tnext=0.8');
    expect(decodeURIComponent(q)).toContain('cam=0.6,0.45,0.4');
    const back = read(q);
    expect(back.notes).toEqual([]);
    expect(back.state).toEqual(s);
    expect(read('?chart=fit.tvd.hospital-company.hospital').state.chart).toBe('fit.tvd.hospital-company.hospital');
  });

  it('an unapplied t equal to the applied one is not written', () => {
    expect(writeState({ ...DEFAULT_STATE, t: 0.5, tNext: 0.5 })).toBe('?t=0.5');
  });
});
