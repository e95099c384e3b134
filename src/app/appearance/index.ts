// How nodes look: colour and size rules. Each returns per-node values the view's Sigma reducers read
// (nothing is written into the graph's attributes).
export * from './records-cache.js';
export { colorBy, type ColorInput, type Coloring } from './color-by.js';
export { sizeBy, SIZE_RANGE } from './size-by.js';
export * from './attributes.js';
export * from './records.js';
export * from './palette.js';
export { sizeScale, formatLegendNumber, type SizeLegendItem } from './size-scale.js';
export * from './communities.js';
export * from './color-mapping.js';
export * from './size-mapping.js';
