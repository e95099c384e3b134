import { z } from 'zod';
import { expected } from './format-issues.js';

/**
 * The network spec: a JSON file that IS the model. Sectors (populations, respondents, node
 * attributes), tie types (ends, weight, what each side reports, reconciliation), assumptions
 * (default, justification, source, plausible range), levers (moves of spec quantities toward
 * ceilings) and outcomes (key figures, thresholds). Nothing here knows any particular survey.
 * Cross-references (sector ids, question ids, assumption names) are checked by `checkSpec`
 * (src/model/check-spec.ts) against the survey the spec names.
 */

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an id of lowercase letters, digits and dashes, starting with a letter');
const attributeName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'expected an attribute name of letters and digits (camelCase)');
const text = z.string().min(1);

/** An option of a survey question, by ids: `{"question": "q.id", "option": "option-id"}`. */
export const SurveyRowSchema = z.strictObject({ question: text, option: text });
export type SurveyRow = z.infer<typeof SurveyRowSchema>;

/**
 * A number the model needs: a literal, an assumption, a count of the survey file (by dotted
 * path, e.g. `groups.GROUP.responses`), an option share (text-or-table decided once), or
 * arithmetic over those.
 */
export type Quantity =
  | number
  | { assumption: string }
  | { survey: string }
  | { question: string; option: string }
  | { complement: Quantity }
  | { op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max'; args: Quantity[] };

export const QuantitySchema: z.ZodType<Quantity> = z.lazy(() =>
  z.union([
    z.number(),
    z.strictObject({ assumption: text }),
    z.strictObject({ survey: text }),
    SurveyRowSchema,
    z.strictObject({ complement: QuantitySchema }),
    z.strictObject({ op: z.enum(['add', 'sub', 'mul', 'div', 'min', 'max']), args: z.array(QuantitySchema).min(1) }),
  ], expected('a quantity: a number, {"assumption": NAME}, {"survey": "groups.GROUP.COUNT"}, {"question": ID, "option": ID}, {"complement": QUANTITY} or {"op": "add|sub|mul|div|min|max", "args": [QUANTITY, …]}')),
);

/** A question id, given directly or through an enum assumption whose values are question ids. */
export const QuestionRefSchema = z.union([text, z.strictObject({ assumption: text })], expected('a question id of the survey, or {"assumption": NAME} (an enum assumption whose words name question ids)'));
export type QuestionRef = z.infer<typeof QuestionRefSchema>;

const range = z.tuple([z.number(), z.number()]).refine((r) => r[0] <= r[1], 'expected [low, high] with low ≤ high');

/** An assumption: everything the survey does not give. */
export const AssumptionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.enum(['number', 'integer']),
    /** A short human name for the assumption, shown in place of its id in prose and charts. */
    label: text.optional(),
    default: z.union([z.number(), z.literal('auto')], expected('a number or "auto"')),
    /** What `"auto"` evaluates to (a survey-derived quantity). */
    auto: QuantitySchema.optional(),
    min: z.number(),
    max: z.number(),
    /** Plausible range, for uncertainty and sensitivity analysis. */
    range,
    justification: text,
    source: z.string().nullable(),
  }),
  z.strictObject({
    type: z.literal('enum'),
    /** A short human name for the assumption, shown in place of its id in prose and charts. */
    label: text.optional(),
    default: text,
    /** Each allowed word and what it means to the model (a question id, a reconciliation, …). */
    values: z.record(z.string(), z.unknown()),
    justification: text,
    source: z.string().nullable(),
  }),
]);
/** One assumption of a spec: a number or integer with its bounds and plausible range, or a word from a list; its default and why. */
export type AssumptionSpec = z.infer<typeof AssumptionSchema>;

/** A binned partner-count (or size) distribution read from a survey question with `bin`s. */
export const BinnedSchema = z.strictObject({
  question: QuestionRefSchema,
  /** Mean of an open bin ("> 5") above its minimum (truncated geometric tail). */
  openBinExtraMean: QuantitySchema,
  /** Largest value drawn in an open bin. */
  openBinCap: QuantitySchema,
});

