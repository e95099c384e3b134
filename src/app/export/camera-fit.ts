// The camera that frames a set of nodes (what a PNG export shows: the nodes on screen, centred).

/** A Sigma camera state. */
export interface CameraFit {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/**
 * The camera state that shows every point (Sigma's normalized "framed graph" coordinates, where the
 * whole graph spans [0, 1] along its longer side and ratio 1 shows all of it), centred on their
 * bounding box with `margin` (0.1 = 10%) around it. No points: the whole graph.
 */
export function cameraToFit(points: Iterable<{ x: number; y: number }>, margin = 0.1): CameraFit {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) return { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const extent = Math.max(maxX - minX, maxY - minY);
  // A single node (or a tight group) is not blown up past 10× the normal zoom.
  const ratio = Math.min(1, Math.max(0.1, extent * (1 + 2 * margin)));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 };
}
