import type { KnownValues } from './state.js';
import { specList } from './network.js';
import type { SpecView } from './store.js';

/** Size modes of the page (the Size by menu). */
export const SIZE_MODES = ['degree', 'strength', 'betweenness', 'harmonic', 'pagerank', 'eigenvector', 'constraint', 'effective_size'] as const;

/** What a URL may name on this page, for the spec on screen. */
export function knownValues(spec: SpecView): KnownValues {
  return {
    specs: specList().map((x) => x.name),
    levers: spec.levers,
    attributes: spec.attributes.map((a) => a.name),
    colors: ['sector', 'community', 'component', ...spec.attributes.map((a) => a.name)],
    sizes: SIZE_MODES,
    charts: spec.keyFigures.map((k) => k.metric),
  };
}
