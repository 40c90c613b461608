/**
 * The places a person adds that the draft missed: one picked in the gazetteer, or one named
 * by hand. Each gets an id of its own in the story, made from its name.
 */
import type { Bounds } from '../geo/types.ts';
import { slugify, uniqueId } from '../text/ids.ts';
import type { CandidateInput, EditorDocument, PlaceInput } from './document.ts';
import { propertiesOfCandidate } from './edits.ts';
import { mentionsOf } from './mentions.ts';

/**
 * An id for a new place from its name, not yet taken in the story; "place" for a name with
 * nothing left to slug. The whole name is kept: unlike a story's id, it names no folder.
 *
 * @example newPlaceId('São Paulo', doc) // 'sao-paulo-2' when the story has a 'sao-paulo'
 */
export function newPlaceId(name: string, doc: Pick<EditorDocument, 'places'>): string {
  const taken = new Set(doc.places.features.map((place) => place.id));
  return uniqueId(slugify(name, Infinity) || 'place', taken);
}

/**
 * The place a gazetteer match makes, with its point's source and, in a draft, accepted: the
 * person chose it, at its mentions in the article.
 */
export function placeFromGazetteer({
  name,
  candidate,
  doc,
}: {
  /** The gazetteer's name for it (the candidate may carry a fuller one). */
  name: string;
  candidate: CandidateInput;
  doc: EditorDocument;
}): PlaceInput {
  const properties = propertiesOfCandidate(candidate);
  return {
    type: 'Feature',
    id: newPlaceId(name, doc),
    geometry: { type: 'Point', coordinates: candidate.coordinates },
    properties: {
      name,
      kind: properties.kind ?? 'city',
      precision: properties.precision ?? 'exact',
      ...(properties.country ? { country: properties.country } : {}),
      origin: 'article',
      location: properties.location ?? { source: { name: candidate.ref } },
      ...(properties.shape ? { shape: properties.shape } : {}),
      events: [],
      ...(doc.meta.status === 'draft'
        ? {
            review: {
              status: 'accepted' as const,
              mentions: doc.article ? mentionsOf(doc.article, name) : [],
              confidence: 1,
              chosen: candidate,
              alternatives: [],
            },
          }
        : {}),
    },
  };
}

/**
 * A place the gazetteer lacks, named by hand: a town of near precision in the middle of the
 * map (`bounds`, rounded to 4 decimals, about 10 m), with its point's source left for the
 * person to name, so the validator asks for it at the field.
 */
export function placeByHand({
  name,
  bounds,
  doc,
}: {
  name: string;
  /** What the map shows of the story now; null before it can be drawn. */
  bounds: Bounds | null;
  doc: Pick<EditorDocument, 'places'>;
}): PlaceInput {
  const [west, south, east, north] = bounds ?? [0, 0, 0, 0];
  return {
    type: 'Feature',
    id: newPlaceId(name, doc),
    geometry: {
      type: 'Point',
      coordinates: [
        Math.round(((west + east) / 2) * 1e4) / 1e4,
        Math.round(((south + north) / 2) * 1e4) / 1e4,
      ],
    },
    properties: {
      name: name.trim(),
      kind: 'town',
      precision: 'near',
      origin: 'article',
      location: { source: { name: '' } },
      events: [],
    },
  };
}
