// Colour by any attribute or metric: categories with the categorical palette, numbers with a
// sequential scale, communities and components as groups, or the colours the file itself gave.
import { categoryOf, numberOf, type AttributeInfo, type NodeRecord } from './attributes.js';
import { groupByCommunity } from './communities.js';
import { categoricalScale, OTHER_GREY, sequentialScale, type GradientLegend, type LegendItem } from './palette.js';
import { midSentence } from '../words.js';

/** The colour mode that keeps each node's own colour from an imported file. */
export const AS_IN_FILE = 'file';

/** A colour mode's result: each node's colour, its legend line, and the legend (lines with counts, or a gradient). */
export interface ColorMapping {
  colorOf(id: string): string;
  /** The index of the node's legend line (categorical legends), or -1. */
  lineOf(id: string): number;
  readonly legend: { kind: 'categorical'; items: LegendItem[] } | { kind: 'gradient'; attribute: string; gradient: GradientLegend; missing: number };
}

export interface ColorContext {
  /** The spec's sectors in order with their colours (colour by sector keeps them) and labels (the legend shows them, not the ids). */
  readonly sectors?: readonly { id: string; colour: string; label?: string }[];
}

/** A categorical mapping from each node's category key. */
function byCategory(keys: Map<string, string | undefined>, ordered: { value: string; count: number; label?: string }[], fixed: ReadonlyMap<string, string>, missingLabel: string): ColorMapping {
  const scale = categoricalScale(ordered, fixed);
  const items = [...scale.legend];
  const line = new Map<string, number>();
  items.forEach((item, i) => item.values.forEach((v) => line.set(v, i)));
  const missing = [...keys.values()].filter((k) => k === undefined).length;
  if (missing) items.push({ label: missingLabel, color: OTHER_GREY, count: missing, values: [] });
  return {
    colorOf: (id) => scale.colorOf(keys.get(id)),
    lineOf: (id) => {
      if (!keys.has(id)) return -1;
      const k = keys.get(id);
      return k === undefined ? items.length - 1 : (line.get(k) ?? -1);
    },
    legend: { kind: 'categorical', items },
  };
}

/**
 * Colours the nodes by `mode`: `sector` (the spec's colours, its order), `community` / `component`
 * (largest first, the isolates one grey group), `file` (the file's own `color`), or any discovered
 * attribute (categorical: most frequent first; numeric: viridis over its range). Nodes without a
 * value are grey, counted on a legend line of their own.
 */
export function colorMapping(records: readonly NodeRecord[], mode: string, attributes: readonly AttributeInfo[], ctx: ColorContext = {}): ColorMapping {
  if (mode === AS_IN_FILE) {
    const keys = new Map(records.map((r) => [r.id, typeof r.attrs.color === 'string' && r.attrs.color !== '' ? r.attrs.color : undefined]));
    const counts = new Map<string, number>();
    for (const k of keys.values()) if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count }));
    // Every colour of the file is its own (none falls back to grey).
    return byCategory(keys, ordered, new Map(ordered.map((o) => [o.value, o.value])), 'no colour in the file');
  }
  if (mode === 'community' || mode === 'component') {
    const { groupOf, groups } = groupByCommunity(
      records.map((r) => ({ id: r.id, group: r.attrs[mode] as string | number | undefined, isolated: r.attrs.isolated === true || r.attrs.degree === 0 })),
      mode,
    );
    const keys = new Map(records.map((r) => [r.id, groupOf.get(r.id)]));
    return byCategory(keys, groups, new Map([['isolates', OTHER_GREY]]), `no ${mode}`);
  }
  const info = attributes.find((a) => a.name === mode);
  if (info?.kind === 'numeric') {
    const scale = sequentialScale(info.min, info.max);
    const values = new Map(records.map((r) => [r.id, numberOf(r.attrs, mode)]));
    return { colorOf: (id) => scale.colorOf(values.get(id)), lineOf: () => -1, legend: { kind: 'gradient', attribute: mode, gradient: scale.legend, missing: records.length - info.count } };
  }
  let ordered = info?.kind === 'categorical' ? info.values.map((v) => ({ ...v })) : [];
  const fixed = new Map<string, string>();
  if (mode === 'sector' && ctx.sectors) {
    const order = ctx.sectors.map((s) => s.id);
    ordered = ordered.sort((a, b) => (order.indexOf(a.value) + 1 || 1e9) - (order.indexOf(b.value) + 1 || 1e9));
    for (const s of ctx.sectors) fixed.set(s.id, s.colour);
    const label = new Map(ctx.sectors.map((s) => [s.id, s.label]));
    ordered = ordered.map((o) => ({ ...o, label: label.get(o.value) === undefined ? o.value : midSentence(label.get(o.value)!) }));
  }
  const keys = new Map(records.map((r) => [r.id, categoryOf(r.attrs, mode)]));
  return byCategory(keys, ordered, fixed, `no ${mode}`);
}

/**
 * The legend's counts over the nodes shown (the colours stay those of the whole network, so a
 * filter never repaints the nodes it keeps). A line whose nodes are all hidden stays, with 0.
 */
export function countShown(mapping: ColorMapping, records: readonly NodeRecord[], shown: (id: string) => boolean): LegendItem[] {
  if (mapping.legend.kind !== 'categorical') return [];
  const counts = mapping.legend.items.map(() => 0);
  for (const r of records) {
    if (!shown(r.id)) continue;
    const i = mapping.lineOf(r.id);
    if (i >= 0) counts[i]!++;
  }
  return mapping.legend.items.map((item, i) => ({ ...item, count: counts[i]! }));
}
