export * from './scope.js';
