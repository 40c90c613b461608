import { describe, expect, it } from 'vitest';
import {
  cityDotImageId,
  DOT_KEEP_OUT_IMAGE_ID,
  dotImage,
  keepOutImage,
  provideDotImages,
} from './dot-image.ts';
import { CIRCLES, color } from './marks.ts';

/** The RGBA of one pixel of the image. */
function pixel(image: ReturnType<typeof dotImage>, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return [...image.data.slice(i, i + 4)];
}

describe('dotImage', () => {
  const colours = { fill: '#5c5752', stroke: '#f5f3ef' };
  const image = dotImage({ radius: 2.5, strokeWidth: 1 }, colours, 2);
  const centre = image.width / 2;

  it('is square, just round the dot and its stroke, at the pixel ratio', () => {
    // (2.5 + 1) px × 2, either side, and a pixel of room for the edge's antialiasing.
    expect(image).toMatchObject({ width: 16, height: 16 });
    expect(image.data).toHaveLength(16 * 16 * 4);
  });

  it.each([
    { where: 'the centre', x: centre, y: centre, rgba: [0x5c, 0x57, 0x52, 255] },
    // 6 px out (device px): inside the stroke band from 5 to 7.
    { where: 'the stroke band', x: centre + 5, y: centre, rgba: [0xf5, 0xf3, 0xef, 255] },
    { where: 'the corner', x: 0, y: 0, rgba: [0, 0, 0, 0] },
  ])('draws $where', ({ x, y, rgba }) => {
    expect(pixel(image, x, y)).toEqual(rgba);
  });

  it('softens its edge over a pixel', () => {
    // 7.1 px out, across the stroke's outer edge at 7.
    const [, , , alpha] = pixel(image, centre + 5, centre + 4);
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(255);
  });
});

describe('provideDotImages', () => {
  function fakeMap() {
    const images = new Map<string, { width: number; pixelRatio?: number }>();
    let resolve: ((id: string) => void) | null = null;
    const map = {
      setMissingStyleImageResolver: (resolver: (id: string) => void) => {
        resolve = resolver;
        return map;
      },
      hasImage: (id: string) => images.has(id),
      addImage: (id: string, image: { width: number }, options?: { pixelRatio?: number }) => {
        images.set(id, { width: image.width, pixelRatio: options?.pixelRatio });
      },
    };
    return { map, images, ask: (id: string) => resolve?.(id) };
  }

  it.each(['light', 'dark'] as const)('gives the %s theme’s dot when a layer asks', (theme) => {
    const { map, images, ask } = fakeMap();
    provideDotImages(map as never);
    ask(cityDotImageId(theme));
    expect(images.get(cityDotImageId(theme))).toEqual({ width: 16, pixelRatio: 2 });
  });

  it('gives the keep-out image: as wide as a story dot inside its outline, and empty', () => {
    const { map, images, ask } = fakeMap();
    provideDotImages(map as never);
    ask(DOT_KEEP_OUT_IMAGE_ID);
    expect(images.get(DOT_KEEP_OUT_IMAGE_ID)).toEqual({
      width: CIRCLES.dot.radius * 2 * 2,
      pixelRatio: 2,
    });
    expect(keepOutImage().data.every((value) => value === 0)).toBe(true);
  });

  it('leaves other images to others', () => {
    const { map, images, ask } = fakeMap();
    provideDotImages(map as never);
    ask('something-else');
    expect(images.size).toBe(0);
  });

  it('draws the dot in the theme’s colours', () => {
    const fill = color(CIRCLES.city.fill ?? CIRCLES.city.stroke, 'dark');
    const image = dotImage(CIRCLES.city, { fill, stroke: color(CIRCLES.city.stroke, 'dark') });
    const value = Number.parseInt(fill.slice(1), 16);
    expect(pixel(image, image.width / 2, image.height / 2).slice(0, 3)).toEqual([
      (value >> 16) & 255,
      (value >> 8) & 255,
      value & 255,
    ]);
  });
});
