import type { ResolvedTie } from '../model/types.js';

/** The generators: one per pair of report kinds, two within a sector, and the named structure. */
export type GeneratorKind = 'hub-and-spoke' | 'willing' | 'bins-within' | 'bins-share' | 'bins-none' | 'share-none' | 'bins-bins';

/** What `generatorKind` accepts, for messages: "bins × share, …". */
export const GENERATOR_KINDS_TEXT = 'bins × share, bins × none, share × none, bins × bins between two sectors; "bins" or "willing" within one sector; or a structure';

/** Which generator a tie type takes, from what its two sides report (null: none). */
export function generatorKind(tie: Pick<ResolvedTie, 'ends' | 'reports' | 'structure'>): GeneratorKind | null {
  if (tie.structure) return 'hub-and-spoke';
  const [a, b] = tie.ends;
  const ka = tie.reports[a]?.kind ?? 'none';
  if (a === b) return ka === 'willing' ? 'willing' : ka === 'bins' ? 'bins-within' : null;
  const kb = tie.reports[b]?.kind ?? 'none';
  const kinds = [ka, kb].sort().join('+');
  if (kinds === 'bins+share') return 'bins-share';
  if (kinds === 'bins+none') return 'bins-none';
  if (kinds === 'none+share') return 'share-none';
  if (kinds === 'bins+bins') return 'bins-bins';
  return null;
}
