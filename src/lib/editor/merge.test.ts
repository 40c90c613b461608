import { describe, expect, it } from 'vitest';
import { draftFixture, placeOf } from '../../testing/editor-fixture.ts';
import type { PlaceInput, PlacesInput, ReviewStatus } from './document.ts';
import { applyEdit } from './edits.ts';
import { mergeReviewDecisions } from './merge.ts';

const statusOf = (places: PlacesInput) =>
  Object.fromEntries(places.features.map((p) => [p.id, p.properties.review?.status ?? 'none']));

function decided(decisions: Record<string, ReviewStatus>): PlacesInput {
  let doc = draftFixture();
  for (const [place, status] of Object.entries(decisions))
    doc = applyEdit(doc, { type: 'review', place, status });
  return doc.places;
}

/** The fresh draft with only these places, their first mention moved by `shift` characters. */
function fresh(ids: string[], shift = 0): PlacesInput {
  const { places } = draftFixture();
  return {
    ...places,
    features: places.features
      .filter((p) => ids.includes(p.id))
      .map((p): PlaceInput => {
        const review = p.properties.review;
        if (!review) return p;
        const mentions = review.mentions.map((m) => ({
          ...m,
          start: m.start + shift,
          end: m.end + shift,
        }));
        return { ...p, properties: { ...p.properties, review: { ...review, mentions } } };
      }),
  };
}

describe('mergeReviewDecisions', () => {
  it.each<{
    name: string;
    previous: PlacesInput;
    fresh: PlacesInput;
    expected: Record<string, string>;
  }>([
    {
      name: 'decisions carry over to the places found again',
      previous: decided({ beirut: 'accepted', 'tel-aviv': 'rejected' }),
      fresh: fresh(['beirut', 'tel-aviv', 'lebanon']),
      expected: { beirut: 'accepted', 'tel-aviv': 'rejected', lebanon: 'waiting' },
    },
    {
      name: 'a decided place stays when the text no longer names it',
      previous: decided({ beirut: 'accepted' }),
      fresh: fresh(['tel-aviv']),
      expected: { 'tel-aviv': 'waiting', beirut: 'accepted' },
    },
    {
      name: 'a suggestion nobody looked at goes with the text',
      previous: decided({}),
      fresh: fresh(['beirut']),
      expected: { beirut: 'waiting' },
    },
  ])('$name', ({ previous, fresh: next, expected }) => {
    expect(statusOf(mergeReviewDecisions(previous, next).places)).toEqual(expected);
  });

  it("keeps the reviewer's edits and takes the fresh draft's spans", () => {
    let doc = draftFixture();
    doc = applyEdit(doc, { type: 'move', place: 'beirut', lngLat: [35.5, 33.9] });
    doc = applyEdit(doc, { type: 'review', place: 'beirut', status: 'accepted' });
    const { places } = mergeReviewDecisions(doc.places, fresh(['beirut'], 10));
    const beirut = places.features.find((p) => p.id === 'beirut');
    expect(beirut?.geometry.coordinates).toEqual([35.5, 33.9]);
    expect(beirut?.properties.review?.mentions[0]?.start).toBe(
      placeOf(draftFixture(), 'beirut').properties.review!.mentions[0]!.start + 10,
    );
  });

  it('renames a fresh place whose id a kept place already has, and its events and references', () => {
    const previous = decided({ beirut: 'accepted' });
    const other = fresh(['beirut']);
    // Another city the fresh draft also calls "beirut", named differently in the text.
    const impostor = other.features[0]!;
    const renamedSource: PlaceInput = {
      ...impostor,
      properties: {
        ...impostor.properties,
        mention: 'the capital',
        review: {
          ...impostor.properties.review!,
          mentions: [{ start: 0, end: 11, text: 'the capital', sentence: 0 }],
        },
        events: [{ ...impostor.properties.events[0]!, id: 'beirut-1' }],
      },
    };
    // A place new to this draft whose event names the fresh "beirut".
    const pointing: PlaceInput = {
      ...impostor,
      id: 'sidon',
      properties: {
        ...impostor.properties,
        name: 'Sidon',
        review: {
          ...impostor.properties.review!,
          mentions: [{ start: 0, end: 5, text: 'Sidon', sentence: 0 }],
        },
        events: [{ ...impostor.properties.events[0]!, id: 'sidon-1', related: ['beirut'] }],
      },
    };
    const { places, idMap } = mergeReviewDecisions(previous, {
      ...other,
      features: [renamedSource, pointing],
    });
    expect(idMap.get('beirut')).toBe('beirut-2');
    const ids = places.features.map((p) => p.id);
    expect(ids).toContain('beirut-2');
    expect(ids).toContain('beirut');
    expect(places.features.find((p) => p.id === 'beirut-2')?.properties.events[0]?.id).toBe(
      'beirut-2-1',
    );
    expect(places.features.find((p) => p.id === 'sidon')?.properties.events[0]?.related).toEqual([
      'beirut-2',
    ]);
  });
});
