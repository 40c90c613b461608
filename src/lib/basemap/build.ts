/**
 * Builds the offline basemap: Natural Earth land, countries and borders, with labels for oceans,
 * countries and cities, as one small GeoJSON FeatureCollection.
 *
 * Detail: the whole world comes from the 1:50m topology. Inside the (padded) focus every 1:50m
 * point and island is kept; within 20° of it shapes are thinned a little, and beyond that to
 * about the detail of Natural Earth 1:110m, with Visvalingam's algorithm (topojson-simplify),
 * and small islands are dropped. Because the thinning works on the topology's shared arcs, both
 * countries on a border and the land around them use the very same points: there are no gaps
 * or overlaps where detail changes, as there would be between a 1:50m country and a 1:110m
 * neighbour.
 *
 * Size: land and borders are each stored once. Country polygons, which repeat every coast, are
 * only written for the countries of the focus (for a muted fill there); there is no separate
 * coastline, the edge of the land against the water background drawing it.
 */
import { geoArea } from 'd3-geo';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import { filter, presimplify, simplify, sphericalRingArea } from 'topojson-simplify';
import type {
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
  Feature as GeoFeature,
} from 'geojson';
import type { Bounds } from '../geo/types.ts';
import { continuousLine } from '../geo/antimeridian.ts';
import { normalizeBounds, inBounds, padBounds } from '../geo/bounds.ts';
import { loadCities, pickCities, type City } from './cities.ts';
import {
  alpha2OfCountry,
  countryName,
  loadNaturalEarth,
  type CountriesTopology,
  type CountryGeometry,
  type NaturalEarth,
} from './natural-earth.ts';
import { SEAS } from './seas.ts';
import type { Basemap, BasemapFeature, BasemapProperties } from './types.ts';

export interface BuildBasemapOptions {
  /** The story's region (either convention across the antimeridian: see `normalizeBounds`). */
  focus: Bounds;
  /** Degrees added around `focus` before choosing what is detailed. Default 2. */
  padDegrees?: number;
  /** The world-atlas data. Default: {@link loadNaturalEarth}. */
  ne?: NaturalEarth;
  /** GeoNames places. Default: {@link loadCities}. */
  cities?: readonly City[];
  /**
   * Far from the focus, points whose Visvalingam triangle is smaller than this are removed, in
   * square kilometres; within 20° of it, those under a fifth of this. Default 2000, which keeps
   * the file within its budget with about Natural Earth 1:110m's detail.
   */
  minTriangleKm2?: number;
  /** Far from the focus, islands smaller than this are dropped (a fifth of it within 20°). */
  minIslandKm2?: number;
  /**
   * The countries (ISO alpha-2) that get a polygon of their own, for a tint and for outlining
   * when selected: the story's countries. Default: every country the detailed region touches.
   */
  countries?: readonly string[];
}

const EARTH_RADIUS_KM = 6371.0088;
const KM2_PER_STERADIAN = EARTH_RADIUS_KM ** 2;

/**
 * Decimal places kept: 3 (about 100 m) in the detailed region, 2 (about 1 km) within
 * {@link NEAR_DEGREES} of it, and 1 (about 10 km, under a pixel up to zoom 3) beyond. A point
 * rounds the same wherever it is used, so shared borders stay shared.
 */
const DIGITS_IN_DETAIL = 3;
const DIGITS_NEAR = 2;
const DIGITS_FAR = 1;
const NEAR_DEGREES = 20;
/** Within NEAR_DEGREES of the detail, shapes are thinned this many times less. */
const NEAR_FACTOR = 5;

/**
 * The basemap for a story whose places lie in `focus`.
 *
 * @example
 * const basemap = buildBasemap({ focus: [34.2, 29.5, 36.6, 33.5], ne: loadNaturalEarth() });
 * writeFileSync('public/data/basemap.json', JSON.stringify(basemap));
 */