const CategoryAttributeSchema = z.strictObject({
  name: attributeName,
  kind: z.literal('category'),
  label: text.optional(),
  /** Each value with its share; the last value takes the rest. One uniform per node. */
  values: z.array(z.strictObject({ value: text, share: QuantitySchema.optional() })).min(2),
  source: text,
});
const RegionAttributeSchema = z.strictObject({
  name: attributeName,
  kind: z.literal('region'),
  label: text.optional(),
  regions: QuantitySchema,
  /** Only this many regions (chosen at random) hold the sector's nodes; uniform among them. */
  subset: QuantitySchema.optional(),
  /** Zipf exponent of region sizes (0 = uniform); used without `subset`. */
  concentration: QuantitySchema.optional(),
  prefix: z.string().default('R'),
  source: text,
});
const FlagAttributeSchema = z.strictObject({
  name: attributeName,
  kind: z.literal('flag'),
  label: text.optional(),
  /** A category attribute the share depends on (declared before this one). */
  given: attributeName,
  shares: z.record(z.string(), QuantitySchema),
  source: text,
});
const BinnedAttributeSchema = z.strictObject({
  name: attributeName,
  kind: z.literal('binned'),
  label: text.optional(),
  distribution: BinnedSchema,
  source: text,
});
const RankAttributeSchema = z.strictObject({
  name: attributeName,
  kind: z.literal('zipf-rank'),
  label: text.optional(),
  /** Name of the rank attribute written before the popularity (1 = most popular). */
  rankName: attributeName,
  exponent: QuantitySchema,
  source: text,
});

export const AttributeSchema = z.discriminatedUnion('kind', [CategoryAttributeSchema, RegionAttributeSchema, FlagAttributeSchema, BinnedAttributeSchema, RankAttributeSchema]);
export type AttributeSpec = z.infer<typeof AttributeSchema>;

/** Who answered for a sector and how respondents sit in nodes. */
export const RespondentsSchema = z.strictObject({
  unit: text,
  unitPlural: text,
  count: QuantitySchema,
  /** `many-per-node`: at least one per node, the rest by weight; `one-per-node`: each respondent is a node. */
  nesting: z.enum(['many-per-node', 'one-per-node']),
  /** What a node stands for under this reading, and what changes under another. */
  node: text.optional(),
  /** Node attribute holding the respondent count (many-per-node). */
  attribute: attributeName.optional(),
  /** Extra respondents go to nodes in proportion to these weights by a category attribute. */
  weight: z.strictObject({ attribute: attributeName, weights: z.record(z.string(), QuantitySchema) }).optional(),
  /** Respondents in nodes with a flag are `ratio` times as likely to collaborate (normalized at `reference`). */
  propensity: z.strictObject({ attribute: attributeName, ratio: QuantitySchema, reference: z.record(z.string(), QuantitySchema) }).optional(),
  /** Respondents collaborating in every share-reported tie type at once, and the reported share with none. */
  overlap: z.strictObject({ attribute: attributeName, none: SurveyRowSchema, label: text }).optional(),
  /** Random streams: respondent placement and engagement draws. */
  stream: text.optional(),
  engagementStream: text.optional(),
});

/** Where a sector's node count comes from. */
export const PopulationSchema = QuantitySchema;

export const SectorSchema = z.strictObject({
  id,
  label: text,
  plural: text,
  /** Prefix of node ids: `H` makes H0001, H0002, … */
  idPrefix: z.string().regex(/^[A-Za-z]+$/, 'expected letters'),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#0072B2"'),
  population: PopulationSchema,
  respondents: RespondentsSchema.optional(),
  attributes: z.array(AttributeSchema).default([]),
  /** Random stream of the sector's attribute draws (default: the sector id). */
  stream: text.optional(),
});
/** A sector of a spec (for the paper: hospitals, research institutions, companies): its population, node attributes and respondents. */
export type SectorSpec = z.infer<typeof SectorSchema>;

