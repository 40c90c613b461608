/**
 * Type-ahead search of the offline gazetteer: the places whose name, alias or demonym starts
 * with what was typed, best first (a name typed whole before one it begins, then countries and
 * states before cities, then the most populous).
 */
import {
  nameKey,
  type Gazetteer,
  type GazetteerKind,
  type GazetteerPlace,
} from '../geoparse/gazetteer.ts';
import type { CandidateInput } from './document.ts';

export interface SearchResult {
  place: GazetteerPlace;
  /** "Tyre, South Governorate, Lebanon · city, 135,204 people". */
  label: string;
  candidate: CandidateInput;
}

/** Larger places first when a name is shared: "Georgia" the country before the state. */
const KIND_ORDER: Readonly<Record<GazetteerKind, number>> = {
  country: 0,
  continent: 1,
  region: 2,
  admin1: 3,
  admin2: 4,
  city: 5,
};

/** How many keys a prefix may scan before the search stops looking (a one-letter "s"). */
const MAX_KEYS_SCANNED = 5000;

const sortedKeys = new WeakMap<Gazetteer, string[]>();

/**
 * @example searchGazetteer(gazetteer, 'hodei')[0]?.place.name // 'Hodeidah'
 */
export function searchGazetteer(gazetteer: Gazetteer, query: string, limit = 8): SearchResult[] {
  const prefix = nameKey(query);
  if (prefix.length < 2) return [];
  let keys = sortedKeys.get(gazetteer);
  if (!keys) {
    keys = [...gazetteer.byKey.keys()].sort();
    sortedKeys.set(gazetteer, keys);
  }
  const found = new Map<GazetteerPlace, boolean>();
  for (
    let i = firstAtLeast(keys, prefix), n = 0;
    i < keys.length && n < MAX_KEYS_SCANNED;
    i++, n++
  ) {
    const key = keys[i] as string;
    if (!key.startsWith(prefix)) break;
    for (const match of gazetteer.byKey.get(key) ?? []) {
      const whole = key === prefix;
      found.set(match.place, (found.get(match.place) ?? false) || whole);
    }
  }
  return [...found.entries()]
    .sort(
      ([a, wholeA], [b, wholeB]) =>
        Number(wholeB) - Number(wholeA) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        b.population - a.population ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit)
    .map(([place]) => ({
      place,
      label: placeLabel(gazetteer, place),
      candidate: candidateOf(place),
    }));
}

/** The place as a review candidate, the way the draft records its matches. */
export function candidateOf(place: GazetteerPlace): CandidateInput {
  return {
    name: place.name,
    kind: place.kind,
    ...(place.country ? { country: place.country } : {}),
    coordinates: place.lngLat,
    ref: place.ref,
    score: 0,
    reasons: ['chosen by a person from the gazetteer'],
  };
}

const KIND_WORDS: Readonly<Record<GazetteerKind, string>> = {
  continent: 'continent',
  region: 'region',
  country: 'country',
  admin1: 'state or province',
  admin2: 'county or district',
  city: 'city',
};

export function placeLabel(gazetteer: Gazetteer, place: GazetteerPlace): string {
  const admin = place.admin1
    ? gazetteer.admins.get(`${place.country}-${place.admin1}`)?.name
    : undefined;
  const country =
    place.kind === 'country' ? undefined : gazetteer.countries.get(place.country)?.name;
  const where = [place.name, admin, country].filter(Boolean).join(', ');
  const people = place.population > 0 ? `, ${place.population.toLocaleString('en-US')} people` : '';
  return `${where} · ${KIND_WORDS[place.kind]}${people}`;
}

function firstAtLeast(sorted: readonly string[], target: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
