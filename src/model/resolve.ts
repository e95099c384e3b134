import { InputError } from '../errors.js';
import { ReconciliationSchema, type AttributeSpec, type QuestionRef, type ReportSpec, type SectorSpec, type Spec, type TieTypeSpec } from '../schemas/spec.js';
import type { Survey } from '../schemas/survey.js';
import { findQuestion, optionShare } from '../survey/lookup.js';
import type { AssumptionValue } from './assumptions.js';
import { degreeDistribution, withZeroShare, type DegreeDistribution } from './bins.js';
import { impliedTotals, respondentShares } from './implied.js';
import { evaluate, type QuantityContext } from './quantity.js';
import type { AssumptionInForce, ResolvedAttribute, ResolvedModel, ResolvedReconciliation, ResolvedReport, ResolvedRespondents, ResolvedSector, ResolvedTie, ResolvedWeight } from './types.js';

/** Largest network the generator will build (nodes), checked before anything is allocated. */
export const MAX_NODES = 2_000_000;
/** Largest number of simulated respondents (each is a random draw). */
export const MAX_RESPONDENTS = 20_000_000;

/** Options of `resolveModel`. */
export interface ResolveOptions {
  /** Multiplies every population and respondent count. */
  scale?: number;
  /** Assumption overrides by name, with where each came from (`--set`, a model file). */
  overrides?: Readonly<Record<string, { value: AssumptionValue; origin: string }>>;
  /** Spec quantities set by path (lever moves): `assumptions.NAME`, `tieTypes.ID.reports.SECTOR.share`, … */
  moves?: Readonly<Record<string, number>>;
  /** Sector populations held at these counts (a scenario holds the baseline's). */
  hold?: Readonly<Record<string, number>>;
  /** The spec's file name, for error messages (as the user passed it). */
  file?: string;
  /** The survey's file name, for error messages about its questions. */
  surveyFile?: string;
}

export const DEFAULT_RESOLVE_OPTIONS: Required<Omit<ResolveOptions, 'file' | 'surveyFile'>> = { scale: 1, overrides: {}, moves: {}, hold: {} };

/**
 * Resolves a spec against its survey: every quantity to a number, every distribution read from
 * its question, populations scaled (or solved by a balance reconciliation), limits checked before
 * anything is allocated. Pure: no I/O. Same inputs ⇒ the same model.
 */
