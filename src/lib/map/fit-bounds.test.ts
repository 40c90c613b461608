import { describe, expect, it } from 'vitest';
import { fitBoundsCamera, PICTURE_SIZE, pictureScale } from './fit-bounds.ts';
import type { Bounds } from '../geo/types.ts';

const SEED_BOUNDS: Bounds = [33.33, 13.8, 54, 34.83];

/** The bounds' width on screen, in px, at a zoom. */
function widthAt(zoom: number, [west, , east]: Bounds): number {
  return ((east - west) / 360) * 512 * 2 ** zoom;
}

describe('pictureScale', () => {
  it('leaves the picture as it is in a box of its own size', () => {
    expect(pictureScale({ bounds: SEED_BOUNDS, box: PICTURE_SIZE })).toBeCloseTo(1, 10);
  });

  it.each([
    { width: 896, height: 630 },
    { width: 390, height: 506 },
    { width: 1400, height: 500 },
  ])('matches the live map in a $width×$height box', (box) => {
    const live = fitBoundsCamera({ bounds: SEED_BOUNDS, ...box }).zoom;
    const drawn = fitBoundsCamera({ bounds: SEED_BOUNDS, ...PICTURE_SIZE }).zoom;
    const meet = Math.min(box.width / PICTURE_SIZE.width, box.height / PICTURE_SIZE.height);
    const shown = widthAt(drawn, SEED_BOUNDS) * meet * pictureScale({ bounds: SEED_BOUNDS, box });
    expect(shown).toBeCloseTo(widthAt(live, SEED_BOUNDS), 6);
  });
});
