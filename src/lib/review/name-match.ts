/**
 * The gazetteer's places that a story place's name may stand for, so an editor can see how
 * far each point lies from the place its name calls to mind ("Port of Hodeidah" and GeoNames'
 * "Al Ḩudaydah"). Names are compared by their consonants: transliterations of one Arabic or
 * Hebrew name differ mostly in their vowels (Hodeidah, Hudaydah, Hodeida; Sderot, Sederot).
 */
import { geodesicDistanceKm } from '../geo/distance.ts';
import type { LngLat } from '../geo/types.ts';
import { nameKey } from '../geoparse/gazetteer.ts';

/** A place of the gazetteer, as the review needs it. */
export interface NamedPoint {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lngLat: LngLat;
  /** Where it comes from: "GeoNames 79415". */
  ref: string;
}

export interface NameMatch {
  place: NamedPoint;
  /** The words of the story's name that matched. */
  words: string;
  km: number;
}

/** Arabic articles that lead a name: "Al Ḩudaydah" is "Hudaydah" for matching. */
const ARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ha']);

/**
 * A name's first letter and its consonants after it: accents, case, apostrophes, a leading
 * article, later vowels (with y and w) and doubled letters dropped; "" for names too short to
 * tell apart (fewer than four letters). The first letter stays, vowel or not, so "Lebanon" is
 * not "Eilabun" nor "East" "Satita".
 *
 * @example nameSkeleton('Al Ḩudaydah') === nameSkeleton('Hodeidah') // 'hdh'
 */
export function nameSkeleton(name: string): string {
  const words = nameKey(name)
    .replace(/[‘ʿʾ]/g, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.length > 1 && ARTICLES.has(words[0] as string)) words.shift();
  const letters = words.join('');
  if (letters.length < 4) return '';
  const rest = letters.slice(1).replace(/[aeiouyw]+/g, '');
  return `${letters[0] as string}${rest}`.replace(/(.)\1+/g, '$1');
}

/** Words that describe a place rather than name it: never matched on their own. */
const GENERIC = new Set(
  'the of near by and port power station plant airport border villages close communities north south east west middle northern southern eastern western central strip city district headquarters united nations israeli lebanese'.split(
    ' ',
  ),
);

/** Runs of one to four consecutive words of `name` that are not all generic words. */
export function nameCandidates(name: string): string[] {
  const words = name.split(/[\s,–—-]+/).filter(Boolean);
  const runs: string[] = [];
  for (let length = Math.min(4, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length);
      if (run.every((word) => GENERIC.has(word.toLowerCase()))) continue;
      runs.push(run.join(' '));
    }
  }
  return runs;
}

/**
 * The gazetteer place nearest `point` whose name matches a run of words of one of `names`,
 * among those in `countries` (all countries when the list is empty).
 */
export function nearestNameMatch({
  names,
  point,
  countries,
  gazetteer,
}: {
  names: string[];
  point: LngLat;
  countries: string[];
  gazetteer: readonly NamedPoint[];
}): NameMatch | undefined {
  const wanted = new Map<string, string>();
  for (const name of names) {
    for (const words of nameCandidates(name)) {
      const skeleton = nameSkeleton(words);
      if (skeleton.length >= 2 && !wanted.has(skeleton)) wanted.set(skeleton, words);
    }
  }
  let best: NameMatch | undefined;
  for (const place of gazetteer) {
    if (countries.length > 0 && !countries.includes(place.country)) continue;
    const words = wanted.get(nameSkeleton(place.name));
    if (words === undefined) continue;
    const km = geodesicDistanceKm(point, place.lngLat);
    if (!best || km < best.km) best = { place, words, km };
  }
  return best;
}

/** The gazetteer place nearest `point` within `km`, whatever its name. */
export function placeWithin(
  point: LngLat,
  km: number,
  gazetteer: readonly NamedPoint[],
): { place: NamedPoint; km: number } | undefined {
  let best: { place: NamedPoint; km: number } | undefined;
  for (const place of gazetteer) {
    // A cheap box first: 1° of latitude is at least 110 km.
    if (Math.abs(place.lngLat[1] - point[1]) > km / 110) continue;
    const distance = geodesicDistanceKm(point, place.lngLat);
    if (distance <= km && (!best || distance < best.km)) best = { place, km: distance };
  }
  return best;
}
