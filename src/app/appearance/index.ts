export * from './attributes.js';
export * from './records.js';
export * from './palette.js';
export * from './size-scale.js';
export * from './communities.js';
export * from './color-mapping.js';
export * from './size-mapping.js';
