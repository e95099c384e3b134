import { InputError } from '../errors.js';
import { generatorKind } from '../generator/generate.js';
import { resolveModel, type ResolveOptions } from '../model/resolve.js';
import { rowShare } from '../model/quantity.js';
import type { ResolvedModel } from '../model/types.js';
import type { Spec } from '../schemas/spec.js';
import type { Survey } from '../schemas/survey.js';
import { findQuestion } from '../survey/lookup.js';
import { questionUses } from '../survey/references.js';
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
  const prefixes = new Set<string>();
  spec.sectors.forEach((s, i) => {
    if ([...prefixes].some((p) => p.startsWith(s.idPrefix) || s.idPrefix.startsWith(p))) problems.push(`${file}: sectors.${i}.idPrefix: "${s.idPrefix}" overlaps another sector's prefix (node ids would clash)`);
    prefixes.add(s.idPrefix);
  });
  spec.tieTypes.forEach((t, i) => {
    for (const e of t.ends) if (!ids.has(e)) problems.push(`${file}: tieTypes.${i}.ends: expected a sector id (${[...ids].join(', ')}), got "${e}"`);
    for (const side of [...Object.keys(t.reports), ...Object.keys(t.choice)]) if (!t.ends.includes(side)) problems.push(`${file}: tieTypes.${i}: "${side}" is not one of the ends ${t.ends.join(', ')}`);
    const kinds = { ends: t.ends, reports: t.reports as never, structure: t.structure ? ({} as never) : null };
    if (generatorKind(kinds) === null)
      problems.push(`${file}: tieTypes.${i}: no generator for ${t.ends.map((e) => `${e}: ${t.reports[e]?.kind ?? 'none'}`).join(', ')}; expected bins × share, bins × none, share × none, bins × bins, a within-sector "willing" report, or a structure`);
  });
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
  for (const k of [...spec.outcomes.keyFigures.map((x) => x.metric), ...spec.outcomes.thresholds.map((x) => x.metric)]) {
    const dot = k.indexOf('.');
    if (dot > 0 && !k.startsWith('ties.') && !k.startsWith('fit.') && !ids.has(k.slice(dot + 1))) problems.push(`${file}: outcomes: "${k}" names no sector of the spec (${[...ids].join(', ')})`);
  }
  if (spec.outcomes.reachFrom && !ids.has(spec.outcomes.reachFrom)) problems.push(`${file}: outcomes.reachFrom: expected a sector id, got "${spec.outcomes.reachFrom}"`);
  if (problems.length) throw new InputError(problems);
  return { model, levers, generators: model.ties.map((t) => ({ tieType: t.id, generator: generatorKind(t)! })), questions: uses };
}
