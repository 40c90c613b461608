/**
 * Stories at the edges of the map, end to end: the test stories across the 180th meridian and
 * near the North Pole go through the validator, the build (compile, basemap, still picture)
 * and the live map. What is checked is what a reader sees: the story's markers drawn together
 * in the first view, not split across the two ends of the world.
 */
import { test, expect, mapIdle, placeButton } from './fixtures.ts';
import { colourSpots } from './pixels.ts';
import { STORY_PALETTES } from '../src/lib/map/marks.ts';

const STORIES = [
  {
    id: 'test-pacific-antimeridian',
    /** Suva, Labasa and Nukuʻalofa have events (red dots); Apia has none. */
    eventPlaces: ['Suva', 'Labasa', 'Nukuʻalofa'],
    places: ['Suva', 'Labasa', 'Nukuʻalofa', 'Apia', 'Fiji'],
  },
  {
    id: 'test-arctic-near-pole',
    eventPlaces: ['Longyearbyen', 'Nuuk'],
    places: ['Longyearbyen', 'Tromsø', 'Nuuk'],
  },
];

for (const story of STORIES) {
  test(`${story.id}: the first view draws every marker together on the map`, async ({
    page,
    watch,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?story=${story.id}`);
    for (const name of story.places) await expect(placeButton(page, name)).toBeVisible();
    await mapIdle(page);

    const canvas = page.locator('canvas[aria-label]');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map canvas has no box');
    const dots = (await colourSpots(page, canvas, STORY_PALETTES.light.event)).filter(
      // A marker is several pixels; lone pixels are antialiasing of other lines.
      (spot) => spot.pixels >= 12,
    );
    // One red dot per place with events, each inside the canvas: had the map fitted the
    // long way round the world, they would merge into one spot at a tiny scale.
    expect(dots).toHaveLength(story.eventPlaces.length);
    for (const dot of dots) {
      expect(dot.x).toBeGreaterThan(0);
      expect(dot.x).toBeLessThan(box.width);
      expect(dot.y).toBeGreaterThan(0);
      expect(dot.y).toBeLessThan(box.height);
    }
    const xs = dots.map((dot) => dot.x);
    // The places fill the view: their spread is a good part of its width.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(box.width / 4);
    expect(watch.problems).toEqual([]);
  });
}

test('the still picture of a story across the antimeridian is built and served', async ({
  page,
  watch,
}) => {
  const response = await page.request.get('./data/test-pacific-antimeridian/picture.svg');
  expect(response.ok()).toBe(true);
  const svg = await response.text();
  expect(svg).toContain('Suva');
  expect(svg).toContain('Apia');
  expect(watch.problems).toEqual([]);
});
