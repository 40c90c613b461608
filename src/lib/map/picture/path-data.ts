/**
 * Shorter SVG path data for the still picture. d3 writes every vertex as an absolute
 * `Lx,y`; written as the step from the vertex before, with one `l` for a whole run, the
 * picture's coastlines and borders take about a third fewer bytes, and the picture is on the
 * first view's critical path.
 */
import type { Pixel } from './types.ts';

/** One run of a path: its vertices, and whether it closes back to the first. */
interface Subpath {
  points: Pixel[];
  closed: boolean;
}

/**
 * The runs of path data made only of M, L and Z with whole-number coordinates (what d3
 * writes with `digits(0)`); null for anything else.
 */
function readPathData(d: string): Subpath[] | null {
  if (/[^MLZ\d\s,-]/.test(d)) return null;
  const subpaths: Subpath[] = [];
  for (const [, command, body] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const numbers = (body!.match(/-?\d+/g) ?? []).map(Number);
    const current = subpaths[subpaths.length - 1];
    if (command === 'Z') {
      if (numbers.length > 0 || !current) return null;
      current.closed = true;
      continue;
    }
    if (numbers.length === 0 || numbers.length % 2 !== 0) return null;
    const points: Pixel[] = [];
    for (let i = 0; i < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
    // An M starts a run (its further pairs are line-tos); an L after a Z starts one at the
    // closed run's first vertex.
    if (command === 'M') subpaths.push({ points, closed: false });
    else if (!current) return null;
    else if (current.closed)
      subpaths.push({ points: [current.points[0]!, ...points], closed: false });
    else current.points.push(...points);
  }
  return subpaths;
}

/**
 * Path data for `subpaths`, each vertex the step from the one before. Every run after the
 * first starts with a relative move, whose further pairs are line-tos without a letter of
 * their own.
 */
function writePathData(subpaths: readonly Subpath[]): string {
  let out = '';
  /** The command the next pair of numbers continues without a letter. */
  let continues = '';
  const write = (command: string, values: number[]) => {
    if (command !== continues) out += command;
    // After M further pairs are absolute line-tos, after m and l relative ones.
    continues = command === 'M' || command === 'z' ? '' : 'l';
    for (const value of values) {
      // A minus sign separates a number from the one before it; else a space does.
      if (/\d$/.test(out) && value >= 0) out += ' ';
      out += String(value);
    }
  };
  let [x, y] = [0, 0];
  for (const { points, closed } of subpaths) {
    const [first, ...rest] = points;
    if (!first) continue;
    if (out === '') write('M', first);
    else write('m', [first[0] - x, first[1] - y]);
    [x, y] = first;
    for (const [nextX, nextY] of rest) {
      write('l', [nextX - x, nextY - y]);
      [x, y] = [nextX, nextY];
    }
    if (closed) {
      write('z', []);
      [x, y] = first;
    }
  }
  return out;
}

/**
 * `d` with its line-tos relative; path data holding anything but M, L and Z with whole-number
 * coordinates comes back unchanged (steps between fractions would carry rounding errors).
 */
export function relativePathData(d: string): string {
  const subpaths = readPathData(d);
  return subpaths ? writePathData(subpaths) : d;
}