/** What one side of a tie type reports. */
export const ReportSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('bins'),
    distribution: BinnedSchema,
    /** Share of the zero bin, when a scenario moves it (default: as reported). */
    zeroShare: QuantitySchema.optional(),
    /** Node attribute holding each node's drawn partner count. */
    attribute: attributeName,
    source: text,
  }),
  z.strictObject({
    kind: z.literal('share'),
    share: QuantitySchema,
    partners: QuantitySchema,
    /** Node attribute holding the respondents collaborating through this tie type. */
    attribute: attributeName,
    /** What a collaborating respondent has, e.g. "a partner firm": printed as "<respondents> with a partner firm". */
    what: text,
    source: text,
  }),
  z.strictObject({
    kind: z.literal('willing'),
    share: QuantitySchema,
    partners: QuantitySchema,
    source: text,
  }),
  z.strictObject({ kind: z.literal('none'), note: text }),
]);
export type ReportSpec = z.infer<typeof ReportSchema>;

export const WeightSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('constant'), value: QuantitySchema }),
  z.strictObject({ kind: z.literal('ordinal'), question: text }),
  z.strictObject({ kind: z.literal('respondents') }),
]);

/** How the two reported totals are reconciled: keep one side, or balance (solving a population). */
export const ReconciliationSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('keep'), side: id }),
  z.strictObject({ mode: z.literal('balance'), solve: id.optional() }),
]);
export type ReconciliationSpec = z.infer<typeof ReconciliationSchema>;

export const StructureSchema = z.strictObject({
  kind: z.literal('hub-and-spoke'),
  /** Share of nodes joining a group's network. */
  share: QuantitySchema,
  /** Category/region attribute defining the groups (one network each). */
  groupBy: attributeName,
  /** Nodes with this attribute value are centres (without one: the node with most respondents). */
  centres: z.strictObject({ attribute: attributeName, value: text }),
  source: text,
});

export const TieTypeSchema = z.strictObject({
  id,
  label: text,
  ends: z.tuple([id, id]),
  weight: WeightSchema,
  /** What each end's sector reports, by sector id (ends of a within-sector tie: one entry). */
  reports: z.record(z.string(), ReportSchema).default({}),
  /** Partner choice at an end, when the other side draws: by popularity attribute, respondents × propensity, or uniform. */
  choice: z.record(z.string(), z.union([z.literal('uniform'), z.literal('respondents'), z.strictObject({ attribute: attributeName })], expected('"uniform", "respondents" or {"attribute": NAME} (a popularity or numeric attribute of that end)'))).default({}),
  reconciliation: z.union([ReconciliationSchema, z.strictObject({ assumption: text })], expected('{"mode": "keep", "side": SECTOR}, {"mode": "balance"} (optionally with "solve": SECTOR) or {"assumption": NAME} (an enum assumption of reconciliations)')).optional(),
  structure: StructureSchema.optional(),
  stream: text.optional(),
});
/** A tie type of a spec: the two sectors it joins, its weight, what each side reports in the survey and how partners are chosen. */
export type TieTypeSpec = z.infer<typeof TieTypeSchema>;

/** One quantity a lever moves, addressed by path, toward a ceiling. */
export const MoveSchema = z.strictObject({
  /** Short key: `--ceiling LEVER.KEY=V` overrides the ceiling. */
  key: id,
  /** A spec quantity: `assumptions.NAME`, `tieTypes.ID.reports.SECTOR.zeroShare`, `tieTypes.ID.structure.share`, … */
  path: text,
  label: text,
  /** A survey row, an assumption (with its range), or a literal with a reason. */
  ceiling: QuantitySchema,
  /** 1 − the row (e.g. those without partners = 1 − those who want them). */
  complement: z.boolean().default(false),
  /** Which way the lever pushes; a ceiling on the other side of the baseline is held at the baseline. */
  direction: z.enum(['up', 'down']),
  source: text,
  range,
});
/** One quantity a lever moves: its spec path, its ceiling (a quantity: a number, a survey row, an assumption), the direction and range. */
export type MoveSpec = z.infer<typeof MoveSchema>;

export const LeverSchema = z.strictObject({
  id,
  title: text,
  description: text,
  /** What the scenario keeps of the survey, and what it gives up. */
  keeps: text,
  givesUp: text,
  moves: z.array(MoveSchema).min(1),
});
/** A lever of a spec: what it moves (by spec path), from the baseline to a ceiling, what it keeps and what it gives up. */
export type LeverSpec = z.infer<typeof LeverSchema>;

