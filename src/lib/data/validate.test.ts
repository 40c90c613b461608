import { describe, expect, it } from 'vitest';
import type { LngLat } from '../geo/types.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  listStoryFolders,
  readAndValidateStory,
  STORIES_DIR,
  TEST_STORIES_DIR,
} from './read-story.ts';
import {
  FIXTURE_ID,
  fixtureFiles,
  storyFixture,
  type StoryFixture,
} from '../../testing/story-fixture.ts';
import { dotPath, formatProblem, type Problem } from './problems.ts';
import { validateStory } from './validate.ts';

/** A stand-in for country-coder: Lebanon north of 33.05°N, Israel south of it. */
const BOXES: [string, number, number, number, number][] = [
  ['LB', 35.1, 33.05, 36.7, 34.7],
  ['IL', 34.2, 29.5, 35.9, 33.05],
];
function fakeCountryAt([lng, lat]: LngLat): string | null {
  const box = BOXES.find(([, w, s, e, n]) => lng >= w && lng <= e && lat >= s && lat < n);
  return box ? box[0] : null;
}
const fakeIsCountryCode = (code: string) => ['LB', 'IL', 'SY', 'YE'].includes(code);

const DIR = `geodata/stories/${FIXTURE_ID}`;
const STORY = `${DIR}/story.json`;
const PLACES = `${DIR}/places.geojson`;
const DELETE = Symbol('delete');

/** Sets (or deletes) the value at a dot path like `features[0].geometry.type`. */
function set(root: object, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let target = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1) as string;
  if (value === DELETE) delete target[last];
  else target[last] = value;
}

function validate(
  edit: (story: StoryFixture) => void = () => {},
  text: Partial<ReturnType<typeof fixtureFiles>> = {},
) {
  const story = storyFixture();
  edit(story);
  return validateStory({
    storyId: FIXTURE_ID,
    files: { ...fixtureFiles(story), ...text },
    countryAt: fakeCountryAt,
    isCountryCode: fakeIsCountryCode,
  });
}

function problemsOf(result: ReturnType<typeof validate>): Problem[] {
  return result.ok ? [] : result.problems;
}

interface Case {
  name: string;
  edit?: (story: StoryFixture) => void;
  text?: Partial<ReturnType<typeof fixtureFiles>>;
  expected: { file: string; feature?: string; field: string; message: RegExp };
}

/** A step of the story, valid unless its places say otherwise. */
function step(id: string, places: string[]) {
  return { id, title: `Step ${id}`, text: 'What happened.', places };
}

