/**
 * The geoparser's gazetteer: every place a name in a news article may stand for, as compact
 * assets made at build time from npm packages (see `build-gazetteer.ts`) and parsed here, in
 * Node or in the browser, into lookup tables.
 *
 * There are two assets: a core (countries, first-level regions, US counties, and the cities of
 * 15,000 people or more and capitals) small enough for the editor to load at once, and the long
 * tail of smaller places, loaded after it. Each is one tab-separated table in a JSON string, a
 * row per place, so that it gzips well and parses without a JSON tree of objects; its names
 * come first, so that loading reads only them and a row is parsed when a name asks for it.
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

export const GAZETTEER_FORMAT = 'dateline-geoparse-gazetteer/3';

export type GazetteerPart = 'core' | 'tail';

/**
 * Columns of a row. `names` is the place's name then its aliases, `|`-separated, as are
 * `demonyms`; `parts` is `part:lng,lat` joined by `;`. Kinds are written as one letter (see
 * {@link KIND_LETTER}).
 */
export const GAZETTEER_COLUMNS = [
  'names',
  'demonyms',
  'kind',
  'country',
  'admin1',
  'featureCode',
  'population',
  'lng',
  'lat',
  'ref',
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

/** The places a name may stand for, by {@link nameKey}. */
export interface NameIndex {
  get(key: string): readonly NameMatch[] | undefined;
  has(key: string): boolean;
  /** Every key, unordered (the editor's type-ahead search sorts them once). */
  keys(): IterableIterator<string>;
}

export interface Gazetteer {
  /** How many places it holds. */
  size: number;
  /** Places by {@link nameKey} of their names, aliases and demonyms. */
  byKey: NameIndex;
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
      [place.name, ...place.aliases].map(clean).join('|'),
      place.demonyms.map(clean).join('|'),
      KIND_LETTER[place.kind],
      place.country,
      place.admin1,
      place.featureCode,
      place.population > 0 ? String(place.population) : '',
      String(place.lngLat[0]),
      String(place.lngLat[1]),
      place.ref,
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

/** How a row holds a name: as its name or alias, as a dotted abbreviation, as a demonym. */
const NAME = 0;
const EXACT = 1;
const DEMONYM = 2;

/**
 * Parses assets into lookup tables: the core alone, or the core and then the tail (rows keep
 * counting across them). Loading reads each row's names only; the rest of a row is read the
 * first time a name leads to it. Throws with a message naming the row when an asset is not
 * one this code wrote.
 */
export function parseGazetteer(assets: unknown): Gazetteer {
  const list: unknown[] = Array.isArray(assets) ? assets : [assets];
  const lines: string[] = [];
  /** Row index times 4 plus how the row holds the name. */
  const refs = new Map<string, number[]>();
  let maxTokens = 1;
  const add = (name: string, row: number, how: number) => {
    const key = nameKey(name);
    if (key === '') return;
    const found = refs.get(key);
    if (!found) refs.set(key, [row * 4 + how]);
    else if ((found[found.length - 1] as number) >> 2 !== row) found.push(row * 4 + how);
    else return;
    if (key.includes(' ')) maxTokens = Math.max(maxTokens, key.split(' ').length);
  };
  const commonWords = new Set<string>();
  const words = new Set<string>();
  const givenNames = new Set<string>();
  const addAll = (set: Set<string>, cell: string | undefined) => {
    if (cell) for (const word of cell.split(' ')) set.add(word);
  };
  const broad: number[] = [];
  for (const asset of list) {
    if (!isAsset(asset)) {
      throw new Error(`the gazetteer is not a ${GAZETTEER_FORMAT} asset (rebuild: npm run data)`);
    }
    for (const line of asset.rows === '' ? [] : asset.rows.split('\n')) {
      const row = lines.length;
      lines.push(line);
      const afterNames = line.indexOf('\t');
      const afterDemonyms = line.indexOf('\t', afterNames + 1);
      const kind = line[afterDemonyms + 1] ?? '';
      if (afterNames <= 0 || afterDemonyms < 0 || !KIND_OF_LETTER.has(kind)) {
        throw new Error(
          `the gazetteer's ${asset.part} row ${row + 1} is damaged (rebuild: npm run data)`,
        );
      }
      line
        .slice(0, afterNames)
        .split('|')
        .forEach((name, i) =>
          add(name, row, i > 0 && name.endsWith('.') && name.length <= 6 ? EXACT : NAME),
        );
      if (afterDemonyms > afterNames + 1) {
        for (const demonym of line.slice(afterNames + 1, afterDemonyms).split('|')) {
          add(demonym, row, DEMONYM);
        }
      }
      if (kind === KIND_LETTER.country || kind === KIND_LETTER.admin1) broad.push(row);
    }
    addAll(commonWords, asset.commonWords);
    addAll(words, asset.words);
    addAll(givenNames, asset.givenNames);
  }

  const parsed: (GazetteerPlace | undefined)[] = [];
  const placeAt = (row: number): GazetteerPlace =>
    (parsed[row] ??= parseRow(lines[row] as string, row));
  const matches = new Map<string, NameMatch[]>();
  const byKey: NameIndex = {
    has: (key) => refs.has(key),
    keys: () => refs.keys(),
    get(key) {
      const known = matches.get(key);
      if (known) return known;
      const found = refs.get(key);
      if (!found) return undefined;
      const list = found.map((ref): NameMatch => {
        const place = placeAt(ref >> 2);
        const how = ref & 3;
        if (how === DEMONYM) return { place, via: 'demonym' };
        if (how === NAME) return { place, via: 'name' };
        const exact = place.aliases.find((alias) => nameKey(alias) === key) ?? key;
        return { place, via: 'name', exact };
      });
      matches.set(key, list);
      return list;
    },
  };
  const countries = new Map<string, GazetteerPlace>();
  const admins = new Map<string, GazetteerPlace>();
  for (const row of broad) {
    const place = placeAt(row);
    if (place.kind === 'country') countries.set(place.country, place);
    else if (place.admin1 !== '') admins.set(`${place.country}-${place.admin1}`, place);
  }
  return {
    size: lines.length,
    byKey,
    countries,
    admins,
    maxTokens,
    commonWords,
    words,
    givenNames,
  };
}

/** One row, whole; throws naming the row where it is not one this code wrote. */
function parseRow(line: string, index: number): GazetteerPlace {
  const cells = line.split('\t');
  const [name = '', ...aliases] = (cells[0] ?? '').split('|');
  const kind = KIND_OF_LETTER.get(cells[2] ?? '') as GazetteerKind | undefined;
  const lng = Number(cells[7]);
  const lat = Number(cells[8]);
  if (!kind || !name || !Number.isFinite(lng) || !Number.isFinite(lat)) {
    throw new Error(`the gazetteer's row ${index + 1} is damaged (rebuild: npm run data)`);
  }
  const place: GazetteerPlace = {
    index,
    kind,
    name,
    country: cells[3] ?? '',
    admin1: cells[4] ?? '',
    featureCode: cells[5] ?? '',
    population: Number(cells[6] ?? '') || 0,
    lngLat: [lng, lat],
    ref: cells[9] ?? '',
    aliases,
    demonyms: cells[1] ? cells[1].split('|') : [],
  };
  if (cells[10]) place.parts = parseParts(cells[10]);
  return place;
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
