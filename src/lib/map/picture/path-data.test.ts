import { describe, expect, it } from 'vitest';
import { relativePathData } from './path-data.ts';

/** The absolute vertices a path visits, subpath by subpath, read back from either form. */
function vertices(d: string): [number, number][][] {
  const subpaths: [number, number][][] = [];
  let [x, y] = [0, 0];
  for (const [, command, body] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    const numbers = (body!.match(/-?\d+/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = command === 'l' || command === 'm';
      [x, y] = relative ? [x + numbers[i]!, y + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
      if ((command === 'M' || command === 'm') && i === 0) subpaths.push([]);
      subpaths[subpaths.length - 1]!.push([x, y]);
    }
    if (command === 'Z' || command === 'z') [x, y] = subpaths[subpaths.length - 1]![0]!;
  }
  return subpaths;
}

describe('relativePathData', () => {
  it.each([
    ['a line', 'M10,20L13,18L13,25', 'M10 20l3-2 0 7'],
    ['negative coordinates', 'M-5,-6L-8,-6L-8,-9', 'M-5-6l-3 0 0-3'],
    ['a closed ring', 'M0,0L10,0L10,10Z', 'M0 0l10 0 0 10z'],
    [
      'two rings: after Z the pen is back at the ring start',
      'M0,0L4,0L4,4ZM10,10L12,10Z',
      'M0 0l4 0 0 4zm10 10 2 0z',
    ],
    ['pairs after M are line-tos', 'M1,1 2,3 5,5', 'M1 1l1 2 3 2'],
    [
      'an open run after another: a relative move from its end',
      'M0,0L3,0M5,5L6,6',
      'M0 0l3 0m2 5 1 1',
    ],
    ['nothing', '', ''],
  ])('%s', (_, absolute, relative) => {
    expect(relativePathData(absolute)).toBe(relative);
    expect(vertices(relativePathData(absolute))).toEqual(vertices(absolute));
  });

  it.each([
    ['fractions', 'M0.5,1L2,3'],
    ['arcs (a point drawn as a circle)', 'M0,1a1,1 0 1,1 0,-2a1,1 0 1,1 0,2z'],
    ['an odd count of numbers', 'M0,1L2'],
  ])('leaves %s as they are', (_, d) => {
    expect(relativePathData(d)).toBe(d);
  });

  it('shortens a coastline by about a third and keeps every vertex', () => {
    const points = Array.from({ length: 200 }, (_, i) => [
      400 + Math.round(300 * Math.cos(i / 32)),
      -200 + Math.round(250 * Math.sin(i / 20)),
    ]);
    const absolute = `M${points.map(([px, py]) => `${px},${py}`).join('L')}Z`;
    const relative = relativePathData(absolute);
    expect(vertices(relative)).toEqual(vertices(absolute));
    expect(relative.length).toBeLessThan(absolute.length * 0.7);
  });
});