const cases: Case[] = [
  {
    name: 'invalid JSON in places.geojson, with line and column',
    text: {
      'places.geojson': '{\n  "type": "FeatureCollection",\n  "features": [\n    { "id": }\n  ]\n}',
    },
    expected: {
      file: PLACES,
      field: '',
      message: /^is not valid JSON: expected a value, found "}" at line 4, column 13$/,
    },
  },
  {
    name: 'invalid JSON in story.json (cut short)',
    text: { 'story.json': '{\n  "headline": "A' },
    expected: {
      file: STORY,
      field: '',
      message: /^is not valid JSON: a string that is never closed at line 2, column 15$/,
    },
  },
  {
    name: 'places.geojson that is a Feature, not a FeatureCollection',
    edit: (s) => set(s.places, 'type', 'Feature'),
    expected: {
      file: PLACES,
      field: 'type',
      message: /^must be "FeatureCollection", not "Feature"$/,
    },
  },
  {
    name: 'places.geojson that is an array',
    text: { 'places.geojson': '[]' },
    expected: { file: PLACES, field: '', message: /must be a JSON object/ },
  },
  {
    name: 'a FeatureCollection with no features',
    edit: (s) => set(s.places, 'features', []),
    expected: { file: PLACES, field: 'features', message: /at least one place/ },
  },
  {
    name: 'a drawn area of two corners',
    edit: (s) =>
      set(s.places, 'features[0].properties.shape', {
        from: 'drawn',
        corners: [
          [35.4, 33.8],
          [35.6, 34.0],
        ],
      }),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.shape.corners',
      message: /^needs at least 3 different corners to enclose an area$/,
    },
  },
  {
    name: 'a drawn area that crosses itself',
    edit: (s) =>
      set(s.places, 'features[0].properties.shape', {
        from: 'drawn',
        corners: [
          [35.4, 33.8],
          [35.6, 34.0],
          [35.6, 33.8],
          [35.4, 34.0],
        ],
      }),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.shape.corners',
      message: /^crosses itself/,
    },
  },
  {
    name: 'a point outside the area drawn for it',
    edit: (s) =>
      set(s.places, 'features[0].properties.shape', {
        from: 'drawn',
        corners: [
          [35.6, 33.8],
          [35.8, 33.8],
          [35.8, 34.0],
          [35.6, 34.0],
        ],
      }),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.coordinates',
      message: /^\[35\.5018, 33\.8938\] lies outside the area drawn for the place/,
    },
  },
  {
    name: 'a geometry of the wrong type',
    edit: (s) => set(s.places, 'features[0].geometry.type', 'Polygon'),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.type',
      message: /must be "Point", not "Polygon"/,
    },
  },
  {
    name: 'coordinates of the wrong shape',
    edit: (s) => set(s.places, 'features[0].geometry.coordinates', [[35.5, 33.9]]),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.coordinates[0]',
      message: /must be number/,
    },
  },
  {
    name: 'coordinates as a string',
    edit: (s) => set(s.places, 'features[0].geometry.coordinates', '35.5, 33.9'),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.coordinates',
      message: /must be Array/,
    },
  },
  {
    name: 'a longitude out of range',
    edit: (s) => set(s.places, 'features[0].geometry.coordinates', [215.5, 33.9]),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.coordinates[0]',
      message: /^longitude above 180$/,
    },
  },
  {
    name: 'a latitude out of range',
    edit: (s) => set(s.places, 'features[1].geometry.coordinates', [34.78, -91]),
    expected: {
      file: PLACES,
      feature: 'tel-aviv',
      field: 'geometry.coordinates[1]',
      message: /^latitude below -90$/,
    },
  },
  {
    name: 'a point outside the country it claims',
    edit: (s) => set(s.places, 'features[0].properties.country', 'IL'),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.coordinates',
      message: /lies in LB, not in IL/,
    },
  },
  {
    name: 'a point at sea',
    edit: (s) => set(s.places, 'features[0].geometry.coordinates', [33.5, 33.9]),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.coordinates',
      message: /lies in no country, not in LB/,
    },
  },
  {
    name: 'lng and lat swapped',
    edit: (s) => set(s.places, 'features[1].geometry.coordinates', [32.0809, 34.7806]),
    expected: {
      file: PLACES,
      feature: 'tel-aviv',
      field: 'geometry.coordinates',
      message: /lng\/lat may be swapped: \[34\.7806, 32\.0809\] is in IL/,
    },
  },
  {
    name: 'a point 5 km over the border (beyond the 2 km tolerance)',
    edit: (s) => set(s.places, 'features[0].geometry.coordinates', [35.5, 33.0]),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'geometry.coordinates',
      message: /lies in IL, not in LB/,
    },
  },
  {
    name: 'a duplicate feature id',
    edit: (s) => set(s.places, 'features[2].id', 'tel-aviv'),
    expected: {
      file: PLACES,
      feature: 'tel-aviv',
      field: 'id',
      message: /also the id of feature #1/,
    },
  },
  {
    name: 'a duplicate event id in another place',
    edit: (s) =>
      set(s.places, 'features[1].properties.events', [
        { ...s.places.features[0]?.properties.events[0], related: [] },
      ]),
    expected: {
      file: PLACES,
      feature: 'tel-aviv',
      field: 'properties.events[0].id',
      message: /"strike-on-beirut" is also the id of an event of "beirut"/,
    },
  },
  {
    name: 'a date that does not exist',
    edit: (s) => set(s.places, 'features[0].properties.events[0].date', '2024-02-30'),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.events[0].date',
      message: /^is not a date that exists$/,
    },
  },
  {
    name: 'an event dated after the story was published',
    edit: (s) => set(s.places, 'features[0].properties.events[0].date', '2024-10-05'),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.events[0].date',
      message: /2024-10-05 is after the story was published \(2024-09-30\)/,
    },
  },
  {
    name: 'a published story without its article’s address',
    edit: (s) => set(s.meta, 'url', DELETE),
    expected: {
      file: STORY,
      field: 'url',
      message: /^a published story needs the address of its article$/,
    },
  },
  {
    name: 'an event that ends before it starts',
    edit: (s) => set(s.places, 'features[0].properties.events[0].dateEnd', '2024-09-20'),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.events[0].dateEnd',
      message: /^ends before it starts$/,
    },
  },
  {
    name: 'a dateline naming no place',
    edit: (s) => set(s.meta, 'dateline.place', 'jerusalem'),
    expected: {
      file: STORY,
      field: 'dateline.place',
      message: /names no place in places.geojson \("jerusalem"\)/,
    },
  },
  {
    name: 'a distance from no place',
    edit: (s) => set(s.meta, 'distances[0].from', 'syria'),
    expected: { file: STORY, field: 'distances[0].from', message: /names no place/ },
  },
  {
    name: 'a distance to no place',
    edit: (s) => set(s.meta, 'distances[0].to', 'haifa'),
    expected: { file: STORY, field: 'distances[0].to', message: /names no place/ },
  },
  {
    name: 'a ring around no place',
    edit: (s) => set(s.meta, 'rings[0].around', 'sidon'),
    expected: { file: STORY, field: 'rings[0].around', message: /names no place/ },
  },
  {
    name: 'an event related to no place',
    edit: (s) => set(s.places, 'features[0].properties.events[0].related', ['tel-aviv', 'haifa']),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.events[0].related[1]',
      message: /names no place in places.geojson \("haifa"\)/,
    },
  },
  {
    name: "fromPart 'shape' on a place without a shape",
    edit: (s) => set(s.meta, 'distances[0].from', 'beirut'),
    expected: {
      file: STORY,
      field: 'distances[0].fromPart',
      message: /place "beirut" has no shape/,
    },
  },
  {
    name: "aroundPart 'shape' on a place without a shape",
    edit: (s) => set(s.meta, 'rings[0].aroundPart', 'shape'),
    expected: { file: STORY, field: 'rings[0].aroundPart', message: /place "beirut" has no shape/ },
  },
  {
    name: 'a context place without its context',
    edit: (s) => set(s.places, 'features[1].properties.origin', 'context'),
    expected: {
      file: PLACES,
      feature: 'tel-aviv',
      field: 'properties.context',
      message: /required for a place added from outside/,
    },
  },
  {
    name: 'a shape whose country code is not a country',
    edit: (s) => set(s.places, 'features[2].properties.shape.country', 'XL'),
    expected: {
      file: PLACES,
      feature: 'lebanon',
      field: 'properties.shape.country',
      message: /"XL" is not an ISO 3166-1 alpha-2 country code/,
    },
  },
  {
    name: 'a border whose second country is not a country',
    edit: (s) =>
      set(s.places, 'features[2].properties.shape', { from: 'border', countries: ['LB', 'QQ'] }),
    expected: {
      file: PLACES,
      feature: 'lebanon',
      field: 'properties.shape.countries[1]',
      message: /"QQ" is not/,
    },
  },
  {
    name: 'a border band on a side that is neither country',
    edit: (s) =>
      set(s.places, 'features[2].properties.shape', {
        from: 'border-band',
        countries: ['LB', 'IL'],
        side: 'SY',
        widthKm: 5,
      }),
    expected: {
      file: PLACES,
      feature: 'lebanon',
      field: 'properties.shape.side',
      message: /one of the two countries LB and IL/,
    },
  },
  {
    name: 'a shape drawn from an unknown source',
    edit: (s) => set(s.places, 'features[2].properties.shape', { from: 'admin-1', country: 'LB' }),
    expected: {
      file: PLACES,
      feature: 'lebanon',
      field: 'properties.shape.from',
      message: /must be \("country" \| "border" \| "border-band" \| "drawn"\)/,
    },
  },
  {
    name: 'a properties.country that is not a country',
    edit: (s) => set(s.places, 'features[0].properties.country', 'XX'),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.country',
      message: /"XX" is not an ISO/,
    },
  },
  {
    name: 'a missing required field',
    edit: (s) => set(s.places, 'features[0].properties.name', DELETE),
    expected: {
      file: PLACES,
      feature: 'beirut',
      field: 'properties.name',
      message: /^is required$/,
    },
  },
  {
    name: 'a feature without an id, named by its index',
    edit: (s) => set(s.places, 'features[1].id', DELETE),
    expected: { file: PLACES, feature: '#1', field: 'id', message: /^is required$/ },
  },
  {
    name: 'an id that is not a slug',
    edit: (s) => set(s.places, 'features[0].id', 'Beirut City'),
    expected: { file: PLACES, feature: 'Beirut City', field: 'id', message: /lowercase slug/ },
  },
  {
    name: 'a publication date that does not exist',
    edit: (s) => set(s.meta, 'published', '2024-09-31'),
    expected: { file: STORY, field: 'published', message: /^is not a date that exists$/ },
  },
  {
    name: 'a javascript: link',
    edit: (s) => set(s.meta, 'url', 'javascript:alert(1)'),
    expected: { file: STORY, field: 'url', message: /must start with http/ },
  },
  {
    name: 'two annotations with one id',
    edit: (s) => set(s.meta, 'rings[0].id', 'lebanon-to-tel-aviv'),
    expected: { file: STORY, field: 'rings[0].id', message: /also the id of distances\[0\]\.id/ },
  },
  {
    name: 'a step highlighting no place',
    edit: (s) => set(s.meta, 'steps', [step('one', ['beirut', 'haifa'])]),
    expected: { file: STORY, field: 'steps[0].places[1]', message: /names no place.*"haifa"/ },
  },
  {
    name: 'two steps with one id',
    edit: (s) => set(s.meta, 'steps', [step('one', ['beirut']), step('one', ['tel-aviv'])]),
    expected: { file: STORY, field: 'steps[1].id', message: /also the id of steps\[0\]\.id/ },
  },
  {
    name: 'a step with no places and no view',
    edit: (s) => set(s.meta, 'steps', [step('one', [])]),
    expected: { file: STORY, field: 'steps[0].places', message: /name a place or give a view/ },
  },
  {
    name: 'a step whose view is upside down',
    edit: (s) =>
      set(s.meta, 'steps', [{ ...step('one', ['beirut']), view: { bounds: [36, 34, 35, 33] } }]),
    expected: { file: STORY, field: 'steps[0].view.bounds', message: /west < east/ },
  },
  {
    name: 'a step with an unknown field',
    edit: (s) => set(s.meta, 'steps', [{ ...step('one', ['beirut']), zoom: 5 }]),
    expected: { file: STORY, field: 'steps[0].zoom', message: /unknown field/ },
  },
  {
    name: 'story.json that is not an object',
    text: { 'story.json': '"a story"' },
    expected: { file: STORY, field: '', message: /must be a JSON object/ },
  },
];

