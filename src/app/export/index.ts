export * from './scope.js';
export * from './camera-fit.js';
