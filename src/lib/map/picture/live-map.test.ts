/**
 * The still picture against the live map: every label the picture writes has the size,
 * weight, colour and halo that the live map's own layer gives that kind of label at the
 * picture's zoom, and every line and dot the width, dash, radius and colour of its layer,
 * as MapLibre's style-spec evaluates those layers. The picture stands in for the map, so a
 * change to either that the other does not follow fails here.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import { sampleStory } from '../../../testing/sample-story.ts';
import { basemapLayers } from '../basemap-layers.ts';
import { storyLayers } from '../story-layers.ts';
import { storyPicture } from './story-picture.ts';
import { pictureSvg } from './svg.ts';
import type { PictureLabelKind } from './types.ts';

const point = (layer: string, name: string, coordinates: [number, number], extra = {}) => ({
  type: 'Feature' as const,
  properties: { layer, name, rank: 1, ...extra },
  geometry: { type: 'Point' as const, coordinates },
});

/** A basemap with one name of every kind the picture writes, and a boundary. */
const BASEMAP: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    point('label-ocean', 'Ocean', [-0.6, 0.7]),
    point('label-ocean', 'Sea', [1.6, -0.7], { rank: 2 }),
    point('label-country', 'Elsewhere', [1.5, 0.8], { iso2: 'EW' }),
    point('label-city', 'Town', [0.4, -0.6]),
    {
      type: 'Feature',
      properties: { layer: 'boundary' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0.5, -1],
          [0.5, 1],
        ],
      },
    },
  ],
};

/** The live layer that draws each kind of label the picture writes. */
const LIVE_LAYER: Record<PictureLabelKind, string> = {
  'place-key': 'place-label-key',
  place: 'place-label',
  'place-context': 'place-label-context',
  distance: 'distance-label',
  ring: 'ring-label',
  ocean: 'basemap-label-ocean',
  sea: 'basemap-label-sea',
  country: 'basemap-label-country-major',
  city: 'basemap-label-city-major',
};

const story = sampleStory();
story.places.features[0]!.properties.rank = 1;
const live = [
  ...basemapLayers('basemap'),
  ...storyLayers({ story, units: 'mi', selected: null, basemapSource: 'basemap' }),
];

/** A layer's property as MapLibre evaluates it at a zoom. */
function evaluate(layerId: string, group: 'paint' | 'layout', name: string, zoom: number) {
  const layer = live.find((candidate) => candidate.id === layerId) as LayerSpecification;
  const properties = (group === 'paint' ? layer.paint : 'layout' in layer ? layer.layout : {}) as
    Record<string, unknown> | undefined;
  const value = properties?.[name];
  const reference = (latest as unknown as Record<string, Record<string, unknown>>)[
    `${group}_${layer.type}`
  ]![name];
  const expression = normalizePropertyExpression(value as never, name, reference as never);
  const result = expression.evaluate({ zoom }, { type: 1, properties: {} } as never);
  // Colours come back as MapLibre's Color, which prints as `rgba(r,g,b,a)`.
  return result && typeof result === 'object' && !Array.isArray(result)
    ? String(result)
    : (result as unknown);
}

