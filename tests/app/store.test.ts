import { describe, expect, it } from 'vitest';
import { specView } from '../../src/app/network.js';
import { createStore, initialState, selectNode, setView, switchSpec } from '../../src/app/store.js';
import { DEFAULT_STATE } from '../../src/app/state.js';

describe('store', () => {
  it('a reducer that returns the same state tells no one', () => {
    const store = createStore({ n: 1 });
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.n));
    store.update((s) => s);
    expect(seen).toEqual([]);
  });

  it('tells listeners the new and the previous state; an update asked for by a listener runs after everyone was told', () => {
    const store = createStore({ n: 0 });
    const log: string[] = [];
    store.subscribe((s, p) => {
      log.push(`a ${p.n}→${s.n}`);
      if (s.n === 1) store.update((x) => ({ n: x.n + 1 }));
    });
    store.subscribe((s, p) => log.push(`b ${p.n}→${s.n}`));
    store.update((s) => ({ n: s.n + 1 }));
    expect(log).toEqual(['a 0→1', 'b 0→1', 'a 1→2', 'b 1→2']);
    expect(store.get().n).toBe(2);
  });

  it('unsubscribing stops the calls', () => {
    const store = createStore({ n: 0 });
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.update(() => ({ n: 1 }));
    off();
    store.update(() => ({ n: 2 }));
    expect(calls).toBe(1);
  });

  it('reducers are pure: the old state is untouched', () => {
    const s0 = initialState(specView(), { ...DEFAULT_STATE, levers: ['x'], attrs: {} });
    const s1 = selectNode(s0, 'C001');
    expect(s1.view.node).toBe('C001');
    expect(s0.view.node).toBeNull();
    expect(selectNode(s1, 'C001')).toBe(s1);
    const s2 = setView(s1, { color: 'community' });
    expect(s2.view).not.toBe(s1.view);
    expect(s1.view.color).toBe('sector');
    const s3 = switchSpec(s2, specView('regional-innovation'), false);
    expect(s3.view).toMatchObject({ spec: 'regional-innovation', node: null, levers: [], color: 'sector' });
    expect(s2.view.levers).toEqual(['x']);
  });
});
