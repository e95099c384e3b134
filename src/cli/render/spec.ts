import type { SpecCheck } from '../../scenarios/index.js';
import { renderAssumptions } from './fit.js';
import { num, pct, section, table } from './format.js';
import { renderLeverCatalog } from './scenario.js';

const GENERATOR: Record<string, string> = {
  'bins-share': 'configuration model / Chung–Lu, by reconciliation',
  'bins-none': 'bins side kept; partners by choice rule',
  'share-none': 'respondents draw partners by choice rule; repeats merge into weight',
  'bins-bins': 'configuration model',
  willing: 'stub matching among the willing',
  'hub-and-spoke': 'named structure: multi-centre hub-and-spoke',
};

/** `collabnet spec check`: what a spec resolves to, in tables. */
export function renderSpecCheck(c: SpecCheck, file: string, surveyLabel: string): string {
  const m = c.model;
  const sectors = m.sectors.map((s) => [
    `${s.id}\n${s.label} (${s.idPrefix}…, ${s.colour})`,
    `${num(s.count, 0)}${s.countNote !== String(s.count) ? `\n${s.countNote}` : ''}`,
    s.respondents ? `${num(s.respondents.count, 0)} ${s.respondents.unitPlural} (${s.respondents.nesting})${s.respondents.node ? `\nnode = ${s.respondents.node}` : ''}` : 'none',
    s.attributes.map((a) => (a.kind === 'category' ? `${a.name}: ${a.values.map((v) => `${v.value} ${pct(v.share)}`).join(', ')}` : a.kind === 'flag' ? `${a.name}: ${Object.entries(a.shares).map(([k, v]) => `${pct(v)} of ${k}`).join(', ')}` : a.kind === 'binned' ? `${a.name}: ${a.dist.question}, mean ${a.dist.mean.toFixed(2)}` : a.kind === 'region' ? `${a.name}: ${a.subset ?? a.regions} of ${a.regions} regions` : `${a.name}: Zipf rank^-${a.exponent}`)).join('\n') || '–',
  ]);
  const ties = m.ties.map((t) => [
    `${t.id}\n${t.ends.join(' – ')}`,
    c.generators.find((g) => g.tieType === t.id)!.generator + `\n${GENERATOR[c.generators.find((g) => g.tieType === t.id)!.generator] ?? ''}`,
    [...new Set(t.ends)].map((e) => {
      const r = t.reports[e];
      if (!r) return `${e}: –`;
      if (r.kind === 'bins') return `${e}: bins ${r.dist.question} (mean ${r.dist.mean.toFixed(3)})`;
      if (r.kind === 'share') return `${e}: ${pct(r.share)} with ${r.what}, ${r.partners} each`;
      if (r.kind === 'willing') return `${e}: ${pct(r.share)} willing, ${r.partners} partners each`;
      return `${e}: nothing (${r.note})`;
    }).join('\n') + (t.structure ? `\n${pct(t.structure.share)} join, grouped by ${t.structure.groupBy}` : ''),
    t.reconciliation ? `${t.reconciliation.word}` : '–',
    t.weight.kind === 'ordinal' ? `ordinal ${t.weight.question}` : t.weight.kind === 'constant' ? `constant ${t.weight.value}` : 'respondent ties',
  ]);
  const outcomes = m.outcomes.keyFigures.map((k) => [k.metric, k.label]);
  const thresholds = m.outcomes.thresholds.map((th) => [th.label, `${th.metric} ${th.direction === 'rises' ? '≥' : '<'} ${th.value}`]);
  return [
    `${file}: valid — ${m.spec.title}; survey ${surveyLabel}: ${c.questions.length} references, every question and option found\n`,
    section(`Sectors (${m.sectors.length})`, table(['sector', 'nodes', 'respondents', 'attributes'], sectors, [30, 28, 40, 50])),
    section(`Tie types (${m.ties.length})`, table(['tie type', 'generator', 'what each side reports', 'reconciliation', 'weight'], ties, [30, 34, 52, 18, 24])),
    renderAssumptions(m),
    renderLeverCatalog(c.levers),
    section('Outcomes', table(['key figure', 'label'], outcomes) + '\n' + table(['threshold', 'condition'], thresholds)),
  ].join('\n');
}
