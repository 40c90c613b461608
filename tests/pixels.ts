/**
 * Reading what the map canvas shows, for tests that must see the map as a reader does: a
 * screenshot of the canvas, decoded in the page (no image library needed), and the spots of
 * one colour found in it, or how much of it changed between two screenshots.
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
  const matches = await readPixels(page, [png], { kind: 'matches', target, tolerance });
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

/**
 * The share of pixels (0–1) that differ by more than `tolerance` in a channel between two
 * screenshots of the same size. The same view drawn twice differs only where MapLibre packed
 * a name's letters differently (a few tenths of a percent); another view differs nearly
 * everywhere.
 */
export async function changedShare(
  page: Page,
  before: Buffer,
  after: Buffer,
  { tolerance = 8 }: { tolerance?: number } = {},
): Promise<number> {
  return readPixels(page, [before, after], { kind: 'changed', tolerance });
}

/** What `readPixels` finds: the pixels near a colour in one image, or the change between two. */
type PixelQuery =
  { kind: 'matches'; target: number[]; tolerance: number } | { kind: 'changed'; tolerance: number };

/** Decodes PNG screenshots in the page (no image library needed) and answers `query` there. */
function readPixels(
  page: Page,
  pngs: Buffer[],
  query: { kind: 'matches'; target: number[]; tolerance: number },
): Promise<[number, number][]>;
function readPixels(
  page: Page,
  pngs: Buffer[],
  query: { kind: 'changed'; tolerance: number },
): Promise<number>;
function readPixels(page: Page, pngs: Buffer[], query: PixelQuery) {
  return page.evaluate(
    async ({ images, query }) => {
      const decoded = await Promise.all(
        images.map(async (data) => {
          const image = new Image();
          image.src = `data:image/png;base64,${data}`;
          await image.decode();
          const scratch = document.createElement('canvas');
          scratch.width = image.width;
          scratch.height = image.height;
          const context = scratch.getContext('2d');
          if (!context) throw new Error('no 2D canvas to read the screenshot in');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        }),
      );
      const [first, second] = decoded as [ImageData, ImageData | undefined];
      const rgba = first.data;
      if (query.kind === 'matches') {
        const found: [number, number][] = [];
        for (let i = 0; i < rgba.length; i += 4) {
          if (
            query.target.every(
              (value, c) => Math.abs((rgba[i + c] ?? 0) - value) <= query.tolerance,
            )
          ) {
            found.push([(i / 4) % first.width, Math.floor(i / 4 / first.width)]);
          }
        }
        return found;
      }
      const other = second?.data;
      if (!other || other.length !== rgba.length) return 1;
      let changed = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        if (
          [0, 1, 2].some(
            (c) => Math.abs((rgba[i + c] ?? 0) - (other[i + c] ?? 0)) > query.tolerance,
          )
        )
          changed++;
      }
      return changed / (rgba.length / 4);
    },
    { images: pngs.map((png) => png.toString('base64')), query },
  );
}
