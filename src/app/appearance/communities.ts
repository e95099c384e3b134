// Community (or component) groups for colouring: the isolates are one group, not one each.

/** A group of nodes: its key (community id, or "isolates"), label and size. */
export interface Group {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** The key of the isolates' group. */
export const ISOLATES = 'isolates';

/**
 * Groups nodes by a group id (community or component): nodes without ties form one "isolates"
 * group, whatever id each has; the others are ordered largest first (ties: by id) and labelled
 * "community 1 (largest)", "community 2", … by rank, so the legend reads in order of size.
 * Returns each node's group key and the groups (isolates last).
 */
export function groupByCommunity(
  nodes: Iterable<{ id: string; group: string | number | undefined; isolated: boolean }>,
  noun = 'community',
): { groupOf: Map<string, string>; groups: Group[] } {
  const groupOf = new Map<string, string>();
  const counts = new Map<string, number>();
  let isolates = 0;
  for (const n of nodes) {
    if (n.isolated) {
      groupOf.set(n.id, ISOLATES);
      isolates++;
      continue;
    }
    if (n.group === undefined) continue;
    const key = String(n.group);
    groupOf.set(n.id, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (Number(a[0]) - Number(b[0]) || (a[0] < b[0] ? -1 : 1)));
  const groups: Group[] = ranked.map(([value, count], i) => ({ value, count, label: `${noun} ${i + 1}${i === 0 && ranked.length > 1 ? ' (largest)' : ''}` }));
  if (isolates) groups.push({ value: ISOLATES, count: isolates, label: `no ties (${isolates === 1 ? 'isolate' : 'isolates'})` });
  return { groupOf, groups };
}
