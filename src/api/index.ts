/**
 * collabnet's library face: everything a script needs to load a survey and spec, resolve a model,
 * generate networks, measure them, read and write graph files, sweep levers and compare
 * scenarios. Browser-safe (no file system); `collabnet/node` adds loading from paths.
 *
 * @packageDocumentation
 * @module collabnet
 */
export { loadSurvey, loadSpec } from './load.js';
export { createModel, type Model, type ModelInput } from './model.js';
export { checkSpec, type CheckSpecInput } from './check.js';
export { modelAt, type LeverInput } from './levers.js';
export { generate, type GenerateInput } from './generate.js';
export { fit, type FitInput } from './fit.js';
export { metrics, figures, type MetricsInput, type FiguresInput } from './metrics.js';
export { ensemble, intervals, type EnsembleInput, type IntervalKind } from './ensemble.js';
export { readGraph, writeGraph, type ReadGraphInput } from './graph-io.js';
export { sweep, threshold, type SweepInput } from './sweep.js';
export { compare, type CompareInput } from './compare.js';
export { diff } from './diff.js';
export { sobol, type SobolInput } from './sensitivity.js';
export { metricsCsv, toCsv, type CsvRow } from './csv.js';
export { InputError, OptionError } from '../errors.js';

export type { Survey, Spec, LeverSpec, MoveSpec, SectorSpec, TieTypeSpec, AssumptionSpec, OutcomesSpec } from '../schemas/index.js';
export type { ResolvedModel, AssumptionValue } from '../model/index.js';
export type { CollabGraph, NodeAttributes, EdgeAttributes, GraphAttributes, GenerationRecord } from '../generator/index.js';
export type { MetricsReport, NetworkReport, SectorReport, NodeRow, Summary, FigureFamily, Figures, BetweennessMethod } from '../metrics/index.js';
export type { FitRun, SideFit, BinFit, TotalsFit, SimpleFit, Stat, Summarized } from '../fit/index.js';
export type { SpecCheck, NetworkDiff } from '../scenarios/index.js';
export type { Lever, LeverPart, LeverSetting, Interval, SweepResult, SweepStep, Threshold, CompareRow } from '../scenarios/index.js';
export type { ImportResult, ImportMessage, ImportLevel, InputFormat } from '../formats/read/index.js';
export type { GraphFormat } from '../formats/index.js';
export type { SobolResult, Estimate } from '../sensitivity/index.js';
