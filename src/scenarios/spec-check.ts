import { InputError } from '../errors.js';
import { generatorKind, GENERATOR_KINDS_TEXT } from '../generator/generate.js';
import { resolveModel, type ResolveOptions } from '../model/resolve.js';
import { rowShare } from '../model/quantity.js';
import type { ResolvedModel } from '../model/types.js';
import type { Spec } from '../schemas/spec.js';
import type { Survey } from '../schemas/survey.js';
import { findQuestion } from '../survey/lookup.js';
import { questionUses } from '../survey/references.js';
import { nearestName } from '../schemas/nearest-name.js';
import { figureNames } from './figure-names.js';
import { isShareFigure } from './figure-format.js';
import { leverCatalog, type Lever } from './levers.js';

/** What `collabnet spec check` reports: the model the spec resolves to, its levers, and every problem found. */
export interface SpecCheck {
  readonly model: ResolvedModel;
  readonly levers: readonly Lever[];
  readonly generators: readonly { readonly tieType: string; readonly generator: string }[];
  /** Questions the spec reads, with the paths that read them. */
  readonly questions: readonly { readonly question: string; readonly option: string | null; readonly path: string }[];
}

/**
 * Checks a spec against its survey beyond the schema: every question and option it cites
 * exists, every tie type has a generator for what its sides report, every word of every enum
 * assumption resolves, every lever moves a quantity of the spec, and the key figures name
 * sectors of the spec. Throws an `InputError` listing every problem; returns what the spec resolves to.
 */
export function checkSpec(survey: Survey, spec: Spec, file: string, options: ResolveOptions = {}): SpecCheck {
  const problems: string[] = [];
  const uses = questionUses(spec, survey);
  for (const u of uses) {
    if (!findQuestion(survey, u.question)) problems.push(`${file}: ${u.path}: expected a question id of the survey, got "${u.question}"`);
    else if (u.option !== null)
      try {
        rowShare(survey, u.question, u.option, u.path, file);
      } catch (e) {
        if (e instanceof InputError) problems.push(...e.problems);
        else throw e;
      }
  }
  const ids = new Set<string>();
  spec.sectors.forEach((s, i) => {
    if (ids.has(s.id)) problems.push(`${file}: sectors.${i}.id: expected a unique sector id, "${s.id}" is used twice`);
    ids.add(s.id);
  });
  // Node id prefixes: sorted, a prefix of another sits right before some string it prefixes, so neighbours suffice (n log n).
  const byPrefix = spec.sectors.map((s, i) => ({ p: s.idPrefix, i })).sort((x, y) => (x.p < y.p ? -1 : x.p > y.p ? 1 : x.i - y.i));
  const clashes = new Set<number>();
  for (let k = 1; k < byPrefix.length; k++) if (byPrefix[k]!.p.startsWith(byPrefix[k - 1]!.p)) clashes.add(Math.max(byPrefix[k]!.i, byPrefix[k - 1]!.i));
  for (const i of [...clashes].sort((x, y) => x - y)) problems.push(`${file}: sectors.${i}.idPrefix: "${spec.sectors[i]!.idPrefix}" overlaps another sector's prefix (node ids would clash); expected a prefix no other sector's starts with`);
  spec.tieTypes.forEach((t, i) => {
    for (const e of t.ends) if (!ids.has(e)) problems.push(`${file}: tieTypes.${i}.ends: expected a sector id (${[...ids].join(', ')}), got "${e}"`);
    for (const side of [...Object.keys(t.reports), ...Object.keys(t.choice)]) if (!t.ends.includes(side)) problems.push(`${file}: tieTypes.${i}: "${side}" is not one of the ends ${t.ends.join(', ')}`);
    const kinds = { ends: t.ends, reports: t.reports as never, structure: t.structure ? ({} as never) : null };
    if (generatorKind(kinds) === null)
      problems.push(`${file}: tieTypes.${i}: no generator for ${[...new Set(t.ends)].map((e) => `${e}: ${t.reports[e]?.kind ?? 'none'}`).join(', ')}; expected ${GENERATOR_KINDS_TEXT}`);
  });
  // Key figures and thresholds name figures a network of this spec has (a typo would show as an empty column).
  const figures = figureNames(spec);
  const named = [...spec.outcomes.keyFigures.map((x, i) => ({ k: x.metric, where: `outcomes.keyFigures.${i}.metric` })), ...spec.outcomes.thresholds.map((x, i) => ({ k: x.metric, where: `outcomes.thresholds.${i}.metric` }))];
  for (const { k, where } of named)
    if (!figures.has(k)) {
      const near = nearestName(k, [...figures]);
      problems.push(`${file}: ${where}: "${k}" is not a network figure of this spec${near ? ` (did you mean "${near}"?)` : ''}; expected a network figure (e.g. edges, giant_share, modularity), NAME.SECTOR (giant_share.${spec.sectors[0]!.id}, isolate_share, mean_degree, …), ties.TIE TYPE, reach_2|3.SECTOR (needs outcomes.reachFrom) or fit.tvd|requested|realized.TIE TYPE.SECTOR`);
    }
  // A share never crosses a threshold outside [0, 1]: the sweep would report it "not reached" at every t.
  spec.outcomes.thresholds.forEach((x, i) => {
    if (isShareFigure(x.metric) && !(x.value >= 0 && x.value <= 1)) problems.push(`${file}: outcomes.thresholds.${i}.value: ${x.metric} is a share; expected a number in [0, 1], got ${x.value}`);
  });
  problems.push(...openBinRanges(survey, spec, file));
  if (problems.length) throw new InputError(problems);

  // Resolve under every word of every enum assumption (a word may point at a question or a reconciliation).
  for (const [name, a] of Object.entries(spec.assumptions)) {
    if (a.type !== 'enum') continue;
    if (!Object.hasOwn(a.values, a.default)) problems.push(`${file}: assumptions.${name}.default: expected one of ${Object.keys(a.values).join(', ')}, got "${a.default}"`);
    for (const w of Object.keys(a.values))
      try {
        resolveModel(survey, spec, { ...options, file, overrides: { ...options.overrides, [name]: { value: w, origin: 'spec check' } } });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        // A balance that solves a population fixed by another override is not the spec's fault.
        if (!/solves the number of/.test(e.message)) problems.push(...e.problems.map((p) => `${p} (with ${name} = ${w})`));
      }
  }
  for (const [name, a] of Object.entries(spec.assumptions)) {
    if (a.type === 'enum') continue;
    if (a.default !== 'auto' && (a.default < a.min || a.default > a.max)) problems.push(`${file}: assumptions.${name}.default: expected a number in [${a.min}, ${a.max}], got ${a.default}`);
    if (a.default === 'auto' && a.auto === undefined) problems.push(`${file}: assumptions.${name}: default "auto" needs an "auto" quantity`);
    if (a.range[0] < a.min || a.range[1] > a.max) problems.push(`${file}: assumptions.${name}.range: expected a range inside [${a.min}, ${a.max}], got [${a.range.join(', ')}]`);
  }
  if (problems.length) throw new InputError(problems);
  const model = resolveModel(survey, spec, { ...options, file });
  const levers = leverCatalog(survey, spec, model);
  if (spec.outcomes.reachFrom && !ids.has(spec.outcomes.reachFrom)) problems.push(`${file}: outcomes.reachFrom: expected a sector id, got "${spec.outcomes.reachFrom}"`);
  if (problems.length) throw new InputError(problems);
  return { model, levers, generators: model.ties.map((t) => ({ tieType: t.id, generator: generatorKind(t)! })), questions: uses };
}

