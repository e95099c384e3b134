export * from './table-model.js';
export { mountNodeTable, type NodeTableSource } from './node-table-view.js';
