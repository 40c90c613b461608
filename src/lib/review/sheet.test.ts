import { LEBANON_BOX } from '../../testing/geometry.ts';
import { describe, expect, it } from 'vitest';
import { validateStory } from '../data/validate.ts';
import { compileStory } from '../story/compile.ts';
import {
  FIXTURE_ID,
  fixtureFiles,
  storyFixture,
  type StoryFixture,
} from '../../testing/story-fixture.ts';
import type { NamedPoint } from './name-match.ts';
import { reviewSheet } from './sheet.ts';

const GAZETTEER: NamedPoint[] = [
  { name: 'Beirut', country: 'LB', lngLat: [35.49442, 33.88894], ref: 'GeoNames 276781' },
  { name: 'Tel Aviv', country: 'IL', lngLat: [34.78057, 32.08088], ref: 'GeoNames 293397' },
  { name: 'Sidon', country: 'LB', lngLat: [35.37111, 33.56056], ref: 'GeoNames 268064' },
];

/** The fixture, edited, reviewed as the command would review it. */
function review(edit: (story: StoryFixture) => void = () => {}) {
  const story = storyFixture();
  edit(story);
  const dir = `geodata/stories/${FIXTURE_ID}`;
  const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles(story) });
  if (!result.ok) return reviewSheet({ dir, problems: result.problems, gazetteer: GAZETTEER });
  return reviewSheet({
    dir,
    problems: [],
    meta: result.story.meta,
    story: compileStory({ ...result.story, resolveShape: () => LEBANON_BOX }),
    gazetteer: GAZETTEER,
  });
}

/** A power plant placed on Beirut's city point, as the seed story once placed Hodeidah's. */
function plantOnTheCity(story: StoryFixture, note?: string): void {
  story.places.features.push({
    type: 'Feature',
    id: 'beirut-power-plant',
    geometry: { type: 'Point', coordinates: [35.49442, 33.88894] },
    properties: {
      name: 'Beirut power plant',
      kind: 'power-plant',
      precision: 'near',
      country: 'LB',
      origin: 'article',
      location: { source: { name: 'GeoNames 276781' }, ...(note ? { note } : {}) },
      events: [],
    },
  });
}

describe('reviewSheet', () => {
  it('lists every line, coordinate and ring membership of a valid story, with nothing to look at', () => {
    const { markdown, errors, flags } = review();
    expect(errors).toBe(0);
    expect(flags).toEqual([]);
    expect(markdown).toContain('> A story for tests.');
    expect(markdown).toMatch(
      /\| Beirut \| 35\.5018, 33\.8938 \| exact \| .*\| Beirut \(GeoNames 276781\), 0\.9 km \|/,
    );
    expect(markdown).toMatch(/\| Tel Aviv \| point \| beyond \| 2\d\d\.\d \| .* \| −1\d\d\.\d \|/);
  });

  const flagged: {
    name: string;
    edit: (story: StoryFixture) => void;
    expected: RegExp;
    explained: boolean;
  }[] = [
    {
      name: 'a facility on a city point',
      edit: (story) => plantOnTheCity(story),
      expected:
        /Beirut power plant: a power-plant whose point is 0\.00 km from the city point of Beirut/,
      explained: false,
    },
    {
      name: 'a facility on a city point, with a note saying why',
      edit: (story) => plantOnTheCity(story, 'No coordinate for the plant: an area in the city.'),
      expected: /Beirut power plant: a power-plant/,
      explained: true,
    },
    {
      name: 'a point far from the place its name calls to mind',
      edit: (story) => {
        story.places.features[0]!.properties.name = 'Sidon';
      },
      expected: /Sidon: its point is 3\d\.\d km from Sidon \(GeoNames 268064\)/,
      explained: false,
    },
    {
      name: 'a step restating a party’s claim without naming it',
      edit: (story) => {
        const event = story.places.features[0]!.properties.events[0]!;
        event.claims = [
          { by: 'the army', says: 'Its jets struck three warehouses near the port.' },
        ];
        story.meta.steps = [
          {
            id: 'strike',
            title: 'The strike',
            text: 'Jets struck three warehouses near the port.',
            places: ['beirut'],
          },
        ];
      },
      expected:
        /steps\[0\]\.text`: “Jets struck three warehouses near the port\.” reads like the army’s claim/,
      explained: false,
    },
  ];
  it.each(flagged)('flags $name', ({ edit, expected, explained }) => {
    const { flags, markdown } = review(edit);
    const flag = flags.find((candidate) =>
      expected.test(`${candidate.about}: ${candidate.message}`),
    );
    expect(flag, markdown.split('## Lines')[0]).toBeDefined();
    expect(flag!.note !== undefined).toBe(explained);
  });

  it('counts the validator’s problems as errors and lists them first', () => {
    const { errors, markdown } = review((story) => {
      story.meta.summary = 'An air strike killed 12 people.';
    });
    expect(errors).toBe(1);
    expect(markdown).toMatch(
      /## Errors\n\n- geodata\/stories\/test-story\/story\.json: summary: states a count/,
    );
  });
});
