/**
 * Reading what the map canvas shows, for tests that must see the map as a reader does: a
 * screenshot of the canvas, decoded in the page (no image library needed), and the spots of
 * one colour found in it.
 */
import type { Locator, Page } from '@playwright/test';

/** A spot of pixels of one colour, in CSS pixels from the canvas's top-left corner. */
export interface Spot {
  x: number;
  y: number;
  pixels: number;
  /** The spot's extent: its leftmost, topmost, rightmost and bottommost pixels. */
  box: [number, number, number, number];
}

/**
 * The spots of `hex` (within `tolerance` per channel) in a screenshot of `canvas`: pixels of
 * the colour, grouped where they lie within `radius` px of each other. Markers drawn in one
 * colour come back as one spot each.
 */
export async function colourSpots(
  page: Page,
  canvas: Locator,
  hex: string,
  { tolerance = 24, radius = 6 }: { tolerance?: number; radius?: number } = {},
): Promise<Spot[]> {
  const png = await canvas.screenshot({ animations: 'disabled' });
  const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const matches = await page.evaluate(
    async ({ data, target, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const scratch = document.createElement('canvas');
      scratch.width = image.width;
      scratch.height = image.height;
      const context = scratch.getContext('2d');
      if (!context) return [];
      context.drawImage(image, 0, 0);
      const { data: rgba, width } = context.getImageData(0, 0, image.width, image.height);
      const found: [number, number][] = [];
      for (let i = 0; i < rgba.length; i += 4) {
        if (target.every((value, c) => Math.abs((rgba[i + c] ?? 0) - value) <= tolerance)) {
          found.push([(i / 4) % width, Math.floor(i / 4 / width)]);
        }
      }
      return found;
    },
    { data: png.toString('base64'), target, tolerance },
  );
  const scale = await page.evaluate(() => window.devicePixelRatio);
  // Group pixels that lie within `radius` of each other (a breadth-first walk; spots are small).
  const reach = radius * scale;
  const unvisited = new Set(matches.keys());
  const spots: { xs: number[]; ys: number[] }[] = [];
  for (const start of matches.keys()) {
    if (!unvisited.delete(start)) continue;
    const spot = { xs: [] as number[], ys: [] as number[] };
    const queue = [start];
    while (queue.length > 0) {
      const [x, y] = matches[queue.pop() as number] as [number, number];
      spot.xs.push(x);
      spot.ys.push(y);
      for (const other of unvisited) {
        const [ox, oy] = matches[other] as [number, number];
        if (Math.abs(ox - x) <= reach && Math.abs(oy - y) <= reach) {
          unvisited.delete(other);
          queue.push(other);
        }
      }
    }
    spots.push(spot);
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  return spots.map((spot) => ({
    x: mean(spot.xs) / scale,
    y: mean(spot.ys) / scale,
    pixels: spot.xs.length,
    box: [
      Math.min(...spot.xs) / scale,
      Math.min(...spot.ys) / scale,
      Math.max(...spot.xs) / scale,
      Math.max(...spot.ys) / scale,
    ],
  }));
}
