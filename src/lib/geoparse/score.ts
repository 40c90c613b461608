/**
 * Scoring a geoparser against annotated text: precision, recall and F1 of the mentions (a
 * prediction matches a gold toponym when their spans overlap, one to one) and accuracy@161 km
 * of the matched ones (within 161 km, 100 miles, the usual threshold since Leidner 2008; or a
 * mention resolved as a country that names the country holding the gold point).
 */
import type { LngLat } from '../geo/types.ts';
import { haversineKm } from './haversine.ts';

export interface GoldToponym {
  start: number;
  end: number;
  lat: number;
  lon: number;
}

export interface PredictedMention {
  start: number;
  end: number;
  lat: number;
  lon: number;
  kind: string;
  country: string | null;
}

export interface ScoredDocument {
  corpus: string;
  gold: readonly GoldToponym[];
  predicted: readonly PredictedMention[];
}

export interface Score {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  /** Matched mentions resolved correctly. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy161: number;
}

export const ACCURACY_KM = 161;

/**
 * Pairs predictions with gold toponyms one to one: overlapping pairs by largest overlap first,
 * so a long prediction overlapping two gold names takes only one of them.
 */
export function matchSpans(
  gold: readonly GoldToponym[],
  predicted: readonly PredictedMention[],
): [number, number][] {
  const pairs: { g: number; p: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) pairs.push({ g: gi, p: pi, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matched: [number, number][] = [];
  for (const { g, p } of pairs) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    matched.push([g, p]);
  }
  return matched;
}

/** Whether a matched prediction resolves the gold toponym (see the module comment). */
export function isCorrect(
  gold: GoldToponym,
  predicted: PredictedMention,
  countryAt: (lngLat: LngLat) => string | null,
): boolean {
  if (haversineKm([gold.lon, gold.lat], [predicted.lon, predicted.lat]) <= ACCURACY_KM) return true;
  return predicted.kind === 'country' && predicted.country !== null
    ? countryAt([gold.lon, gold.lat]) === predicted.country
    : false;
}

/** Scores documents, overall: sum the counts first, then take the ratios. */
export function scoreDocuments(
  documents: readonly ScoredDocument[],
  countryAt: (lngLat: LngLat) => string | null,
): Score {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let correct = 0;
  for (const document of documents) {
    gold += document.gold.length;
    predicted += document.predicted.length;
    for (const [g, p] of matchSpans(document.gold, document.predicted)) {
      matched += 1;
      const goldToponym = document.gold[g] as GoldToponym;
      if (isCorrect(goldToponym, document.predicted[p] as PredictedMention, countryAt))
        correct += 1;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return {
    documents: documents.length,
    gold,
    predicted,
    matched,
    correct,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy161: ratio(correct, matched),
  };
}
