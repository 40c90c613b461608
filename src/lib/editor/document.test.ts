import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../testing/editor-fixture.ts';
import { applyEdit } from './edits.ts';
import { newStoryId, nextWaiting } from './document.ts';

describe('nextWaiting', () => {
  const places = applyEdit(draftFixture(), {
    type: 'review',
    place: 'tel-aviv',
    status: 'accepted',
  }).places.features;
  const waiting = places.filter((place) => place.properties.review?.status === 'waiting');

  it.each([
    {
      name: 'nothing selected: the first awaiting review',
      selected: null,
      expected: waiting[0]?.id,
    },
    {
      name: 'the first selected: the one after it',
      selected: waiting[0]?.id ?? null,
      expected: waiting[1]?.id,
    },
    {
      name: 'a reviewed place selected: the first',
      selected: 'tel-aviv',
      expected: waiting[0]?.id,
    },
  ])('$name', ({ selected, expected }) => {
    expect(nextWaiting(places, selected)?.id).toBe(expected);
  });

  it('is null when no other place awaits review', () => {
    const [only] = waiting;
    const one = places.filter((place) => place === only || !waiting.includes(place));
    expect(nextWaiting(one, only?.id ?? null)).toBeNull();
  });
});

describe('newStoryId', () => {
  const meta = { published: '2024-09-30', outlet: 'NPR', headline: 'Strike on Beirut' };
  it.each([
    {
      name: 'nothing taken: the suggested id',
      taken: [],
      expected: '2024-09-30-npr-strike-on-beirut',
    },
    {
      name: 'the suggested id taken: the next number',
      taken: ['2024-09-30-npr-strike-on-beirut', '2024-09-30-npr-strike-on-beirut-2'],
      expected: '2024-09-30-npr-strike-on-beirut-3',
    },
  ])('$name', ({ taken, expected }) => {
    expect(newStoryId(meta, taken)).toBe(expected);
  });
});