/**
 * A key figure: a sweep metric name with a label and decimals, and optionally which way is better
 * for it (fewer isolates is better: `lower`), so a comparison can say better or worse rather than
 * up or down. Without `better` a change is shown as neutral.
 */
export const KeyFigureSchema = z.strictObject({ metric: text, label: text, decimals: z.number().int().min(0).max(6).default(3), better: z.enum(['higher', 'lower']).optional() });
export const ThresholdSchema = z.strictObject({ metric: text, value: z.number(), direction: z.enum(['rises', 'falls']), label: text });

export const OutcomesSchema = z.strictObject({
  keyFigures: z.array(KeyFigureSchema).min(1),
  thresholds: z.array(ThresholdSchema).default([]),
  /** Reach (share within 2 and 3 hops) is measured from this sector's nodes. */
  reachFrom: id.optional(),
});
/** The figures a spec reports first (key figures), the thresholds sweeps look for, and the sector reach is measured from. */
export type OutcomesSpec = z.infer<typeof OutcomesSchema>;

export const SpecSchema = z
  .strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  version: z.literal(2),
  name: id,
  title: text,
  /** The survey file, relative to the spec file. */
  survey: text,
  sectors: z.array(SectorSchema).min(1),
  tieTypes: z.array(TieTypeSchema).min(1),
  assumptions: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an assumption name of lowercase letters, digits and dashes'), AssumptionSchema),
  levers: z.array(LeverSchema).default([]),
  outcomes: OutcomesSchema,
  /** Graph attributes written with every network: assumption settings and sector populations. */
  graphAttributes: z.array(z.strictObject({ name: attributeName, assumption: text.optional(), population: id.optional() })).default([]),
  })
  .superRefine((spec, ctx) => {
    // References inside the spec: every assumption named exists; every sector named is a sector.
    // Sets and maps throughout: validation stays linear in the number of sectors and tie types.
    const assumptions = Object.keys(spec.assumptions);
    const assumptionSet = new Set(assumptions);
    const sectors = spec.sectors.map((s) => s.id);
    const sectorSet = new Set(sectors);
    const walk = (v: unknown, path: (string | number)[]) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.assumption === 'string' && !assumptionSet.has(o.assumption))
          ctx.addIssue({ code: 'custom', path: [...path, 'assumption'], message: `unknown assumption "${o.assumption}"; expected one of the spec's assumptions (${assumptions.join(', ')})` });
        for (const [k, x] of Object.entries(o)) walk(x, [...path, k]);
      }
    };
    walk(spec.sectors, ['sectors']);
    walk(spec.tieTypes, ['tieTypes']);
    walk(spec.levers, ['levers']);
    walk(spec.graphAttributes, ['graphAttributes']);
    for (const [name, a] of Object.entries(spec.assumptions)) if (a.type !== 'enum' && a.auto !== undefined) walk(a.auto, ['assumptions', name, 'auto']);
    const sectorRef = (s: string, path: (string | number)[]) => {
      if (!sectorSet.has(s)) ctx.addIssue({ code: 'custom', path, message: `expected a sector id (${sectors.join(', ')}), got "${s}"` });
    };
    spec.tieTypes.forEach((t, i) => {
      t.ends.forEach((e, j) => sectorRef(e, ['tieTypes', i, 'ends', j]));
      for (const k of Object.keys(t.reports)) if (!t.ends.includes(k)) ctx.addIssue({ code: 'custom', path: ['tieTypes', i, 'reports', k], message: `expected one of the ends (${t.ends.join(', ')}), got "${k}"` });
      for (const k of Object.keys(t.choice)) if (!t.ends.includes(k)) ctx.addIssue({ code: 'custom', path: ['tieTypes', i, 'choice', k], message: `expected one of the ends (${t.ends.join(', ')}), got "${k}"` });
    });
    // Ids are unique: a second sector, tie type or lever of the same id would silently shadow the first (or crash the generator).
    const unique = (ids: readonly string[], what: string, path: (i: number) => (string | number)[]) => {
      const firstAt = new Map<string, number>();
      ids.forEach((x, i) => {
        const first = firstAt.get(x);
        if (first === undefined) firstAt.set(x, i);
        else ctx.addIssue({ code: 'custom', path: path(i), message: `${what} "${x}" is used twice (first at ${first}); expected each ${what} once` });
      });
    };
    unique(sectors, 'sector id', (i) => ['sectors', i, 'id']);
    unique(spec.tieTypes.map((t) => t.id), 'tie type id', (i) => ['tieTypes', i, 'id']);
    unique(spec.levers.map((l) => l.id), 'lever id', (i) => ['levers', i, 'id']);
    spec.levers.forEach((l, j) => unique(l.moves.map((m) => m.key), 'move key', (i) => ['levers', j, 'moves', i, 'key']));
    // A node attribute once per sector, a category value once per attribute (a repeated value took two shares under one name).
    spec.sectors.forEach((sec, j) => {
      unique(sec.attributes.map((a) => a.name), 'attribute name', (i) => ['sectors', j, 'attributes', i, 'name']);
      sec.attributes.forEach((a, k) => a.kind === 'category' && unique(a.values.map((v) => v.value), 'value', (i) => ['sectors', j, 'attributes', k, 'values', i, 'value']));
    });
    // One tie type per pair of sectors: the generator keeps one edge per pair of nodes, so a second
    // tie type between the same sectors would collide with the first (not supported: refused).
    const pairs = spec.tieTypes.map((t) => [...t.ends].sort().join('\u0000'));
    const pairAt = new Map<string, number>();
    pairs.forEach((pair, i) => {
      if (!pairAt.has(pair)) pairAt.set(pair, i);
      const first = pairAt.get(pair)!;
      if (first < i && spec.tieTypes[first]!.id !== spec.tieTypes[i]!.id)
        ctx.addIssue({ code: 'custom', path: ['tieTypes', i, 'ends'], message: `tie type "${spec.tieTypes[first]!.id}" (tieTypes.${first}) already joins ${spec.tieTypes[i]!.ends.join(' and ')}; expected one tie type per pair of sectors (merge them, or model the second as a lever on the first)` });
    });
    // A literal ceiling lies in its move's range (as --ceiling is checked).
    spec.levers.forEach((l, j) =>
      l.moves.forEach((m, i) => {
        if (typeof m.ceiling === 'number' && !(m.ceiling >= m.range[0] && m.ceiling <= m.range[1]))
          ctx.addIssue({ code: 'custom', path: ['levers', j, 'moves', i, 'ceiling'], message: `expected a number in [${m.range[0]}, ${m.range[1]}] (the move's range), got ${m.ceiling}` });
      }),
    );
    // A reconciliation names one of its tie type's ends (the side it keeps, the population it solves).
    spec.tieTypes.forEach((t, i) => {
      const r = t.reconciliation;
      if (r === undefined || !('mode' in r)) return;
      const side = r.mode === 'keep' ? r.side : r.solve;
      if (side !== undefined && !t.ends.includes(side))
        ctx.addIssue({ code: 'custom', path: ['tieTypes', i, 'reconciliation', r.mode === 'keep' ? 'side' : 'solve'], message: `expected one of the ends (${t.ends.join(', ')}), got "${side}"` });
    });
    if (spec.outcomes.reachFrom !== undefined) sectorRef(spec.outcomes.reachFrom, ['outcomes', 'reachFrom']);
    spec.graphAttributes.forEach((g, i) => g.population !== undefined && sectorRef(g.population, ['graphAttributes', i, 'population']));
  });
/** A validated spec (version 2): sectors, tie types, assumptions, levers and outcomes — what data/model.json holds. */
export type Spec = z.infer<typeof SpecSchema>;
export type SpecInput = z.input<typeof SpecSchema>;

/** JSON Schema of the spec (for editors), exported from the zod schema. */
export function specJsonSchema(): unknown {
  return z.toJSONSchema(SpecSchema, { io: 'input', unrepresentable: 'any' });
}
