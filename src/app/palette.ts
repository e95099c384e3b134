// Sector colours come from the spec (each sector's "colour"; the paper's are Okabe & Ito 2008, colour-blind safe).

/** A categorical palette (Okabe–Ito, then Tableau 10) for communities, components and attribute values. */
const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F'];
const OTHER = '#bbbbbb';

/** Color of the i-th most frequent category; categories past the palette share a grey. */
export function categoryColor(rank: number): string {
  return CATEGORICAL[rank] ?? OTHER;
}

export const OTHER_COLOR = OTHER;
