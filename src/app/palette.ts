/** Colors of the three sectors (colour-blind safe, Okabe & Ito 2008). */
export const SECTOR_COLORS: Record<string, string> = { hospital: '#0072B2', institution: '#E69F00', company: '#009E73' };

/** The color of a sector; any other (`__proto__` and `constructor` included: own keys only) is grey. */
export function sectorColor(sector: string): string {
  return Object.hasOwn(SECTOR_COLORS, sector) ? SECTOR_COLORS[sector]! : OTHER;
}

/** A categorical palette (Okabe–Ito, then Tableau 10) for communities, components, provinces. */
const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F'];
const OTHER = '#bbbbbb';

/** Color of the i-th most frequent category; categories past the palette share a grey. */
export function categoryColor(rank: number): string {
  return CATEGORICAL[rank] ?? OTHER;
}

export const OTHER_COLOR = OTHER;
