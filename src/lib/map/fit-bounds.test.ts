import { describe, expect, it } from 'vitest';
import type { Bounds } from '../geo/types.ts';
import {
  fitBoundsCamera,
  PICTURE_SIZE,
  pictureTransform,
  pictureViewBox,
  TILE_SIZE,
  mercatorUnit,
} from './fit-bounds.ts';
import type { Padding } from '../story/types.ts';

/**
 * The north edge of slippy-map tile row `y` at `zoom`, as the OpenStreetMap wiki publishes
 * it ("Slippy map tilenames": lat = atan(sinh(π · (1 − 2y / 2^zoom)))), in degrees.
 */
const tileNorth = (y: number, zoom: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** zoom))) * 180) / Math.PI;

const none: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
const even = (p: number): Padding => ({ top: p, right: p, bottom: p, left: p });

describe('fitBoundsCamera', () => {
  it.each([
    {
      name: 'the whole Web Mercator square in one 512 px tile is zoom 0',
      bounds: [-180, tileNorth(1, 0), 180, tileNorth(0, 0)],
      size: [512, 512],
      padding: none,
      zoom: 0,
      center: [0, 0],
    },
    {
      name: 'the whole square in a wider box: the height binds',
      bounds: [-180, tileNorth(1, 0), 180, tileNorth(0, 0)],
      size: [1024, 512],
      padding: none,
      zoom: 0,
      center: [0, 0],
    },
    {
      name: 'a quarter of the world’s width in 512 px is zoom 2',
      bounds: [0, -1, 90, 1],
      size: [512, 512],
      padding: none,
      zoom: 2,
      center: [45, 0],
    },
    {
      name: 'padding takes its pixels off each side before the fit',
      bounds: [0, -1, 90, 1],
      size: [560, 512],
      padding: even(24),
      zoom: 2,
      center: [45, 0],
    },
    {
      // Tile x 2, y 1 at zoom 2: 0–90° E, 0–66.51° N; its centre row is tile row 3 of zoom 3.
      name: 'one zoom-2 tile fills 512 px, centred on the tile’s middle latitude',
      bounds: [0, 0, 90, tileNorth(1, 2)],
      size: [512, 512],
      padding: none,
      zoom: 2,
      center: [45, tileNorth(3, 3)],
    },
    {
      // 48 px on the left only: the box is 512 px wide inside, and its centre 24 px right of
      // the frame's, so the map's centre is 24 px (4.21875° at zoom 2) west of the bounds'.
      name: 'uneven padding moves the centre',
      bounds: [0, -1, 90, 1],
      size: [560, 512],
      padding: { ...none, left: 48 },
      zoom: 2,
      center: [45 - (24 / (TILE_SIZE * 4)) * 360, 0],
    },
    {
      name: 'uneven padding moves the centre north or south too',
      bounds: [0, 0, 90, tileNorth(1, 2)],
      size: [512, 576],
      padding: { ...none, bottom: 64 },
      zoom: 2,
      // The box is 512 px tall inside and its centre 32 px above the frame's, so the map's
      // centre is 32 px (an eighth of a zoom-3 tile row) south of the tile's middle.
      center: [45, tileNorth(3.125, 3)],
    },
    {
      name: 'the fit stops at the map’s maxZoom',
      bounds: [0, 0, 0.0001, 0.0001],
      size: [960, 600],
      padding: even(24),
      zoom: 12,
      center: [0.00005, 0.00005],
    },
    {
      name: 'bounds across the antimeridian stay whole, east past 180',
      bounds: [170, -1, 190, 1],
      size: [512, 512],
      padding: none,
      zoom: Math.log2(360 / 20),
      center: [180, 0],
    },
  ] as const)('$name', ({ bounds, size: [width, height], padding, zoom, center }) => {
    const camera = fitBoundsCamera({ bounds: [...bounds] as Bounds, width, height, padding });
    expect(camera.zoom).toBeCloseTo(zoom, 9);
    expect(camera.center[0]).toBeCloseTo(center[0], 9);
    expect(camera.center[1]).toBeCloseTo(center[1], 9);
  });

  it('says which bounds cannot fit', () => {
    expect(() =>
      fitBoundsCamera({ bounds: [0, 0, 1, 1], width: 40, height: 40, padding: even(24) }),
    ).toThrow(/do not fit 40×40/);
  });
});

