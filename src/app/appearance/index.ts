// How nodes look: colour and size rules. Each returns per-node values the view's Sigma reducers read
// (nothing is written into the graph's attributes).
export { colorBy, type ColorInput, type Coloring } from './color-by.js';
export { sizeBy, SIZE_RANGE } from './size-by.js';
