export * from './predicates.js';
export * from './encoding.js';
