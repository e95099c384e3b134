/** The explorer's shareable state, kept in the URL query string. */
export interface ViewState {
  /** The bundled spec shown ('' = the built-in one). */
  spec: string;
  seed: number;
  scale: number;
  levers: string[];
  t: number;
  color: string;
  size: string;
  node: string | null;
  hideIsolates: boolean;
  giantOnly: boolean;
  minDegree: number;
  sectors: string[] | null;
  /** Node attribute filters by attribute name (the spec's category and region attributes): the value to keep. */
  attrs: Record<string, string>;
  /** Networks per compare and per sweep step. */
  runs: number;
  /** The figure the sweep chart shows ('' = the spec's first key figure). */
  chart: string;
  /** Where the camera looks (Sigma's framed coordinates and zoom ratio); null = the whole network. */
  camera: { x: number; y: number; ratio: number } | null;
  /** A t set on the slider but not applied yet (null: none); `t` is the t of the network on screen. */
  tNext: number | null;
}

export const DEFAULT_STATE: ViewState = {
  spec: '',
  seed: 1,
  scale: 1,
  levers: [],
  t: 0,
  color: 'sector',
  size: 'degree',
  node: null,
  hideIsolates: false,
  giantOnly: false,
  minDegree: 0,
  sectors: null,
  attrs: {},
  runs: 12,
  chart: '',
  camera: null,
  tNext: null,
};

/** The values a URL may name that only the page knows: specs, lever names, colour and size modes, filterable attributes. */
export interface KnownValues {
  /** Bundled spec names; the first is the built-in one. */
  specs: readonly string[];
  levers: readonly string[];
  attributes: readonly string[];
  colors: readonly string[];
  sizes: readonly string[];
  /** Figures the sweep chart may show (any when absent). */
  charts?: readonly string[];
}

/** What the URL said that could not be used, one line each, e.g. `levers=bogus: not a lever (ignored)`. */
export type StateNotes = string[];

const PARAMS = ['spec', 'seed', 'scale', 'levers', 't', 'tnext', 'color', 'size', 'node', 'isolates', 'giant', 'mindeg', 'sectors', 'filter', 'runs', 'chart', 'cam'] as const;
const RUNS = [2, 200] as const;
const SCALE = [0.05, 20] as const;
const SEED = [-2147483648, 2147483647] as const;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A value as the note shows it: quoted, and cut at 60 characters. */
export function quoteValue(v: string): string {
  return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
}

/** Comma-separated items, without empty ones or repeats. */
const items = (v: string) => [...new Set(v.split(',').map((x) => x.trim()).filter(Boolean))];

/**
 * Reads the state from a query string. Anything missing falls back to the default; anything unknown,
 * malformed or out of range is dropped and named in the notes, and the rest of the state still applies.
 * Values only a network can confirm (node, sectors, attribute filters) are checked by `dropAbsent`.
 */
export function readState(search: string, known: KnownValues): { state: ViewState; notes: StateNotes } {
  const q = new URLSearchParams(search);
  const notes: StateNotes = [];
  const state: ViewState = { ...DEFAULT_STATE, levers: [], attrs: {}, camera: null };
  const seen = new Set<string>();
  const drop = (k: string, v: string, why: string) => notes.push(`${k}=${quoteValue(v)}: ${why} (ignored)`);
  const number = (k: string, v: string, [min, max]: readonly [number, number], integer: boolean): number | null => {
    const x = DECIMAL.test(v.trim()) ? Number(v) : NaN;
    if (Number.isFinite(x) && x >= min && x <= max && (!integer || Number.isInteger(x))) return x;
    drop(k, v, `expected ${integer ? 'an integer' : 'a decimal number'} in [${min}, ${max}]`);
    return null;
  };
  for (const [k, v] of q) {
    if (!(PARAMS as readonly string[]).includes(k)) {
      notes.push(`${quoteValue(k)}: not a setting of this page (ignored)`);
      continue;
    }
    if (seen.has(k)) {
      drop(k, v, `${k} given again; the first one is kept`);
      continue;
    }
    seen.add(k);
    switch (k as (typeof PARAMS)[number]) {
      case 'spec':
        if (known.specs.includes(v)) state.spec = v === known.specs[0] ? '' : v;
        else drop(k, v, `not a spec of this page; known: ${known.specs.join(', ')}`);
        break;
      case 'seed':
        state.seed = number(k, v, SEED, true) ?? state.seed;
        break;
      case 'scale':
        state.scale = number(k, v, SCALE, false) ?? state.scale;
        break;
      case 't':
        state.t = number(k, v, [0, 1], false) ?? state.t;
        break;
      case 'tnext':
        state.tNext = number(k, v, [0, 1], false);
        break;
      case 'runs':
        state.runs = number(k, v, RUNS, true) ?? state.runs;
        break;
      case 'chart':
        if (!known.charts || known.charts.includes(v) || /^fit\.tvd\.[\w.-]+$/.test(v)) state.chart = v;
        else drop(k, v, `expected one of ${known.charts.join(', ')}`);
        break;
      case 'cam': {
        // `cam=X,Y,RATIO`: where the camera looks, in Sigma's framed coordinates.
        const parts = v.split(',');
        const [x, y, ratio] = parts.map((p) => (DECIMAL.test(p.trim()) ? Number(p) : NaN));
        if (parts.length === 3 && [x, y].every((c) => Number.isFinite(c) && Math.abs(c!) <= 100) && ratio! > 0 && ratio! <= 100) state.camera = { x: x!, y: y!, ratio: ratio! };
        else drop(k, v, 'expected X,Y,RATIO (numbers; ratio in (0, 100])');
        break;
      }
      case 'mindeg':
        state.minDegree = number(k, v, [0, 1e6], true) ?? state.minDegree;
        break;
      case 'levers':
        for (const l of items(v)) {
          if (known.levers.includes(l)) state.levers.push(l);
          else drop(k, l, `not a lever; known: ${known.levers.join(', ')}`);
        }
        break;
      case 'color':
      case 'size': {
        const modes = k === 'color' ? known.colors : known.sizes;
        if (modes.includes(v)) {
          if (k === 'color') state.color = v;
          else state.size = v;
        } else drop(k, v, `expected one of ${modes.join(', ')}`);
        break;
      }
      case 'node':
        if (v) state.node = v;
        break;
      case 'isolates':
        if (v === 'hide' || v === 'show') state.hideIsolates = v === 'hide';
        else drop(k, v, 'expected hide or show');
        break;
      case 'giant':
        if (v === '1' || v === '0') state.giantOnly = v === '1';
        else drop(k, v, 'expected 1 or 0');
        break;
      case 'sectors':
        state.sectors = items(v);
        break;
      case 'filter':
        // `filter=ATTRIBUTE:VALUE,…`, the spec's category and region attributes.
        for (const item of items(v)) {
          const i = item.indexOf(':');
          const name = i > 0 ? item.slice(0, i) : '';
          if (known.attributes.includes(name)) state.attrs[name] = item.slice(i + 1);
          else drop(k, item, `expected ATTRIBUTE:VALUE with an attribute of the spec (${known.attributes.join(', ') || 'none'})`);
        }
        break;
    }
  }
  return { state, notes };
}