export function resolveModel(survey: Survey, spec: Spec, options: ResolveOptions = {}): ResolvedModel {
  const { scale, overrides, moves, hold } = { ...DEFAULT_RESOLVE_OPTIONS, ...options };
  const file = options.file ?? `spec "${spec.name}"`;
  const surveyFile = options.surveyFile ?? 'survey';
  if (!(scale > 0) || !Number.isFinite(scale)) throw new InputError(`--scale: expected a number > 0, got ${scale}`);
  const quantities: Record<string, number> = {};

  // Assumptions: setting (override or default), then value (auto evaluated, lever moves applied).
  const settings = new Map<string, { setting: AssumptionValue; origin: string }>();
  for (const [name, def] of Object.entries(spec.assumptions)) {
    const o = overrides[name];
    settings.set(name, o ? { setting: o.value, origin: o.origin } : { setting: def.default, origin: file });
  }
  const values = new Map<string, number>();
  const evaluating = new Set<string>();
  const ctx: QuantityContext = {
    survey,
    file,
    assumption(name, where) {
      const def = spec.assumptions[name];
      if (!def || !Object.hasOwn(spec.assumptions, name)) throw new InputError(`${file}: ${where}: unknown assumption "${name}"`);
      if (def.type === 'enum') throw new InputError(`${file}: ${where}: assumption "${name}" is a word (${Object.keys(def.values).join(', ')}), expected a numeric one`);
      const path = `assumptions.${name}`;
      if (moves[path] !== undefined) return moves[path]!;
      const known = values.get(name);
      if (known !== undefined) return known;
      if (evaluating.has(name)) throw new InputError(`${file}: assumptions.${name}.auto: refers to itself`);
      evaluating.add(name);
      const { setting } = settings.get(name)!;
      const v = setting === 'auto' ? evaluate(def.auto!, ctx, `assumptions.${name}.auto`) : (setting as number);
      evaluating.delete(name);
      values.set(name, v);
      return v;
    },
  };
  const num = (q: Parameters<typeof evaluate>[0], where: string) => evaluate(q, ctx, where);
  /** A population or respondent count: a whole number ≥ 1 (before scaling), never rounded silently. */
  const wholeCount = (v: number, where: string, what: string): number => {
    if (!(Number.isInteger(v) && v >= 1)) throw new InputError(`${file}: ${where}: expected a whole number ≥ 1 of ${what}, got ${Number.isFinite(v) ? v : String(v)}`);
    return v;
  };
  const word = (name: string, where: string): { word: string; value: unknown } => {
    const def = spec.assumptions[name];
    if (!def || !Object.hasOwn(spec.assumptions, name)) throw new InputError(`${file}: ${where}: unknown assumption "${name}"`);
    if (def.type !== 'enum') throw new InputError(`${file}: ${where}: assumption "${name}" is a number, expected a word`);
    const w = String(settings.get(name)!.setting);
    return { word: w, value: def.values[w] };
  };
  for (const [name, def] of Object.entries(spec.assumptions)) if (def.type !== 'enum') quantities[`assumptions.${name}`] = ctx.assumption(name, `assumptions.${name}`);

  // Reconciliations first: a balance may solve a sector's population.
  const reconciliations = new Map<string, ResolvedReconciliation | null>();
  const solvedBy = new Map<string, TieTypeSpec>();
  spec.tieTypes.forEach((t, i) => {
    const r = reconciliationOf(t, i);
    reconciliations.set(t.id, r);
    if (r?.mode === 'balance' && r.solve) solvedBy.set(r.solve, t);
  });
  function reconciliationOf(t: TieTypeSpec, i: number): ResolvedReconciliation | null {
    if (!t.reconciliation) return null;
    const where = `tieTypes.${i}.reconciliation`;
    const raw = 'assumption' in t.reconciliation ? word(t.reconciliation.assumption, where) : { word: t.reconciliation.mode === 'keep' ? `keep ${t.reconciliation.side}` : t.reconciliation.mode, value: t.reconciliation };
    const parsed = ReconciliationSchema.safeParse(raw.value);
    if (!parsed.success) throw new InputError(`${file}: ${where}: "${raw.word}" expected {"mode": "keep", "side": SECTOR} or {"mode": "balance", "solve": SECTOR}`);
    return parsed.data.mode === 'keep' ? { mode: 'keep', side: parsed.data.side, word: raw.word } : { mode: 'balance', solve: parsed.data.solve ?? null, word: raw.word };
  }

  // Sectors: counts (unless solved), respondents, attributes.
  const sectors: ResolvedSector[] = spec.sectors.map((s, i) => resolveSector(s, i));
  function resolveSector(s: SectorSpec, i: number): ResolvedSector {
    const where = `sectors.${i}`;
    const solver = solvedBy.get(s.id);
    let count = 0;
    let countNote: string;
    if (hold[s.id] !== undefined) {
      count = hold[s.id]!;
      countNote = 'held at the baseline';
    } else if (solver) {
      const pop = s.population;
      const name = typeof pop === 'object' && 'assumption' in pop ? pop.assumption : null;
      const setting = name ? settings.get(name)?.setting : undefined;
      if (!name || setting !== 'auto') {
        const r = reconciliations.get(solver.id)!;
        const recon = 'assumption' in (solver.reconciliation ?? {}) ? (solver.reconciliation as { assumption: string }).assumption : null;
        const others = recon ? Object.keys((spec.assumptions[recon] as { values: Record<string, unknown> }).values).filter((w) => w !== r.word) : [];
        throw new InputError(
          name
            ? `${name}=${setting}: reconciliation "${r.word}" solves the number of ${s.plural} itself; set ${recon ?? 'the reconciliation'}=${others.join(' or ')} to fix it, or leave ${name}=auto`
            : `${file}: ${where}.population: reconciliation "${r.word}" of ${solver.id} solves the number of ${s.plural}; expected the population as an assumption set to "auto"`,
        );
      }
      countNote = 'solved';
    } else {
      count = Math.max(1, Math.round(wholeCount(num(s.population, `${where}.population`), `${where}.population`, s.plural) * scale));
      countNote = String(count);
    }
    return { id: s.id, label: s.label, plural: s.plural, idPrefix: s.idPrefix, colour: s.colour, count, countNote, solved: !!solver && hold[s.id] === undefined, stream: s.stream ?? s.id, respondents: null, attributes: s.attributes.map((a, j) => resolveAttribute(a, `${where}.attributes.${j}`)) };
  }
  function resolveAttribute(a: AttributeSpec, where: string): ResolvedAttribute {
    const label = a.label ?? a.name;
    switch (a.kind) {
      case 'category': {
        let rest = 1;
        const vals = a.values.map((v, k) => {
          const share = k === a.values.length - 1 ? rest : num(v.share ?? 0, `${where}.values.${k}.share`);
          rest -= share;
          return { value: v.value, share };
        });
        return { kind: 'category', name: a.name, label, values: vals };
      }
      case 'region':
        return { kind: 'region', name: a.name, label, regions: num(a.regions, `${where}.regions`), subset: a.subset === undefined ? null : num(a.subset, `${where}.subset`), concentration: a.concentration === undefined ? 0 : num(a.concentration, `${where}.concentration`), prefix: a.prefix };
      case 'flag':
        return { kind: 'flag', name: a.name, label, given: a.given, shares: Object.fromEntries(Object.entries(a.shares).map(([k, q]) => [k, num(q, `${where}.shares.${k}`)])) };
      case 'binned':
        return { kind: 'binned', name: a.name, label, dist: binned(a.distribution, `${where}.distribution`) };
      case 'zipf-rank':
        return { kind: 'zipf-rank', name: a.name, label, rankName: a.rankName, exponent: num(a.exponent, `${where}.exponent`) };
    }
  }
  function questionId(ref: QuestionRef, where: string): string {
    if (typeof ref === 'string') return ref;
    const v = word(ref.assumption, where).value;
    if (typeof v !== 'string') throw new InputError(`${file}: ${where}: assumption "${ref.assumption}" should map each word to a question id`);
    return v;
  }
  function binned(d: { question: QuestionRef; openBinExtraMean: Parameters<typeof evaluate>[0]; openBinCap: Parameters<typeof evaluate>[0] }, where: string): DegreeDistribution {
    const id = questionId(d.question, `${where}.question`);
    const q = findQuestion(survey, id);
    if (!q) throw new InputError(`${file}: ${where}.question: expected a question id of the survey, got "${id}"`);
    const extraMean = num(d.openBinExtraMean, `${where}.openBinExtraMean`);
    const cap = num(d.openBinCap, `${where}.openBinCap`);
    const bins = q.options.map((o, i) => {
      if (!o.bin) throw new InputError(`${surveyFile}: question "${q.id}" options.${i}: expected a "bin" ({min, max}) (${file}: ${where} reads it as a distribution)`);
      return { label: o.label, min: o.bin.min, max: o.bin.max, share: optionShare(o) };
    });
    for (const b of bins) if (b.max === null && cap < b.min) throw new InputError(`${file}: ${where}.openBinCap: the open bin "${b.label}" of ${q.id} starts at ${b.min}, but its cap is ${cap}; expected a cap ≥ ${b.min}`);
    return degreeDistribution(q.id, bins, extraMean, cap);
  }

  // Respondents (need the sector counts and attributes).
  spec.sectors.forEach((s, i) => {
    if (!s.respondents) return;
    const r = s.respondents;
    const where = `sectors.${i}.respondents`;
    const sector = sectors[i]!;
    const reported = wholeCount(num(r.count, `${where}.count`), `${where}.count`, r.unitPlural);
    const count = r.nesting === 'many-per-node' ? Math.max(sector.count, Math.round(reported * scale)) : Math.round(reported * scale);
    const weight = r.weight ? { attribute: r.weight.attribute, weights: Object.fromEntries(Object.entries(r.weight.weights).map(([k, q]) => [k, num(q, `${where}.weight.weights.${k}`)])) } : null;
    let propensity: ResolvedRespondents['propensity'] = null;
    if (r.propensity) {
      const flag = sector.attributes.find((a) => a.name === r.propensity!.attribute);
      if (!flag || flag.kind !== 'flag') throw new InputError(`${file}: ${where}.propensity.attribute: expected a flag attribute of sector "${s.id}", got "${r.propensity.attribute}"`);
      const given = sector.attributes.find((a) => a.name === flag.given);
      if (!given || given.kind !== 'category') throw new InputError(`${file}: sectors.${i}: flag "${flag.name}" is given "${flag.given}", expected a category attribute declared before it`);
      const ratio = num(r.propensity.ratio, `${where}.propensity.ratio`);
      const respondentShare = respondentShares(given, weight, sector.count, count);
      const reference = Object.fromEntries(Object.entries(r.propensity.reference).map(([k, q]) => [k, num(q, `${where}.propensity.reference.${k}`)]));
      const normalizer = 1 + (ratio - 1) * weightedShare(respondentShare, reference, given.values.map((v) => v.value));
      propensity = { attribute: flag.name, ratio, normalizer, respondentShare };
    }
    const overlap = r.overlap ? { attribute: r.overlap.attribute, target: 1 - num({ question: r.overlap.none.question, option: r.overlap.none.option }, `${where}.overlap.none`), label: r.overlap.label, source: `${r.overlap.none.question}#${r.overlap.none.option} (1 − share)` } : null;
    sectors[i] = {
      ...sector,
      respondents: { unit: r.unit, unitPlural: r.unitPlural, count, reported, nesting: r.nesting, node: r.node ?? null, attribute: r.attribute ?? null, weight, propensity, overlap, stream: r.stream ?? `${s.id}-respondents`, engagementStream: r.engagementStream ?? `${s.id}-engagement` },
    };
  });

  // Tie types.
  const sectorIds = new Set(spec.sectors.map((s) => s.id));
  const ties: ResolvedTie[] = spec.tieTypes.map((t, i) => {
    const where = `tieTypes.${i}`;
    for (const e of t.ends) if (!sectorIds.has(e)) throw new InputError(`${file}: ${where}.ends: expected a sector id (${[...sectorIds].join(', ')}), got "${e}"`);
    const reports: Record<string, ResolvedReport> = {};
    for (const [side, rep] of Object.entries(t.reports)) {
      if (!t.ends.includes(side)) throw new InputError(`${file}: ${where}.reports.${side}: expected one of the ends ${t.ends.join(', ')}`);
      reports[side] = resolveReport(t, side, rep, `${where}.reports.${side}`);
    }
    let weight: ResolvedWeight;
    if (t.weight.kind === 'constant') weight = { kind: 'constant', value: num(t.weight.value, `${where}.weight.value`) };
    else if (t.weight.kind === 'respondents') weight = { kind: 'respondents' };
    else {
      const q = findQuestion(survey, t.weight.question);
      if (!q) throw new InputError(`${file}: ${where}.weight.question: expected a question id of the survey, got "${t.weight.question}"`);
      const sum = q.options.reduce((s, o) => s + optionShare(o), 0);
      const levels = q.options.map((o, k) => {
        if (o.ordinal === undefined) throw new InputError(`${surveyFile}: question "${q.id}" options.${k}: expected an "ordinal" (1..5) (${file}: ${where}.weight reads it as a tie weight)`);
        return { label: o.label, ordinal: o.ordinal, share: optionShare(o) / sum };
      });
      weight = { kind: 'ordinal', question: q.id, levels };
    }
    const structure = t.structure
      ? { kind: t.structure.kind, share: moves[`tieTypes.${t.id}.structure.share`] ?? num(t.structure.share, `${where}.structure.share`), groupBy: t.structure.groupBy, centres: t.structure.centres, source: t.structure.source }
      : null;
    if (structure) quantities[`tieTypes.${t.id}.structure.share`] = structure.share;
    return { id: t.id, label: t.label, ends: t.ends, weight, reports, choice: t.choice, reconciliation: reconciliations.get(t.id) ?? null, structure, stream: t.stream ?? t.id };
  });
  function resolveReport(t: TieTypeSpec, side: string, rep: ReportSpec, where: string): ResolvedReport {
    const path = `tieTypes.${t.id}.reports.${side}`;
    switch (rep.kind) {
      case 'bins': {
        let dist = binned(rep.distribution, `${where}.distribution`);
        const zero = moves[`${path}.zeroShare`] ?? (rep.zeroShare === undefined ? undefined : num(rep.zeroShare, `${where}.zeroShare`));
        if (zero !== undefined) dist = withZeroShare(dist, zero);
        quantities[`${path}.zeroShare`] = dist.bins.find((b) => b.min === 0 && b.max === 0)?.share ?? 0;
        return { kind: 'bins', dist, attribute: rep.attribute, source: rep.source };
      }
      case 'share':
      case 'willing': {
        const share = moves[`${path}.share`] ?? num(rep.share, `${where}.share`);
        quantities[`${path}.share`] = share;
        const partners = num(rep.partners, `${where}.partners`);
        return rep.kind === 'share' ? { kind: 'share', share, partners, attribute: rep.attribute, what: rep.what, source: rep.source } : { kind: 'willing', share, partners, source: rep.source };
      }
      case 'none':
        return { kind: 'none', note: rep.note };
    }
  }

  const sectorIndex = new Map(sectors.map((s, i) => [s.id, i]));
  // Solve populations by balance: the bins side's count that makes both sides imply the same total.
  for (const t of ties) {
    const r = t.reconciliation;
    if (r?.mode !== 'balance' || !r.solve) continue;
    const idx = sectorIndex.get(r.solve)!;
    if (!sectors[idx]!.solved) continue;
    const binsSide = t.reports[r.solve];
    const other = t.ends.find((e) => e !== r.solve);
    const otherImplied = other === undefined ? null : impliedTotals(t.ends.map((e) => sectors[sectorIndex.get(e)!]!), [t])[t.id]!.find((x) => x.sector === other)?.total;
    if (binsSide?.kind !== 'bins' || otherImplied === null || otherImplied === undefined)
      throw new InputError(`${file}: ${t.id}: reconciliation "${r.word}" solves ${r.solve}, which needs a "bins" report on ${r.solve} and a report on the other end`);
    const count = Math.max(1, Math.round(otherImplied / (binsSide.dist.mean || 1)));
    sectors[idx] = { ...sectors[idx]!, count, countNote: `solved by ${r.word}: ${t.id} ${other} side ${otherImplied.toFixed(1)} ties ÷ ${binsSide.dist.mean.toFixed(3)} partners per ${sectors[idx]!.label.toLowerCase()}` };
    const pop = spec.sectors[idx]!.population;
    if (typeof pop === 'object' && 'assumption' in pop) values.set(pop.assumption, count);
  }

  const nodes = sectors.reduce((s, x) => s + x.count, 0);
  const respondents = sectors.reduce((s, x) => s + (x.respondents?.nesting === 'many-per-node' ? x.respondents.count : 0), 0);
  if (nodes > MAX_NODES || respondents > MAX_RESPONDENTS) {
    const units = sectors.filter((s) => s.respondents?.nesting === 'many-per-node').map((s) => s.respondents!.unitPlural).join(' and ') || 'respondents';
    const perUnit = nodes / scale;
    throw new InputError(
      `--scale ${scale}: the network would have ${nodes.toLocaleString('en-US')} nodes and ${respondents.toLocaleString('en-US')} ${units}; the limits are ${MAX_NODES.toLocaleString('en-US')} nodes and ${MAX_RESPONDENTS.toLocaleString('en-US')} ${units} (scale ≤ ${Math.floor(Math.min(MAX_NODES / perUnit, MAX_RESPONDENTS / Math.max(1, respondents / scale)))})`,
    );
  }

  const assumptions: AssumptionInForce[] = Object.entries(spec.assumptions).map(([name, def]) => {
    const { setting, origin } = settings.get(name)!;
    const value = def.type === 'enum' ? setting : (values.get(name) ?? quantities[`assumptions.${name}`] ?? setting);
    return { name, setting, value, origin, justification: def.justification, source: def.source, range: def.type === 'enum' ? Object.keys(def.values) : def.range };
  });
  const graphAttributes: Record<string, string | number> = {};
  for (const g of spec.graphAttributes) {
    if (g.assumption) graphAttributes[g.name] = assumptions.find((a) => a.name === g.assumption)?.value ?? '';
    else if (g.population) graphAttributes[g.name] = sectors.find((s) => s.id === g.population)?.count ?? 0;
  }

  return { spec: { name: spec.name, title: spec.title, file }, scale, sectors, ties, implied: impliedTotals(sectors, ties), assumptions, quantities, outcomes: spec.outcomes, graphAttributes };
}

/** Σ share_c × x_c over category values, the last value's respondent share taken as 1 − the others (as a two-value split is computed). */
export function weightedShare(respondentShare: Readonly<Record<string, number>>, x: Readonly<Record<string, number>>, order: readonly string[]): number {
  let acc = 0;
  let rest = 1;
  order.forEach((v, i) => {
    if (i === order.length - 1) acc += rest * (x[v] ?? 0);
    else {
      acc += respondentShare[v]! * (x[v] ?? 0);
      rest -= respondentShare[v]!;
    }
  });
  return acc;
}
