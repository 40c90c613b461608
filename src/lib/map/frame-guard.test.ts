import { describe, expect, it } from 'vitest';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { sampleStory } from '../../testing/sample-story.ts';
import type { Bounds } from '../geo/types.ts';
import type { Padding } from '../story/types.ts';
import { basemapLayers } from './basemap-layers.ts';
import { boxPolygon, clipLine, nameInset, ringLabelInset, ringLabelLines } from './frame-guard.ts';
import { CAMERA, LABELS } from './marks.ts';

describe('nameInset', () => {
  it('keeps a centred name half its widest line from each side', () => {
    const inset = nameInset(LABELS.country, 6, 'centred');
    expect(inset.left).toBeCloseTo((LABELS.country.maxWidth * 14) / 2 + CAMERA.labelMargin, 6);
    expect(inset.right).toBe(inset.left);
  });

  it('keeps a city’s name its widest line from the right, its dot from the left', () => {
    const inset = nameInset(LABELS.city, 5, 'beside');
    expect(inset.right).toBeCloseTo((0.5 + 8) * 12 + CAMERA.labelMargin, 6);
    expect(inset.left).toBeLessThan(10);
  });
});

describe('clipLine', () => {
  const box: Bounds = [0, 0, 10, 10];
  it.each([
    {
      name: 'a line wholly inside stays whole',
      line: [
        [1, 1],
        [9, 9],
      ],
      expected: [
        [
          [1, 1],
          [9, 9],
        ],
      ],
    },
    {
      name: 'a line that leaves is cut at the edge',
      line: [
        [5, 5],
        [15, 5],
      ],
      expected: [
        [
          [5, 5],
          [10, 5],
        ],
      ],
    },
    {
      name: 'a line that crosses is cut at both edges',
      line: [
        [-5, 5],
        [15, 5],
      ],
      expected: [],
    },
    {
      name: 'a line that leaves and comes back is two stretches',
      line: [
        [5, 2],
        [5, -2],
        [6, -2],
        [6, 2],
      ],
      expected: [
        [
          [5, 2],
          [5, 0],
        ],
        [
          [6, 0],
          [6, 2],
        ],
      ],
    },
    {
      name: 'a line past 180° is taken to the copy of the world nearest the box',
      line: [
        [365, 5],
        [368, 5],
      ],
      expected: [
        [
          [5, 5],
          [8, 5],
        ],
      ],
    },
  ])('$name', ({ line, expected }) => {
    expect(clipLine(line, box)).toEqual(expected);
  });
});

describe('ringLabelLines', () => {
  const story = sampleStory();
  it('gives every ring its whole edge when there is no first view', () => {
    const lines = ringLabelLines(story);
    expect(lines.features).toHaveLength(1);
    expect(lines.features[0]!.properties).toEqual({
      ringId: 'alpha-ring',
      label: '200 km from alpha',
    });
    const [outline] = (lines.features[0]!.geometry as GeoJSON.MultiLineString).coordinates;
    expect(outline).toHaveLength(5);
  });

  it('keeps only the edge inside the frame by half a line on the first view', () => {
    let asked: Padding | undefined;
    const frame = (inset: Padding): Bounds => {
      asked = inset;
      return [-1, -3, 3, 3];
    };
    const [feature] = ringLabelLines(story, frame).features;
    expect(asked).toEqual(ringLabelInset());
    // The square ring of ±2° keeps what lies east of -1°: its east side and part of two others.
    expect((feature!.geometry as GeoJSON.MultiLineString).coordinates).toEqual([
      [
        [-1, -2],
        [2, -2],
        [2, 2],
        [-1, 2],
      ],
    ]);
  });
});

describe('basemapLayers on the first view', () => {
  const frame = (inset: Padding): Bounds => [
    inset.left,
    -inset.bottom,
    100 - inset.right,
    50 - inset.top,
  ];
  const layers = basemapLayers('basemap', 'light', { firstView: { zoom: 5, frame } });
  const within = (layer: LayerSpecification) => {
    const filter = ('filter' in layer ? layer.filter : []) as ExpressionSpecification;
    return filter[0] === 'all'
      ? filter.find((part) => Array.isArray(part) && part[0] === 'within')
      : undefined;
  };

  it('narrows every name layer, and the city dots, to the frame less what its names need', () => {
    for (const layer of layers) {
      const named = layer.type === 'symbol' || layer.id.startsWith('basemap-city-dot');
      expect(Boolean(within(layer)), layer.id).toBe(named);
    }
    const cities = layers.find((layer) => layer.id === 'basemap-label-city-major')!;
    const inset = nameInset(LABELS.city, 5, 'beside');
    expect(within(cities)).toEqual(['within', boxPolygon(frame(inset))]);
  });

  it('leaves the filters as they are once the reader moves', () => {
    for (const layer of basemapLayers('basemap', 'light')) expect(within(layer)).toBeUndefined();
  });
});
