/**
 * One queue job's work, with exactly the functions the local pools use (same bytes wherever it
 * runs): the figures of a sweep step's networks, one figure of each model under each seed (a
 * sensitivity point), or the fit report of each network.
 */
import { fitEnsemble } from '../../fit/index.js';
import type { FigureFamily } from '../../metrics/index.js';
import type { ResolvedModel } from '../../model/index.js';
import { networkFiguresFor } from '../../scenarios/network-figures.js';
import { evaluateFigureJob } from '../../sensitivity/figure-job.js';
import type { TaskKind } from './protocol.js';

/** A job with its models decoded. */
export interface Task {
  readonly kind: TaskKind;
  readonly models: readonly ResolvedModel[];
  readonly seeds: readonly number[];
  readonly betweennessSamples: number | null;
  readonly figures?: readonly string[] | undefined;
  readonly metric?: string | undefined;
}

/** Runs a task: sweep → Figures[] (one per seed), figure → number[][] (model × seed), fit → FitRun[] (one per seed). */
export function runTask(task: Task): unknown {
  const model = task.models[0]!;
  switch (task.kind) {
    case 'sweep':
      return task.seeds.map((seed) => networkFiguresFor(model, seed, task.betweennessSamples, task.figures as readonly FigureFamily[] | undefined));
    case 'figure':
      return evaluateFigureJob({ models: task.models, seeds: task.seeds, metric: task.metric ?? '', betweennessSamples: task.betweennessSamples });
    case 'fit':
      return task.seeds.map((seed) => fitEnsemble(model, { seed, runs: 1 })[0]!);
  }
}
