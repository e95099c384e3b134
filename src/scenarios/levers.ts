import { InputError } from '../errors.js';
import type { ResolvedModel } from '../model/resolve.js';
import type { Survey, SurveyQuestion } from '../schemas/survey.js';

/** A model quantity a lever moves. */
export type LeverParameter =
  | 'engagement.institution'
  | 'engagement.company'
  | 'rh.zero-share'
  | 'rc.zero-share'
  | 'ai-department.tertiary'
  | 'ai-department.secondary'
  | 'institution-institution.willing'
  | 'multi-center.share'
  | 'company-popularity-exponent';

/** One quantity of one lever: where it starts (t = 0), where it ends (t = 1), and why. */
export interface LeverPart {
  readonly key: string;
  readonly parameter: LeverParameter;
  readonly label: string;
  readonly baseline: number;
  readonly ceiling: number;
  /** Where the ceiling comes from: a survey row, or "assumption". */
  readonly source: string;
}

export interface Lever {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly parts: readonly LeverPart[];
}

/** The levers, by name; `collabnet scenario --list` prints them. */
export const LEVER_NAMES = [
  'clinician-engagement',
  'institution-hospital-ties',
  'institution-company-ties',
  'institution-institution-ties',
  'multi-center-networks',
  'ai-departments',
  'matchmaking-platform',
] as const;
export type LeverName = (typeof LEVER_NAMES)[number];

function question(survey: Survey, id: string): SurveyQuestion {
  for (const t of Object.values(survey.tables)) for (const q of t.questions) if (q.id === id) return q;
  const q = survey.results.find((x) => x.id === id);
  if (!q) throw new InputError(`survey.json: expected a question "${id}" (a lever's ceiling comes from it)`);
  return q;
}

/** The share of the option of `id` whose label starts with `label`. */
function share(survey: Survey, id: string, label: string): { value: number; source: string } {
  const q = question(survey, id);
  const o = q.options.find((x) => x.label.toLowerCase().startsWith(label.toLowerCase()));
  if (!o) throw new InputError(`survey.json: question "${id}" has no option "${label}" (a lever's ceiling comes from it)`);
  const value = o.use === 'text' && o.text ? o.text.share : o.share;
  const where = q.source.table === null ? `Results, "${q.label}"` : `Table ${q.source.table}, "${q.label}"`;
  return { value, source: `${where}: ${o.label} ${+(value * 100).toFixed(1)}%` };
}

/**
 * The lever catalog for a baseline model: each lever's quantities with their reported level
 * (t = 0) and the ceiling (t = 1) taken from what respondents said they want. `ceilings`
 * overrides any ceiling by `lever.key` (e.g. `clinician-engagement.institution`).
 */
