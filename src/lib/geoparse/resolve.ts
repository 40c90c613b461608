/**
 * Choosing which place each name stands for: every candidate scored by its prominence and by
 * what the rest of the article says (the countries and states it names, the dateline, the
 * demonyms, how near the candidate lies to the other places), each score with its reasons.
 */
import type { LngLat } from '../geo/types.ts';
import {
  nameKey,
  type CompassPart,
  type Gazetteer,
  type GazetteerPlace,
  type NameMatch,
} from './gazetteer.ts';
import type { FoundName } from './mentions.ts';
import { haversineKm } from './haversine.ts';

/** One place a mention may stand for, with its score and why. */
export interface Candidate {
  place: GazetteerPlace;
  /** Found through a demonym ("Israeli") rather than the name. */
  via: NameMatch['via'];
  score: number;
  /** Why it scores as it does, in words, strongest first. */
  reasons: string[];
  /** What the rest of the text adds to its score: its region, its fit, its nearness. */
  support: number;
}

/** A name in the text with its candidates, best first. */
export interface ResolvedName extends FoundName {
  candidates: Candidate[];
  /** 0-1: how far the best candidate stands above the next, and above doubt about the name. */
  confidence: number;
  /** The point the mention stands for: the best candidate's, or its part's ("southern Lebanon"). */
  lngLat: LngLat;
}

/** How much each kind of evidence adds to a candidate's score (log10 of population units). */
export const WEIGHTS = {
  /** Times log10 of a place's people. */
  population: 1,
  country: 9,
  continent: 8.5,
  admin1: 6,
  admin2: 5.5,
  capital: 1.5,
  adminSeat: 0.8,
  /** Times the share of the text's other places that lie in the candidate's country. */
  homeCountry: 4,
  /** Times the share of the text's other places that lie in its first-level region. */
  homeAdmin: 4,
  qualifier: 8,
  dateline: 1,
  nearKm: 800,
  near: 4,
  /** What the rest of the text must add to a small town's score: see `isSupported`. */
  supportMin: 7,
  /** What it must add to a town's under 100,000 with no "in" before it. */
  supportTown: 3,
  /** Times how well it fits some reading of each other name (a state that holds it). */
  coherence: 5,
  coherenceKm: 25,
  /** Off a city the text names by another of its names, where a city bears it as its own. */
  otherName: 2,
} as const;

/** How many of a name's best candidates stand for it when the others' fit is measured. */
const COHERENCE_CANDIDATES = 10;

/**
 * Resolves every found name in three passes: prominence alone; then with what the names that
 * leave no doubt say (one candidate, or candidates all in one spot, or a state after them)
 * about the text's home country and region and the places it is about; then with what every
 * name, by how sure its choice is, says. A name is never its own evidence: every mention of
 * "Paris" is left out when "Paris" is resolved.
 */
export function resolveNames(
  names: readonly FoundName[],
  gazetteer: Gazetteer,
): { resolved: ResolvedName[]; unsupported: ResolvedName[] } {
  const keys = names.map((name) => nameKey(name.text));
  const rankAll = (evidence: readonly Evidence[], fit?: Fit) =>
    names.map((name, i) => {
      const key = keys[i] as string;
      return rank(name, contextFor(evidence, key, fit), gazetteer);
    });
  const first = rankAll([]);
  const fit = fitOf(first, keys);
  // A weak name (a lone given name) says nothing about the others.
  const second = rankAll(
    evidenceOf(first, keys, (name) => (name.weak ? 0 : isAnchor(name) ? 1 : 0)),
    fit,
  );
  const third = rankAll(
    evidenceOf(second, keys, (name) => (name.weak ? 0 : isAnchor(name) ? 1 : name.confidence / 2)),
    fit,
  );
  return {
    resolved: third.filter(isSupported),
    unsupported: third.filter((name) => !isSupported(name)),
  };
}

