import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import type { Bounds } from '../geo/types.ts';
import type { CompiledStory, Padding, PlaceFeature } from '../story/types.ts';
import { fitBoundsCamera, mercatorUnit, pictureTransform, TILE_SIZE } from './fit-bounds.ts';
import {
  firstViewAnchors,
  firstViewPadding,
  pictureSafeArea,
  placeFootprint,
} from './first-view.ts';
import { NAME_ANCHORS } from './story-layers.ts';
import { CAMERA, CIRCLES, LABELS } from './marks.ts';
import { storyPicture } from './picture/story-picture.ts';
import { LINE_HEIGHT, textWidth } from './picture/text.ts';

function place(properties: Partial<PlaceFeature['properties']>, at: [number, number] = [0, 0]) {
  const [first] = sampleStory().places.features;
  return {
    ...first!,
    geometry: { type: 'Point' as const, coordinates: at },
    properties: { ...first!.properties, ...properties },
  };
}

describe('placeFootprint', () => {
  const key = LABELS['place-key'];
  const nameWidth = (name: string, mark = key) => textWidth(name, mark, mark.size);

  it.each([
    {
      name: 'an exact place: its dot, and its name right of it, centred on it',
      properties: { name: 'Tyre', precision: 'exact' as const, rank: 1, events: [] },
      expected: [
        -(CIRCLES.dot.radius + 0.75),
        -(LINE_HEIGHT * key.size) / 2,
        key.offset * key.size + nameWidth('Tyre'),
        (LINE_HEIGHT * key.size) / 2,
      ],
    },
    {
      name: 'a place known roughly: its wide disc, and its name over the disc’s edge',
      properties: { name: 'Ab', precision: 'near' as const, rank: 1 },
      expected: [-14.5, -14.5, key.offset * key.size + nameWidth('Ab'), 14.5],
    },
    {
      name: 'a country: its name from its point, no mark',
      properties: {
        name: 'Lebanon',
        precision: 'region' as const,
        kind: 'country' as const,
        rank: 1,
        shape: { from: 'country' as const, country: 'LB' },
      },
      expected: [
        -0,
        -(LINE_HEIGHT * key.size) / 2,
        nameWidth('Lebanon'),
        (LINE_HEIGHT * key.size) / 2,
      ],
    },
  ])('$name', ({ properties, expected }) => {
    const footprint = placeFootprint(place(properties as Partial<PlaceFeature['properties']>));
    footprint.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));
  });

  it.each([
    { anchor: 'right', name: 'left of its dot', side: 0, expected: -(key.offset * key.size) },
    { anchor: 'top', name: 'below its dot', side: 3, expected: key.offset * key.size },
    { anchor: 'bottom', name: 'above its dot', side: 1, expected: -(key.offset * key.size) },
  ] as const)('takes a name set $name ($anchor) on that side', ({ anchor, side, expected }) => {
    const tyre = place({ name: 'Tyre', precision: 'exact', rank: 1, events: [] });
    const size = anchor === 'right' ? nameWidth('Tyre') : LINE_HEIGHT * key.size;
    const footprint = placeFootprint(tyre, anchor);
    expect(footprint[side]).toBeCloseTo(expected + Math.sign(expected) * size, 6);
    // Across the name, it is centred on the point.
    const across = anchor === 'right' ? [footprint[1], footprint[3]] : [footprint[0], footprint[2]];
    expect(across[0]).toBeCloseTo(-across[1]!, 6);
  });

  it('takes the local name’s smaller second line into the height', () => {
    const [, top] = placeFootprint(place({ name: 'Tyre', rank: 1, names: { ar: 'صور' } }));
    expect(-top).toBeCloseTo((LINE_HEIGHT * key.size * 1.85) / 2, 6);
  });
});

describe('firstViewAnchors', () => {
  /** 400 × 200 px of plate carrée showing 30–40° E, 30–35° N. */
  const frame = ({ top, right, bottom, left }: Padding): Bounds => [
    30 + left / 40,
    35 - (200 - bottom) / 40,
    30 + (400 - right) / 40,
    35 - top / 40,
  ];
  const story = (at: [number, number]) => {
    const sample = sampleStory();
    const tyre = place({ name: 'Tyre', precision: 'exact', rank: 1, events: [] }, at);
    return { ...sample, places: { ...sample.places, features: [tyre] } };
  };
  it.each([
    { name: 'in the middle: every side', at: [35, 32.5], expected: NAME_ANCHORS },
    {
      name: 'near the left edge: only to its right',
      at: [30.3, 32.5],
      expected: ['left', 'top-left', 'bottom-left'],
    },
    {
      name: 'near the top: only below it',
      at: [35, 34.7],
      expected: ['top', 'top-left', 'top-right'],
    },
    {
      name: 'in a corner with no room at all: none (not named, rather than cut)',
      at: [39.99, 30.01],
      expected: [],
    },
  ] as const)('a place $name', ({ at, expected }) => {
    const s = story([...at]);
    expect(firstViewAnchors(s, frame).get(s.places.features[0]!.id)).toEqual(expected);
  });
});