export function leverCatalog(survey: Survey, baseline: ResolvedModel, ceilings: Readonly<Record<string, number>> = {}): Lever[] {
  const zero = (bins: ResolvedModel['rh']) => bins.bins.find((b) => b.min === 0 && b.max === 0)?.share ?? 0;
  const wantInst = share(survey, 'clinicians.collaboration-interest', 'Collaboration with research institutions');
  const wantEnt = share(survey, 'clinicians.collaboration-interest', 'Collaboration with enterprises');
  const wantMedical = share(survey, 'institutions.collaboration-interest', 'With medical institutions');
  const wantPlatformR = share(survey, 'institutions.desired-support', 'Collaboration platform with AI companies');
  const wantResearch = share(survey, 'institutions.collaboration-interest', 'With research institutions');
  const shareImages = share(survey, 'clinicians.resources-offered', 'Image data sharing');
  const wantPlatformC = share(survey, 'clinicians.desired-support', 'Collaborative platforms with AI companies');

  const levers: { name: LeverName; title: string; description: string; parts: Omit<LeverPart, 'key'>[] }[] = [
    {
      name: 'clinician-engagement',
      title: 'Interest becomes engagement',
      description: 'Clinicians collaborating with research institutions and with companies, from what they report doing (Table 1) to what they say they expect (Table 4).',
      parts: [
        { parameter: 'engagement.institution', label: 'clinicians with an institution partner', baseline: baseline.engagement.institution, ceiling: wantInst.value, source: wantInst.source },
        { parameter: 'engagement.company', label: 'clinicians with a company partner', baseline: baseline.engagement.company, ceiling: wantEnt.value, source: wantEnt.source },
      ],
    },
    {
      name: 'institution-hospital-ties',
      title: 'Institutions partner with hospitals',
      description: 'Share of research institutions without a partner hospital, from Table 6 down to those not keen on partnering with medical institutions (Table 10); other bins grow in proportion.',
      parts: [{ parameter: 'rh.zero-share', label: 'institutions without a partner hospital', baseline: zero(baseline.rh), ceiling: 1 - wantMedical.value, source: `1 − ${wantMedical.source}` }],
    },
    {
      name: 'institution-company-ties',
      title: 'Institutions partner with companies',
      description: 'Share of research institutions without a partner company, from Table 6 down to those not asking for a collaboration platform with AI companies (Table 10).',
      parts: [{ parameter: 'rc.zero-share', label: 'institutions without a partner company', baseline: zero(baseline.rc), ceiling: 1 - wantPlatformR.value, source: `1 − ${wantPlatformR.source}` }],
    },
    {
      name: 'institution-institution-ties',
      title: 'Institutions partner with each other',
      description: 'None observed; institutions wanting more collaboration between research institutions (Table 10) each get institution-partners-when-willing partners among themselves.',
      parts: [{ parameter: 'institution-institution.willing', label: 'institutions seeking institution partners', baseline: baseline.institutionInstitution.willing, ceiling: wantResearch.value, source: wantResearch.source }],
    },
    {
      name: 'multi-center-networks',
      title: 'Multi-center hospital networks',
      description: "Clinicians' recommendation 2 (platforms for multi-center cooperation): hospitals join a provincial network around tertiary centres, up to the share of clinicians who contribute image data (Table 2).",
      parts: [{ parameter: 'multi-center.share', label: 'hospitals in a multi-center network', baseline: baseline.multiCenter.share, ceiling: shareImages.value, source: shareImages.source }],
    },
    {
      name: 'ai-departments',
      title: 'AI research departments in every hospital',
      description: 'Hospitals with an AI research department, from 27% of tertiary and 8% of secondary (Results) to all (the paper\'s recommendation); their clinicians are ai-department-engagement-ratio times as likely to collaborate.',
      parts: [
        { parameter: 'ai-department.tertiary', label: 'tertiary hospitals with an AI department', baseline: baseline.aiDepartment.tertiary, ceiling: 1, source: 'recommendation: "formation of dedicated AI research departments" (all)' },
        { parameter: 'ai-department.secondary', label: 'secondary hospitals with an AI department', baseline: baseline.aiDepartment.secondary, ceiling: 1, source: 'recommendation: "formation of dedicated AI research departments" (all)' },
      ],
    },
    {
      name: 'matchmaking-platform',
      title: 'A matchmaking platform with AI companies',
      description: 'Clinicians and researchers who want a collaboration platform with AI companies (82%, 69%) join it; partner choice among companies becomes even (popularity exponent → 0, an assumption).',
      parts: [
        { parameter: 'engagement.company', label: 'clinicians with a company partner', baseline: baseline.engagement.company, ceiling: wantPlatformC.value, source: wantPlatformC.source },
        { parameter: 'rc.zero-share', label: 'institutions without a partner company', baseline: zero(baseline.rc), ceiling: 1 - wantPlatformR.value, source: `1 − ${wantPlatformR.source}` },
        { parameter: 'company-popularity-exponent', label: 'company popularity exponent (Zipf)', baseline: baseline.companyPopularityExponent, ceiling: 0, source: 'assumption: a platform evens out which companies are found' },
      ],
    },
  ];

  const keys = new Set<string>();
  const out = levers.map((l) => ({
    ...l,
    parts: l.parts.map((p) => {
      const key = `${l.name}.${p.parameter.split('.').pop()!}`;
      keys.add(key);
      return { ...p, key, ceiling: ceilings[key] ?? p.ceiling };
    }),
  }));
  for (const [key, value] of Object.entries(ceilings)) {
    if (!keys.has(key)) throw new InputError(`ceiling "${key}": unknown; expected one of ${[...keys].join(', ')}`);
    const max = key.endsWith('exponent') ? 5 : 1;
    if (!(value >= 0 && value <= max)) throw new InputError(`ceiling "${key}": expected a number in [0, ${max}], got ${value}`);
  }
  return out;
}
