/** The three sectors of the network, as the `sector` node attribute spells them. */
export const SECTORS = ['hospital', 'institution', 'company'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The tie types of the generated network, as the `type` edge attribute spells them. The last two
 * are absent from the baseline (the survey observes none) and appear under scenarios.
 */
export const TIE_TYPES = ['research-hospital', 'research-company', 'hospital-company', 'research-research', 'hospital-hospital'] as const;
export type TieType = (typeof TIE_TYPES)[number];
