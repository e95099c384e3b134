import { NUMERIC_NODE_METRICS } from '../metrics/node-columns.js';
import { AS_IN_FILE, SIZE_AS_IN_FILE } from './appearance/index.js';
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
    // Colour, size and filters may name the spec's attributes and the metrics (checked against the network once it is drawn).
    attributes: [...spec.attributes.map((a) => a.name), ...NUMERIC_NODE_METRICS],
    colors: ['sector', 'community', 'component', ...spec.attributes.map((a) => a.name), AS_IN_FILE, ...NUMERIC_NODE_METRICS],
    sizes: [...new Set([...SIZE_MODES, SIZE_AS_IN_FILE])],
    charts: spec.keyFigures.map((k) => k.metric),
  };
}
