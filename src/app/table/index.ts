export * from './table-model.js';
