/**
 * The geoparser's gazetteer: every place a name in a news article may stand for, as compact
 * assets made at build time from npm packages (see `build-gazetteer.ts`) and parsed here, in
 * Node or in the browser, into lookup tables.
 *
 * There are two assets: a core (countries, first-level regions, US counties, and the cities of
 * 15,000 people or more and capitals) small enough for the editor to load at once, and the long
 * tail of smaller places, loaded after it. Each is one tab-separated table in a JSON string, a
 * row per place, so that it gzips well and parses without a JSON tree of objects.
 */
import type { LngLat } from '../geo/types.ts';

/** What a gazetteer place is, from largest to smallest. */
export const GAZETTEER_KINDS = [
  'continent',
  'region',
  'country',
  'admin1',
  'admin2',
  'city',
] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** One place of the gazetteer. */
export interface GazetteerPlace {
  /** Its row in the gazetteer: stable for one asset, not across builds. */
  index: number;
  kind: GazetteerKind;
  name: string;
  /** ISO 3166-1 alpha-2, or '' for places across borders (continents, "the Middle East"). */
  country: string;
  /** First-level division code as GeoNames gives it ("OH" in the US), or ''. */
  admin1: string;
  /** GeoNames feature code for cities ("PPLC" a capital, "PPLA" a first-level seat), else ''. */
  featureCode: string;
  /** People, where the source says (cities; countries and states as the sum of their cities). */
  population: number;
  lngLat: LngLat;
  /** Where the point comes from: "geonames:293397", "world-countries:IL", "us-atlas:state:39". */
  ref: string;
  /** Other names it goes by ("U.S.", "Calif.", "Avoyelles Parish"), without its own. */
  aliases: string[];
  /** What its people are called ("Israeli", "Israelis"), for countries and regions. */
  demonyms: string[];
  /**
   * For countries and US states: a representative point in each part ("north", "south", ...),
   * so "southern Lebanon" has a point inside southern Lebanon.
   */
  parts?: Partial<Record<CompassPart, LngLat>>;
}

export const COMPASS_PARTS = [
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'central',
] as const;
export type CompassPart = (typeof COMPASS_PARTS)[number];

/** One asset as written to `public/data/geoparse-gazetteer-<part>.json`. */
export interface GazetteerAsset {
  format: typeof GAZETTEER_FORMAT;
  /** The core, loaded first, or the tail of small places, loaded after it. */
  part: GazetteerPart;
  /** The packages and data the rows come from, with their licences. */
  sources: string[];
  /** One row per place; columns in {@link GAZETTEER_COLUMNS} order, tab-separated. */
  rows: string;
  /** Keys of one-word names that are also common English words ("mobile"), space-separated. */
  commonWords: string;
  /**
   * The core's common English words ("police", "library"), space-separated: a town's name
   * before one names its institution ("Paris Public Library"), not a person.
   */
  words?: string;
  /** The core's given names ("keith", "jordan"), space-separated: people's names start so. */
  givenNames?: string;
}

export const GAZETTEER_FORMAT = 'dateline-geoparse-gazetteer/2';

export type GazetteerPart = 'core' | 'tail';

/**
 * Columns of a row. `parts` is `part:lng,lat` joined by `;`; lists are joined by `|`.
 * Kinds are written as one letter (see {@link KIND_LETTER}).
 */
export const GAZETTEER_COLUMNS = [
  'kind',
  'name',
  'country',
  'admin1',
  'featureCode',
  'population',
  'lng',
  'lat',
  'ref',
  'aliases',
  'demonyms',
  'parts',
] as const;

export const KIND_LETTER: Readonly<Record<GazetteerKind, string>> = {
  continent: 'K',
  region: 'R',
  country: 'C',
  admin1: 'A',
  admin2: 'B',
  city: 'P',
};
const KIND_OF_LETTER = new Map(Object.entries(KIND_LETTER).map(([kind, l]) => [l, kind]));

/** How a name was found in the gazetteer: as a place's name or alias, or as its demonym. */
export interface NameMatch {
  place: GazetteerPlace;
  via: 'name' | 'demonym';
  /**
   * An abbreviation with its dots ("Ga.", "Ont."): the text must spell it so, since its key
   * without the dots is a plain word ("Miss", "Ill" from "I'll").
   */
  exact?: string;
}

export interface Gazetteer {
  places: readonly GazetteerPlace[];
  /** Places by {@link nameKey} of their names, aliases and demonyms. */
  byKey: ReadonlyMap<string, readonly NameMatch[]>;
  /** Countries by ISO code. */
  countries: ReadonlyMap<string, GazetteerPlace>;
  /** First-level divisions by `CC-ADMIN1` ("US-OH"). */
  admins: ReadonlyMap<string, GazetteerPlace>;
  /** The longest name in tokens, so the matcher knows when to stop. */
  maxTokens: number;
  /** Keys of names that are also common English words: a place only where the text says so. */
  commonWords: ReadonlySet<string>;
  /** Common English words, lowercase. */
  words: ReadonlySet<string>;
  /** Given names, as {@link nameKey}s. */
  givenNames: ReadonlySet<string>;
}

/** What an asset carries besides its places. */
export interface AssetOptions {
  sources: string[];
  part?: GazetteerPart;
  commonWords?: readonly string[];
  words?: readonly string[];
  givenNames?: readonly string[];
}

/**
 * The lookup key of a name: without accents, case, dots or apostrophes, hyphens and spaces
 * as one space, "saint" as "st". "St. Louis", "Saint-Louis" and "ST LOUIS" share a key.
 *
 * @example nameKey('Rishon LeZion') // 'rishon lezion'
 */