export function buildBasemap({
  focus,
  padDegrees = 2,
  ne = loadNaturalEarth(),
  cities = loadCities(),
  minTriangleKm2 = 2000,
  minIslandKm2 = 6000,
  countries: filled,
}: BuildBasemapOptions): Basemap {
  const detail = padBounds(normalizeBounds(focus), padDegrees);
  const inDetail = (position: Position): boolean => inBounds(position, detail);
  const near = padBounds(detail, NEAR_DEGREES);
  const digitsAt = (position: Position): number =>
    inDetail(position) ? DIGITS_IN_DETAIL : inBounds(position, near) ? DIGITS_NEAR : DIGITS_FAR;
  const round = (position: readonly number[]): Position => roundTo(position, digitsAt);
  const nearFactor = (position: Position): number =>
    inDetail(position) ? Infinity : inBounds(position, near) ? NEAR_FACTOR : 1;
  const topology = thinOutside(ne.countries50m, nearFactor, minTriangleKm2, minIslandKm2);
  const clean = cleaner(round);

  const features: BasemapFeature[] = [];
  const add = (
    layer: BasemapProperties['layer'],
    geometry: BasemapFeature['geometry'] | null,
    properties: Omit<BasemapProperties, 'layer'> = {},
  ): void => {
    if (geometry)
      features.push({ type: 'Feature', properties: { layer, ...properties }, geometry });
  };

  const countries = topology.objects.countries.geometries;
  add('land', clean.polygons(feature(topology, topology.objects.land).features));

  const countryLabels: BasemapFeature[] = [];
  for (const country of countries) {
    const decoded = feature(topology, country);
    const shape = clean.polygons('features' in decoded ? decoded.features : [decoded]);
    if (!shape) continue;
    const name = countryName(country);
    // Fills only for the story's countries: elsewhere the land layer already covers the
    // country, and a second copy of every coast would double the file.
    const iso2 = alpha2OfCountry(country);
    if (filled ? iso2 !== undefined && filled.includes(iso2) : touches(shape, inDetail)) {
      add('country', shape, { ...(name ? { name } : {}), ...(iso2 ? { iso2 } : {}) });
    }
    if (name) {
      countryLabels.push({
        type: 'Feature',
        properties: {
          layer: 'label-country',
          name,
          rank: countryRank(shape),
          // Lets a story that labels a country itself hide this label (see basemapLayers).
          ...(iso2 ? { iso2 } : {}),
        },
        geometry: { type: 'Point', coordinates: round(labelPoint(shape)) },
      });
    }
  }

  const different = (a: CountryGeometry, b: CountryGeometry): boolean => a !== b;
  add('boundary', clean.lines(mesh(topology, topology.objects.countries, different)));

  for (const sea of SEAS) {
    add(
      'label-ocean',
      { type: 'Point', coordinates: sea.label },
      { name: sea.name, rank: sea.rank },
    );
  }
  features.push(
    ...countryLabels.sort((a, b) => (a.properties.rank ?? 9) - (b.properties.rank ?? 9)),
  );
  for (const city of pickCities({ cities, focus: detail })) {
    add(
      'label-city',
      { type: 'Point', coordinates: round(city.coordinates) },
      { name: city.name, rank: city.rank },
    );
  }

  return { type: 'FeatureCollection', features };
}

/**
 * The 1:50m topology, thinned outside the detailed region: points are removed by weight, and
 * small rings that touch nothing else are dropped, but every arc keeps its two ends, so shared
 * borders stay shared.
 */
function thinOutside(
  source: CountriesTopology,
  factorAt: (position: Position) => number,
  minTriangleKm2: number,
  minIslandKm2: number,
): CountriesTopology {
  const weighted = presimplify(source);
  // presimplify's default weight is the planar triangle in square degrees; scale it by the
  // cosine of latitude so that thinning is even from the equator to the poles, and by how
  // close the point is to the story.
  for (const arc of weighted.arcs) {
    for (const point of arc) {
      const [, lat = 0, weight = 0] = point;
      const factor = factorAt(point);
      point[2] =
        Number.isFinite(weight) && Number.isFinite(factor)
          ? weight * Math.cos((lat * Math.PI) / 180) * factor
          : Infinity;
    }
  }
  const minSquareDegrees = minTriangleKm2 / (111.195 * 111.195);
  const thinned = simplify(weighted, minSquareDegrees);
  const minSteradians = minIslandKm2 / KM2_PER_STERADIAN;
  const kept = filter(thinned, (ring, interior) => {
    // topojson-simplify hands the filter a ring of arc indexes, whatever its types say.
    const arcs = [ring as unknown as number[]];
    const coordinates = feature(thinned, { type: 'Polygon', arcs }).geometry.coordinates[0];
    if (!coordinates) return false;
    const factor = Math.min(...coordinates.map(factorAt));
    if (factor === Infinity) return true;
    return sphericalRingArea(coordinates as [number, number][], interior) * factor >= minSteradians;
  });
  return kept as unknown as CountriesTopology;
}

