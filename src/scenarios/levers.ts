import { InputError } from '../errors.js';
import { evaluate } from '../model/quantity.js';
import type { ResolvedModel } from '../model/types.js';
import { nearestName } from '../schemas/nearest-name.js';
import type { Spec } from '../schemas/spec.js';
import type { Survey } from '../schemas/survey.js';
import { ceilingWords } from './ceiling-words.js';

/** One quantity of one lever: where it starts (t = 0), where it ends (t = 1), and why. */
export interface LeverPart {
  /** `LEVER.KEY`, the name `--ceiling` uses. */
  readonly key: string;
  /** The spec quantity it moves. */
  readonly path: string;
  readonly label: string;
  readonly baseline: number;
  readonly ceiling: number;
  /** Where the ceiling comes from, in words and without its number: a survey row's table, question and option, or an assumption's label and source. */
  readonly source: string;
  /** The ceiling the source gives (before --ceiling or holding at the baseline). */
  readonly cited: number;
  /** Set when the ceiling lies on the wrong side of the baseline and is held there. */
  readonly held: string | null;
  /** True when the quantity is a share (its range lies in [0, 1]): shown as a percentage. */
  readonly share: boolean;
}

/** A lever of the catalog: its name and texts, and each quantity it moves with its baseline (t = 0) and ceiling (t = 1). */
export interface Lever {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly keeps: string;
  readonly givesUp: string;
  readonly parts: readonly LeverPart[];
}

/** The lever names of a spec, in order. */
export function leverNames(spec: Spec): string[] {
  return spec.levers.map((l) => l.id);
}

/** Checks a lever name against a spec; the error suggests the nearest name. */
export function checkLeverName(spec: Spec, name: string, where: string): void {
  const names = leverNames(spec);
  if (names.includes(name)) return;
  const near = nearestName(name, names);
  throw new InputError(`${where}: unknown lever "${name}"${near ? ` (did you mean "${near}"?)` : ''}; known: ${names.join(', ') || '(the spec has none)'}`);
}

/** The assumptions a quantity reads, directly or through operations, complements and "auto" values. */
function assumptionsRead(spec: Spec, q: unknown, into: Set<string>): Set<string> {
  if (q === null || typeof q !== 'object') return into;
  const o = q as Record<string, unknown>;
  if (typeof o.assumption === 'string' && !into.has(o.assumption)) {
    into.add(o.assumption);
    const def = Object.hasOwn(spec.assumptions, o.assumption) ? spec.assumptions[o.assumption] : undefined;
    if (def && def.type !== 'enum') assumptionsRead(spec, def.auto, into);
  }
  if (o.complement !== undefined) assumptionsRead(spec, o.complement, into);
  if (Array.isArray(o.args)) for (const a of o.args) assumptionsRead(spec, a, into);
  return into;
}

/**
 * The lever catalog of a spec for a baseline model: each move with its level at the baseline
 * (t = 0) and its ceiling (t = 1), read from the survey row or assumption it cites. `ceilings`
 * overrides any ceiling by `LEVER.KEY` (`LEVER.KEY`, as `collabnet scenario --list` prints them).
 */
export function leverCatalog(survey: Survey, spec: Spec, baseline: ResolvedModel, ceilings: Readonly<Record<string, number>> = {}): Lever[] {
  const values = new Map(baseline.assumptions.map((a) => [a.name, a.value]));
  const ctx = {
    survey,
    file: baseline.spec.file,
    assumption(name: string, where: string) {
      const v = values.get(name);
      if (typeof v !== 'number') throw new InputError(`${baseline.spec.file}: ${where}: expected a numeric assumption, got "${name}"`);
      return v;
    },
  };
  // Populations are held at the baseline's in a scenario: a move of an assumption that sets one would do nothing.
  const population = new Map<string, number>();
  spec.sectors.forEach((sec, i) => {
    for (const name of assumptionsRead(spec, sec.population, new Set())) if (!population.has(name)) population.set(name, i);
  });
  const keys = new Map<string, [number, number]>();
  const levers = spec.levers.map((l, i) => ({
    name: l.id,
    title: l.title,
    description: l.description,
    keeps: l.keeps,
    givesUp: l.givesUp,
    parts: l.moves.map((m, j) => {
      const key = `${l.id}.${m.key}`;
      keys.set(key, m.range);
      const base = baseline.quantities[m.path];
      if (base === undefined) {
        const near = nearestName(m.path, Object.keys(baseline.quantities));
        throw new InputError(`${baseline.spec.file}: levers.${i}.moves.${j}.path: "${m.path}" is not a movable quantity of the spec${near ? ` (did you mean "${near}"?)` : ''}`);
      }
      const sets = m.path.startsWith('assumptions.') ? population.get(m.path.slice('assumptions.'.length)) : undefined;
      if (sets !== undefined)
        throw new InputError(`${baseline.spec.file}: levers.${i}.moves.${j}.path: "${m.path}" sets the population of ${spec.sectors[sets]!.plural ?? spec.sectors[sets]!.id} (sectors.${sets}.population), which a scenario holds at the baseline's; expected a quantity a scenario can move (a share, a zero share, a structure share, an assumption of the generator)`);
      const raw = evaluate(m.ceiling, ctx, `levers.${i}.moves.${j}.ceiling`);
      const cited = m.complement ? 1 - raw : raw;
      // A ceiling read from the survey or an assumption lies in the move's range, as a literal one
      // (schema) and --ceiling do: otherwise a share would be asked to reach e.g. 150%.
      if (ceilings[key] === undefined && !(cited >= m.range[0] && cited <= m.range[1]))
        throw new InputError(`${baseline.spec.file}: levers.${i}.moves.${j}.ceiling: ${m.source} gives ${+cited.toFixed(6)}; expected a number in [${m.range[0]}, ${m.range[1]}] (the move's range)`);
      let ceiling = ceilings[key] ?? cited;
      let held: string | null = null;
      if ((m.direction === 'up' && ceiling < base) || (m.direction === 'down' && ceiling > base)) {
        held = `the ceiling ${+ceiling.toFixed(4)} lies ${m.direction === 'up' ? 'below' : 'above'} the baseline ${+base.toFixed(4)}: the survey leaves no room, held at the baseline`;
        ceiling = base;
      }
      const share = m.range[0] >= 0 && m.range[1] <= 1;
      // A share reads as a percentage; any other quantity (an exponent, a count) as itself.
      return { key, path: m.path, label: m.label, baseline: base, ceiling, source: ceilingWords(survey, spec, m), cited, held, share };
    }),
  }));
  for (const [key, value] of Object.entries(ceilings)) {
    const range = keys.get(key);
    if (!range) throw new InputError(`ceiling "${key}": unknown; expected one of ${[...keys.keys()].join(', ')}`);
    if (!(value >= range[0] && value <= range[1])) throw new InputError(`ceiling "${key}": expected a number in [${range[0]}, ${range[1]}], got ${value}`);
  }
  return levers;
}
