/**
 * Simplification of projected lines: detail finer than the picture's pixels costs bytes on
 * the first view and draws nothing.
 */
import type { GeoStream } from 'd3-geo';

/** Points of a line closer than this to the simplified line are dropped, in px. */
export const SIMPLIFY_PX = 0.8;

/**
 * A d3 stream that simplifies each projected line and ring (Douglas–Peucker, `tolerance`
 * px) and drops rings that shrink below a pixel.
 */
export function simplified(out: GeoStream, tolerance = SIMPLIFY_PX): GeoStream {
  let line: [number, number][] | null = null;
  let inPolygon = false;
  return {
    point(x, y) {
      if (line) line.push([x, y]);
      else out.point(x, y);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      const points = line ? douglasPeucker(line, tolerance) : [];
      line = null;
      if (inPolygon && (points.length < 3 || spanOf(points) < 1)) return;
      if (points.length < 2) return;
      out.lineStart();
      for (const [x, y] of points) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

function spanOf(points: [number, number][]): number {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/**
 * Douglas–Peucker with an explicit stack (rings of thousands of points would overflow
 * recursion). See Douglas & Peucker (1973), doi:10.3138/FM57-6770-U75U-7727.
 */
export function douglasPeucker(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const dx = bx - ax;
    const dy = by - ay;
    const norm = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [x, y] = points[i]!;
      const distance =
        norm === 0 ? Math.hypot(x - ax, y - ay) : Math.abs(dy * (x - ax) - dx * (y - ay)) / norm;
      if (distance > worst) {
        worst = distance;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