/**
 * Rounding and tidying of decoded geometry: repeated points and degenerate rings go, and
 * rings and lines that cross the antimeridian are made continuous past ±180.
 */
function cleaner(round: (position: Position) => Position) {
  const line = (positions: Position[]): Position[] => {
    const out: Position[] = [];
    // Continuous across the antimeridian, for a flat map (see continuousLine).
    for (const position of continuousLine(positions)) {
      const next = round(position);
      const last = out[out.length - 1];
      if (!last || last[0] !== next[0] || last[1] !== next[1]) out.push(next);
    }
    return out;
  };
  const ring = (positions: Position[]): Position[] | null => {
    const out = line(positions);
    return out.length >= 4 ? out : null;
  };
  const polygon = (rings: Position[][]): Position[][] | null => {
    const [outer, ...holes] = rings;
    const shell = outer ? ring(outer) : null;
    if (!shell) return null;
    return [shell, ...holes.map(ring).filter((hole) => hole !== null)];
  };
  return {
    polygons(features: GeoFeature[]): Polygon | MultiPolygon | null {
      const parts: Position[][][] = [];
      for (const { geometry } of features) {
        if (geometry?.type === 'Polygon') parts.push(geometry.coordinates);
        if (geometry?.type === 'MultiPolygon') parts.push(...geometry.coordinates);
      }
      const kept = parts.map(polygon).filter((part) => part !== null);
      const [only] = kept;
      if (!only) return null;
      return kept.length === 1
        ? { type: 'Polygon', coordinates: only }
        : { type: 'MultiPolygon', coordinates: kept };
    },
    lines(geometry: MultiLineString): LineString | MultiLineString | null {
      const kept = geometry.coordinates.map(line).filter((part) => part.length >= 2);
      const [only] = kept;
      if (!only) return null;
      return kept.length === 1
        ? { type: 'LineString', coordinates: only }
        : { type: 'MultiLineString', coordinates: kept };
    },
  };
}

function roundTo(position: readonly number[], digitsAt: (position: Position) => number): Position {
  const [lng = 0, lat = 0] = position;
  const factor = 10 ** digitsAt([lng, lat]);
  return [Math.round(lng * factor) / factor, Math.round(lat * factor) / factor];
}

function touches(
  shape: Polygon | MultiPolygon,
  inDetail: (position: Position) => boolean,
): boolean {
  const parts = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return parts.some((part) => part.some((ring) => ring.some(inDetail)));
}

/**
 * Where a country's name goes: the pole of inaccessibility (polylabel) of its largest part,
 * found with longitudes squeezed by the cosine of latitude so that "largest" and "most
 * inside" hold on the ground, not in degrees.
 */
function labelPoint(shape: Polygon | MultiPolygon): [number, number] {
  const parts = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best = parts[0] ?? [];
  let bestArea = -1;
  for (const part of parts) {
    const area = geoArea({ type: 'Polygon', coordinates: part });
    // d3-geo reads a ring wound the "wrong" way as the rest of the globe.
    const size = area > 2 * Math.PI ? 4 * Math.PI - area : area;
    if (size > bestArea) [best, bestArea] = [part, size];
  }
  const lats = (best[0] ?? []).map((p) => p[1] ?? 0);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const squeeze = Math.max(0.2, Math.cos((midLat * Math.PI) / 180));
  const squeezed = best.map((ring) =>
    ring.map((p) => [(p[0] ?? 0) * squeeze, p[1] ?? 0] as [number, number]),
  );
  const [x, y] = polylabel(squeezed, 0.01);
  return [x / squeeze, y];
}

/** 1 for the largest countries (2 million km² or more), down to 4 (under 100,000 km²). */
function countryRank(shape: Polygon | MultiPolygon): number {
  const parts = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let km2 = 0;
  for (const part of parts) {
    const area = geoArea({ type: 'Polygon', coordinates: part });
    km2 += (area > 2 * Math.PI ? 4 * Math.PI - area : area) * KM2_PER_STERADIAN;
  }
  if (km2 >= 2_000_000) return 1;
  if (km2 >= 500_000) return 2;
  if (km2 >= 100_000) return 3;
  return 4;
}