describe('pictureTransform', () => {
  const bounds: Bounds = [33.33, 13.8, 54, 34.83];

  /** Where a position lands in a box, on a map fitted with this padding. */
  function onMap(
    [lng, lat]: [number, number],
    box: { width: number; height: number },
    padding: Padding,
  ): [number, number] {
    const { zoom, center } = fitBoundsCamera({ bounds, ...box, padding });
    const world = TILE_SIZE * 2 ** zoom;
    const [x, y] = mercatorUnit([lng, lat]);
    const [cx, cy] = mercatorUnit(center);
    return [(x - cx) * world + box.width / 2, (y - cy) * world + box.height / 2];
  }

  /** Where a position of the picture lands in a box, shown `meet` and then transformed. */
  function onPicture(
    position: [number, number],
    box: { width: number; height: number },
    padding: Padding,
    livePadding: Padding = padding,
  ): [number, number] {
    const [px, py] = onMap(position, PICTURE_SIZE, padding);
    const meet = Math.min(box.width / PICTURE_SIZE.width, box.height / PICTURE_SIZE.height);
    const { scale, x, y } = pictureTransform({ bounds, box, padding, livePadding });
    return [
      (px - PICTURE_SIZE.width / 2) * meet * scale + x + box.width / 2,
      (py - PICTURE_SIZE.height / 2) * meet * scale + y + box.height / 2,
    ];
  }

  it('leaves the picture as it is in a box of its own size', () => {
    expect(pictureTransform({ bounds, box: PICTURE_SIZE })).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it.each([
    { box: { width: 896, height: 630 }, padding: even(24) },
    { box: { width: 390, height: 506 }, padding: even(24) },
    { box: { width: 1400, height: 500 }, padding: even(24) },
    { box: { width: 390, height: 506 }, padding: { top: 40, right: 24, bottom: 60, left: 90 } },
    { box: { width: 1400, height: 500 }, padding: { top: 30, right: 70, bottom: 24, left: 24 } },
  ])('puts every place where the live map draws it in a $box.width×$box.height box', (c) => {
    for (const position of [
      [34.78, 32.08],
      [42.93, 14.84],
      [53, 32],
      [33.33, 34.83],
    ] as [number, number][]) {
      const [mx, my] = onMap(position, c.box, c.padding);
      const [px, py] = onPicture(position, c.box, c.padding);
      expect(px).toBeCloseTo(mx, 6);
      expect(py).toBeCloseTo(my, 6);
    }
  });

  it.each([
    // The embed's map at 360 px: a two-line credit along the bottom, the places button.
    { box: { width: 360, height: 420 }, live: { top: 70, right: 24, bottom: 60, left: 24 } },
    // The full page: a card beside the places, a one-line credit.
    { box: { width: 896, height: 630 }, live: { top: 24, right: 24, bottom: 44, left: 400 } },
  ])('matches a live map padded clear of what covers it ($box.width px)', (c) => {
    const drawnWith = even(24);
    for (const position of [
      [34.78, 32.08],
      [42.93, 14.84],
      [53, 32],
    ] as [number, number][]) {
      const [mx, my] = onMap(position, c.box, c.live);
      const [px, py] = onPicture(position, c.box, drawnWith, c.live);
      expect(px).toBeCloseTo(mx, 6);
      expect(py).toBeCloseTo(my, 6);
    }
  });
});

describe('pictureViewBox', () => {
  it("is the picture's own frame in a box of its size, unmoved", () => {
    expect(pictureViewBox({ box: PICTURE_SIZE })).toEqual([0, 0, 960, 600]);
  });

  it.each([
    { box: { width: 896, height: 630 }, transform: { scale: 1, x: 0, y: 0 } },
    { box: { width: 390, height: 506 }, transform: { scale: 1.7, x: 12, y: -30 } },
    { box: { width: 1400, height: 500 }, transform: { scale: 0.8, x: -40, y: 5 } },
  ])('draws each point where the transform puts it in a $box.width×$box.height box', (c) => {
    const [left, top, width, height] = pictureViewBox(c);
    // The view box keeps the box's proportions, so it fills the box exactly.
    expect(width / height).toBeCloseTo(c.box.width / c.box.height, 9);
    const meet = Math.min(c.box.width / 960, c.box.height / 600);
    for (const [px, py] of [
      [0, 0],
      [480, 300],
      [900, 20],
      [-200, 700],
    ] as const) {
      const moved = [
        (px - 480) * meet * c.transform.scale + c.transform.x + c.box.width / 2,
        (py - 300) * meet * c.transform.scale + c.transform.y + c.box.height / 2,
      ];
      expect(((px - left) / width) * c.box.width).toBeCloseTo(moved[0]!, 6);
      expect(((py - top) / height) * c.box.height).toBeCloseTo(moved[1]!, 6);
    }
  });
});
