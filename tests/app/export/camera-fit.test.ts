import { describe, expect, it } from 'vitest';
import { cameraToFit } from '../../../src/app/export/index.js';

describe('camera to fit: bad input', () => {
  it('no points, or none finite: the whole graph', () => {
    expect(cameraToFit([])).toEqual({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    expect(cameraToFit([{ x: NaN, y: 1 }])).toEqual({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  });
});

describe('camera to fit', () => {
  it('centres on the bounding box of the points shown, with a margin', () => {
    const c = cameraToFit([{ x: 0.1, y: 0.2 }, { x: 0.3, y: 0.3 }], 0.1);
    expect(c.x).toBeCloseTo(0.2, 12);
    expect(c.y).toBeCloseTo(0.25, 12);
    expect(c.ratio).toBeCloseTo(0.24, 12);
  });
  it('never zooms past 10× on one node, nor out past the whole graph', () => {
    expect(cameraToFit([{ x: 0.4, y: 0.4 }]).ratio).toBe(0.1);
    expect(cameraToFit([{ x: -1, y: 0 }, { x: 2, y: 0 }]).ratio).toBe(1);
  });
});
