import { describe, expect, it } from 'vitest';
import {
  FIXTURE_ID,
  fixtureFiles,
  storyFixture,
  type StoryFixture,
} from '../../../testing/story-fixture.ts';
import { formatProblem } from '../problems.ts';
import { validateStory } from '../validate.ts';
import type { PreviousVersion } from './context.ts';

/** The fixture as version 1, published on 1 Oct 2024 at noon UTC. */
function versionOne(edit: (story: StoryFixture) => void = () => {}): PreviousVersion {
  const story = storyFixture();
  edit(story);
  const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles(story) });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return {
    info: { version: 1, published: '2024-10-01T12:00:00Z' },
    meta: result.story.meta,
    places: result.story.places,
  };
}

/** The problems of the fixture, edited, as the version after `previous`. */
function problemsAfter(previous: PreviousVersion, edit: (story: StoryFixture) => void): string[] {
  const story = storyFixture();
  edit(story);
  const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles(story), previous });
  return result.ok ? [] : result.problems.map(formatProblem);
}

const beirut = (story: StoryFixture) => story.places.features[0]!;
const correction = {
  type: 'correction' as const,
  date: '2024-10-01T14:05:00Z',
  text: 'An earlier version placed the strike in the wrong district.',
  places: ['beirut'],
};

interface Case {
  name: string;
  before?: (story: StoryFixture) => void;
  edit: (story: StoryFixture) => void;
  /** Every problem expected, as a pattern each; [] for none. */
  expected: RegExp[];
}

const cases: Case[] = [
  { name: 'an unchanged story', edit: () => {}, expected: [] },
  {
    name: 'a correction that moves a city 3 km, within an exact place’s 5 km',
    edit: (story) => {
      beirut(story).geometry.coordinates = [35.5018, 33.8668];
      story.meta.changes = [correction];
    },
    expected: [],
  },
  {
    name: 'a city moved 60 km to Sidon under the same id',
    edit: (story) => {
      beirut(story).geometry.coordinates = [35.3711, 33.5606];
    },
    expected: [
      /feature "beirut": id: names a different place than in version 1: it moved 3\d\.\d km, more than the 5 km a place of precision "exact" may move/,
    ],
  },
  {
    name: 'a move allowed by the coarser of the two precisions (area pinned to a spot)',
    before: (story) => {
      beirut(story).properties.precision = 'area';
    },
    edit: (story) => {
      beirut(story).geometry.coordinates = [35.3711, 33.5606];
    },
    expected: [],
  },
  {
    name: 'a city that became a port',
    edit: (story) => {
      beirut(story).properties.kind = 'port';
    },
    expected: [/feature "beirut": id: .*it was a city and is now a port/],
  },
  {
    name: 'a town reclassified as a city',
    before: (story) => {
      beirut(story).properties.kind = 'town';
    },
    edit: () => {},
    expected: [],
  },
  {
    name: 'a country whose shape names another country',
    edit: (story) => {
      const lebanon = story.places.features[2]!;
      lebanon.properties.shape = { from: 'country', country: 'SY' };
      lebanon.properties.country = 'SY';
      lebanon.geometry.coordinates = [38.5, 35.0];
    },
    expected: [/feature "lebanon": id: .*its shape was country:LB and is now country:SY/],
  },
  {
    name: 'a country’s label point moved within its shape',
    edit: (story) => {
      story.places.features[2]!.geometry.coordinates = [35.6, 33.6];
    },
    expected: [],
  },
  {
    name: 'an event moved to another place under its id',
    edit: (story) => {
      const [event] = beirut(story).properties.events.splice(0, 1);
      story.places.features[1]!.properties.events.push({ ...event!, related: undefined });
    },
    expected: [
      /feature "tel-aviv": properties.events\[0\].id: "strike-on-beirut" was an event of "beirut" in version 1/,
    ],
  },
  {
    name: 'a place deleted',
    edit: (story) => {
      story.places.features.splice(1, 1);
      story.meta.dateline.place = 'beirut';
      beirut(story).properties.events[0]!.related = undefined;
      story.meta.distances = [];
    },
    expected: [/place "tel-aviv" of version 1 is missing: keep it with status "withdrawn"/],
  },
  {
    name: 'an event deleted',
    edit: (story) => {
      beirut(story).properties.events = [];
    },
    expected: [
      /feature "beirut": properties.events: event "strike-on-beirut" of version 1 is missing/,
    ],
  },
  {
    name: 'an event withdrawn with an entry saying why',
    edit: (story) => {
      beirut(story).properties.events[0]!.status = 'withdrawn';
      story.meta.changes = [{ ...correction, events: ['strike-on-beirut'] }];
    },
    expected: [],
  },
  {
    name: 'a published change-log entry edited',
    before: (story) => {
      story.meta.changes = [correction];
    },
    edit: (story) => {
      story.meta.changes = [{ ...correction, text: 'Something else.' }];
    },
    expected: [/story.json: changes\[0\]: differs from entry 1 of version 1's change log/],
  },
  {
    name: 'a published change-log entry removed',
    before: (story) => {
      story.meta.changes = [correction];
    },
    edit: (story) => {
      story.meta.changes = [];
    },
    expected: [/changes: entry 1 of version 1's change log is missing/],
  },
  {
    name: 'a new entry dated before the version it follows',
    edit: (story) => {
      story.meta.changes = [{ ...correction, date: '2024-10-01T09:00:00Z' }];
    },
    expected: [
      /changes\[0\].date: 2024-10-01T09:00:00Z is before version 1 was published \(2024-10-01T12:00:00Z\)/,
    ],
  },
];

describe('a new version against the one it follows', () => {
  it.each(cases)('$name', ({ before, edit, expected }) => {
    const problems = problemsAfter(versionOne(before), edit);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });
});
