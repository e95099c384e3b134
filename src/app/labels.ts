// Node labels that never overlap: Sigma picks candidate labels per grid cell (label density
// settings); this drawer, Sigma's `defaultDrawNodeLabel`, skips a label whose box would overlap one
// already drawn in the frame (Sigma draws the most important first).
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';

/** A drawn label: its text and box in viewport pixels. */
export interface LabelBox {
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Gap kept between two labels, in pixels. */
const GAP = 2;

/** Whether two boxes overlap (with the gap). */
export const overlaps = (a: LabelBox, b: LabelBox): boolean => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** A label drawer for Sigma; `reset()` before each frame; `drawn` lists what the last frame drew. */
export function labelDrawer() {
  let drawn: LabelBox[] = [];
  return {
    get drawn(): readonly LabelBox[] {
      return drawn;
    },
    reset(): void {
      drawn = [];
    },
    draw(context: CanvasRenderingContext2D, data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>, settings: Settings): void {
      if (!data.label) return;
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const x = data.x + data.size + 3;
      const box = { label: data.label, x1: x, y1: data.y - size * 0.7, x2: x + context.measureText(data.label).width, y2: data.y + size * 0.55 };
      if (drawn.some((b) => overlaps(b, box))) return;
      drawn.push(box);
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.fillText(data.label, x, data.y + size / 3);
    },
  };
}
