import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import { joinStory, placeDetails, placeOutline, splitStory, withDetails } from './details.ts';
import {
  CompiledStory,
  EVENT_DETAILS,
  PLACE_DETAILS,
  StoryDetails,
  StoryOutline,
  type PlaceFeature,
} from './types.ts';

/** The sample story, its places given events with every kind of detail and a context place. */
function detailedStory(): CompiledStory {
  const story = sampleStory();
  const [alpha, beta] = story.places.features as [PlaceFeature, PlaceFeature];
  alpha.properties.location = { source: { name: 'GeoNames', url: 'https://www.geonames.org/' } };
  alpha.properties.events = [
    {
      id: 'strike',
      date: '2024-09-29',
      datePrecision: 'day',
      dateText: 'Sunday',
      what: 'The military said it struck the port.',
      quote: 'It said it struck the port.',
      claims: [
        { by: 'The military', says: 'It struck the port.' },
        { by: 'The port authority', says: 'Only warehouses were hit.' },
      ],
      casualties: [{ type: 'killed', figure: 'at least four', reportedBy: 'The Houthis' }],
      related: ['beta'],
    },
    {
      id: 'sirens',
      date: '2024-09-28',
      datePrecision: 'day',
      dateText: 'Saturday',
      what: 'Sirens sounded, the army said.',
      claims: [{ by: 'The army', says: 'Sirens sounded.' }],
    },
  ];
  beta.properties.context = { why: 'It frames the strike.', source: { name: 'Reuters' } };
  beta.properties.mention = 'the port city';
  beta.properties.mentionBy = 'the military';
  beta.properties.location = { source: { name: 'Wikipedia' }, note: 'Label anchor only.' };
  return v.parse(CompiledStory, story);
}

describe('splitStory and joinStory', () => {
  it('join what the split took apart, whole', () => {
    const story = detailedStory();
    const { outline, details } = splitStory(story);
    expect(joinStory(outline, details)).toEqual(story);
  });

  it('write files that pass the schemas the reader checks them with', () => {
    const { outline, details } = splitStory(detailedStory());
    expect(v.safeParse(StoryOutline, JSON.parse(JSON.stringify(outline))).success).toBe(true);
    expect(v.safeParse(StoryDetails, JSON.parse(JSON.stringify(details))).success).toBe(true);
  });

  it('keep every detail out of the outline', () => {
    const { outline } = splitStory(detailedStory());
    for (const place of outline.places.features) {
      for (const key of PLACE_DETAILS) expect(place.properties, place.id).not.toHaveProperty(key);
      for (const event of place.properties.events)
        for (const key of EVENT_DETAILS) expect(event, event.id).not.toHaveProperty(key);
    }
  });

  it('keep what the map, the list and the timeline read in the outline', () => {
    const { outline } = splitStory(detailedStory());
    const [alpha] = outline.places.features;
    expect(alpha?.properties.events.map(({ id, date, what }) => ({ id, date, what }))).toEqual([
      { id: 'strike', date: '2024-09-29', what: 'The military said it struck the port.' },
      { id: 'sirens', date: '2024-09-28', what: 'Sirens sounded, the army said.' },
    ]);
    expect(alpha?.properties).toMatchObject({ name: 'alpha', kind: 'city', precision: 'exact' });
  });

  it('leave a draft’s review out of both files', () => {
    const story = detailedStory();
    const [alpha] = story.places.features as [PlaceFeature];
    alpha.properties.review = {
      status: 'accepted',
      mentions: [],
      confidence: 1,
      chosen: {
        name: 'alpha',
        kind: 'city',
        coordinates: [0, 0],
        ref: 'test:1',
        score: 1,
        reasons: [],
      },
      alternatives: [],
    };
    const { outline, details } = splitStory(story);
    expect(outline.places.features[0]?.properties).not.toHaveProperty('review');
    expect(details.places['alpha']).not.toHaveProperty('review');
  });
});

describe('withDetails: details from another build fail, naming what is missing', () => {
  const story = detailedStory();
  const alpha = story.places.features[0] as PlaceFeature;
  it('an event without details', () => {
    const details = placeDetails(alpha);
    const { sirens: _sirens, ...others } = details.events;
    expect(() => withDetails(placeOutline(alpha), { ...details, events: others })).toThrow(
      'no details for event "sirens" of place "alpha"',
    );
  });

  it('a place without details', () => {
    const { outline, details } = splitStory(story);
    const { alpha: _alpha, ...others } = details.places;
    expect(() => joinStory(outline, { ...details, places: others })).toThrow(
      'no details for place "alpha"',
    );
  });
});
