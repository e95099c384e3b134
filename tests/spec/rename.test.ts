import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitReport } from '../../src/fit/index.js';
import { generateNetwork } from '../../src/generator/index.js';
import { computeMetrics } from '../../src/metrics/index.js';
import { resolveModel } from '../../src/model/index.js';
import { leverCatalog, metricsOptionsFor, runSweep, scenarioModel } from '../../src/scenarios/index.js';
import { parseWith, SpecSchema, SurveySchema, type Spec, type Survey } from '../../src/schemas/index.js';
import { rawModel, rawSurvey, ROOT } from '../helpers.js';

/** Every id the paper's spec gives a sector, a tie type, a question or an option of its survey. */
function paperIds() {
  const spec = rawModel();
  const survey = rawSurvey();
  const questions = [...Object.values(survey.tables).flatMap((t: any) => t.questions), ...survey.results];
  return {
    sectors: spec.sectors.map((s: any) => s.id) as string[],
    ties: spec.tieTypes.map((t: any) => t.id) as string[],
    questions: questions.map((q: any) => q.id) as string[],
  };
}

/** Renames ids everywhere in a JSON value: object keys and whole string values (question ids also inside `q.id` strings). */
function renameDeep(v: unknown, map: Map<string, string>): unknown {
  if (Array.isArray(v)) return v.map((x) => renameDeep(x, map));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [map.get(k) ?? k, renameDeep(x, map)]));
  // Whole ids, then ids inside dotted paths (`tieTypes.ID.reports.SECTOR.share`, `giant_share.SECTOR`).
  if (typeof v === 'string') return map.get(v) ?? (v.includes('.') ? v.split('.').map((p) => map.get(p) ?? p).join('.') : v);
  return v;
}

const ids = paperIds();
const map = new Map<string, string>([
  ['hospital', 'clinic'],
  ['institution', 'lab'],
  ['company', 'vendor'],
  ...ids.ties.map((t, i) => [t, `tie-${i + 1}`] as [string, string]),
  ...ids.questions.map((q, i) => [q, `${q.split('.')[0]!.replace(/s$/, '')}x.q${i + 1}`] as [string, string]),
]);
const back = new Map([...map].map(([a, b]) => [b, a]));

function renamedSpec(): { spec: Spec; survey: Survey } {
  const raw = rawModel();
  // Rename the survey's groups too, so no group name of the paper is left.
  const groupMap = new Map([['clinicians', 'practitioners'], ['institutions', 'researchers'], ['industry', 'vendors']]);
  const survey = renameDeep(rawSurvey(), new Map([...map, ...groupMap])) as any;
  const spec = renameDeep(raw, map) as any;
  // Keep each tie type's random stream (its old id: a label of the spec, not a name src/ knows), so the renamed spec must give the same graph up to names.
  spec.tieTypes.forEach((t: any, i: number) => (t.stream = raw.tieTypes[i].stream ?? raw.tieTypes[i].id));
  const specText = JSON.stringify(spec).replace(/groups\.(clinicians|institutions|industry)\./g, (_m, g) => `groups.${groupMap.get(g)}.`);
  return { spec: parseWith(SpecSchema, JSON.parse(specText), 'renamed.json'), survey: parseWith(SurveySchema, survey, 'renamed-survey.json') };
}

