/**
 * Lines in the picture's pixels: the stretch of a line inside an area, points along it for
 * a label to sit at, and the outline of a ring.
 */
import type { Geometry, LineString, MultiLineString, Position } from 'geojson';
import type { Box, Pixel } from './types.ts';

/** The longest stretch of a line whose points all lie inside `area`, in px. */
export function longestRunInside(
  line: LineString | MultiLineString,
  project: (position: Position) => Pixel,
  area: Box,
): Pixel[] {
  const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
  let best: Pixel[] = [];
  for (const part of parts) {
    let run: Pixel[] = [];
    for (const position of part) {
      const at = project(position);
      const within = insideBox(at, area);
      if (within) run.push(at);
      if (!within || position === part[part.length - 1]) {
        if (lengthOf(run) > lengthOf(best)) best = run;
        if (!within) run = [];
      }
    }
  }
  return best;
}

export function insideBox([x, y]: Pixel, [left, top, right, bottom]: Box): boolean {
  return x >= left && x <= right && y >= top && y <= bottom;
}

/** How far a point is from the nearest edge of a box (negative outside it). */
export function edgeDistance([x, y]: Pixel, [left, top, right, bottom]: Box): number {
  return Math.min(x - left, right - x, y - top, bottom - y);
}

export function lengthOf(points: Pixel[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  }
  return total;
}

/** Points every `step` px along a line. */
export function sampled(points: Pixel[], step: number): Pixel[] {
  const out: Pixel[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let j = 0; j < n; j++) out.push([x0 + ((x1 - x0) * j) / n, y0 + ((y1 - y0) * j) / n]);
  }
  return out;
}

/** Points along a line to try a label at, the middle first, with the line's direction there. */
export function alongLine(points: Pixel[]): { at: Pixel; direction: Pixel }[] {
  const total = lengthOf(points);
  if (points.length < 2 || total === 0) {
    return points.map((at) => ({ at, direction: [1, 0] }));
  }
  return [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((fraction) => {
    let left = fraction * total;
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1]!;
      const [x1, y1] = points[i]!;
      const step = Math.hypot(x1 - x0, y1 - y0);
      if (left <= step || i === points.length - 1) {
        const t = step === 0 ? 0 : Math.min(1, left / step);
        return {
          at: [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t],
          direction: step === 0 ? [1, 0] : [(x1 - x0) / step, (y1 - y0) / step],
        };
      }
      left -= step;
    }
    return { at: points[0]!, direction: [1, 0] };
  });
}

/** The exterior of a ring's area (the largest polygon's, for a MultiPolygon). */
export function ringOutline(area: Geometry): Position[] {
  if (area.type === 'Polygon') return area.coordinates[0] ?? [];
  if (area.type !== 'MultiPolygon') return [];
  const polygons = area.coordinates.map((polygon) => polygon[0] ?? []);
  return polygons.sort((a, b) => b.length - a.length)[0] ?? [];
}
