/**
 * A draft for the editor's tests: the story fixture with every place awaiting review, the way
 * `npm run draft` marks it. Beirut's alternatives are the two other Lebanese cities the test
 * article names (points as GeoNames gives them).
 */
import type { CandidateInput, EditorDocument, PlaceInput } from '../lib/editor/document.ts';
import { FIXTURE_ID, storyFixture } from './story-fixture.ts';

export const ARTICLE = 'TEL AVIV, Israel — An air strike hit Beirut, Lebanon, on Friday.';

export function candidate(
  name: string,
  coordinates: [number, number],
  ref: string,
): CandidateInput {
  return { name, kind: 'city', country: 'LB', coordinates, ref, score: 0.5, reasons: ['test'] };
}

export const SIDON = candidate('Sidon', [35.371, 33.558], 'geonames:268064');
export const TYRE = candidate('Tyre', [35.194, 33.273], 'geonames:267008');

function spanOf(text: string): { start: number; end: number; text: string; sentence: number } {
  const start = ARTICLE.indexOf(text);
  return { start, end: start + text.length, text, sentence: 0 };
}

export function draftFixture(): EditorDocument {
  const story = storyFixture();
  const features = story.places.features.map((place): PlaceInput => ({
    ...place,
    properties: {
      ...place.properties,
      review: {
        status: 'waiting',
        mentions: [
          spanOf(place.properties.name === 'Tel Aviv' ? 'TEL AVIV' : place.properties.name),
        ],
        confidence: 0.8,
        chosen: {
          ...candidate(
            place.properties.name,
            place.geometry.coordinates as [number, number],
            `test:${place.id}`,
          ),
          kind: place.properties.kind === 'country' ? 'country' : 'city',
        },
        alternatives: place.id === 'beirut' ? [SIDON, TYRE] : [],
      },
    },
  }));
  return {
    storyId: FIXTURE_ID,
    meta: { ...story.meta, status: 'draft' },
    places: { type: 'FeatureCollection', features },
    article: ARTICLE,
    warnings: [],
  };
}

/** The fixture's place with this id (throws if there is none, so a test fails by name). */
export function placeOf(doc: EditorDocument, id: string): PlaceInput {
  const place = doc.places.features.find((feature) => feature.id === id);
  if (!place) throw new Error(`no place "${id}"`);
  return place;
}
