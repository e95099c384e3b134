export * from './attributes.js';
export * from './palette.js';
export * from './size-scale.js';
export * from './communities.js';
export * from './color-by.js';
export * from './size-by.js';
