/**
 * Every change a person makes in the editor, as data, and the one pure function that applies
 * it. The document is never changed in place: each edit returns a new one that shares what it
 * did not touch, so history (undo and redo) is a list of documents.
 */
import type { LngLat } from '../geo/types.ts';
import { KIND, PRECISION } from '../draft/draft-story.ts';
import type { GazetteerKind } from '../geoparse/gazetteer.ts';
import { sourceOfRef } from '../geoparse/regions.ts';
import type {
  CandidateInput,
  EditorDocument,
  EventInput,
  MetaInput,
  PlaceInput,
  PropertiesInput,
  ReviewStatus,
} from './document.ts';

export type Edit =
  /** Any field of `story.json` (distances, rings, steps and credits as whole lists). */
  | { type: 'set-meta'; patch: Partial<MetaInput> }
  | { type: 'set-story-id'; storyId: string }
  /** Accept or reject the draft's place, or put it back to waiting. */
  | { type: 'review'; place: string; status: ReviewStatus }
  /** The chosen match becomes one of the alternatives (by its `ref`), and is accepted. */
  | { type: 'choose'; place: string; ref: string }
  /** A place found in the gazetteer replaces the chosen match, and is accepted. */
  | { type: 'replace'; place: string; candidate: CandidateInput }
  | { type: 'add-place'; feature: PlaceInput }
  | { type: 'remove-place'; place: string }
  | { type: 'move'; place: string; lngLat: LngLat }
  /** Fields of a place's properties; a field set to undefined is removed. */
  | { type: 'set-place'; place: string; patch: Partial<PropertiesInput> }
  /** A corner of a place's drawn area: moved, added after `index`, or removed. */
  | { type: 'move-corner'; place: string; index: number; lngLat: LngLat }
  | { type: 'add-corner'; place: string; index: number }
  | { type: 'remove-corner'; place: string; index: number }
  | { type: 'add-event'; place: string; event: EventInput }
  | { type: 'set-event'; place: string; index: number; patch: Partial<EventInput> }
  | { type: 'remove-event'; place: string; index: number }
  /** The article's text, attached to a story opened without it. */
  | { type: 'set-article'; article: string | null }
  /** A whole other version of the story (imported, or read from disk), kept undoable. */
  | { type: 'replace-document'; doc: EditorDocument };

/**
 * @example
 * applyEdit(doc, { type: 'review', place: 'beirut', status: 'accepted' }).places.features[0]
 *   .properties.review?.status // 'accepted'
 */
export function applyEdit(doc: EditorDocument, edit: Edit): EditorDocument {
  switch (edit.type) {
    case 'set-meta':
      return { ...doc, meta: withoutUndefined({ ...doc.meta, ...edit.patch }) };
    case 'set-story-id':
      return { ...doc, storyId: edit.storyId };
    case 'set-article':
      return { ...doc, article: edit.article };
    case 'replace-document':
      return edit.doc;
    case 'add-place':
      return { ...doc, places: { ...doc.places, features: [...features(doc), edit.feature] } };
    case 'remove-place':
      return {
        ...doc,
        places: {
          ...doc.places,
          features: features(doc).filter((place) => place.id !== edit.place),
        },
      };
    case 'review':
      return updatePlace(doc, edit.place, (place) =>
        place.properties.review
          ? withProperties(place, {
              review: { ...place.properties.review, status: edit.status },
            })
          : place,
      );
    case 'choose':
      return updatePlace(doc, edit.place, (place) => {
        const review = place.properties.review;
        const alternative = review?.alternatives.find((c) => c.ref === edit.ref);
        if (!review || !alternative) return place;
        const alternatives = [
          review.chosen,
          ...review.alternatives.filter((c) => c.ref !== edit.ref),
        ];
        return chooseCandidate(place, alternative, alternatives);
      });
    case 'replace':
      return updatePlace(doc, edit.place, (place) => {
        const review = place.properties.review;
        const alternatives = review
          ? [review.chosen, ...review.alternatives.filter((c) => c.ref !== edit.candidate.ref)]
          : [];
        return chooseCandidate(place, edit.candidate, alternatives);
      });
    case 'move':
      return updatePlace(doc, edit.place, (place) => ({
        ...place,
        geometry: { type: 'Point', coordinates: roundLngLat(edit.lngLat) },
      }));
    case 'set-place':
      return updatePlace(doc, edit.place, (place) => withProperties(place, edit.patch));
    case 'move-corner':
    case 'add-corner':
    case 'remove-corner':
      return updatePlace(doc, edit.place, (place) => {
        const shape = place.properties.shape;
        if (shape?.from !== 'drawn') return place;
        return withProperties(place, {
          shape: { ...shape, corners: editCorners(shape.corners, edit) },
        });
      });
    case 'add-event':
      return updatePlace(doc, edit.place, (place) =>
        withProperties(place, { events: [...place.properties.events, edit.event] }),
      );
    case 'set-event':
      return updatePlace(doc, edit.place, (place) =>
        withProperties(place, {
          events: place.properties.events.map((event, i) =>
            i === edit.index ? withoutUndefined({ ...event, ...edit.patch }) : event,
          ),
        }),
      );
    case 'remove-event':
      return updatePlace(doc, edit.place, (place) =>
        withProperties(place, {
          events: place.properties.events.filter((_event, i) => i !== edit.index),
        }),
      );
  }
}

