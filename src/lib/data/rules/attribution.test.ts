import { describe, expect, it } from 'vitest';
import {
  FIXTURE_ID,
  fixtureFiles,
  storyFixture,
  type StoryFixture,
} from '../../../testing/story-fixture.ts';
import type { Problem } from '../problems.ts';
import { validateStory } from '../validate.ts';
import { closestClaim, isArticleVoice, peopleCount, sentencesOf } from './attribution.ts';

const DIR = `geodata/stories/${FIXTURE_ID}`;
const STORY = `${DIR}/story.json`;
const PLACES = `${DIR}/places.geojson`;

/** The fixture's Beirut event, as a ministry's report the article attributes. */
function ministryReport(story: StoryFixture, what: string): void {
  const event = story.places.features[0]!.properties.events[0]!;
  event.quote = 'An air strike killed 12 people, the Health Ministry said.';
  event.claims = [{ by: 'the Health Ministry', says: 'An air strike killed 12 people.' }];
  event.casualties = [
    { type: 'killed', figure: '12', count: 12, reportedBy: 'the Health Ministry' },
  ];
  event.what = what;
}

function problems(edit: (story: StoryFixture) => void): Problem[] {
  const story = storyFixture();
  edit(story);
  const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles(story) });
  return result.ok ? [] : result.problems;
}

describe('who says so, in the lines a reader reads first', () => {
  const bad: {
    name: string;
    edit: (story: StoryFixture) => void;
    expected: { file: string; feature?: string; field: string; message: RegExp }[];
  }[] = [
    {
      name: 'a summary giving a recorded toll without who reported it',
      edit: (story) => {
        ministryReport(story, 'An air strike killed 12 people, the Health Ministry said.');
        story.meta.summary = 'An air strike in Beirut killed 12 people.';
      },
      expected: [
        { file: STORY, field: 'summary', message: /"12".*reported by the Health Ministry/ },
      ],
    },
    {
      name: 'a summary naming only the country, not the ministry',
      edit: (story) => {
        ministryReport(story, 'An air strike killed 12 people, the Health Ministry said.');
        story.meta.summary = 'An air strike killed 12 people in Lebanon, Lebanese reports said.';
      },
      expected: [{ file: STORY, field: 'summary', message: /reported by the Health Ministry/ }],
    },
    {
      name: 'a step with a count of troops and no source',
      edit: (story) => {
        story.meta.steps = [
          {
            id: 'troops',
            title: 'Troops',
            text: 'A few thousand more troops will go.',
            places: ['beirut'],
          },
        ];
      },
      expected: [{ file: STORY, field: 'steps[0].text', message: /"few thousand more troops"/ }],
    },
    {
      name: 'a ring note with a count of the displaced and no source',
      edit: (story) => {
        story.meta.rings![0]!.note = 'Within it, 100,000 people fled their homes.';
      },
      expected: [{ file: STORY, field: 'rings[0].note', message: /"100,000 people"/ }],
    },
    {
      name: 'a lead line stating the attributed toll as fact (both rules)',
      edit: (story) => ministryReport(story, 'An air strike killed 12 people.'),
      expected: [
        {
          file: PLACES,
          feature: 'beirut',
          field: 'properties.events[0].what',
          message: /"12" without its source/,
        },
        {
          file: PLACES,
          feature: 'beirut',
          field: 'properties.events[0].what',
          message: /attributes to the Health Ministry/,
        },
      ],
    },
    {
      name: 'a lead line restating what an official told the outlet, without the official',
      edit: (story) => {
        const event = story.places.features[0]!.properties.events[0]!;
        event.quote = 'An official told the outlet that the raid had already happened.';
        event.claims = [{ by: 'an official', says: 'The raid had already happened.' }];
        event.what = 'The raid had already happened.';
      },
      expected: [
        {
          file: PLACES,
          feature: 'beirut',
          field: 'properties.events[0].what',
          message: /attributes to an official/,
        },
      ],
    },
  ];

  it.each(bad)('$name', ({ edit, expected }) => {
    const found = problems(edit);
    expect(found).toHaveLength(expected.length);
    expected.forEach((problem, i) => expect(found[i]).toMatchObject(problem));
  });

  const good: { name: string; edit: (story: StoryFixture) => void }[] = [
    {
      name: 'a toll with its source in the summary and the lead line',
      edit: (story) => {
        ministryReport(story, 'An air strike killed 12 people, according to the Health Ministry.');
        story.meta.summary = 'An air strike killed 12 people in Beirut, the Health Ministry said.';
      },
    },
    {
      name: 'a count the article gives in its own voice',
      edit: (story) => {
        const event = story.places.features[0]!.properties.events[0]!;
        event.casualties = [{ type: 'killed', figure: '3', count: 3, reportedBy: 'Test Outlet' }];
        event.what = 'An air strike killed 3 people.';
      },
    },
    {
      name: 'a lead line in the article’s own voice beside a quote that attributes another claim',
      edit: (story) => {
        const event = story.places.features[0]!.properties.events[0]!;
        event.quote = 'Sirens wailed over the city. The army said it intercepted the missile.';
        event.claims = [
          { by: 'Test Outlet (the article)', says: 'Sirens wailed over the city.' },
          { by: 'the army', says: 'It intercepted the missile.' },
        ];
        event.what = 'Sirens wailed over the city; the army said it intercepted the missile.';
      },
    },
  ];

  it.each(good)('passes $name', ({ edit }) => {
    expect(problems(edit)).toEqual([]);
  });
});

describe('peopleCount', () => {
  it.each([
    { text: 'strikes that killed more than 1,000 people in Lebanon', expected: '1,000 people' },
    { text: 'at least four people were killed and dozens wounded', expected: 'four people' },
    { text: 'will send a “few thousand” more troops', expected: 'few thousand” more troops' },
    { text: 'more than 1,000 miles away', expected: undefined },
    { text: 'after the Oct. 7 assault on Israel', expected: undefined },
    { text: 'evacuated 28 communities up to 2 km from the border', expected: undefined },
  ])('$text', ({ text, expected }) => {
    expect(peopleCount(text)).toBe(expected);
  });
});

describe('sentencesOf', () => {
  it('keeps "U.S. troops" and "Oct. 7" whole, and splits before a capital or a quote', () => {
    expect(
      sentencesOf('U.S. troops are in Iraq. After the Oct. 7 assault, it began. “Quote,” he said.'),
    ).toEqual([
      'U.S. troops are in Iraq.',
      'After the Oct. 7 assault, it began.',
      '“Quote,” he said.',
    ]);
  });
});

describe('isArticleVoice and closestClaim', () => {
  it.each([
    { by: 'NPR (the article)', outlet: 'NPR', expected: true },
    { by: 'NPR', outlet: 'NPR', expected: true },
    { by: 'NPR Morning Edition, 1 Oct 2024 (outside the article)', outlet: 'NPR', expected: false },
    { by: 'the Israeli military', outlet: 'NPR', expected: false },
    { by: 'Israel’s military, in the article', outlet: 'NPR', expected: false },
  ])('$by is the article’s voice: $expected', ({ by, outlet, expected }) => {
    expect(isArticleVoice(by, outlet)).toBe(expected);
  });

  it('matches a sentence to the claim it shares most words with', () => {
    const claims = [
      { by: 'A', says: 'Sirens wailed at the airport.' },
      { by: 'B', says: 'It intercepted the missile midair.' },
    ];
    expect(closestClaim('The military intercepted the missile.', claims)?.by).toBe('B');
    expect(closestClaim('Nothing in common here.', claims)).toBeUndefined();
  });
});
