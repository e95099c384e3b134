/**
 * Checks of the arguments a script passes to the library's functions, before any work: a wrong
 * value is an `OptionError` naming the function and the argument, never a raw TypeError from
 * deep inside (a script in plain JavaScript has no compiler to catch them).
 */
import { OptionError } from '../errors.js';
import type { Model } from './model.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Reads a property without letting a throwing getter or proxy escape as a raw error. */
function has(value: object, key: string, type: string): boolean {
  try {
    return typeof (value as Record<string, unknown>)[key] === type;
  } catch {
    return false;
  }
}

/** `model` must be a Model (from createModel, loadModel or loadScenario). */
export function checkModel(model: unknown, fn: string, option = 'model'): asserts model is Model {
  if (!isObject(model) || !has(model, 'baseline', 'object') || !has(model, 'spec', 'object') || !Array.isArray((model as { levers?: unknown }).levers))
    throw new OptionError(fn, option, 'a Model (from createModel or loadModel)', model);
}

/** `graph` must be a graphology graph (from generate or readGraph). */
export function checkGraph(graph: unknown, fn: string): void {
  if (!isObject(graph) || !has(graph, 'forEachNode', 'function') || !has(graph, 'forEachEdge', 'function') || !has(graph, 'getAttributes', 'function') || !has(graph, 'nodes', 'function'))
    throw new OptionError(fn, 'graph', 'a graphology graph (from generate or readGraph)', graph);
}

/** `value` must be an array (of objects when `objects`). */
export function checkArray(value: unknown, fn: string, option: string, what: string, objects = true): void {
  if (!Array.isArray(value)) throw new OptionError(fn, option, what, value);
  value.forEach((v, i) => {
    if (objects && !isObject(v)) throw new OptionError(fn, `${option}.${i}`, 'an object', v);
  });
}

/** `value` must be an object (options). */
export function checkObject(value: unknown, fn: string, option: string, what: string): void {
  if (!isObject(value)) throw new OptionError(fn, option, what, value);
}

/** `value` must be a non-empty string (a file name, a figure name). */
export function checkString(value: unknown, fn: string, option: string, what: string): asserts value is string {
  if (typeof value !== 'string' || value === '') throw new OptionError(fn, option, what, value);
}

/** A file path argument: a non-empty string, or (when `optional`) nothing. */
export function checkPath(path: unknown, fn: string, optional = false): void {
  if (optional && path === undefined) return;
  checkString(path, fn, 'path', 'a file name');
}

/**
 * A shallow copy of an options object, read once: a getter or proxy that throws becomes an
 * `OptionError` here instead of a raw error deep inside the computation.
 */
export function readOptions<T extends object>(options: T, fn: string): T {
  try {
    return { ...options };
  } catch (err) {
    throw new OptionError(fn, 'options', 'plain data', options, `${fn}: options: reading them threw (${err instanceof Error ? err.message : String(err)}); expected plain data`);
  }
}
