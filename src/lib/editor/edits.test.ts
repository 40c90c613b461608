import { describe, expect, it } from 'vitest';
import { draftFixture, placeOf, SIDON, TYRE } from '../../testing/editor-fixture.ts';
import { applyEdit, type Edit } from './edits.ts';
import type { LngLat } from '../geo/types.ts';

describe('applyEdit', () => {
  it.each<{ name: string; edit: Edit; place: string; expected: Record<string, unknown> }>([
    {
      name: 'accepting a place',
      edit: { type: 'review', place: 'beirut', status: 'accepted' },
      place: 'beirut',
      expected: { status: 'accepted', name: 'Beirut', coordinates: [35.5018, 33.8938] },
    },
    {
      name: 'rejecting a place',
      edit: { type: 'review', place: 'tel-aviv', status: 'rejected' },
      place: 'tel-aviv',
      expected: { status: 'rejected', name: 'Tel Aviv' },
    },
    {
      name: 'choosing an alternative: its name, point and source, accepted',
      edit: { type: 'choose', place: 'beirut', ref: SIDON.ref },
      place: 'beirut',
      expected: {
        status: 'accepted',
        name: 'Sidon',
        coordinates: SIDON.coordinates,
        source: 'GeoNames 268064',
        chosen: 'Sidon',
        alternatives: ['Beirut', 'Tyre'],
      },
    },
    {
      name: 'replacing from the gazetteer: the old match becomes an alternative',
      edit: { type: 'replace', place: 'beirut', candidate: { ...TYRE, ref: 'geonames:1' } },
      place: 'beirut',
      expected: {
        status: 'accepted',
        name: 'Tyre',
        chosen: 'Tyre',
        alternatives: ['Beirut', 'Sidon', 'Tyre'],
      },
    },
    {
      name: 'moving a point, rounded to about a metre',
      edit: { type: 'move', place: 'beirut', lngLat: [35.123456789, 33.987654321] },
      place: 'beirut',
      expected: { coordinates: [35.12346, 33.98765], status: 'waiting' },
    },
    {
      name: 'setting a field, and removing one with undefined',
      edit: { type: 'set-place', place: 'lebanon', patch: { precision: 'area', shape: undefined } },
      place: 'lebanon',
      expected: { precision: 'area', shape: undefined },
    },
  ])('$name', ({ edit, place, expected }) => {
    const after = placeOf(applyEdit(draftFixture(), edit), place);
    const p = after.properties;
    const seen: Record<string, unknown> = {
      status: p.review?.status,
      name: p.name,
      coordinates: after.geometry.coordinates,
      source: p.location.source.name,
      chosen: p.review?.chosen.name,
      alternatives: p.review?.alternatives.map((c) => c.name),
      precision: p.precision,
      shape: p.shape,
    };
    for (const [key, value] of Object.entries(expected)) expect(seen[key], key).toEqual(value);
  });

  it.each<{ name: string; edit: Edit }>([
    {
      name: 'a place that does not exist',
      edit: { type: 'review', place: 'nowhere', status: 'accepted' },
    },
    {
      name: 'an alternative that does not exist',
      edit: { type: 'choose', place: 'beirut', ref: 'x:1' },
    },
  ])('leaves the document as it was for $name', ({ edit }) => {
    const doc = draftFixture();
    expect(applyEdit(doc, edit)).toBe(doc);
  });

  it.each<{ name: string; edit: Edit; events: string[] }>([
    {
      name: 'adds an event',
      edit: {
        type: 'add-event',
        place: 'beirut',
        event: {
          id: 'e2',
          date: '2024-09-28',
          datePrecision: 'day',
          dateText: 'Saturday',
          what: 'W',
          claims: [],
        },
      },
      events: ['strike-on-beirut', 'e2'],
    },
    {
      name: 'changes an event',
      edit: { type: 'set-event', place: 'beirut', index: 0, patch: { id: 'renamed' } },
      events: ['renamed'],
    },
    {
      name: 'removes an event',
      edit: { type: 'remove-event', place: 'beirut', index: 0 },
      events: [],
    },
  ])('$name', ({ edit, events }) => {
    const after = placeOf(applyEdit(draftFixture(), edit), 'beirut');
    expect(after.properties.events.map((event) => event.id)).toEqual(events);
  });

  it('removes a place and changes the story and its id', () => {
    let doc = applyEdit(draftFixture(), { type: 'remove-place', place: 'lebanon' });
    doc = applyEdit(doc, { type: 'set-meta', patch: { headline: 'New', steps: undefined } });
    doc = applyEdit(doc, { type: 'set-story-id', storyId: 'new-id' });
    expect(doc.places.features.map((place) => place.id)).toEqual(['beirut', 'tel-aviv']);
    expect(doc.meta.headline).toBe('New');
    expect('steps' in doc.meta).toBe(false);
    expect(doc.storyId).toBe('new-id');
  });

  it('never changes the document it is given', () => {
    const doc = draftFixture();
    const before = JSON.stringify(doc);
    applyEdit(doc, { type: 'choose', place: 'beirut', ref: SIDON.ref });
    applyEdit(doc, { type: 'move', place: 'beirut', lngLat: [1, 2] });
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('the corners of a drawn area', () => {
  const square: LngLat[] = [
    [35.4, 33.8],
    [35.6, 33.8],
    [35.6, 34],
    [35.4, 34],
  ];
  const drawn = (corners: LngLat[]) =>
    applyEdit(draftFixture(), {
      type: 'set-place',
      place: 'beirut',
      patch: { shape: { from: 'drawn', corners } },
    });
  const cornersAfter = (edit: Edit, corners: LngLat[] = square) => {
    const shape = placeOf(applyEdit(drawn(corners), edit), 'beirut').properties.shape;
    return shape?.from === 'drawn' ? shape.corners : null;
  };

  it.each<{ name: string; edit: Edit; corners?: LngLat[]; expected: LngLat[] }>([
    {
      name: 'a corner moved, rounded to about a metre',
      edit: { type: 'move-corner', place: 'beirut', index: 1, lngLat: [35.6123456, 33.7987654] },
      expected: [square[0]!, [35.61235, 33.79877], square[2]!, square[3]!],
    },
    {
      name: 'a corner added halfway along the edge after it',
      edit: { type: 'add-corner', place: 'beirut', index: 3 },
      expected: [...square, [35.4, 33.9]],
    },
    {
      name: 'a corner removed',
      edit: { type: 'remove-corner', place: 'beirut', index: 0 },
      expected: square.slice(1),
    },
    {
      name: 'the last three corners kept',
      edit: { type: 'remove-corner', place: 'beirut', index: 0 },
      corners: square.slice(0, 3),
      expected: square.slice(0, 3),
    },
    {
      name: 'a corner that does not exist: nothing changes',
      edit: { type: 'move-corner', place: 'beirut', index: 9, lngLat: [0, 0] },
      expected: square,
    },
  ])('$name', ({ edit, corners, expected }) => {
    expect(cornersAfter(edit, corners)).toEqual(expected);
  });

  it('leaves a place without a drawn area as it is', () => {
    const doc = draftFixture();
    const edit: Edit = { type: 'add-corner', place: 'beirut', index: 0 };
    expect(placeOf(applyEdit(doc, edit), 'beirut')).toEqual(placeOf(doc, 'beirut'));
  });
});
