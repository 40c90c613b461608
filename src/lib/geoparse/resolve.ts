/**
 * Choosing which place each name stands for: every candidate scored by its prominence and by
 * what the rest of the article says (the countries and states it names, the dateline, the
 * demonyms, how near the candidate lies to the other places), each score with its reasons.
 */
import type { LngLat } from '../geo/types.ts';
import type { CompassPart, Gazetteer, GazetteerPlace, NameMatch } from './gazetteer.ts';
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
  country: 9,
  continent: 8.5,
  admin1: 6,
  admin2: 4.5,
  capital: 1.5,
  adminSeat: 0.8,
  countryNamed: 2.5,
  adminNamed: 3,
  qualifier: 8,
  dateline: 4,
  nearKm: 800,
  near: 2.5,
} as const;

/**
 * Resolves every found name: a first pass on prominence alone gives the article's countries
 * and states, a second pass adds them and the nearness of the other places as evidence.
 */
export function resolveNames(names: readonly FoundName[], gazetteer: Gazetteer): ResolvedName[] {
  const first = names.map((name) => rank(name, emptyContext(), gazetteer));
  const context = contextOf(first, gazetteer);
  return names.map((name, i) => {
    const ranked = rank(name, context, gazetteer, first, i);
    return ranked;
  });
}

interface Context {
  /** Countries the text names or implies, with how often. */
  countries: Map<string, number>;
  /** First-level divisions ("US-GA") the text names. */
  admins: Map<string, number>;
  /** The best points of the other mentions, for nearness. */
  points: { index: number; lngLat: LngLat; weight: number }[];
  dateline?: { country: string; admin: string };
}

function emptyContext(): Context {
  return { countries: new Map(), admins: new Map(), points: [] };
}

function contextOf(first: readonly ResolvedName[], gazetteer: Gazetteer): Context {
  const context = emptyContext();
  const add = (map: Map<string, number>, key: string, weight: number) =>
    map.set(key, (map.get(key) ?? 0) + weight);
  first.forEach((name, index) => {
    const best = name.candidates[0];
    if (!best) return;
    const { place } = best;
    // Only names that leave little doubt set the scene: one candidate, or a clear winner.
    const weight = name.candidates.length === 1 ? 1 : name.confidence >= 0.9 ? 0.5 : 0;
    if (weight === 0) return;
    if (place.country) add(context.countries, place.country, weight);
    if (place.kind === 'admin1') add(context.admins, `${place.country}-${place.admin1}`, weight);
    if (place.kind === 'city' || place.kind === 'admin2') {
      const admin = `${place.country}-${place.admin1}`;
      if (gazetteer.admins.has(admin)) add(context.admins, admin, weight * 0.3);
    }
    if (name.dateline && !context.dateline) {
      context.dateline = { country: place.country, admin: `${place.country}-${place.admin1}` };
      add(context.countries, place.country, 1);
    }
    if (place.kind !== 'continent' && place.kind !== 'region') {
      context.points.push({ index, lngLat: name.lngLat, weight });
    }
  });
  return context;
}

function prior(place: GazetteerPlace): { score: number; reasons: string[] } {
  const population = Math.log10(place.population + 10);
  switch (place.kind) {
    case 'country':
      return { score: WEIGHTS.country + population / 4, reasons: ['a country'] };
    case 'continent':
    case 'region':
      return { score: WEIGHTS.continent, reasons: [`a ${place.kind}`] };
    case 'admin1':
      return { score: WEIGHTS.admin1 + population / 8, reasons: ['a state'] };
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

function rank(
  name: FoundName,
  context: Context,
  gazetteer: Gazetteer,
  first?: readonly ResolvedName[],
  self?: number,
): ResolvedName {
  const candidates = name.matches.map((match): Candidate => {
    const { place } = match;
    const { score: base, reasons } = prior(place);
    let score = base;
    if (match.via === 'demonym') reasons.unshift('a demonym');
    const countryCount = context.countries.get(place.country) ?? 0;
    if (place.kind !== 'country' && countryCount > 0) {
      score += WEIGHTS.countryNamed * Math.min(1, countryCount);
      reasons.push(
        `${gazetteer.countries.get(place.country)?.name ?? place.country} named elsewhere in the text`,
      );
    }
    const admin = `${place.country}-${place.admin1}`;
    if (
      (place.kind === 'city' || place.kind === 'admin2') &&
      (context.admins.get(admin) ?? 0) > 0
    ) {
      score += WEIGHTS.adminNamed * Math.min(1, context.admins.get(admin) ?? 0);
      reasons.push(`${gazetteer.admins.get(admin)?.name ?? admin} named elsewhere in the text`);
    }
    const holder = name.qualifier?.find((q) => holds(q.place, place));
    if (holder) {
      score += WEIGHTS.qualifier;
      reasons.unshift(`followed by its ${holder.place.kind === 'country' ? 'country' : 'state'}`);
    }
    if (context.dateline && !name.dateline) {
      if (place.country === context.dateline.country && place.kind !== 'country') {
        score += WEIGHTS.dateline / 4;
        reasons.push('in the dateline’s country');
      }
    }
    if (
      first &&
      self !== undefined &&
      place.kind !== 'country' &&
      place.kind !== 'continent' &&
      place.kind !== 'region'
    ) {
      const near = nearness(place.lngLat, context.points, self);
      if (near > 0.05) {
        score += WEIGHTS.near * near;
        reasons.push('near the other places');
      }
    }
    return { place, via: match.via, score, reasons };
  });
  preferNamesakeCity(candidates);
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

/** Whether `holder` (a country, state or county) holds `place`. */
function holds(holder: GazetteerPlace, place: GazetteerPlace): boolean {
  if (holder.kind === 'country') return holder.country === place.country && place !== holder;
  if (holder.kind === 'admin1') {
    return holder.country === place.country && holder.admin1 === place.admin1 && place !== holder;
  }
  return false;
}

/** 0-1: how near a point lies to the other mentions' points, weighted by their confidence. */
function nearness(point: LngLat, others: Context['points'], self: number): number {
  let sum = 0;
  let weights = 0;
  for (const other of others) {
    if (other.index === self) continue;
    sum += other.weight * Math.exp(-haversineKm(point, other.lngLat) / WEIGHTS.nearKm);
    weights += other.weight;
  }
  return weights > 0 ? sum / weights : 0;
}

/** The point of a place, or of its part ("southern Lebanon") where the text names one. */
export function pointOf(place: GazetteerPlace, part?: CompassPart): LngLat {
  return (part && place.parts?.[part]) || place.lngLat;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
