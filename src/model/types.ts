import type { OutcomesSpec } from '../schemas/spec.js';
import type { AssumptionValue } from './assumptions.js';
import type { DegreeDistribution } from './bins.js';

/** One assumption as it stands for a run: value, where it came from, why, and its plausible range. */
export interface AssumptionInForce {
  readonly name: string;
  /** The setting as written (`"auto"`, `0.25`). */
  readonly setting: AssumptionValue;
  /** The number or word the generator uses. */
  readonly value: AssumptionValue;
  readonly origin: string;
  readonly justification: string;
  readonly source: string | null;
  /** Plausible range (numbers) or the allowed words (enums). */
  readonly range: readonly [number, number] | readonly string[];
}

/** A node attribute, resolved to numbers. Drawn per node in declaration order. */
export type ResolvedAttribute =
  | { readonly kind: 'category'; readonly name: string; readonly label: string; readonly values: readonly { readonly value: string; readonly share: number }[] }
  | { readonly kind: 'region'; readonly name: string; readonly label: string; readonly regions: number; readonly subset: number | null; readonly concentration: number; readonly prefix: string }
  | { readonly kind: 'flag'; readonly name: string; readonly label: string; readonly given: string; readonly shares: Readonly<Record<string, number>> }
  | { readonly kind: 'binned'; readonly name: string; readonly label: string; readonly dist: DegreeDistribution }
  | { readonly kind: 'zipf-rank'; readonly name: string; readonly label: string; readonly rankName: string; readonly exponent: number };

/** Who answered for a sector, resolved. */
export interface ResolvedRespondents {
  readonly unit: string;
  readonly unitPlural: string;
  /** Respondents in the network (scaled): for many-per-node, spread over the nodes. */
  readonly count: number;
  /** Respondents the survey reports (unscaled). */
  readonly reported: number;
  readonly nesting: 'many-per-node' | 'one-per-node';
  readonly node: string | null;
  readonly attribute: string | null;
  readonly weight: { readonly attribute: string; readonly weights: Readonly<Record<string, number>> } | null;
  /** Engagement multiplier by a flag; `normalizer` keeps the reported engagement at the reference shares. */
  readonly propensity: {
    readonly attribute: string;
    readonly ratio: number;
    readonly normalizer: number;
    /** Expected share of respondents in nodes of each value of the flag's `given` category. */
    readonly respondentShare: Readonly<Record<string, number>>;
  } | null;
  readonly overlap: { readonly attribute: string; readonly target: number; readonly label: string; readonly source: string } | null;
  readonly stream: string;
  readonly engagementStream: string;
}

export interface ResolvedSector {
  readonly id: string;
  readonly label: string;
  readonly plural: string;
  readonly idPrefix: string;
  readonly colour: string;
  readonly count: number;
  /** How the count was set, for the fit report. */
  readonly countNote: string;
  readonly solved: boolean;
  readonly stream: string;
  readonly respondents: ResolvedRespondents | null;
  readonly attributes: readonly ResolvedAttribute[];
}

/** What one side of a tie type reports, resolved. */
export type ResolvedReport =
  | { readonly kind: 'bins'; readonly dist: DegreeDistribution; readonly attribute: string; readonly source: string }
  | { readonly kind: 'share'; readonly share: number; readonly partners: number; readonly attribute: string; readonly what: string; readonly source: string }
  | { readonly kind: 'willing'; readonly share: number; readonly partners: number; readonly source: string }
  | { readonly kind: 'none'; readonly note: string };

export type ResolvedWeight =
  | { readonly kind: 'constant'; readonly value: number }
  | { readonly kind: 'ordinal'; readonly question: string; readonly levels: readonly { readonly label: string; readonly ordinal: number; readonly share: number }[] }
  | { readonly kind: 'respondents' };

export type ResolvedChoice = 'uniform' | 'respondents' | { readonly attribute: string };

export type ResolvedReconciliation = { readonly mode: 'keep'; readonly side: string; readonly word: string } | { readonly mode: 'balance'; readonly solve: string | null; readonly word: string };

export interface ResolvedTie {
  readonly id: string;
  readonly label: string;
  readonly ends: readonly [string, string];
  readonly weight: ResolvedWeight;
  readonly reports: Readonly<Record<string, ResolvedReport>>;
  readonly choice: Readonly<Record<string, ResolvedChoice>>;
  readonly reconciliation: ResolvedReconciliation | null;
  readonly structure: { readonly kind: 'hub-and-spoke'; readonly share: number; readonly groupBy: string; readonly centres: { readonly attribute: string; readonly value: string }; readonly source: string } | null;
  readonly stream: string;
}

/** Expected tie total one side's report implies (Σ k·p_k·N, or respondents × share × partners); null: it reports nothing. */
export interface ImpliedSide {
  readonly sector: string;
  readonly total: number | null;
  readonly note: string;
}

/** Everything the generator needs, as plain data (a worker can take it): the spec resolved against the survey. */
export interface ResolvedModel {
  /** The spec's name and title, and the file it was read from (the origin of every default). */
  readonly spec: { readonly name: string; readonly title: string; readonly file: string };
  readonly scale: number;
  readonly sectors: readonly ResolvedSector[];
  readonly ties: readonly ResolvedTie[];
  readonly implied: Readonly<Record<string, readonly ImpliedSide[]>>;
  readonly assumptions: readonly AssumptionInForce[];
  /** Every movable quantity by spec path (`assumptions.NAME`, `tieTypes.ID.reports.SECTOR.zeroShare`, …). */
  readonly quantities: Readonly<Record<string, number>>;
  readonly outcomes: OutcomesSpec;
  readonly graphAttributes: Readonly<Record<string, string | number>>;
}
