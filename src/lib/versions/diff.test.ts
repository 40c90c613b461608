import { describe, expect, it } from 'vitest';
import { storyFixture, type StoryFixture } from '../../testing/story-fixture.ts';
import type { PlaceCollection } from '../data/schema.ts';
import { diffStories, isEmptyDiff, touchedPlaces, type StoryDiff } from './diff.ts';
import { formatDiff } from './diff-lines.ts';

/** The fixture as it parses: its own input type is close enough for the diff's reading. */
function version(edit: (story: StoryFixture) => void = () => {}) {
  const story = storyFixture();
  edit(story);
  return { meta: { changes: story.meta.changes }, places: story.places as PlaceCollection };
}

const beirut = (story: StoryFixture) => story.places.features[0]!;
const strike = (story: StoryFixture) => beirut(story).properties.events[0]!;

interface Case {
  name: string;
  edit: (story: StoryFixture) => void;
  /** The parts of the diff expected, the rest being empty. */
  expected: Partial<{ [K in keyof StoryDiff]: Partial<StoryDiff[K]> }>;
  touched: { added: string[]; changed: string[] };
}

const cases: Case[] = [
  {
    name: 'a place added',
    edit: (s) => {
      s.places.features.push({
        ...s.places.features[1]!,
        id: 'sidon',
        geometry: { type: 'Point', coordinates: [35.3711, 33.5606] },
        properties: { ...s.places.features[1]!.properties, name: 'Sidon', country: 'LB' },
      });
    },
    expected: { places: { added: [{ id: 'sidon', name: 'Sidon' }] } },
    touched: { added: ['sidon'], changed: [] },
  },
  {
    name: 'a place removed',
    edit: (s) => {
      s.places.features.splice(1, 1);
    },
    expected: { places: { removed: [{ id: 'tel-aviv', name: 'Tel Aviv' }] } },
    touched: { added: [], changed: [] },
  },
  {
    // 0.027° of latitude at 33.9° N: the meridian arc, integrated on WGS84, is 2.99485 km.
    name: 'a place moved 3 km south, measured on the ellipsoid',
    edit: (s) => {
      beirut(s).geometry.coordinates = [35.5018, 33.8668];
    },
    expected: { places: { moved: [{ id: 'beirut', name: 'Beirut', km: 2.9948 }] } },
    touched: { added: [], changed: ['beirut'] },
  },
  {
    name: 'precision and status changed',
    edit: (s) => {
      beirut(s).properties.precision = 'near';
      beirut(s).properties.status = 'disputed';
    },
    expected: {
      places: {
        precision: [{ id: 'beirut', name: 'Beirut', from: 'exact', to: 'near' }],
        status: [{ id: 'beirut', name: 'Beirut', from: 'reported', to: 'disputed' }],
      },
    },
    touched: { added: [], changed: ['beirut'] },
  },
  {
    name: 'a place renamed and its source changed',
    edit: (s) => {
      beirut(s).properties.name = 'Beyrouth';
      beirut(s).properties.location = { source: { name: 'OpenStreetMap' } };
    },
    expected: {
      places: { edited: [{ id: 'beirut', name: 'Beyrouth', fields: ['name', 'location'] }] },
    },
    touched: { added: [], changed: ['beirut'] },
  },
  {
    name: 'an event added at a place',
    edit: (s) => {
      s.places.features[1]!.properties.events.push({ ...strike(s), id: 'rally', what: 'A rally.' });
    },
    expected: { events: { added: [{ id: 'rally', place: 'tel-aviv', what: 'A rally.' }] } },
    touched: { added: [], changed: ['tel-aviv'] },
  },
  {
    name: 'an event withdrawn, another’s date corrected',
    edit: (s) => {
      strike(s).status = 'withdrawn';
      strike(s).date = '2024-09-26';
    },
    expected: {
      events: {
        withdrawn: [{ id: 'strike-on-beirut', place: 'beirut', what: 'An air strike.' }],
        changed: [
          { id: 'strike-on-beirut', place: 'beirut', what: 'An air strike.', fields: ['date'] },
        ],
      },
    },
    touched: { added: [], changed: ['beirut'] },
  },
  {
    name: 'an event confirmed',
    edit: (s) => {
      strike(s).status = 'confirmed';
    },
    expected: {
      events: {
        status: [
          {
            id: 'strike-on-beirut',
            place: 'beirut',
            what: 'An air strike.',
            from: 'reported',
            to: 'confirmed',
          },
        ],
      },
    },
    touched: { added: [], changed: ['beirut'] },
  },
  {
    name: 'claims added, changed and withdrawn, told apart by party',
    edit: (s) => {
      strike(s).claims = [
        { by: 'Test Outlet', says: 'There were two air strikes.' },
        { by: 'The ministry', says: 'There was none.' },
      ];
    },
    expected: {
      claims: {
        added: [
          {
            event: 'strike-on-beirut',
            place: 'beirut',
            by: 'The ministry',
            says: 'There was none.',
          },
        ],
        changed: [
          {
            event: 'strike-on-beirut',
            place: 'beirut',
            by: 'Test Outlet',
            says: 'There were two air strikes.',
            before: 'There was an air strike.',
          },
        ],
      },
    },
    touched: { added: [], changed: ['beirut'] },
  },
  {
    name: 'a claim withdrawn',
    edit: (s) => {
      strike(s).claims = [{ by: 'Someone else', says: 'There was an air strike.' }];
    },
    expected: {
      claims: {
        added: [
          {
            event: 'strike-on-beirut',
            place: 'beirut',
            by: 'Someone else',
            says: 'There was an air strike.',
          },
        ],
        withdrawn: [
          {
            event: 'strike-on-beirut',
            place: 'beirut',
            by: 'Test Outlet',
            says: 'There was an air strike.',
          },
        ],
      },
    },
    touched: { added: [], changed: ['beirut'] },
  },
  {
    name: 'a change-log entry added, nothing else',
    edit: (s) => {
      s.meta.changes = [{ type: 'clarification', date: '2024-10-01T14:05:00Z', text: 'Reworded.' }];
    },
    expected: {
      changes: [{ type: 'clarification', date: '2024-10-01T14:05:00Z', text: 'Reworded.' }],
    },
    touched: { added: [], changed: [] },
  },
];