/** Where a position lands in a box, on a map fitted with `padding`. */
function pixel(bounds: Bounds, box: { width: number; height: number }, padding: Padding) {
  const { zoom, center } = fitBoundsCamera({ bounds, ...box, padding });
  const world = TILE_SIZE * 2 ** zoom;
  const [cx, cy] = mercatorUnit(center);
  return ([lng, lat]: [number, number]) => {
    const [x, y] = mercatorUnit([lng, lat]);
    return [(x - cx) * world + box.width / 2, (y - cy) * world + box.height / 2];
  };
}

/** A story of one place with a long name at the east edge of its bounds. */
function storyWithNameAtEdge(): CompiledStory {
  const story = sampleStory();
  story.places.features = [
    place({ name: 'A place with a long name', precision: 'exact', rank: 1 }, [2, 0]),
    place({ name: 'West', precision: 'exact', rank: 1 }, [-1, 0]),
  ];
  story.bounds = [-1, -1, 2, 1];
  return story;
}

describe('firstViewPadding', () => {
  it('keeps the least padding where every name has room', () => {
    const story = sampleStory();
    story.bounds = [-10, -10, 10, 10];
    expect(firstViewPadding(story)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });

  it('makes room on the side where a name would run off', () => {
    const padding = firstViewPadding(storyWithNameAtEdge());
    expect(padding.right).toBeGreaterThan(100);
    expect(padding.left).toBe(CAMERA.padding);
  });

  it.each(CAMERA.referenceBoxes.map((box) => ({ box })))(
    'keeps every mark and name 4 px inside a $box.width × $box.height box',
    ({ box }) => {
      const story = storyWithNameAtEdge();
      const padding = firstViewPadding(story);
      const at = pixel(story.bounds, box, padding);
      for (const feature of story.places.features) {
        const [x, y] = at(feature.geometry.coordinates as [number, number]);
        const [l, t, r, b] = placeFootprint(feature);
        expect(x! + l).toBeGreaterThanOrEqual(CAMERA.labelMargin - 0.5);
        expect(y! + t).toBeGreaterThanOrEqual(CAMERA.labelMargin - 0.5);
        expect(x! + r).toBeLessThanOrEqual(box.width - CAMERA.labelMargin + 0.5);
        expect(y! + b).toBeLessThanOrEqual(box.height - CAMERA.labelMargin + 0.5);
      }
    },
  );
});

describe('pictureSafeArea', () => {
  it('is the bounds in the picture and half the padding, less the margin', () => {
    // A quarter of the world's width in 512 px, no padding: the bounds fill the width.
    const safe = pictureSafeArea({
      bounds: [0, -1, 90, 1],
      padding: { top: 0, right: 0, bottom: 0, left: 0 },
      picture: { width: 512, height: 512 },
    });
    expect(safe[0]).toBeCloseTo(4, 6);
    expect(safe[2]).toBeCloseTo(508, 6);
    expect(safe[3] - safe[1]).toBeCloseTo((2 / 360) * 512 * 4 * 1.00005 - 8, 1);
  });

  it('stays inside the picture’s frame', () => {
    const safe = pictureSafeArea({
      bounds: [-180, -80, 180, 80],
      padding: { top: 24, right: 24, bottom: 24, left: 24 },
      picture: { width: 960, height: 600 },
    });
    expect(safe[1]).toBeGreaterThanOrEqual(4);
    expect(safe[3]).toBeLessThanOrEqual(596);
  });
});

describe('the still picture in boxes of other shapes', () => {
  const story = storyWithNameAtEdge();
  const padding = firstViewPadding(story);
  const picture = storyPicture({
    story,
    basemap: { type: 'FeatureCollection', features: [] },
    padding,
  });
  const storyLabels = picture.labels.filter((label) => label.of !== undefined);

  it.each([
    { width: 390, height: 506 },
    { width: 360, height: 240 },
    { width: 896, height: 630 },
    { width: 1440, height: 729 },
    { width: 1920, height: 400 },
    { width: 1920, height: 1200 },
  ])('shows every story name whole in a $width × $height box', (box) => {
    expect(storyLabels.length).toBeGreaterThan(0);
    const { scale, x, y } = pictureTransform({ bounds: story.bounds, box, padding });
    const meet = Math.min(box.width / picture.width, box.height / picture.height);
    const toBox = (px: number, size: number, half: number, shift: number) =>
      (px - half) * meet * scale + shift + size / 2;
    for (const {
      box: [left, top, right, bottom],
      lines,
    } of storyLabels) {
      expect(toBox(left, box.width, picture.width / 2, x), lines[0]).toBeGreaterThanOrEqual(0);
      expect(toBox(top, box.height, picture.height / 2, y), lines[0]).toBeGreaterThanOrEqual(0);
      expect(toBox(right, box.width, picture.width / 2, x), lines[0]).toBeLessThanOrEqual(
        box.width,
      );
      expect(toBox(bottom, box.height, picture.height / 2, y), lines[0]).toBeLessThanOrEqual(
        box.height,
      );
    }
  });
});
