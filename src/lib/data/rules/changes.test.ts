import { describe, expect, it } from 'vitest';
import {
  FIXTURE_ID,
  fixtureFiles,
  storyFixture,
  type StoryFixture,
} from '../../../testing/story-fixture.ts';
import { formatProblem } from '../problems.ts';
import { validateStory } from '../validate.ts';

function problems(edit: (story: StoryFixture) => void): string[] {
  const story = storyFixture();
  edit(story);
  const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles(story) });
  return result.ok ? [] : result.problems.map(formatProblem);
}

const entry = {
  type: 'update',
  date: '2024-10-01T14:05:00Z',
  text: 'Added the strike reported on Tuesday.',
};
type Entry = NonNullable<StoryFixture['meta']['changes']>[number];
/** An entry as a careless hand might write it: fields missing or misspelt. */
const loose = (fields: Record<string, unknown>) => fields as unknown as Entry;

const cases: { name: string; edit: (story: StoryFixture) => void; expected: RegExp[] }[] = [
  {
    name: 'an update naming a place and an event',
    edit: (s) => {
      s.meta.changes = [loose({ ...entry, places: ['beirut'], events: ['strike-on-beirut'] })];
    },
    expected: [],
  },
  {
    name: 'an entry without a date',
    edit: (s) => {
      s.meta.changes = [loose({ type: 'correction', text: 'Fixed.' })];
    },
    expected: [/story.json: changes\[0\].date: is required/],
  },
  {
    name: 'an entry without text',
    edit: (s) => {
      s.meta.changes = [loose({ type: 'correction', date: entry.date })];
    },
    expected: [/story.json: changes\[0\].text: is required/],
  },
  {
    name: 'an entry with empty text',
    edit: (s) => {
      s.meta.changes = [loose({ ...entry, text: '  ' })];
    },
    expected: [/changes\[0\].text: must not be empty/],
  },
  {
    name: 'a date without its offset from UTC',
    edit: (s) => {
      s.meta.changes = [loose({ ...entry, date: '2024-10-01T14:05' })];
    },
    expected: [/changes\[0\].date: must be a date and time with its offset from UTC/],
  },
  {
    name: 'a type that is not one of the three',
    edit: (s) => {
      s.meta.changes = [loose({ ...entry, type: 'retraction' })];
    },
    expected: [/changes\[0\].type: must be/],
  },
  {
    name: 'an entry naming a place and an event the story lacks',
    edit: (s) => {
      s.meta.changes = [loose({ ...entry, places: ['sidon'], events: ['strike-on-sidon'] })];
    },
    expected: [
      /changes\[0\].places\[0\]: names no place \("sidon"\)/,
      /changes\[0\].events\[0\]: names no event/,
    ],
  },
  {
    name: 'entries out of order, one before the story',
    edit: (s) => {
      s.meta.changes = [loose(entry), loose({ ...entry, date: '2024-09-29T10:00:00Z' })];
    },
    expected: [
      /is before the story was published \(2024-09-30\)/,
      /is earlier than the entry before it/,
    ],
  },
  {
    name: 'a withdrawn place no entry explains',
    edit: (s) => {
      s.places.features[0]!.properties.status = 'withdrawn';
    },
    expected: [/feature "beirut": properties.status: is withdrawn, but no entry of the change log/],
  },
  {
    name: 'a withdrawn event no entry explains',
    edit: (s) => {
      s.places.features[0]!.properties.events[0]!.status = 'withdrawn';
      s.meta.changes = [loose({ ...entry, places: ['beirut'] })];
    },
    expected: [
      /properties.events\[0\].status: event "strike-on-beirut" is withdrawn, but no entry/,
    ],
  },
  {
    name: 'an event after publication, reported by a later update',
    edit: (s) => {
      s.places.features[0]!.properties.events[0]!.date = '2024-10-01';
      s.meta.changes = [loose(entry)];
    },
    expected: [],
  },
  {
    name: 'an event after the last update',
    edit: (s) => {
      s.places.features[0]!.properties.events[0]!.date = '2024-10-02';
      s.meta.changes = [loose(entry)];
    },
    expected: [/2024-10-02 is after the story's last update \(2024-10-01\)/],
  },
];

describe('the change log and statuses', () => {
  it.each(cases)('$name', ({ edit, expected }) => {
    const found = problems(edit);
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});
