import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sobolPlot, wrapName } from '../../src/charts/index.js';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const bar = (input: string, v: number) => ({ input, S1: { value: v, low: v / 2, high: v * 1.5 }, ST: { value: v, low: v / 2, high: v * 1.5 } });

describe('wrapName', () => {
  it('a label in words wraps after its spaces, without trailing spaces (issue 14)', () => expect(wrapName('clinicians working with companies', 20)).toBe('clinicians working\nwith companies'));
  it('a name without dashes stays whole however long', () => expect(wrapName('reconciliation', 5)).toBe('reconciliation'));
  it('breaks after dashes within the width', () => expect(wrapName('clinician-institution-engagement', 16)).toBe('clinician-\ninstitution-\nengagement'));
});

describe('sobolPlot in a narrow panel', () => {
  it("wraps long input names so none is cut by the frame; the CLI's 720 px chart keeps them on one line", () => {
    const bars = [bar('clinician-institution-engagement', 0.5), bar('companies', 0.1)];
    const narrow = sobolPlot(doc(), 'hospitals in largest component at the baseline', bars, 320).outerHTML;
    expect(narrow).toContain('>clinician-<');
    expect(narrow).not.toContain('>clinician-institution-engagement<');
    const wide = sobolPlot(doc(), 't', bars).outerHTML;
    expect(wide).toContain('>clinician-institution-engagement<');
  });
});