/** Each binned distribution of a spec with where it sits: reports of tie types and binned attributes. */
function distributions(spec: Spec): { where: string; question: QuestionRefLike; cap: unknown }[] {
  const out: { where: string; question: QuestionRefLike; cap: unknown }[] = [];
  spec.tieTypes.forEach((t, i) => {
    for (const [side, r] of Object.entries(t.reports)) if (r.kind === 'bins') out.push({ where: `tieTypes.${i}.reports.${side}.distribution`, question: r.distribution.question, cap: r.distribution.openBinCap });
  });
  spec.sectors.forEach((s, i) =>
    s.attributes.forEach((a, j) => {
      if (a.kind === 'binned') out.push({ where: `sectors.${i}.attributes.${j}.distribution`, question: a.distribution.question, cap: a.distribution.openBinCap });
    }),
  );
  return out;
}
type QuestionRefLike = string | { assumption: string };

/**
 * An open-bin cap taken from an assumption must not go below the open bin's start anywhere in the
 * assumption's plausible range, under every question the distribution may read (an enum of
 * calibrations): sensitivity samples the whole range, and a cap of 10 under a bin "> 10" fails mid-run.
 */
function openBinRanges(survey: Survey, spec: Spec, file: string): string[] {
  const problems: string[] = [];
  for (const d of distributions(spec)) {
    if (d.cap === null || typeof d.cap !== 'object' || !('assumption' in d.cap) || Object.keys(d.cap).length !== 1) continue;
    const name = String((d.cap as { assumption: unknown }).assumption);
    const def = Object.hasOwn(spec.assumptions, name) ? spec.assumptions[name] : undefined;
    if (!def || def.type === 'enum') continue;
    let questions: string[];
    if (typeof d.question === 'string') questions = [d.question];
    else {
      const e = Object.hasOwn(spec.assumptions, d.question.assumption) ? spec.assumptions[d.question.assumption] : undefined;
      questions = e?.type === 'enum' ? Object.values(e.values).filter((v): v is string => typeof v === 'string') : [];
    }
    for (const id of questions) {
      const open = findQuestion(survey, id)?.options.find((o) => o.bin && o.bin.max === null);
      if (!open?.bin) continue;
      if (def.range[0] < open.bin.min)
        problems.push(`${file}: assumptions.${name}.range: the low end ${def.range[0]} lies below the open bin "${open.label}" of ${id} (it starts at ${open.bin.min}), which ${d.where}.openBinCap caps with it; expected a range starting at ${open.bin.min} or more`);
      if (def.default !== 'auto' && def.default < open.bin.min)
        problems.push(`${file}: assumptions.${name}.default: ${def.default} lies below the open bin "${open.label}" of ${id} (it starts at ${open.bin.min}), which ${d.where}.openBinCap caps with it; expected ${open.bin.min} or more`);
    }
  }
  return [...new Set(problems)];
}