export function nameKey(name: string): string {
  // Most names are plain ASCII words: the fast path keeps parsing the gazetteer quick.
  if (PLAIN_NAME.test(name)) {
    const lower = name.toLowerCase();
    return lower.includes('saint') ? lower.replace(/\bsaint\b/g, 'st') : lower;
  }
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[\s\-‐–—/]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
}

const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Serialises places into the asset (the inverse of {@link parseGazetteer}). */
export function writeGazetteerAsset(
  places: readonly Omit<GazetteerPlace, 'index'>[],
  { sources, part = 'core', commonWords = [], words, givenNames }: AssetOptions,
): GazetteerAsset {
  const clean = (text: string) => text.replace(/[\t\n|;]/g, ' ');
  const rows = places.map((place) =>
    [
      KIND_LETTER[place.kind],
      clean(place.name),
      place.country,
      place.admin1,
      place.featureCode,
      place.population > 0 ? String(place.population) : '',
      String(place.lngLat[0]),
      String(place.lngLat[1]),
      place.ref,
      place.aliases.map(clean).join('|'),
      place.demonyms.map(clean).join('|'),
      Object.entries(place.parts ?? {})
        .map(([part, [lng, lat]]) => `${part}:${lng},${lat}`)
        .join(';'),
    ]
      .join('\t')
      .replace(/\t+$/, ''),
  );
  return {
    format: GAZETTEER_FORMAT,
    part,
    sources,
    rows: rows.join('\n'),
    commonWords: [...commonWords].sort().join(' '),
    ...(words ? { words: [...words].sort().join(' ') } : {}),
    ...(givenNames ? { givenNames: [...givenNames].sort().join(' ') } : {}),
  };
}

/**
 * Parses assets into lookup tables: the core alone, or the core and then the tail (rows keep
 * counting across them). Throws with a message naming the row when an asset is not one this
 * code wrote.
 */
export function parseGazetteer(assets: unknown): Gazetteer {
  const list: unknown[] = Array.isArray(assets) ? assets : [assets];
  const places: GazetteerPlace[] = [];
  const byKey = new Map<string, NameMatch[]>();
  const countries = new Map<string, GazetteerPlace>();
  const admins = new Map<string, GazetteerPlace>();
  let maxTokens = 1;
  const add = (name: string, match: NameMatch) => {
    const key = nameKey(name);
    if (key === '') return;
    const list = byKey.get(key);
    if (!list) byKey.set(key, [match]);
    else if (!list.some((m) => m.place === match.place)) list.push(match);
    if (key.includes(' ')) maxTokens = Math.max(maxTokens, key.split(' ').length);
  };
  const commonWords = new Set<string>();
  const words = new Set<string>();
  const givenNames = new Set<string>();
  const addAll = (set: Set<string>, cell: string | undefined) => {
    if (cell) for (const word of cell.split(' ')) set.add(word);
  };
  for (const asset of list) {
    if (!isAsset(asset)) {
      throw new Error(`the gazetteer is not a ${GAZETTEER_FORMAT} asset (rebuild: npm run data)`);
    }
    const lines = asset.rows === '' ? [] : asset.rows.split('\n');
    const first = places.length;
    lines.forEach((line, row) => {
      const index = first + row;
      const cells = line.split('\t');
      const kind = KIND_OF_LETTER.get(cells[0] ?? '') as GazetteerKind | undefined;
      const lng = Number(cells[6]);
      const lat = Number(cells[7]);
      if (!kind || !cells[1] || !Number.isFinite(lng) || !Number.isFinite(lat)) {
        throw new Error(
          `the gazetteer's ${asset.part} row ${row + 1} is damaged (rebuild: npm run data)`,
        );
      }
      const list = (cell: string | undefined) => (cell ? cell.split('|') : []);
      const place: GazetteerPlace = {
        index,
        kind,
        name: cells[1],
        country: cells[2] ?? '',
        admin1: cells[3] ?? '',
        featureCode: cells[4] ?? '',
        population: Number(cells[5] ?? '') || 0,
        lngLat: [lng, lat],
        ref: cells[8] ?? '',
        aliases: list(cells[9]),
        demonyms: list(cells[10]),
      };
      if (cells[11]) place.parts = parseParts(cells[11]);
      places.push(place);
      add(place.name, { place, via: 'name' });
      for (const alias of place.aliases) {
        const dotted = alias.endsWith('.') && alias.length <= 6;
        add(alias, dotted ? { place, via: 'name', exact: alias } : { place, via: 'name' });
      }
      for (const demonym of place.demonyms) add(demonym, { place, via: 'demonym' });
      if (kind === 'country') countries.set(place.country, place);
      if (kind === 'admin1' && place.admin1 !== '') {
        admins.set(`${place.country}-${place.admin1}`, place);
      }
    });
    addAll(commonWords, asset.commonWords);
    addAll(words, asset.words);
    addAll(givenNames, asset.givenNames);
  }
  return { places, byKey, countries, admins, maxTokens, commonWords, words, givenNames };
}

function parseParts(cell: string): Partial<Record<CompassPart, LngLat>> {
  const parts: Partial<Record<CompassPart, LngLat>> = {};
  for (const item of cell.split(';')) {
    const [part, coordinates = ''] = item.split(':');
    const [lng, lat] = coordinates.split(',').map(Number);
    if ((COMPASS_PARTS as readonly string[]).includes(part ?? '') && lng !== undefined) {
      parts[part as CompassPart] = [lng, lat ?? 0];
    }
  }
  return parts;
}

function isAsset(value: unknown): value is GazetteerAsset {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as GazetteerAsset).format === GAZETTEER_FORMAT &&
    typeof (value as GazetteerAsset).rows === 'string'
  );
}
