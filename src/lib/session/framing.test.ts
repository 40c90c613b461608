import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import type { StoryStep } from '../data/schema.ts';
import type { Bounds } from '../geo/types.ts';
import type { CompiledStory } from '../story/types.ts';
import { placeFootprint } from '../map/first-view.ts';
import { cameraFrame, carriedBounds, isStoryFrame, paddingAround, placeBounds } from './framing.ts';

/** The sample story with one more place far from the others (no neighbours). */
function storyWithIsland(): CompiledStory {
  const story = sampleStory();
  const alpha = story.places.features[0];
  if (!alpha) throw new Error('sample story changed');
  story.places.features.push({
    ...alpha,
    id: 'island',
    geometry: { type: 'Point', coordinates: [40, 10] },
  });
  return story;
}

describe('placeBounds', () => {
  it.each<{ name: string; place: string; expected: Bounds | null }>([
    // alpha [0, 0]: beta [1, 0] (111 km) and band [0.5, 0.5] (79 km) are neighbours.
    {
      name: 'a point with its neighbours, half a degree round',
      place: 'alpha',
      expected: [-0.5, -0.5, 1.5, 1],
    },
    { name: 'an area: its own shape', place: 'band', expected: [0, 0, 1, 1] },
    {
      name: 'a point with no neighbour within 200 km',
      place: 'island',
      expected: [39.5, 9.5, 40.5, 10.5],
    },
    { name: 'no such place', place: 'nowhere', expected: null },
  ])('$name', ({ place, expected }) => {
    expect(placeBounds(storyWithIsland(), place)).toEqual(expected);
  });
});

describe('cameraFrame', () => {
  const story = sampleStory();
  const step: StoryStep = { id: 'one', title: 'One', text: 'Step one.', places: ['beta'] };
  const storyBounds: Bounds = [-1, -1, 2, 1];
  const linkView: Bounds = [10, 10, 11, 11];
  it.each<{
    name: string;
    selected: string | null;
    step: StoryStep | null;
    link: Bounds | null;
    key: string;
    exact: boolean;
  }>([
    {
      name: 'a place wins over everything',
      selected: 'band',
      step,
      link: linkView,
      key: 'place:band',
      exact: false,
    },
    { name: 'then the step', selected: null, step, link: linkView, key: 'step:one', exact: false },
    {
      name: 'then the link’s view, edge to edge',
      selected: null,
      step: null,
      link: linkView,
      key: 'view',
      exact: true,
    },
    {
      name: 'else the whole story',
      selected: null,
      step: null,
      link: null,
      key: 'story',
      exact: false,
    },
    {
      name: 'a place the story lacks falls through',
      selected: 'nowhere',
      step: null,
      link: null,
      key: 'story',
      exact: false,
    },
  ])('$name', ({ selected, step, link, key, exact }) => {
    const frame = cameraFrame({ storyBounds, story, selected, step, linkView: link });
    expect(frame.key).toBe(key);
    expect(frame.exact).toBe(exact);
  });

  it('keeps room right of a place for its name, and only on a place’s frame', () => {
    const band = story.places.features.find((place) => place.id === 'band')!;
    const placed = cameraFrame({ storyBounds, story, selected: 'band', step, linkView: null });
    expect(placed.nameRoom).toBe(placeFootprint(band)[2]);
    expect(placed.nameRoom).toBeGreaterThan(0);
    expect(cameraFrame({ storyBounds, story, selected: null, step, linkView: null }).nameRoom).toBe(
      undefined,
    );
  });

  it('frames nothing of the story before it arrives but its bounds', () => {
    const frame = cameraFrame({
      storyBounds,
      story: null,
      selected: 'alpha',
      step,
      linkView: null,
    });
    expect(frame).toMatchObject({ key: 'story', bounds: storyBounds });
  });
});

describe('isStoryFrame', () => {
  it.each([
    { key: 'story', expected: true },
    { key: 'story#0', expected: true },
    { key: 'story#3', expected: true },
    { key: 'place:tel-aviv#0', expected: false },
    { key: 'step:story#1', expected: false },
    { key: 'view#0', expected: false },
  ])('$key is the story frame: $expected', ({ key, expected }) => {
    expect(isStoryFrame({ key })).toBe(expected);
  });

  it('holds for the frame the session gives the story, after any number of resets', () => {
    const frame = cameraFrame({
      storyBounds: [-1, -1, 2, 1],
      story: sampleStory(),
      selected: null,
      step: null,
      linkView: null,
    });
    expect(isStoryFrame({ key: `${frame.key}#2` })).toBe(true);
  });
});

describe('paddingAround', () => {
  const map = { left: 0, top: 0, right: 900, bottom: 600 };
  it.each([
    {
      name: 'no card: the margin all round',
      covers: [],
      expected: { top: 24, right: 24, bottom: 24, left: 24 },
    },
    {
      name: 'a card at the top left of a wide map: padded on the left',
      covers: [{ left: 12, top: 12, right: 372, bottom: 400 }],
      expected: { top: 24, right: 24, bottom: 24, left: 396 },
    },
    {
      name: 'a bottom sheet: padded at the bottom',
      covers: [{ left: 0, top: 350, right: 900, bottom: 600 }],
      expected: { top: 24, right: 24, bottom: 274, left: 24 },
    },
    {
      name: 'an empty card counts for nothing',
      covers: [{ left: 12, top: 12, right: 12, bottom: 12 }],
      expected: { top: 24, right: 24, bottom: 24, left: 24 },
    },
    {
      name: 'a card outside the map counts for nothing',
      covers: [{ left: 950, top: 0, right: 1200, bottom: 600 }],
      expected: { top: 24, right: 24, bottom: 24, left: 24 },
    },
    {
      name: 'the embed’s places button at the top left of a narrow map: padded at the top',
      covers: [{ left: 8, top: 8, right: 158, bottom: 54 }],
      expected: { top: 78, right: 24, bottom: 24, left: 24 },
    },
    {
      name: 'a card and a button on different sides: each side padded clear of its own',
      covers: [
        { left: 0, top: 350, right: 900, bottom: 600 },
        { left: 8, top: 8, right: 158, bottom: 54 },
      ],
      expected: { top: 78, right: 24, bottom: 274, left: 24 },
    },
    {
      name: 'a card over the whole map is ignored',
      covers: [{ left: 0, top: 0, right: 900, bottom: 600 }],
      expected: { top: 24, right: 24, bottom: 24, left: 24 },
    },
  ])('$name', ({ covers, expected }) => {
    expect(paddingAround({ map, covers, margin: 24 })).toEqual(expected);
  });
});

describe('carriedBounds', () => {
  const line = {
    type: 'LineString',
    coordinates: [
      [-87.6, 41.9],
      [-70, 20],
    ],
  };
  it.each([
    { name: 'nothing carried', ring: null, moved: null, home: null, expected: null },
    {
      name: 'a line carried to Chicago: the copy and the city',
      ring: null,
      moved: { line },
      home: { lngLat: [-87.6, 41.9] as [number, number] },
      expected: [-87.6, 20, -70, 41.9],
    },
  ])('$name', ({ ring, moved, home, expected }) => {
    const bounds = carriedBounds({ movedRing: ring, movedLine: moved, home });
    if (expected === null) expect(bounds).toBeNull();
    else expected.forEach((degrees, i) => expect(bounds?.[i]).toBeCloseTo(degrees, 9));
  });
});