describe('validateStory', () => {
  it('passes the valid minimal story', () => {
    const result = validate();
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.story.id).toBe(FIXTURE_ID);
    expect(result.ok && result.story.meta.distances[0]?.fromPart).toBe('shape');
    expect(result.ok && result.story.places.features).toHaveLength(3);
  });

  it('passes a story with steps, and keeps them', () => {
    const result = validate((s) =>
      set(s.meta, 'steps', [
        step('one', ['beirut', 'tel-aviv']),
        { ...step('two', []), view: { bounds: [34, 29, 37, 35] } },
      ]),
    );
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.story.meta.steps?.map((s) => s.id)).toEqual(['one', 'two']);
  });

  it('passes it with the real country lookup (country-coder) too', () => {
    const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles() });
    expect(problemsOf(result)).toEqual([]);
  });

  it.each(cases)('reports $name', ({ edit, text, expected }) => {
    const problems = problemsOf(validate(edit, text));
    const match = problems.find(
      (p) =>
        p.file === expected.file && p.feature === expected.feature && p.field === expected.field,
    );
    expect(
      match,
      `no problem at ${JSON.stringify(expected)} in ${JSON.stringify(problems, null, 2)}`,
    ).toBeDefined();
    expect(match?.message).toMatch(expected.message);
  });

  it('lets a point within 2 km of the border it claims pass (1.1 km over it here)', () => {
    const result = validate((s) =>
      set(s.places, 'features[0].geometry.coordinates', [35.5, 33.04]),
    );
    expect(problemsOf(result)).toEqual([]);
  });

  it('flags a real swap with the real country lookup', () => {
    const result = validateStory({
      storyId: FIXTURE_ID,
      files: fixtureFiles(
        (() => {
          const s = storyFixture();
          set(s.places, 'features[0].geometry.coordinates', [33.8938, 35.5018]);
          return s;
        })(),
      ),
    });
    expect(problemsOf(result)).toContainEqual(
      expect.objectContaining({
        feature: 'beirut',
        message: expect.stringMatching(/lng\/lat may be swapped/),
      }),
    );
  });

  it('names the folder when its name is not a slug', () => {
    const result = validateStory({
      storyId: 'Test Story',
      files: fixtureFiles(),
      countryAt: fakeCountryAt,
    });
    expect(problemsOf(result)).toEqual([
      {
        file: 'geodata/stories/Test Story',
        field: '',
        message: expect.stringMatching(/lowercase slug/),
      },
    ]);
  });

  it('reports problems in both files at once', () => {
    const problems = problemsOf(
      validate((s) => {
        set(s.meta, 'published', 'yesterday');
        set(s.places, 'features[0].properties.kind', 'metropolis');
      }),
    );
    expect(problems.map((p) => [p.file, p.feature, p.field])).toEqual([
      [STORY, undefined, 'published'],
      [PLACES, 'beirut', 'properties.kind'],
    ]);
  });

  it('reports an unknown field, which is most often a typo', () => {
    const problems = problemsOf(
      validate((s) => set(s.places, 'features[0].properties.colour', 'red')),
    );
    expect(problems).toEqual([
      {
        file: PLACES,
        feature: 'beirut',
        field: 'properties.colour',
        message: expect.stringMatching(/unknown field/i),
      },
    ]);
  });
});

