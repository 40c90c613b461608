/**
 * The geoparser: the places an article names, each with its spans, sentence, ranked
 * candidates and reasons. Pure and synchronous once the gazetteer is loaded, so the same code
 * runs in Node (the CLIs) and in the browser (the editor).
 */
import type { CompassPart, Gazetteer, GazetteerKind, GazetteerPlace } from './gazetteer.ts';
import { findNames } from './mentions.ts';
import { resolveNames, type ResolvedName } from './resolve.ts';
import type { Sentence } from './text.ts';

export type { ResolvedName } from './resolve.ts';

export interface Geoparse {
  sentences: Sentence[];
  mentions: ResolvedName[];
  /** Names the reviewer should look at, which the geoparser did not place. */
  unplaced: UnplacedName[];
}

/**
 * A name that reads as a place's but was not placed: `unknown`, the gazetteer has no such
 * place ("in Kelleyland"); `ambiguous`, several places share the name and the text says
 * nothing of which (a small town's name with no state or neighbour named).
 */
export interface UnplacedName {
  start: number;
  end: number;
  text: string;
  sentence: number;
  reason: 'unknown' | 'ambiguous';
  /** How many places of the gazetteer bear the name. */
  candidates: number;
  /** The likeliest of them, for an ambiguous name. */
  likeliest?: GazetteerPlace;
}

/**
 * @example geoparse('TEL AVIV, Israel — Fighting in southern Lebanon.', gazetteer).mentions
 *   .map((m) => [m.text, m.candidates[0]?.place.name]);
 * // [['TEL AVIV', 'Tel Aviv'], ['Israel', 'Israel'], ['southern Lebanon', 'Lebanon']]
 */
export function geoparse(text: string, gazetteer: Gazetteer): Geoparse {
  const found = findNames(text, gazetteer);
  const { resolved, unsupported } = resolveNames(found.names, gazetteer);
  const unplaced: UnplacedName[] = [
    ...found.unknown.map((name) => ({ ...name, reason: 'unknown' as const, candidates: 0 })),
    ...unsupported.map(({ start, end, text: words, sentence, candidates }) => ({
      start,
      end,
      text: words,
      sentence,
      reason: 'ambiguous' as const,
      candidates: candidates.length,
      ...(candidates[0] ? { likeliest: candidates[0].place } : {}),
    })),
  ].sort((a, b) => a.start - b.start);
  return { sentences: found.sentences, mentions: resolved, unplaced };
}

/** The kind of place a mention stands for, in the words of `npm run geoparse`'s output. */
export type MentionKind = 'city' | 'admin' | 'country' | 'region' | 'continent';

export function mentionKind(mention: ResolvedName): MentionKind {
  const kind: GazetteerKind | undefined = mention.candidates[0]?.place.kind;
  if (mention.part) return 'region';
  if (kind === 'admin1' || kind === 'admin2') return 'admin';
  return kind ?? 'region';
}

/**
 * One line of `npm run geoparse`'s output, per mention. The point is the named place's own
 * ("southern Lebanon": Lebanon's), as gazetteers and annotated corpora give a toponym's, and
 * `part` says which part of it the text means; the draft puts such a region's point inside
 * that part.
 */
export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  lat: number;
  lon: number;
  kind: MentionKind;
  part?: CompassPart;
  /** ISO 3166-1 alpha-2, or null for places across borders ("Europe"). */
  country: string | null;
  confidence: number;
}

export function mentionRecord(mention: ResolvedName): MentionRecord {
  const [lon, lat] = mention.candidates[0]?.place.lngLat ?? mention.lngLat;
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    lat,
    lon,
    kind: mentionKind(mention),
    ...(mention.part ? { part: mention.part } : {}),
    country: mention.candidates[0]?.place.country || null,
    confidence: mention.confidence,
  };
}
