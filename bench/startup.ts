/**
 * Whole-process timings, as a user (or a script calling collabnet in a loop) feels them:
 * `collabnet --help` against `node -e ""`, and `collabnet metrics --in FILE` against the NetworkX
 * and python-igraph scripts computing the same metric set on the same file. Commands run in turn
 * (A B A B …) and ratios are taken pair by pair, so a machine whose speed drifts during the run
 * still gives meaningful ratios; medians are reported.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from 'simple-statistics';

export interface ProcessTiming {
  /** Median wall seconds of each command. */
  readonly seconds: Readonly<Record<string, number>>;
  /** Median over rounds of (other command's wall time ÷ ours), per other command. */
  readonly ratios: Readonly<Record<string, number>>;
  readonly rounds: number;
}

/** Wall seconds of one whole process (spawn to exit); fails loudly if it fails. */
function wall(argv: readonly string[], cwd: string): number {
  const t = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return s;
}

/**
 * Runs `ours` and each of `others` in turn, `rounds` times (after one unmeasured warm-up round of
 * every command but those in `noWarmUp`, slow ones whose first run warms nothing), and returns
 * medians and pairwise ratios (other ÷ ours).
 */
export function interleaved(ours: readonly string[], others: Readonly<Record<string, readonly string[]>>, rounds: number, cwd: string, noWarmUp: readonly string[] = []): ProcessTiming {
  const names = Object.keys(others);
  wall(ours, cwd);
  for (const n of names) if (!noWarmUp.includes(n)) wall(others[n]!, cwd);
  const times: Record<string, number[]> = { ours: [] };
  for (const n of names) times[n] = [];
  for (let r = 0; r < rounds; r++) {
    times.ours!.push(wall(ours, cwd));
    for (const n of names) times[n]!.push(wall(others[n]!, cwd));
  }
  const seconds = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const ratios = Object.fromEntries(names.map((n) => [n, median(times[n]!.map((t, i) => t / times.ours![i]!))]));
  return { seconds, ratios, rounds };
}

/** `collabnet --help` against `node -e ""`. */
export function helpStartup(root: string, rounds: number): ProcessTiming {
  return interleaved([process.execPath, join(root, 'bin/collabnet.mjs'), '--help'], { node: [process.execPath, '-e', ''] }, rounds, root);
}

/** Whole-process `collabnet metrics --in FILE` (its default table; exact betweenness) against the Python scripts. */
export function metricsProcess(root: string, file: string, python: string, rounds: number, withNetworkx: boolean): ProcessTiming {
  const ref = (lib: string) => [python, join(root, 'bench/reference_metrics.py'), lib, file];
  return interleaved(
    [process.execPath, join(root, 'bin/collabnet.mjs'), 'metrics', '--in', file],
    withNetworkx ? { igraph: ref('igraph'), networkx: ref('networkx') } : { igraph: ref('igraph') },
    rounds,
    root,
    ['networkx'],
  );
}
