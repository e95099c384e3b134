/**
 * collabnet for Node scripts: the browser-safe API plus loading the spec, survey, model and
 * scenario files from paths (the CLI's checks and messages, the shipped data by default) and
 * reading and writing graph files (atomically, as the CLI writes them). It exports everything
 * `collabnet` does too.
 *
 * @packageDocumentation
 * @module collabnet/node
 */
export { loadSpecFile, loadSurveyFile, loadModel, loadScenario, type ModelFiles, type LoadedScenario } from './load.js';
export { readGraphFile, writeGraphFile, type ReadGraphFileInput } from './graph-files.js';
export * from '../api/index.js';
