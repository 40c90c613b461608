/**
 * The story's map as SVG path data, projected with d3-geo: pure, so the still picture can be
 * drawn in a browser without WebGL, in Node, or in a test, from the same data as the live map.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Precision } from '../data/schema.ts';
import type { CompiledStory } from '../story/types.ts';
import { distanceLabel, type Units } from './story-layers.ts';

export interface StaticPicture {
  land: string[];
  boundaries: string[];
  shapes: { kind: string; d: string }[];
  rings: { id: string; d: string }[];
  distances: { id: string; d: string; label: string; labelAt: [number, number] }[];
  places: {
    id: string;
    name: string;
    at: [number, number];
    precision: Precision;
    origin: 'article' | 'context';
    dot: boolean;
    /** Whether its name is written: names that would overlap give way, the story's key places first. */
    labelled: boolean;
  }[];
}

export interface StaticPictureOptions {
  story: CompiledStory;
  /** The basemap the build wrote for the story (a FeatureCollection with `layer` properties). */
  basemap: FeatureCollection;
  width: number;
  height: number;
  units: Units;
}

const LAND_LAYERS = new Set(['land', 'country']);
const BOUNDARY_LAYERS = new Set(['boundary', 'boundary-disputed']);

export function staticMapPicture({
  story,
  basemap,
  width,
  height,
  units,
}: StaticPictureOptions): StaticPicture {
  const [west, south, east, north] = story.bounds;
  const frame: Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [west, south],
        [east, north],
      ],
    },
  };
  // No clip extent: the SVG's own viewport clips, without drawing the cut edges as lines.
  const projection = geoMercator().fitExtent(
    [
      [16, 16],
      [width - 16, height - 16],
    ],
    frame,
  );
  const path = geoPath(projection);
  const draw = (geometry: Geometry) => path(windForD3(geometry)) ?? '';
  const layerOf = (feature: Feature) => String(feature.properties?.layer ?? '');
  const project = (position: number[]): [number, number] =>
    projection(position as [number, number]) ?? [Number.NaN, Number.NaN];

  return {
    land: basemap.features
      .filter((feature) => LAND_LAYERS.has(layerOf(feature)))
      .map((feature) => draw(feature.geometry))
      .filter(Boolean),
    boundaries: basemap.features
      .filter((feature) => BOUNDARY_LAYERS.has(layerOf(feature)))
      .map((feature) => draw(feature.geometry))
      .filter(Boolean),
    shapes: story.shapes.features
      .filter((shape) => shape.properties.kind === 'zone' || shape.properties.kind === 'border')
      .map((shape) => ({ kind: shape.properties.kind, d: draw(shape.geometry) })),
    rings: story.rings.map((ring) => ({ id: ring.id, d: draw(ring.area) })),
    distances: story.distances.map((distance) => {
      const [from, to] = distance.ends.map(project) as [[number, number], [number, number]];
      return {
        id: distance.id,
        d: draw(distance.line),
        label: distanceLabel(distance, units),
        labelAt: [(from[0] + to[0]) / 2 + 8, (from[1] + to[1]) / 2],
      };
    }),
    places: placeLabels(
      story.places.features
        .map((place) => ({
          id: place.id,
          name: place.properties.name,
          at: project(place.geometry.coordinates),
          precision: place.properties.precision,
          origin: place.properties.origin,
          rank: place.properties.rank ?? 2,
          dot: place.properties.precision === 'exact' || place.properties.precision === 'near',
        }))
        .filter(
          ({ at: [x, y] }) => Number.isFinite(x) && x >= 0 && x <= width && y >= 0 && y <= height,
        ),
    ),
  };
}

/**
 * d3-geo reads a ring's winding on the sphere: clockwise encloses the small side. RFC 7946
 * (and Turf) wind exteriors anticlockwise, which d3 would fill as the rest of the world, so
 * areas larger than a hemisphere are turned round.
 */
export function windForD3(geometry: Geometry): Geometry {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  if (geoArea(geometry) <= 2 * Math.PI) return geometry;
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) };
  }
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
  };
}

/** About how wide a character of the picture's 13 px labels is, in pixels. */
const CHAR_WIDTH = 7;
const LABEL_HEIGHT = 15;

type Box = [number, number, number, number];

/**
 * Decides which names to write: greedily, the story's key places first and the article's
 * own before context, skipping a name whose box would overlap one already written.
 */
function placeLabels<
  P extends { name: string; at: [number, number]; rank: number; origin: string; dot: boolean },
>(places: P[]): (Omit<P, 'rank'> & { labelled: boolean })[] {
  const order = [...places].sort(
    (a, b) => a.rank - b.rank || Number(a.origin === 'context') - Number(b.origin === 'context'),
  );
  const taken: Box[] = [];
  const labelled = new Set<P>();
  for (const place of order) {
    const left = place.at[0] + (place.dot ? 8 : 0);
    const box: Box = [
      left,
      place.at[1] - 10,
      left + place.name.length * CHAR_WIDTH,
      place.at[1] - 10 + LABEL_HEIGHT,
    ];
    if (taken.some((other) => overlaps(box, other))) continue;
    taken.push(box);
    labelled.add(place);
  }
  return places.map(({ rank: _rank, ...place }, i) => ({
    ...place,
    labelled: labelled.has(places[i]!),
  }));
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
