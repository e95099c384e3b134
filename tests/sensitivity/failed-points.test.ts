import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/index.js';
import { finiteRows, morrisDesign, morrisMeasures, morrisPoints, splitSaltelliOutputs } from '../../src/sensitivity/index.js';

describe('points the model cannot resolve', () => {
  it("Sobol' rows with a non-finite output are left out whole", () => {
    const out = splitSaltelliOutputs(3, 1, [1, 2, 3, 4, 5, NaN, 7, 8, 9]);
    const { outputs, dropped } = finiteRows(out);
    expect(dropped).toBe(1);
    expect(outputs).toEqual({ fA: [1, 7], fB: [2, 8], fAB: [[3, 9]] });
  });

  it('Morris trajectories with a non-finite output are left out', () => {
    const d = morrisDesign(4, 2, 4, createRng(1));
    const y = morrisPoints(d).map((x) => 3 * x[0]! + x[1]!);
    y[4] = NaN; // trajectory 1
    const m = morrisMeasures(d, y);
    expect(m[0]!.muStar).toBeCloseTo(3, 10);
    expect(m[1]!.muStar).toBeCloseTo(1, 10);
  });
});