describe('the paper renamed: every sector, tie type, question and group id', () => {
  const original = { spec: parseWith(SpecSchema, rawModel(), 'model.json'), survey: parseWith(SurveySchema, rawSurvey(), 'survey.json') };
  const renamed = renamedSpec();

  it('no id of the paper is left in the renamed spec and survey', () => {
    const text = JSON.stringify({ ...renamed, spec: { ...renamed.spec, tieTypes: renamed.spec.tieTypes.map(({ stream: _s, ...t }) => t) } });
    for (const s of ['"hospital"', '"institution"', '"company"', ...ids.ties.map((t) => `"${t}"`), ...ids.questions.map((q) => `"${q}"`)]) expect(text, s).not.toContain(s);
  });

  it('generate: the same network up to names, seed for seed', () => {
    const a = resolveModel(original.survey, original.spec);
    const b = resolveModel(renamed.survey, renamed.spec);
    for (const seed of [1, 2]) {
      const ga = generateNetwork(a, { seed }).graph.export();
      const gb = generateNetwork(b, { seed }).graph.export();
      const mapped = JSON.parse(JSON.stringify(gb), (_k, v) => (typeof v === 'string' ? (back.get(v) ?? v) : v));
      // Compare without printing two whole networks when they differ.
      const x = JSON.stringify(mapped);
      const y = JSON.stringify(ga);
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      expect(x.slice(Math.max(0, i - 200), i + 100)).toBe(y.slice(Math.max(0, i - 200), i + 100));
      expect(x.length).toBe(y.length);
    }
  });

  it('fit, metrics, levers and a sweep run and agree', async () => {
    const a = resolveModel(original.survey, original.spec);
    const b = resolveModel(renamed.survey, renamed.spec);
    const na = generateNetwork(a, { seed: 3 });
    const nb = generateNetwork(b, { seed: 3 });
    const fa = fitReport(na.graph, a, na.record);
    const fb = fitReport(nb.graph, b, nb.record);
    expect(fb.sides.map((s) => s.tvd)).toEqual(fa.sides.map((s) => s.tvd));
    expect(fb.sides.map((s) => `${back.get(s.tieType)}.${back.get(s.side)}`)).toEqual(fa.sides.map((s) => `${s.tieType}.${s.side}`));
    const ma = computeMetrics(na.graph, { seed: 3, ...metricsOptionsFor(a) });
    const mb = computeMetrics(nb.graph, { seed: 3, ...metricsOptionsFor(b) });
    expect(mb.network.reach?.from).toBe('clinic');
    expect(mb.network.reach?.to['vendor']).toEqual(ma.network.reach?.to['company']);
    const ca = leverCatalog(original.survey, original.spec, a);
    const cb = leverCatalog(renamed.survey, renamed.spec, b);
    expect(cb.flatMap((l) => l.parts.map((p) => [p.baseline, p.ceiling]))).toEqual(ca.flatMap((l) => l.parts.map((p) => [p.baseline, p.ceiling])));
    const baseB = { survey: renamed.survey, spec: renamed.spec, options: {}, baseline: b };
    const sb = scenarioModel(baseB, cb, [{ lever: 'clinician-engagement' }], 1);
    expect(sb.sectors.find((s) => s.id === 'lab')!.count).toBe(b.sectors.find((s) => s.id === 'lab')!.count);
    const sweep = await runSweep(baseB, cb, 'renamed', [{ lever: 'multi-center-networks' }], { steps: 2, runs: 2, seed: 1 });
    expect(sweep.steps[1]!.metrics[`ties.${map.get('hospital-hospital')}`]!.mean).toBeGreaterThan(0);
    expect(sweep.thresholds.map((t) => t.metric)).toEqual(['giant_share.clinic', 'isolate_share.clinic']);
  });
});

/** Every source file under src/, with its text. */
function sources(dir = join(ROOT, 'src')): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|mjs|html|css)$/.test(name) ? [{ path: p.slice(ROOT.length + 1), text: readFileSync(p, 'utf8') }] : [];
  });
}

// Nothing pending: every file of src/ is free of the paper.
const PENDING = new Set<string>();

describe('src/ is free of the paper', () => {
  it('no sector id, tie type id or question id of the paper is spelled in src/', () => {
    const words = [...ids.ties, ...ids.questions, ...ids.sectors.map((s) => `'${s}'`), ...ids.sectors.map((s) => `"${s}"`)];
    const found: string[] = [];
    for (const f of sources()) {
      if (PENDING.has(f.path)) continue;
      for (const w of words) if (f.text.includes(w)) found.push(`${f.path}: ${w}`);
    }
    expect(found).toEqual([]);
  });
});

describe('src/ is free of the paper: its words too', () => {
  it('no line of code (comments aside) says hospital, clinician, institution, company or a Table number', () => {
    const found: string[] = [];
    for (const f of sources()) {
      const code = f.text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, '')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      code.split('\n').forEach((line, i) => {
        if (/\b(hospitals?|clinicians?|institutions?|compan(y|ies))\b/i.test(line) || /\bTable [1-9]/.test(line)) found.push(`${f.path}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
    }
    expect(found).toEqual([]);
  });
});
