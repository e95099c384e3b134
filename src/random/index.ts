export { createRng, deriveSeed, type Rng } from './prng.js';
export { weightedSampler, type WeightedSampler } from './weighted-sampler.js';
export { shuffleInPlace } from './shuffle.js';
export { sampleDistinct } from './sample-distinct.js';
export { standardNormal } from './normal.js';
export { gammaDraw } from './gamma.js';
export { dirichletDraw } from './dirichlet.js';
export { betaDraw } from './beta.js';
