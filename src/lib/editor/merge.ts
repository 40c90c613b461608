/**
 * Carries a person's review decisions over to a fresh draft of the same article (its text
 * corrected, a paragraph added): a place the fresh draft finds again keeps everything the
 * reviewer did to it, with the fresh draft's spans; a place the reviewer decided or added by
 * hand stays even when the text no longer names it; only suggestions nobody looked at give
 * way to the fresh draft's.
 */
import type { PlaceInput, PlacesInput } from './document.ts';
import { uniqueId } from '../text/ids.ts';

export interface MergedPlaces {
  places: PlacesInput;
  /** Each fresh place's id in the merged places (found again, or renamed to stay unique). */
  idMap: Map<string, string>;
}

export function mergeReviewDecisions(previous: PlacesInput, fresh: PlacesInput): MergedPlaces {
  const idMap = new Map<string, string>();
  const used = new Set<PlaceInput>();
  const taken = new Set(previous.features.map((place) => place.id));
  const merged: PlaceInput[] = [];
  /** Places the fresh draft brings: their `related` ids are the fresh draft's. */
  const brought = new Set<PlaceInput>();

  for (const place of fresh.features) {
    const match =
      previous.features.find((p) => !used.has(p) && p.id === place.id && sameMention(p, place)) ??
      previous.features.find((p) => !used.has(p) && sameMention(p, place));
    if (match) {
      used.add(match);
      idMap.set(place.id, match.id);
      const review = match.properties.review;
      const mentions = place.properties.review?.mentions;
      merged.push(
        review && mentions
          ? { ...match, properties: { ...match.properties, review: { ...review, mentions } } }
          : match,
      );
      continue;
    }
    const id = uniqueId(place.id, taken);
    taken.add(id);
    idMap.set(place.id, id);
    const added = id === place.id ? place : renamed(place, id);
    brought.add(added);
    merged.push(added);
  }

  const kept = previous.features
    .filter((place) => !used.has(place))
    .filter((place) => place.properties.review?.status !== 'waiting')
    .map((place) => {
      const review = place.properties.review;
      return review
        ? { ...place, properties: { ...place.properties, review: { ...review, mentions: [] } } }
        : place;
    });

  const relink = (place: PlaceInput): PlaceInput =>
    brought.has(place)
      ? {
          ...place,
          properties: {
            ...place.properties,
            events: place.properties.events.map((event) =>
              event.related
                ? { ...event, related: event.related.map((id) => idMap.get(id) ?? id) }
                : event,
            ),
          },
        }
      : place;

  return {
    places: { ...fresh, features: [...merged.map(relink), ...kept] },
    idMap,
  };
}

/** Two places are the same when the article names them with the same words. */
function sameMention(a: PlaceInput, b: PlaceInput): boolean {
  const words = (place: PlaceInput) =>
    new Set(
      [
        ...(place.properties.review?.mentions.map((m) => m.text) ?? []),
        place.properties.mention ?? '',
      ]
        .map((text) => text.trim().toLowerCase())
        .filter(Boolean),
    );
  const ofB = words(b);
  return [...words(a)].some((word) => ofB.has(word));
}

/** The place under a new id, its events' ids following (`<place>-<n>`, as the draft names them). */
function renamed(place: PlaceInput, id: string): PlaceInput {
  return {
    ...place,
    id,
    properties: {
      ...place.properties,
      events: place.properties.events.map((event) => ({
        ...event,
        id: event.id.startsWith(`${place.id}-`)
          ? `${id}${event.id.slice(place.id.length)}`
          : event.id,
      })),
    },
  };
}
