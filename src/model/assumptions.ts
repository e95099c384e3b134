/**
 * The catalog of assumptions: everything the survey does not say but the network needs.
 * Values and their justifications live in data/model.json; this file says what each one
 * may be, so model files and `--set name=value` overrides are checked the same way.
 */
export type AssumptionValue = number | string;

export interface AssumptionDef {
  readonly name: string;
  readonly type: 'number' | 'integer' | 'enum';
  readonly min?: number;
  readonly max?: number;
  /** Allowed words for an enum. */
  readonly values?: readonly string[];
  /** `"auto"` is allowed: the value is derived from the paper (or solved) at resolve time. */
  readonly auto?: boolean;
}

export const RECONCILIATION_MODES = ['balance', 'keep-institutions', 'keep-hospitals'] as const;
export type ReconciliationMode = (typeof RECONCILIATION_MODES)[number];

export const RH_CALIBRATIONS = ['hospitals', 'healthcare-systems'] as const;
export type RhCalibration = (typeof RH_CALIBRATIONS)[number];

/** Every assumption the generator reads, with its type and range. */
export const ASSUMPTIONS: readonly AssumptionDef[] = [
  { name: 'tertiary-share', type: 'number', min: 0, max: 1 },
  { name: 'tertiary-clinician-weight', type: 'number', min: 0.01, max: 100 },
  { name: 'province-concentration', type: 'number', min: 0, max: 5 },
  { name: 'institutions', type: 'integer', min: 1, max: 1_000_000, auto: true },
  { name: 'companies', type: 'integer', min: 1, max: 1_000_000 },
  { name: 'company-popularity-exponent', type: 'number', min: 0, max: 5 },
  { name: 'reconciliation', type: 'enum', values: RECONCILIATION_MODES },
  { name: 'rh-calibration', type: 'enum', values: RH_CALIBRATIONS },
  { name: 'open-bin-extra-mean', type: 'number', min: 0.01, max: 1000 },
  { name: 'rh-open-bin-cap', type: 'integer', min: 1, max: 1_000_000 },
  { name: 'rc-open-bin-cap', type: 'integer', min: 1, max: 1_000_000 },
  { name: 'clinician-institution-engagement', type: 'number', min: 0, max: 1, auto: true },
  { name: 'clinician-company-engagement', type: 'number', min: 0, max: 1, auto: true },
  { name: 'ai-department-tertiary', type: 'number', min: 0, max: 1, auto: true },
  { name: 'ai-department-secondary', type: 'number', min: 0, max: 1, auto: true },
  { name: 'ai-department-engagement-ratio', type: 'number', min: 0, max: 100 },
  { name: 'partners-per-engaged-clinician', type: 'integer', min: 1, max: 100 },
  { name: 'institution-company-weight', type: 'number', min: 0.000001, max: 1_000_000 },
  { name: 'institution-partners-when-willing', type: 'integer', min: 1, max: 50 },
];

/** Looks up an assumption by name; `undefined` when there is none. */
export function findAssumption(name: string): AssumptionDef | undefined {
  return ASSUMPTIONS.find((a) => a.name === name);
}

/** Describes what an assumption accepts, for error messages: `an integer in [1, 1000000] or "auto"`. */
export function describeAccepted(def: AssumptionDef): string {
  const base =
    def.type === 'enum'
      ? `one of ${def.values!.map((v) => `"${v}"`).join(', ')}`
      : `${def.type === 'integer' ? 'an integer' : 'a number'} in [${def.min}, ${def.max}]`;
  return def.auto ? `${base} or "auto"` : base;
}

/** Checks a value against its definition; returns the problem (without the value), or `null` when it is fine. */
export function checkAssumptionValue(def: AssumptionDef, value: unknown): string | null {
  if (def.auto && value === 'auto') return null;
  const ok =
    def.type === 'enum'
      ? typeof value === 'string' && def.values!.includes(value)
      : typeof value === 'number' &&
        Number.isFinite(value) &&
        (def.type !== 'integer' || Number.isInteger(value)) &&
        value >= def.min! &&
        value <= def.max!;
  return ok ? null : `expected ${describeAccepted(def)}`;
}

/** Levenshtein distance, for "did you mean …?" suggestions. */
function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** The known name closest to `name`, when it is close enough to be a likely typo or a shortened name. */
export function nearestName(name: string, names: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  if (lower.length >= 4) {
    const partial = names.filter((n) => n.startsWith(lower) || n.includes(lower));
    if (partial.length === 1) return partial[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