const EMPTY = diffStories(version(), version());

describe('diffStories', () => {
  it('finds nothing between a version and itself', () => {
    expect(isEmptyDiff(EMPTY)).toBe(true);
    expect(EMPTY.changes).toEqual([]);
  });

  it.each(cases)('$name', ({ edit, expected, touched }) => {
    const diff = diffStories(version(), version(edit));
    const want = {
      places: { ...EMPTY.places, ...expected.places },
      events: { ...EMPTY.events, ...expected.events },
      claims: { ...EMPTY.claims, ...expected.claims },
      changes: expected.changes ?? [],
    };
    // Distances to a tenth of a metre; everything else exactly.
    const rounded = (d: StoryDiff) => ({
      ...d,
      places: { ...d.places, moved: d.places.moved.map((m) => ({ ...m, km: +m.km.toFixed(4) })) },
    });
    expect(rounded(diff)).toEqual(want);
    expect(touchedPlaces(diff)).toEqual(touched);
  });
});

describe('formatDiff', () => {
  it('says so when nothing changed', () => {
    expect(formatDiff(EMPTY)).toEqual(['No change to places, events, claims or the change log.']);
  });

  it('writes a heading per kind of change and the distance in the units asked for', () => {
    const diff = diffStories(
      version(),
      version((s) => {
        beirut(s).geometry.coordinates = [35.5018, 33.8668];
        strike(s).status = 'withdrawn';
      }),
    );
    expect(formatDiff(diff, { units: 'mi' })).toEqual([
      'Places moved (on the ellipsoid):',
      '  Beirut (beirut): 1.9 mi',
      'Events withdrawn:',
      '  strike-on-beirut at beirut',
    ]);
  });
});
