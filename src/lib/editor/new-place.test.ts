import { describe, expect, it } from 'vitest';
import { draftFixture, SIDON } from '../../testing/editor-fixture.ts';
import type { EditorDocument } from './document.ts';
import { newPlaceId, placeByHand, placeFromGazetteer } from './new-place.ts';

describe('newPlaceId', () => {
  it.each([
    { name: 'São Paulo', expected: 'sao-paulo' },
    { name: '  Port of Hodeidah ', expected: 'port-of-hodeidah' },
    { name: 'Beirut', expected: 'beirut-2' },
    { name: '?!', expected: 'place' },
    {
      name: 'The Very Long Name Of A Place That Goes On Well Past Sixty Characters',
      expected: 'the-very-long-name-of-a-place-that-goes-on-well-past-sixty-characters',
    },
  ])('"$name" is $expected', ({ name, expected }) => {
    expect(newPlaceId(name, draftFixture())).toBe(expected);
  });
});

describe('placeFromGazetteer', () => {
  const published = (): EditorDocument => {
    // A published story's meta has no status.
    const doc = draftFixture();
    delete doc.meta.status;
    return doc;
  };

  it.each([
    {
      name: 'in a draft: accepted, at its mentions in the article',
      doc: draftFixture(),
      placeName: 'Beirut',
      review: {
        status: 'accepted',
        mentions: [{ start: 37, end: 43, text: 'Beirut', sentence: 0 }],
      },
    },
    {
      name: 'in a draft without its article: accepted, with no mention',
      doc: { ...draftFixture(), article: null },
      placeName: 'Beirut',
      review: { status: 'accepted', mentions: [] },
    },
    {
      name: 'in a published story: no review',
      doc: published(),
      placeName: 'Sidon',
      review: undefined,
    },
  ])('$name', ({ doc, placeName, review }) => {
    const place = placeFromGazetteer({ name: placeName, candidate: SIDON, doc });
    expect(place.geometry).toEqual({ type: 'Point', coordinates: SIDON.coordinates });
    expect(place.properties).toMatchObject({
      name: placeName,
      kind: 'city',
      country: 'LB',
      origin: 'article',
      location: { source: { name: 'GeoNames 268064' } },
      events: [],
    });
    expect(
      place.properties.review && {
        status: place.properties.review.status,
        mentions: place.properties.review.mentions,
      },
    ).toEqual(review);
    expect(place.properties.review?.chosen ?? SIDON).toEqual(SIDON);
  });
});

describe('placeByHand', () => {
  it.each([
    {
      name: 'in the middle of the map, to 4 decimals',
      bounds: [35.1, 33.2, 35.60001, 33.9] as [number, number, number, number],
      expected: [35.35, 33.55],
    },
    { name: 'at 0, 0 before the map is drawn', bounds: null, expected: [0, 0] },
  ])('$name', ({ bounds, expected }) => {
    const place = placeByHand({ name: ' Xyzzyville ', bounds, doc: draftFixture() });
    expect(place.id).toBe('xyzzyville');
    expect(place.geometry).toEqual({ type: 'Point', coordinates: expected });
    expect(place.properties).toEqual({
      name: 'Xyzzyville',
      kind: 'town',
      precision: 'near',
      origin: 'article',
      location: { source: { name: '' } },
      events: [],
    });
  });
});
