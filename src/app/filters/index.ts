// Which nodes are shown: filter rules over the graph and its metrics (the view hides the rest through its Sigma reducers).
export { visibleNodes, type Filters } from './node-filter.js';
export * from './predicates.js';
export * from './encoding.js';
export { renderAttributeFilters, MAX_VALUES } from './attribute-filters-view.js';