/**
 * Towns stay only where the rest of the text supports their reading: a small town (under
 * 15,000 people) by {@link WEIGHTS.supportMin}, a town under 100,000 by a word like "in" before
 * it or by {@link WEIGHTS.supportTown}; a name with many namesakes and nothing in the text to
 * choose among them is better left for the reviewer than placed at random. Countries, states,
 * counties named as such ("Licking County", "in Licking", "Madison and Licking counties"),
 * capitals and names followed by their state always stay.
 */
const COUNTY = /\b(?:county|parish|borough)$/i;

function isSupported(name: ResolvedName): boolean {
  const best = name.candidates[0];
  if (!best || name.qualifier || best.support >= WEIGHTS.supportMin) return true;
  const { place } = best;
  if (place.kind !== 'city' && place.kind !== 'admin2') return true;
  if (place.featureCode === 'PPLC') return true;
  if (place.kind === 'admin2' && (name.locationCue || COUNTY.test(name.text))) return true;
  if (name.weak || place.population < 15_000) return false;
  return place.population >= 100_000 || name.locationCue || best.support >= WEIGHTS.supportTown;
}

/** How well a place fits some reading of each of the text's other names, 0-1. */
type Fit = (key: string, place: GazetteerPlace) => number;

/**
 * "Gainesville" and "Georgia" named together: the Georgia that holds a Gainesville, and the
 * Gainesville that Georgia holds, fit each other; and so do places near each other (a county
 * and its seat). Measured against each other name's best candidates on prominence alone.
 */
function fitOf(first: readonly ResolvedName[], keys: readonly string[]): Fit {
  const readings = new Map<string, GazetteerPlace[]>();
  first.forEach((name, i) => {
    const key = keys[i] as string;
    if (readings.has(key) || name.weak) return;
    const local = name.candidates
      .slice(0, COHERENCE_CANDIDATES)
      .map((c) => c.place)
      .filter(isLocal);
    readings.set(key, local);
  });
  const cache = new Map<string, number>();
  return (key, place) => {
    if (!isLocal(place) || readings.size < 2) return 0;
    const id = `${key}|${place.index}`;
    const known = cache.get(id);
    if (known !== undefined) return known;
    let sum = 0;
    for (const [other, places] of readings) {
      if (other === key) continue;
      let best = 0;
      for (const reading of places) best = Math.max(best, affinity(place, reading));
      sum += best;
    }
    const fit = sum / (readings.size - 1);
    cache.set(id, fit);
    return fit;
  };
}

function isLocal(place: GazetteerPlace): boolean {
  return place.kind === 'city' || place.kind === 'admin2' || place.kind === 'admin1';
}

/** 1 where one holds the other (a state and its town), else by distance between the two. */
function affinity(a: GazetteerPlace, b: GazetteerPlace): number {
  if (a === b) return 0;
  const sameAdmin = a.country === b.country && a.admin1 !== '' && a.admin1 === b.admin1;
  if (a.kind === 'admin1' || b.kind === 'admin1') return sameAdmin && a.kind !== b.kind ? 1 : 0;
  return Math.exp(-haversineKm(a.lngLat, b.lngLat) / WEIGHTS.coherenceKm);
}

/** What one mention says about the text: where its place is, and how sure that is. */
interface Evidence {
  key: string;
  country: string;
  /** `CC-ADMIN1` of a city, county or state, or ''. */
  admin: string;
  /** Its point, for nearness: cities, counties and states only. */
  lngLat?: LngLat;
  weight: number;
  dateline: boolean;
}

interface Context {
  countryShare: (country: string) => number;
  adminShare: (admin: string) => number;
  /** 0-1: how near a point lies to the other places, by their weights. */
  nearness: (lngLat: LngLat) => number;
  dateline?: { country: string; admin: string };
  /** How well a place fits the text's other names. */
  fit: (place: GazetteerPlace) => number;
}

/** A mention whose place is not in doubt. */
function isAnchor(name: ResolvedName): boolean {
  const best = name.candidates[0];
  if (!best) return false;
  if (name.qualifier && best.reasons.some((r) => r.startsWith('followed by'))) return true;
  return name.candidates.every((c) => haversineKm(c.place.lngLat, best.place.lngLat) <= 100);
}