/** What a network holds, for `dropAbsent`. */
export interface NetworkValues {
  hasNode(id: string): boolean;
  sectors: ReadonlySet<string>;
  /** The values a node attribute takes in the network. */
  values(attribute: string): ReadonlySet<string>;
}

/** Drops the node, sectors and attribute filter values the network does not hold; notes say which (for values that came from the URL). */
export function dropAbsent(state: ViewState, network: NetworkValues): { state: ViewState; notes: StateNotes } {
  const notes: StateNotes = [];
  const next = { ...state };
  if (next.node !== null && !network.hasNode(next.node)) {
    notes.push(`node=${quoteValue(next.node)}: no such node in this network (ignored)`);
    next.node = null;
  }
  if (next.sectors) {
    const absent = next.sectors.filter((s) => !network.sectors.has(s));
    for (const s of absent) notes.push(`sectors=${quoteValue(s)}: no such sector in this network (ignored)`);
    const kept = next.sectors.filter((s) => network.sectors.has(s));
    next.sectors = kept.length ? kept : null;
  }
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(next.attrs)) {
    if (value === '') continue;
    // A range (`2..5`) is checked against the attribute's numbers by the view (decodeFilters); a list (`a|b`) keeps its values the network has.
    const kept = value.includes('..') ? value : value.split('|').filter((v) => network.values(name).has(v)).join('|');
    if (kept) attrs[name] = kept;
    else notes.push(`filter=${quoteValue(`${name}:${value}`)}: no such ${name} in this network (ignored)`);
  }
  next.attrs = attrs;
  return { state: next, notes };
}

/** Writes the state as a query string, leaving defaults out. */
export function writeState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.spec) q.set('spec', s.spec);
  if (s.seed !== DEFAULT_STATE.seed) q.set('seed', String(s.seed));
  if (s.scale !== DEFAULT_STATE.scale) q.set('scale', String(s.scale));
  if (s.levers.length) q.set('levers', s.levers.join(','));
  if (s.t) q.set('t', String(s.t));
  if (s.tNext !== null && s.tNext !== s.t) q.set('tnext', String(s.tNext));
  if (s.color !== DEFAULT_STATE.color) q.set('color', s.color);
  if (s.size !== DEFAULT_STATE.size) q.set('size', s.size);
  if (s.node) q.set('node', s.node);
  if (s.hideIsolates) q.set('isolates', 'hide');
  if (s.giantOnly) q.set('giant', '1');
  if (s.minDegree) q.set('mindeg', String(s.minDegree));
  if (s.sectors) q.set('sectors', s.sectors.join(','));
  const filters = Object.entries(s.attrs).filter(([, v]) => v !== '');
  if (filters.length) q.set('filter', filters.map(([k, v]) => `${k}:${v}`).join(','));
  if (s.runs !== DEFAULT_STATE.runs) q.set('runs', String(s.runs));
  if (s.chart) q.set('chart', s.chart);
  // x and y to 4 decimals; the ratio to 4 significant digits (a deep zoom's 0.00001 must not become 0, which no URL may hold).
  if (s.camera) q.set('cam', [Number(s.camera.x.toFixed(4)), Number(s.camera.y.toFixed(4)), Number(s.camera.ratio.toPrecision(4))].join(','));
  const text = q.toString();
  return text ? `?${text}` : '';
}
