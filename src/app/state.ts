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
  /** Node attribute filters by attribute name (the spec's category and region attributes): value to keep. */
  attrs: Record<string, string>;
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
};

const num = (v: string | null, fallback: number, min: number, max: number) => {
  const x = v === null ? NaN : Number(v);
  return Number.isFinite(x) && x >= min && x <= max ? x : fallback;
};

/** Reads the state from a query string; anything missing or invalid falls back to the default. */
export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const list = (k: string) => (q.get(k) ? q.get(k)!.split(',').filter(Boolean) : null);
  // Attribute filters: `filter=ATTRIBUTE:VALUE,…` (the spec's category and region attributes).
  const attrs: Record<string, string> = {};
  for (const pair of list('filter') ?? []) {
    const i = pair.indexOf(':');
    if (i > 0 && /^[A-Za-z][A-Za-z0-9]*$/.test(pair.slice(0, i))) attrs[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return {
    spec: q.get('spec') ?? '',
    seed: Math.trunc(num(q.get('seed'), DEFAULT_STATE.seed, -2147483648, 2147483647)),
    scale: num(q.get('scale'), DEFAULT_STATE.scale, 0.05, 20),
    levers: list('levers') ?? [],
    t: num(q.get('t'), 0, 0, 1),
    color: q.get('color') ?? DEFAULT_STATE.color,
    size: q.get('size') ?? DEFAULT_STATE.size,
    node: q.get('node'),
    hideIsolates: q.get('isolates') === 'hide',
    giantOnly: q.get('giant') === '1',
    minDegree: Math.trunc(num(q.get('mindeg'), 0, 0, 1e6)),
    sectors: list('sectors'),
    attrs,
  };
}

/** Writes the state as a query string, leaving defaults out. */
export function writeState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.spec) q.set('spec', s.spec);
  if (s.seed !== DEFAULT_STATE.seed) q.set('seed', String(s.seed));
  if (s.scale !== DEFAULT_STATE.scale) q.set('scale', String(s.scale));
  if (s.levers.length) q.set('levers', s.levers.join(','));
  if (s.t) q.set('t', String(s.t));
  if (s.color !== DEFAULT_STATE.color) q.set('color', s.color);
  if (s.size !== DEFAULT_STATE.size) q.set('size', s.size);
  if (s.node) q.set('node', s.node);
  if (s.hideIsolates) q.set('isolates', 'hide');
  if (s.giantOnly) q.set('giant', '1');
  if (s.minDegree) q.set('mindeg', String(s.minDegree));
  if (s.sectors) q.set('sectors', s.sectors.join(','));
  const filters = Object.entries(s.attrs).filter(([, v]) => v !== '');
  if (filters.length) q.set('filter', filters.map(([k, v]) => `${k}:${v}`).join(','));
  const text = q.toString();
  return text ? `?${text}` : '';
}