/**
 * The properties a gazetteer match gives a place: its name, kind, precision, country, the
 * source of its point, and a country's outline for a country.
 */
export function propertiesOfCandidate(candidate: CandidateInput): Partial<PropertiesInput> {
  const kind = candidate.kind as GazetteerKind;
  return {
    name: candidate.name,
    kind: KIND[kind] ?? 'city',
    precision: PRECISION[kind] ?? 'exact',
    country: candidate.country,
    location: { source: sourceOfRef(candidate.ref) },
    shape:
      kind === 'country' && candidate.country
        ? { from: 'country', country: candidate.country }
        : undefined,
  };
}

function chooseCandidate(
  place: PlaceInput,
  candidate: CandidateInput,
  alternatives: CandidateInput[],
): PlaceInput {
  const review = place.properties.review;
  const moved = {
    ...place,
    geometry: { type: 'Point' as const, coordinates: candidate.coordinates },
  };
  return withProperties(moved, {
    ...propertiesOfCandidate(candidate),
    ...(review
      ? { review: { ...review, status: 'accepted', chosen: candidate, alternatives } }
      : {}),
  });
}

/**
 * The corners after one corner edit. A new corner goes halfway along the edge after `index`,
 * for the person to drag where it belongs; the last three are never removed (a shape of
 * fewer encloses nothing).
 */
function editCorners(
  corners: readonly LngLat[],
  edit: Extract<Edit, { type: 'move-corner' | 'add-corner' | 'remove-corner' }>,
): LngLat[] {
  const at = edit.index;
  if (at < 0 || at >= corners.length) return [...corners];
  switch (edit.type) {
    case 'move-corner':
      return corners.map((corner, i) => (i === at ? roundLngLat(edit.lngLat) : [...corner]));
    case 'add-corner': {
      const [a, b] = [corners[at]!, corners[(at + 1) % corners.length]!];
      const middle = roundLngLat([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
      return [...corners.slice(0, at + 1), middle, ...corners.slice(at + 1)];
    }
    case 'remove-corner':
      return corners.length > 3 ? corners.filter((_corner, i) => i !== at) : [...corners];
  }
}

/** About 1 m: finer than any place a story locates, and short in the file. */
function roundLngLat([lng, lat]: LngLat): [number, number] {
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return [round(lng), round(lat)];
}

function features(doc: EditorDocument): PlaceInput[] {
  return doc.places.features;
}

function updatePlace(
  doc: EditorDocument,
  placeId: string,
  update: (place: PlaceInput) => PlaceInput,
): EditorDocument {
  let changed = false;
  const next = features(doc).map((place) => {
    if (place.id !== placeId) return place;
    const updated = update(place);
    changed ||= updated !== place;
    return updated;
  });
  return changed ? { ...doc, places: { ...doc.places, features: next } } : doc;
}

function withProperties(place: PlaceInput, patch: Partial<PropertiesInput>): PlaceInput {
  return {
    ...place,
    properties: withoutUndefined({ ...place.properties, ...patch }) as PropertiesInput,
  };
}

/** The object without its undefined fields: "set to undefined" means "remove", as in JSON. */
export function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