describe('formatProblem', () => {
  it.each([
    {
      problem: {
        file: 'geodata/stories/x/places.geojson',
        feature: 'hodeidah-port',
        field: 'properties.events[0].date',
        message: 'is not a date that exists',
      },
      expected:
        'geodata/stories/x/places.geojson: feature "hodeidah-port": properties.events[0].date: is not a date that exists',
    },
    {
      problem: { file: 'a/places.geojson', feature: '#3', field: 'id', message: 'is required' },
      expected: 'a/places.geojson: feature #3: id: is required',
    },
    {
      problem: { file: 'a/story.json', field: '', message: 'is not valid JSON' },
      expected: 'a/story.json: is not valid JSON',
    },
  ])('$expected', ({ problem, expected }) => {
    expect(formatProblem(problem)).toBe(expected);
  });
});

describe('dotPath', () => {
  it.each([
    { keys: ['properties', 'events', 0, 'date'], expected: 'properties.events[0].date' },
    { keys: ['distances', 1, 'from'], expected: 'distances[1].from' },
    { keys: [], expected: '' },
  ])('$expected', ({ keys, expected }) => {
    expect(dotPath(keys)).toBe(expected);
  });
});

describe('every story folder of the repository', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const folders = [STORIES_DIR, TEST_STORIES_DIR].flatMap((dir) =>
    listStoryFolders(join(root, dir)),
  );

  it('finds the published stories and the test stories', () => {
    expect(folders.some((folder) => folder.includes(`${STORIES_DIR}/`))).toBe(true);
    expect(folders.some((folder) => folder.includes(`${TEST_STORIES_DIR}/`))).toBe(true);
  });

  it.each(folders)('%s is valid', (folder) => {
    const result = readAndValidateStory(folder);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});
