/**
 * Natural Earth country and land shapes, read from the world-atlas package at build time.
 *
 * world-atlas 2.0.2 is Natural Earth 4.1.0 admin-0 countries as TopoJSON, quantized but not
 * projected (degrees, `[lng, lat]`). Each country carries only `id` (ISO 3166-1 numeric, as a
 * zero-padded string: "376" Israel, "422" Lebanon) and `properties.name`.
 *
 * What that edition shows where borders are contested (checked by point-in-polygon against the
 * 1:50m file; Natural Earth draws the "de facto" situation, not any government's claim):
 * - Israel (376) includes the Golan Heights and, at 1:50m, the Shebaa Farms (Lebanon at 1:110m).
 *   Palestine (275) is the West Bank including East Jerusalem, and Gaza.
 * - Crimea (Simferopol, Sevastopol) is inside Russia (643), not Ukraine.
 * - Western Sahara (732) is only the strip east of the Moroccan berm; Laayoune and the coast
 *   west of the berm are inside Morocco (504).
 * - Somaliland, Kosovo, N. Cyprus, Siachen Glacier and "Indian Ocean Ter." have no `id` (no
 *   ISO 3166-1 numeric code). Of them only Kosovo has an alpha-2 (XK, user-assigned), which
 *   {@link countryGeometry} resolves by name.
 * - Abkhazia and South Ossetia are inside Georgia, Transnistria inside Moldova, Nagorno-Karabakh
 *   inside Azerbaijan; Kashmir is split along the lines of control (India, Pakistan, China).
 * - "036" is used twice: Australia and the Ashmore and Cartier Islands.
 * world-atlas carries no boundary types (international, disputed, line of control): every shared
 * border is just an arc between two countries.
 */
import { feature as countryCoderFeature } from '@rapideditor/country-coder';
import { merge, mesh } from 'topojson-client';
import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface CountryProperties {
  name: string;
}

/** One country of a world-atlas `countries` object; read its name with {@link countryName}. */
export type CountryGeometry = GeometryObject;

/** A world-atlas countries file: `countries` and their merge, `land`, in one topology. */
export type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  land: GeometryCollection;
}>;

/** A world-atlas land file: Natural Earth's physical land polygons. */
export type LandTopology = Topology<{ land: GeometryCollection }>;

/** The four world-atlas files the basemap and the story compiler read. */
export interface NaturalEarth {
  countries50m: CountriesTopology;
  countries110m: CountriesTopology;
  land50m: LandTopology;
  land110m: LandTopology;
}

/** What drawing a country or a border needs: the 1:50m countries (the editor loads only them). */
export type CountryShapes = Pick<NaturalEarth, 'countries50m'>;

/**
 * Entities that have an ISO 3166-1 alpha-2 code but no numeric one, so world-atlas lists them
 * without an `id`; found by their world-atlas name instead.
 */
const NAME_BY_ALPHA2: Readonly<Record<string, string>> = { XK: 'Kosovo' };

let cached: NaturalEarth | undefined;

/**
 * Node's modules are fetched when a file is read, not imported: the rest of this module is
 * pure and also runs in the browser (the editor draws a story's shapes there).
 */
function readPackageJson<T>(specifier: string): T {
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const { createRequire } = process.getBuiltinModule('node:module');
  const path = createRequire(import.meta.url).resolve(specifier);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * Reads world-atlas's 1:50m and 1:110m countries and land from node_modules, once per process.
 *
 * @example
 * const ne = loadNaturalEarth();
 * ne.countries50m.objects.countries.geometries.length; // 241
 */
export function loadNaturalEarth(): NaturalEarth {
  cached ??= {
    countries50m: readPackageJson<CountriesTopology>('world-atlas/countries-50m.json'),
    countries110m: readPackageJson<CountriesTopology>('world-atlas/countries-110m.json'),
    land50m: readPackageJson<LandTopology>('world-atlas/land-50m.json'),
    land110m: readPackageJson<LandTopology>('world-atlas/land-110m.json'),
  };
  return cached;
}

/** The world-atlas name of a country, e.g. "Bosnia and Herz.", "W. Sahara". */
export function countryName(country: CountryGeometry): string | undefined {
  return (country.properties as Partial<CountryProperties> | undefined)?.name;
}

/**
 * The ISO 3166-1 alpha-2 code of a world-atlas country, or undefined for the territories that
 * have none (Somaliland, N. Cyprus, Siachen Glacier, Indian Ocean Ter.).
 */
export function alpha2OfCountry(country: CountryGeometry): string | undefined {
  if (country.id !== undefined) {
    return countryCoderFeature(String(country.id))?.properties.iso1A2;
  }
  const name = countryName(country);
  return Object.keys(NAME_BY_ALPHA2).find((code) => NAME_BY_ALPHA2[code] === name);
}

/** A predicate for the world-atlas geometries of one alpha-2 code; throws if none match. */
function countryMatcher(
  topology: CountriesTopology,
  alpha2: string,
): (geometry: CountryGeometry) => boolean {
  const code = alpha2.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) {
    throw new Error(`"${alpha2}" is not an ISO 3166-1 alpha-2 country code`);
  }
  const numeric = countryCoderFeature(code)?.properties.iso1N3;
  const name = NAME_BY_ALPHA2[code];
  const matches = (geometry: CountryGeometry): boolean =>
    numeric !== undefined ? geometry.id === numeric : countryName(geometry) === name;
  if (!topology.objects.countries.geometries.some(matches)) {
    const known = numeric ? ` (ISO 3166-1 numeric ${numeric})` : '';
    throw new Error(`Natural Earth (world-atlas) has no country for "${alpha2}"${known}`);
  }
  return matches;
}

/**
 * The 1:50m territory of a country, by ISO 3166-1 alpha-2 code, as Natural Earth draws it
 * (see the notes at the top of this file for disputed areas).
 *
 * @example
 * countryGeometry(loadNaturalEarth(), 'LB'); // { type: 'Polygon', coordinates: [...] }
 */
export function countryGeometry(ne: CountryShapes, alpha2: string): Polygon | MultiPolygon {
  const topology = ne.countries50m;
  const matches = countryMatcher(topology, alpha2);
  const parts = topology.objects.countries.geometries.filter(matches);
  const merged = merge(topology, parts as Parameters<typeof merge>[1]);
  const [only] = merged.coordinates;
  return merged.coordinates.length === 1 && only ? { type: 'Polygon', coordinates: only } : merged;
}

/**
 * The 1:50m land boundary two countries share, as Natural Earth draws it.
 *
 * @example
 * borderGeometry(loadNaturalEarth(), 'IL', 'LB'); // { type: 'MultiLineString', ... }
 */
export function borderGeometry(ne: CountryShapes, a: string, b: string): MultiLineString {
  const topology = ne.countries50m;
  const isA = countryMatcher(topology, a);
  const isB = countryMatcher(topology, b);
  const border = mesh(
    topology,
    topology.objects.countries,
    (x: CountryGeometry, y: CountryGeometry) => (isA(x) && isB(y)) || (isB(x) && isA(y)),
  );
  if (border.coordinates.length === 0) {
    throw new Error(`"${a}" and "${b}" share no land boundary in Natural Earth 1:50m`);
  }
  return border;
}
