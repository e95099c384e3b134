import type Graph from 'graphology';
import type { NodeRow } from '../../metrics/index.js';
import { categoryColor, OTHER_COLOR } from '../palette.js';
import type { LegendEntry } from '../store.js';

/** What a colouring gives the view: a colour per node, and its legend (with counts). */
export interface Coloring {
  colors: Map<string, string>;
  legend: LegendEntry[];
}

/** What colour rules read: the graph, the metrics rows per node, the spec's sectors (id and colour, in order). */
export interface ColorInput {
  graph: Graph;
  rows: ReadonlyMap<string, NodeRow>;
  sectors: readonly { id: string; colour: string }[];
}

/** The legend shows this many classes; the rest share one grey entry. */
const SHOWN = 15;

/**
 * Colours nodes by a categorical mode: `sector` (the spec's colours), `community`, `component`
 * (isolates grey), or any node attribute. Classes are ranked by size (sectors in the spec's order).
 */
export function colorBy(mode: string, { graph, rows, sectors }: ColorInput): Coloring {
  const key = (n: string): string => {
    const a = graph.getNodeAttributes(n);
    const row = rows.get(n);
    if (mode === 'sector') return String(a.sector ?? 'no sector');
    if (mode === 'community') return `community ${row?.community ?? '?'}`;
    if (mode === 'component') return row?.isolated ? 'isolate' : `component ${row?.component ?? '?'}`;
    // A node attribute of the spec (whatever the spec declares).
    return a[mode] !== undefined && a[mode] !== null ? String(a[mode]) : a.sector ? `${String(a.sector)} (no ${mode})` : `no ${mode}`;
  };
  const keys = new Map<string, string>();
  const counts = new Map<string, number>();
  graph.forEachNode((n) => {
    const k = key(n);
    keys.set(n, k);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const known = sectors.map((s) => s.id);
  const sectorColour = new Map(sectors.map((s) => [s.id, s.colour]));
  const ranked = [...counts.entries()].sort((a, b) =>
    mode === 'sector' ? (known.indexOf(a[0]) + 1 || 99) - (known.indexOf(b[0]) + 1 || 99) : a[0] === 'isolate' ? 1 : b[0] === 'isolate' ? -1 : b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  const classColor = new Map<string, string>();
  ranked.forEach(([k], i) => classColor.set(k, mode === 'sector' ? (sectorColour.get(k) ?? OTHER_COLOR) : k === 'isolate' ? OTHER_COLOR : categoryColor(i)));
  const colors = new Map<string, string>();
  for (const [n, k] of keys) colors.set(n, classColor.get(k)!);
  const shown = ranked.slice(0, SHOWN).map(([label, count]) => ({ label, color: classColor.get(label)!, count }));
  const rest = ranked.slice(SHOWN).reduce((s, [, c]) => s + c, 0);
  return { colors, legend: rest ? [...shown, { label: `${ranked.length - SHOWN} more`, color: OTHER_COLOR, count: rest }] : shown };
}
