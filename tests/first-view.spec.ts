/**
 * The first view as a reader sees it: no name cut by the frame. The live map's canvas is read
 * as pixels (tests/pixels.ts): no spot of a name's colour may touch its edges, in a desktop
 * window, on a phone and in the embed, for the published story and a test story with names
 * near every edge.
 */
import { test, expect, mapIdle, SEED_STORY } from './fixtures.ts';
import { colourSpots, type Spot } from './pixels.ts';
import { BASEMAP_PALETTES, STORY_PALETTES } from '../src/lib/map/marks.ts';

/** The colours names are written in (and no line is drawn in), light theme. */
const NAME_COLOURS = {
  'story names': STORY_PALETTES.light.ink,
  'context names': STORY_PALETTES.light.context,
  'city names': BASEMAP_PALETTES.light.cityText,
  'country names': BASEMAP_PALETTES.light.countryText,
};

const VIEWS = [
  { name: 'desktop', page: './', viewport: { width: 1280, height: 800 } },
  { name: 'phone', page: './', viewport: { width: 390, height: 844 } },
  { name: 'embed at 360 px', page: './embed.html', viewport: { width: 360, height: 640 } },
];

for (const story of [SEED_STORY, 'test-levant-labels']) {
  for (const view of VIEWS) {
    test(`${story}, ${view.name}: no name touches the edge of the first view`, async ({
      page,
      watch,
    }) => {
      await page.setViewportSize(view.viewport);
      await page.goto(`${view.page}?story=${story}`);
      await mapIdle(page);
      const canvas = page.locator('canvas[aria-label]');
      const box = await canvas.boundingBox();
      if (!box) throw new Error('the map canvas has no box');
      for (const [what, colour] of Object.entries(NAME_COLOURS)) {
        const spots = await colourSpots(page, canvas, colour, { tolerance: 12, radius: 2 });
        const cut = spots.filter(
          ({ box: [left, top, right, bottom] }) =>
            left < 1.5 || top < 1.5 || right > box.width - 1.5 || bottom > box.height - 1.5,
        );
        expect(cut, `${what} at the edge`).toEqual([]);
      }
      expect(watch.problems).toEqual([]);
    });
  }
}

test('in the embed at 360 px, nothing of the story lies under the places button at first', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`./embed.html?story=${SEED_STORY}`);
  await mapIdle(page);
  const canvas = page.locator('canvas[aria-label]');
  const map = await canvas.boundingBox();
  const button = await page.locator('.places-menu summary').boundingBox();
  if (!map || !button) throw new Error('the map or the places button has no box');
  // What the button hides: the canvas under it, with the button out of sight (not of layout).
  await page.locator('.places-menu').evaluate((menu) => (menu.style.visibility = 'hidden'));
  const under = ({ box: [left, top, right, bottom] }: Spot) =>
    map.x + right > button.x &&
    map.x + left < button.x + button.width &&
    map.y + bottom > button.y &&
    map.y + top < button.y + button.height;
  for (const [what, colour] of Object.entries({
    'story names': STORY_PALETTES.light.ink,
    'context names': STORY_PALETTES.light.context,
  })) {
    const spots = await colourSpots(page, canvas, colour, { tolerance: 12, radius: 2 });
    expect(spots.length, `${what} drawn`).toBeGreaterThan(0);
    expect(spots.filter(under), `${what} under the places button`).toEqual([]);
  }
});

for (const view of VIEWS) {
  test(`${view.name}: the still picture stands in first, filling the map, then gives way`, async ({
    page,
    watch,
  }) => {
    await page.setViewportSize(view.viewport);
    // MapLibre's chunk held back: the picture stays until the test lets the live map come.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/StoryMap\.gl-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${view.page}?story=${SEED_STORY}`);
    const standIn = page.locator('canvas.picture');
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('dateline-picture').length))
      .toBe(1);
    const mapArea = page.getByRole('region', { name: "Map of the story's places" });
    // The story's step controls may come after the picture, moving the map down: the picture
    // moves with it.
    await expect
      .poll(async () => {
        const [picture, box] = [await standIn.boundingBox(), await mapArea.boundingBox()];
        return JSON.stringify(picture) === JSON.stringify(box);
      })
      .toBe(true);
    const area = await mapArea.boundingBox();
    // Drawn at the screen's pixels, and drawn: the sea, the land and the story's ink.
    const share = (hex: string) =>
      standIn.evaluate((canvas: HTMLCanvasElement, hex) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (want.every((value, channel) => Math.abs(data[i + channel]! - value) <= 4)) count++;
        return count / (data.length / 4);
      }, hex);
    expect(await standIn.evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBe(
      Math.round(area!.width),
    );
    expect(await share(BASEMAP_PALETTES.light.water)).toBeGreaterThan(0.02);
    expect(await share(BASEMAP_PALETTES.light.land)).toBeGreaterThan(0.02);
    expect(await share(STORY_PALETTES.light.ink)).toBeGreaterThan(0);
    release();
    await mapIdle(page);
    await expect(standIn).toHaveCount(0);
    expect(watch.problems).toEqual([]);
  });
}

// The build measures names without a font (picture/text.ts); the browser draws them with the
// system's own. Every name must still lie inside the picture, in the screen's picture and in
// the one drawn for paper.
for (const story of [SEED_STORY, 'test-levant-labels']) {
  for (const file of ['picture.svg', 'print.svg']) {
    test(`${story}: every name in ${file} lies inside it as the browser draws it`, async ({
      page,
    }) => {
      await page.goto(`./?story=${story}`);
      const svg = await (await page.request.get(`./data/${story}/${file}`)).text();
      const outside = await page.evaluate((markup) => {
        const holder = document.createElement('div');
        holder.innerHTML = markup;
        document.body.append(holder);
        const picture = holder.querySelector('svg')!;
        const [, , width, height] = picture.getAttribute('viewBox')!.split(' ').map(Number);
        const texts = [...picture.querySelectorAll('text')];
        return {
          count: texts.length,
          outside: texts
            .map((text) => ({ name: text.textContent, box: text.getBBox() }))
            .filter(
              ({ box }) =>
                box.x < -0.5 ||
                box.y < -0.5 ||
                box.x + box.width > width! + 0.5 ||
                box.y + box.height > height! + 0.5,
            )
            .map(
              ({ name, box }) =>
                `${name} [${[box.x, box.y, box.width, box.height].map(Math.round)}]`,
            ),
        };
      }, svg);
      expect(outside.count).toBeGreaterThan(3);
      expect(outside.outside).toEqual([]);
    });
  }
}
