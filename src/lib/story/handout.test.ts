import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema.ts';
import { sampleStory } from '../../testing/sample-story.ts';
import { handoutContent, locationSources } from './handout.ts';
import type { PlaceFeature } from './types.ts';

const place = (name: string, source: Source) =>
  ({
    type: 'Feature',
    id: name.toLowerCase(),
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name, location: { source } },
  }) as unknown as PlaceFeature;

const geonames = { name: 'GeoNames', url: 'https://www.geonames.org/' };
const factbook = { name: 'CIA World Factbook' };

describe('locationSources', () => {
  it.each([
    { name: 'no places', places: [], expected: [] },
    {
      name: 'one place',
      places: [place('Beirut', geonames)],
      expected: [{ source: geonames, places: ['Beirut'] }],
    },
    {
      name: 'places sharing a source, in first-use order',
      places: [
        place('Beirut', geonames),
        place('Lebanon', factbook),
        place('Tyre', { ...geonames }),
      ],
      expected: [
        { source: geonames, places: ['Beirut', 'Tyre'] },
        { source: factbook, places: ['Lebanon'] },
      ],
    },
    {
      name: 'the same name with another link is another source',
      places: [place('Beirut', geonames), place('Tyre', { name: 'GeoNames' })],
      expected: [
        { source: geonames, places: ['Beirut'] },
        { source: { name: 'GeoNames' }, places: ['Tyre'] },
      ],
    },
  ])('$name', ({ places, expected }) => {
    expect(locationSources(places)).toEqual(expected);
  });
});

describe('handoutContent follows what the reader chose', () => {
  const story = sampleStory();
  const withEvent = structuredClone(story);
  const alpha = withEvent.places.features[0];
  if (alpha) {
    alpha.properties.events = [
      {
        id: 'e',
        date: '2024-09-29',
        datePrecision: 'day',
        dateText: 'Sunday',
        what: 'x',
        claims: [],
      },
    ];
  }
  withEvent.meta.steps = [{ id: 'one', title: 'One', text: 'Step one.', places: ['alpha'] }];
  const step = withEvent.meta.steps[0] ?? null;
  it.each([
    {
      name: 'a place: that place',
      selected: 'beta',
      step: null,
      range: null,
      heading: 'What happened at beta',
      places: ['beta'],
      steps: [],
    },
    {
      name: 'a step: that step and its places',
      selected: null,
      step,
      range: null,
      heading: 'Step 1: One',
      places: ['alpha'],
      steps: ['one'],
    },
    {
      name: 'a range: the places with an event in it',
      selected: null,
      step: null,
      range: ['2024-09-30', '2024-09-30'],
      heading: 'The places with an event from 30 Sep 2024',
      places: [],
      steps: [],
    },
    {
      name: 'nothing: the story’s steps',
      selected: null,
      step: null,
      range: null,
      heading: 'The story, step by step',
      places: [],
      steps: ['one'],
    },
  ] as const)('$name', ({ selected, step, range, heading, places, steps }) => {
    const content = handoutContent({
      story: withEvent,
      selected,
      step,
      range: range ? [...range] : null,
    });
    expect(content.heading).toBe(heading);
    expect(content.places.map((place) => place.id)).toEqual(places);
    expect(content.steps.map((item) => item.id)).toEqual(steps);
  });
});
