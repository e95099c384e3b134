/// <reference types="vite/client" />
// The explorer's networks: a bundled spec (the paper's data/model.json, or any data/examples/*/spec.json)
// and its survey, resolved at a scale, with scenario levers at t. The compute worker and the page (for
// the first frame) build them with this same code, so the same seed gives the same graph on both sides.
// Loading, resolving and generating go through the library's public API (src/api, 'collabnet'): the
// explorer runs what a script runs.
import type { SerializedGraph } from 'graphology-types';
import { checkSpec, createModel, generate, loadSpec, loadSurvey, type Lever, type LeverSetting, type Model, type ResolvedModel, type Spec, type Survey } from '../api/index.js';
import surveyJson from '../../data/survey.json';
import specJson from '../../data/model.json';

// Every example spec and survey, bundled (a new folder under data/examples/ needs no code change).
const exampleFiles = import.meta.glob(['../../data/examples/*/spec.json', '../../data/examples/*/survey.json'], { eager: true, import: 'default' }) as Record<string, unknown>;

interface Bundle {
  readonly spec: Spec;
  readonly survey: Survey;
  /** The spec's file, for messages. */
  readonly file: string;
}

const bundles = new Map<string, () => Bundle>();
const parsed = new Map<string, Bundle>();
const paper = loadSpec(specJson, 'model.json');
/** The spec the explorer opens with: the built-in one. */
export const DEFAULT_SPEC = paper.name;
bundles.set(paper.name, () => ({ spec: paper, survey: loadSurvey(surveyJson, 'survey.json'), file: 'model.json' }));
for (const [path, raw] of Object.entries(exampleFiles)) {
  if (!path.endsWith('/spec.json')) continue;
  const spec = loadSpec(raw, path.replace('../../', ''));
  const surveyPath = path.replace(/spec\.json$/, spec.survey);
  bundles.set(spec.name, () => ({ spec, survey: loadSurvey(exampleFiles[surveyPath], surveyPath.replace('../../', '')), file: path.replace('../../', '') }));
}

/** Specs the user loaded (this page only: they are not in its links). */
const userSpecs = new Set<string>();

/**
 * Adds a spec and survey the user loaded (checked by `readUserSpec`); returns the name it is known
 * by: its own, or with " (yours)" when a bundled spec has that name.
 */
export function registerSpec(spec: Spec, survey: Survey, file: string): string {
  const name = bundles.has(spec.name) && !userSpecs.has(spec.name) ? `${spec.name} (yours)` : spec.name;
  const renamed: Spec = { ...spec, name };
  userSpecs.add(name);
  parsed.delete(name);
  bundles.set(name, () => ({ spec: renamed, survey, file }));
  return name;
}

/** Whether a spec was loaded by the user (not bundled with the page). */
export function isUserSpec(name: string): boolean {
  return userSpecs.has(name);
}

function bundle(name: string): Bundle {
  const known = parsed.get(name);
  if (known) return known;
  const make = bundles.get(name) ?? bundles.get(DEFAULT_SPEC)!;
  const b = make();
  // The same checks as every command (`collabnet spec check`), once per spec.
  checkSpec({ spec: b.spec, survey: b.survey, specLabel: b.file });
  parsed.set(name, b);
  return b;
}

/** The bundled specs: name and title, the built-in one first. */
export function specList(): { name: string; title: string }[] {
  return [...bundles.keys()].map((name) => ({ name, title: name === DEFAULT_SPEC ? paper.title : bundle(name).spec.title }));
}

/** A known spec name, or the default. */
export function specName(name: string | null | undefined): string {
  return name && bundles.has(name) ? name : DEFAULT_SPEC;
}

/** What the page shows of a spec: sectors (id, label, colour), attributes to colour and filter by, key figures, reach sector. */
export function specView(name: string = DEFAULT_SPEC) {
  const { spec } = bundle(name);
  return {
    name: spec.name,
    title: spec.title,
    sectors: spec.sectors.map((s) => ({ id: s.id, label: s.label, plural: s.plural, colour: s.colour })),
    attributes: [...new Map(spec.sectors.flatMap((s) => s.attributes.filter((a) => a.kind === 'category' || a.kind === 'region').map((a) => [a.name, { name: a.name, label: a.label ?? a.name }] as const))).values()],
    keyFigures: spec.outcomes.keyFigures,
    thresholds: spec.outcomes.thresholds,
    levers: spec.levers.map((l) => l.id),
    focus: spec.outcomes.reachFrom ?? spec.sectors[0]!.id,
  };
}

/**
 * The model of a spec at a scale (`createModel`): its baseline and lever catalog. The page passes
 * it to the API's `generate`, `metrics` and `readGraph`, and to the streaming ensembles.
 */
export function prepare(name: string, scale: number): { base: Model; baseline: ResolvedModel; catalog: Lever[] } {
  const { spec, survey } = bundle(name);
  const base = createModel({ spec, survey, scale, specLabel: `${spec.name} spec` });
  return { base, baseline: base.baseline, catalog: [...base.levers] };
}

/** One generated network (baseline, or the levers at t) with a line saying what it is (the API's `generate`). */
export function buildNetwork(name: string, seed: number, scale: number, levers: LeverSetting[], t: number) {
  const { base, catalog } = prepare(name, scale);
  const { graph } = generate(base, { seed, levers, t });
  // Users read the levers' titles, as the scenario panel shows them, not their ids.
  const title = (id: string) => `"${catalog.find((c) => c.name === id)?.title ?? id}"`;
  const source = levers.length ? `scenario ${levers.map((l) => title(l.lever)).join(' + ')} at t = ${t} (seed ${seed})` : `baseline network (seed ${seed})`;
  return { graph, data: graph.export() as SerializedGraph, source, catalog, model: base };
}