function evidenceOf(
  resolved: readonly ResolvedName[],
  keys: readonly string[],
  weightOf: (name: ResolvedName) => number,
): Evidence[] {
  return resolved.flatMap((name, i): Evidence[] => {
    const place = name.candidates[0]?.place;
    const weight = weightOf(name);
    if (!place || weight <= 0) return [];
    const local = place.kind === 'city' || place.kind === 'admin2' || place.kind === 'admin1';
    return [
      {
        key: keys[i] as string,
        country: place.country,
        admin: local && place.admin1 ? `${place.country}-${place.admin1}` : '',
        ...(local ? { lngLat: name.lngLat } : {}),
        weight,
        dateline: name.dateline,
      },
    ];
  });
}

function contextFor(evidence: readonly Evidence[], key: string, fit?: Fit): Context {
  const others = evidence.filter((e) => e.key !== key);
  const total = others.reduce((sum, e) => sum + e.weight, 0);
  const share = (test: (e: Evidence) => boolean) =>
    total === 0 ? 0 : others.reduce((sum, e) => sum + (test(e) ? e.weight : 0), 0) / total;
  const points = others.filter((e) => e.lngLat);
  const pointWeight = points.reduce((sum, e) => sum + e.weight, 0);
  const dateline = others.find((e) => e.dateline);
  return {
    countryShare: (country) => (country ? share((e) => e.country === country) : 0),
    adminShare: (admin) => share((e) => e.admin === admin),
    nearness: (lngLat) =>
      pointWeight === 0
        ? 0
        : points.reduce(
            (sum, e) =>
              sum + e.weight * Math.exp(-haversineKm(lngLat, e.lngLat as LngLat) / WEIGHTS.nearKm),
            0,
          ) / pointWeight,
    ...(dateline ? { dateline: { country: dateline.country, admin: dateline.admin } } : {}),
    fit: (place) => (fit ? fit(key, place) : 0),
  };
}

function prior(place: GazetteerPlace): { score: number; reasons: string[] } {
  const population = WEIGHTS.population * Math.log10(place.population + 10);
  switch (place.kind) {
    case 'country':
      return { score: WEIGHTS.country + population / 4, reasons: ['a country'] };
    case 'continent':
    case 'region':
      return { score: WEIGHTS.continent, reasons: [`a ${place.kind}`] };
    case 'admin1':
      return { score: WEIGHTS.admin1 + population / 8, reasons: ['a state or province'] };
    case 'admin2':
      return { score: WEIGHTS.admin2, reasons: ['a county'] };
    case 'city': {
      const reasons = [`population ${place.population.toLocaleString('en-US')}`];
      let score = population;
      if (place.featureCode === 'PPLC') {
        score += WEIGHTS.capital;
        reasons.push('a national capital');
      } else if (place.featureCode === 'PPLA') {
        score += WEIGHTS.adminSeat;
        reasons.push('a state or province capital');
      }
      return { score, reasons };
    }
  }
}