/** `rgba(r,g,b,a)` as MapLibre gives a colour, for comparing with the SVG's hex. */
function rgba(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},1)`;
}

describe.each([
  { width: 960, height: 600 },
  { width: 400, height: 300 },
])('the sample story’s picture at $width × $height', ({ width, height }) => {
  const picture = storyPicture({ story, basemap: BASEMAP, width, height });
  const svg = pictureSvg(picture);
  const { zoom } = picture;

  it('writes a label of every kind', () => {
    const kinds = new Set(picture.labels.map((label) => label.kind));
    expect([...kinds].sort()).toEqual(
      Object.keys(LIVE_LAYER)
        .filter((kind) => kinds.has(kind as never))
        .sort(),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(7);
  });

  it('sets each label at the size its live layer has at the picture’s zoom', () => {
    for (const label of picture.labels) {
      const size = evaluate(LIVE_LAYER[label.kind], 'layout', 'text-size', zoom) as number;
      expect(label.size, `${label.kind} ${label.lines[0]}`).toBeCloseTo(size, 1);
    }
  });

  it('writes each label in its live layer’s weight, style, colour and halo', () => {
    for (const label of picture.labels) {
      const layer = LIVE_LAYER[label.kind];
      const [font] = evaluate(layer, 'layout', 'text-font', zoom) as string[];
      // The label's two groups: its kind's halos, then its kind's names.
      const [haloGroup, nameGroup] = svg
        .split('\n')
        .filter(
          (line) =>
            line.includes(`x="${label.x}" y="${label.y}"`) && line.includes(label.lines[0]!),
        );
      expect(nameGroup, label.lines[0]).toBeDefined();
      for (const group of [haloGroup!, nameGroup!]) {
        const opening = group.slice(0, group.indexOf('>'));
        expect(opening.includes('font-weight="600"'), `${label.kind} weight`).toBe(
          /Semibold|Bold/.test(font!),
        );
        expect(opening.includes('font-style="italic"'), `${label.kind} style`).toBe(
          /Italic/.test(font!),
        );
      }
      const [, halo, haloWidth] =
        /^<g [^>]*fill="(#\w+)" stroke="#\w+" stroke-width="([\d.]+)"/.exec(haloGroup!)!;
      const [, fill] = /^<g [^>]*fill="(#\w+)">/.exec(nameGroup!)!;
      expect(rgba(fill!)).toBe(evaluate(layer, 'paint', 'text-color', zoom));
      expect(rgba(halo!)).toBe(evaluate(layer, 'paint', 'text-halo-color', zoom));
      expect(Number(haloWidth) / 2).toBe(evaluate(layer, 'paint', 'text-halo-width', zoom));
    }
  });

  it.each([
    { layer: 'basemap-boundary', color: '#a39c95' },
    { layer: 'ring-line', color: '#1f5fa8' },
    { layer: 'distance-line', color: '#6b2fa0' },
  ])('draws $layer at its live width, dash and colour', ({ layer, color }) => {
    const width = evaluate(layer, 'paint', 'line-width', zoom) as number;
    expect(rgba(color)).toBe(evaluate(layer, 'paint', 'line-color', zoom));
    const path = svg
      .split('\n')
      .find((line) => line.startsWith('<path') && line.includes(`stroke="${color}"`))!;
    expect(Number(/stroke-width="([\d.]+)"/.exec(path)![1])).toBeCloseTo(width, 2);
    const dashes =
      (evaluate(layer, 'paint', 'line-dasharray', zoom) as number[] | undefined) ?? null;
    const drawn = /stroke-dasharray="([^"]+)"/.exec(path)?.[1]?.split(' ').map(Number) ?? null;
    expect(drawn).toEqual(dashes && dashes.map((dash) => Math.round(dash * width * 10) / 10));
  });

  it('draws each dot at its live layer’s radius and colours', () => {
    const dots = [
      ...svg.matchAll(
        /<circle [^>]*r="5.5" fill="(#\w+)" stroke="(#\w+)" stroke-width="([\d.]+)"/g,
      ),
    ];
    expect(dots.length).toBeGreaterThan(0);
    for (const [, fill, stroke, strokeWidth] of dots) {
      const layer = ['place-dot', 'place-dot-event', 'place-dot-context'].find(
        (id) => evaluate(id, 'paint', 'circle-color', zoom) === rgba(fill!),
      )!;
      expect(layer, fill).toBeDefined();
      expect(evaluate(layer, 'paint', 'circle-radius', zoom)).toBe(5.5);
      expect(evaluate(layer, 'paint', 'circle-stroke-color', zoom)).toBe(rgba(stroke!));
      expect(evaluate(layer, 'paint', 'circle-stroke-width', zoom)).toBe(Number(strokeWidth));
    }
  });
});
