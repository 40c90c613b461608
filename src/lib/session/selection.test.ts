import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import type { PlaceFeature } from '../story/types.ts';
import { selectionAnnouncement, selectionOnArrival, spokenName } from './selection.ts';

describe('selectionOnArrival', () => {
  it.each([
    { name: 'nothing asked', link: null, host: null, expected: null },
    {
      name: 'the link’s place',
      link: 'alpha',
      host: null,
      expected: { placeId: 'alpha', from: 'link' },
    },
    {
      name: 'the host’s request wins over the link',
      link: 'alpha',
      host: 'beta',
      expected: { placeId: 'beta', from: 'host' },
    },
  ])('$name', ({ link, host, expected }) => {
    expect(selectionOnArrival({ link, host })).toEqual(expected);
  });
});

function telAviv(): PlaceFeature {
  const place = structuredClone(sampleStory().places.features[0]) as PlaceFeature;
  place.properties.name = 'Tel Aviv';
  place.properties.names = { he: 'תל אביב', ar: 'تل أبيب' };
  return place;
}

describe('spokenName and selectionAnnouncement', () => {
  it('says which language each other name is in', () => {
    expect(spokenName(telAviv())).toBe('Tel Aviv, in Hebrew תל אביב, in Arabic تل أبيب');
  });

  it.each([
    {
      name: 'a place without events',
      events: 0,
      expected: /^Tel Aviv, in Hebrew .*: no event of its own\.$/,
    },
    { name: 'a place with one event', events: 1, expected: /: 1 event\.$/ },
    { name: 'a place with two', events: 2, expected: /: 2 events\.$/ },
  ])('announces $name', ({ events, expected }) => {
    const place = telAviv();
    const event = {
      id: 'e',
      date: '2024-09-30',
      datePrecision: 'day',
      dateText: 'Monday',
      what: 'x',
      claims: [],
    };
    place.properties.events = Array.from({ length: events }, (_, i) => ({
      ...event,
      id: `e${i}`,
    })) as never;
    expect(selectionAnnouncement(place)).toMatch(expected);
  });

  it('says nothing when the card closes', () => {
    expect(selectionAnnouncement(null)).toBe('');
  });
});