function rank(name: FoundName, context: Context, gazetteer: Gazetteer): ResolvedName {
  const candidates = name.matches.map((match): Candidate => {
    const { place } = match;
    const { score: base, reasons } = prior(place);
    let score = base;
    if (match.via === 'demonym') reasons.unshift('a demonym');
    const broad = place.kind === 'continent' || place.kind === 'region';
    const countryShare = broad ? 0 : context.countryShare(place.country);
    if (countryShare > 0) {
      score += WEIGHTS.homeCountry * countryShare;
      const country = gazetteer.countries.get(place.country)?.name ?? place.country;
      reasons.push(
        `in ${country}, ${countryShare >= 0.5 ? 'as most' : 'as some'} of the other places`,
      );
    }
    const admin = `${place.country}-${place.admin1}`;
    const local = place.kind === 'city' || place.kind === 'admin2' || place.kind === 'admin1';
    const adminShare = local && place.admin1 ? context.adminShare(admin) : 0;
    if (adminShare > 0) {
      score += WEIGHTS.homeAdmin * adminShare;
      const region = gazetteer.admins.get(admin)?.name ?? admin;
      reasons.push(
        `in ${region}, ${adminShare >= 0.5 ? 'as most' : 'as some'} of the other places`,
      );
    }
    const holder = name.qualifier?.find((q) => holds(q.place, place));
    if (holder) {
      score += WEIGHTS.qualifier;
      reasons.unshift(`followed by its ${holder.place.kind === 'country' ? 'country' : 'state'}`);
    }
    if (context.dateline && !name.dateline && place.kind !== 'country' && !broad) {
      if (place.country === context.dateline.country) {
        score += WEIGHTS.dateline;
        reasons.push('in the dateline’s country');
      }
      if (local && admin === context.dateline.admin) {
        score += WEIGHTS.dateline;
        reasons.push('in the dateline’s state');
      }
    }
    const fit = context.fit(place);
    if (fit > 0.05) {
      score += WEIGHTS.coherence * fit;
      reasons.push(place.kind === 'admin1' ? 'holds other places named' : 'fits the other names');
    }
    if (place.kind === 'city' || place.kind === 'admin2') {
      const near = context.nearness(place.lngLat);
      if (near > 0.05) {
        score += WEIGHTS.near * near;
        reasons.push('near the other places');
      }
    }
    return { place, via: match.via, score, reasons, support: score - base };
  });
  preferNamesakeCity(candidates);
  preferOwnName(name, candidates);
  candidates.sort((a, b) => b.score - a.score || b.place.population - a.place.population);
  const best = candidates[0];
  const second = candidates[1];
  const margin = best && second ? best.score - second.score : 3;
  const confidence = best ? 1 / (1 + Math.exp(-(margin - 0.5) * 1.5)) : 0;
  const lngLat = best ? pointOf(best.place, name.part) : ([0, 0] as LngLat);
  return { ...name, candidates, confidence: round2(confidence), lngLat };
}

/**
 * "New York" is the city more often than the state: a state's namesake city of half a
 * million or more ranks just above it.
 */
function preferNamesakeCity(candidates: Candidate[]): void {
  for (const state of candidates) {
    if (state.place.kind !== 'admin1') continue;
    const city = candidates.find(
      (c) =>
        c.place.kind === 'city' &&
        c.place.population >= 500_000 &&
        c.place.country === state.place.country &&
        c.place.admin1 === state.place.admin1,
    );
    if (city && city.score <= state.score) {
      city.score = state.score + 0.5;
      city.reasons.unshift(`the namesake city of ${state.place.name}`);
    }
  }
}

/**
 * "Salisbury" is the English city before Harare, which GeoNames also files under its colonial
 * name: a city the text names by one of its other names loses `otherName` where another city
 * bears the name as its own.
 */
function preferOwnName(name: FoundName, candidates: Candidate[]): void {
  const key = nameKey(name.text);
  // "Washington, D.C." bears "Washington" as its own name.
  const ownName = ({ place }: Candidate) =>
    nameKey(place.name) === key || nameKey(place.name.split(',')[0] ?? '') === key;
  const cities = candidates.filter((c) => c.place.kind === 'city' && c.via === 'name');
  if (!cities.some(ownName)) return;
  for (const city of cities) {
    if (ownName(city)) continue;
    city.score -= WEIGHTS.otherName;
    city.reasons.push(`“${name.text}” is another of its names`);
  }
}

/** Whether `holder` (a country, state or county) holds `place`. */
function holds(holder: GazetteerPlace, place: GazetteerPlace): boolean {
  if (holder.kind === 'country') return holder.country === place.country && place !== holder;
  if (holder.kind === 'admin1') {
    return holder.country === place.country && holder.admin1 === place.admin1 && place !== holder;
  }
  return false;
}

/** The point of a place, or of its part ("southern Lebanon") where the text names one. */
export function pointOf(place: GazetteerPlace, part?: CompassPart): LngLat {
  return (part && place.parts?.[part]) || place.lngLat;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
