// Attribute filters as the URL and the view state hold them: attribute → text. A categorical filter
// is its values joined by "|" ("tertiary|secondary"); a numeric one a range "min..max" (either end
// may be left out: "2..", "..10").
import type { AttributeInfo } from '../appearance/index.js';
import type { AttributeFilter } from './predicates.js';

const RANGE = /^\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)?\s*\.\.\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)?\s*$/i;

/** A filter as text (see the file comment). */
export function encodeFilter(f: AttributeFilter): string {
  return f.kind === 'categorical' ? f.values.join('|') : `${f.min ?? ''}..${f.max ?? ''}`;
}

/**
 * Reads the state's filters against the network's attributes. Returns the filters, and a note for
 * each entry that cannot apply (an attribute the nodes lack, a value none has, a range that is no
 * range), which is dropped.
 */
export function decodeFilters(attrs: Readonly<Record<string, string>>, attributes: readonly AttributeInfo[]): { filters: AttributeFilter[]; notes: string[] } {
  const filters: AttributeFilter[] = [];
  const notes: string[] = [];
  for (const [name, text] of Object.entries(attrs)) {
    if (text === '') continue;
    const info = attributes.find((a) => a.name === name);
    const shown = JSON.stringify(`${name}:${text}`.slice(0, 60));
    if (!info || info.kind === 'text') {
      notes.push(`filter=${shown}: no node of this network has ${info ? 'categories of ' : ''}${name} (ignored)`);
      continue;
    }
    if (info.kind === 'numeric') {
      const m = RANGE.exec(text);
      const min = m?.[1] === undefined ? undefined : Number(m[1]);
      const max = m?.[2] === undefined ? undefined : Number(m[2]);
      if (!m || (min === undefined && max === undefined) || (min !== undefined && max !== undefined && min > max)) {
        notes.push(`filter=${shown}: expected a range MIN..MAX of ${name} (ignored)`);
        continue;
      }
      filters.push({ attribute: name, kind: 'numeric', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
      continue;
    }
    const known = new Set(info.values.map((v) => v.value));
    const values = text.split('|');
    const absent = values.filter((v) => !known.has(v));
    for (const v of absent) notes.push(`filter=${JSON.stringify(`${name}:${v}`.slice(0, 60))}: no such ${name} in this network (ignored)`);
    const kept = values.filter((v) => known.has(v));
    if (kept.length) filters.push({ attribute: name, kind: 'categorical', values: kept });
  }
  return { filters, notes };
}
