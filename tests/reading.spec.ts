/**
 * Reading the map as a person does: after each way of choosing a place, its card (heading
 * and first event) is on screen without scrolling, and the map shows the place well inside
 * its frame. Boxes are measured in the viewport; the place's ring is found by its colour in a
 * screenshot of the map, as a reader would find it.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import { test, expect, mapIdle, placeButton, placeCard, TEST_STORY } from './fixtures.ts';
import { changedShare, colourSpots } from './pixels.ts';
import { STORY_PALETTES } from '../src/lib/map/marks.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether `inner` lies wholly inside `outer`, to the pixel. */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`no box for ${locator}`);
  return found;
}

/**
 * Where the selected place's ring is drawn, in page px: the largest spot of its colour in a
 * screenshot of the map (null while none is seen, as when the camera is still moving).
 */
async function selectedMarker(page: Page): Promise<{ x: number; y: number } | null> {
  const canvas = page.locator('canvas.maplibregl-canvas');
  const origin = await box(canvas);
  const spots = await colourSpots(page, canvas, STORY_PALETTES.light.selected);
  const ring = spots.sort((a, b) => b.pixels - a.pixels)[0];
  return ring && ring.pixels >= 12 ? { x: origin.x + ring.x, y: origin.y + ring.y } : null;
}

/** The card's heading and first event are on screen, and the map shows the place. */
async function expectPlaceShown(page: Page, name: RegExp) {
  const card = placeCard(page, name);
  await expect(card).toBeVisible();
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const screen = { x: 0, y: 0, ...viewport };
  const event = card.getByRole('article').first();
  const parts = [
    card.getByRole('heading', { level: 2 }),
    event.getByRole('heading'),
    event.locator('.what'),
  ];
  // The card's own scrolling box: what is clipped by it is not seen either.
  const sheet = page.locator('.cover');
  await expect
    .poll(async () => {
      const seen = await box(sheet);
      for (const part of parts) {
        const b = await box(part);
        if (!inside(b, screen) || !inside(b, seen))
          return `${await part.textContent()} at ${JSON.stringify(b)}`;
      }
      return 'on screen';
    })
    .toBe('on screen');
  // The place's marker, well inside the map (its inner 80 %).
  const map = await box(page.locator('.map-area'));
  const inner = {
    x: map.x + 0.1 * map.width,
    y: map.y + 0.1 * map.height,
    width: 0.8 * map.width,
    height: 0.8 * map.height,
  };
  await expect
    .poll(async () => {
      const marker = await selectedMarker(page);
      return marker ? inside({ ...marker, width: 0, height: 0 }, inner) : 'no marker seen';
    })
    .toBe(true);
  // Said once, politely, with the place's name.
  await expect(page.locator('[role="status"][aria-live="polite"]')).toContainText(name);
}

const SIZES = [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 } },
  { name: 'desktop 1440×900', viewport: { width: 1440, height: 900 } },
  {
    name: 'phone 390×844',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  },
];

for (const size of SIZES) {
  test.describe(`choosing a place on the ${size.name}`, () => {
    test.use({
      viewport: size.viewport,
      isMobile: size.isMobile ?? false,
      hasTouch: size.hasTouch ?? false,
    });
    // A cut instead of a flight: the camera is where it goes as soon as it has drawn.
    test.beforeEach(async ({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

    test('from the list', async ({ page }) => {
      await page.goto(`./?story=${TEST_STORY}`);
      await mapIdle(page);
      await placeButton(page, /^Port of Hodeidah/).click();
      await expectPlaceShown(page, /^Port of Hodeidah/);
    });

    test('by clicking it on the map', async ({ page }) => {
      // The second step frames the port alone: at the centre of what the credit along the
      // map's foot leaves clear.
      await page.goto(`./?story=${TEST_STORY}&step=second`);
      await mapIdle(page);
      const map = await box(page.locator('.map-area'));
      const credit = await box(page.locator('.map-credit'));
      await page.locator('canvas.maplibregl-canvas').click({
        position: { x: map.width / 2, y: (credit.y - map.y) / 2 },
      });
      await expectPlaceShown(page, /^Port of Hodeidah/);
    });

    test('from a step’s chip: an area, fitted to its shape', async ({ page }) => {
      await page.goto(`./?story=${TEST_STORY}`);
      await mapIdle(page);
      await page
        .getByRole('region', { name: 'The story step by step' })
        .getByRole('button', { name: 'Lebanon' })
        .click();
      await expectPlaceShown(page, /^Lebanon/);
    });

    test('from the address', async ({ page }) => {
      await page.goto(`./?story=${TEST_STORY}&place=tel-aviv`);
      await mapIdle(page);
      await expectPlaceShown(page, /^Tel Aviv/);
    });
  });
}

test.describe('the card', () => {
  test('closing it returns to the story’s view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    const mapArea = page.locator('.map-area');
    const before = await mapArea.screenshot();
    const changed = async () => changedShare(page, before, await mapArea.screenshot());
    await placeButton(page, /^Tel Aviv/).click();
    const card = placeCard(page, /^Tel Aviv/);
    await expect(card).toBeVisible();
    // The place's view is another picture nearly everywhere.
    await expect.poll(changed).toBeGreaterThan(0.2);
    await card.getByRole('button', { name: /Close/ }).click();
    await expect(card).toHaveCount(0);
    // The story's view again, once the map has drawn its way back: the same picture but for
    // the odd pixel of a letter.
    await expect.poll(changed).toBeLessThan(0.01);
  });

  test('names in other scripts stand apart from the English, whole', async ({ page }) => {
    await page.goto(`./?story=${TEST_STORY}&place=ben-gurion-airport`);
    const heading = placeCard(page, /^Ben Gurion Airport/).getByRole('heading', { level: 2 });
    await expect(heading).toHaveAccessibleName(
      /^Ben Gurion Airport, in Hebrew נמל התעופה בן-גוריון, in Arabic /,
    );
    const hebrew = heading.locator('bdi[lang="he"]');
    await expect(hebrew).toHaveAttribute('dir', 'rtl');
    // One line: never broken at its spaces or its hyphen.
    const { height } = await box(hebrew);
    const lineHeight = await hebrew.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(height).toBeLessThan(lineHeight * 1.5);
    await expect(heading).toContainText('·');
  });
});

test.describe('a place’s details (who says so, where the point comes from)', () => {
  const DETAILS = `**/data/${TEST_STORY}/details.json`;

  test('come once the map has drawn, not with the first view', async ({ page }) => {
    await page.addInitScript(() => {
      const seen = window as unknown as { idleAt?: number };
      new MutationObserver(() => {
        if (seen.idleAt === undefined && document.querySelector('[data-map-state="idle"]'))
          seen.idleAt = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    const times = () =>
      page.evaluate(() => ({
        idleAt: (window as unknown as { idleAt?: number }).idleAt ?? null,
        asked: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.endsWith('/details.json'))
          .map((entry) => entry.startTime),
      }));
    await expect.poll(async () => (await times()).asked.length).toBe(1);
    const { idleAt, asked } = await times();
    expect(asked[0]).toBeGreaterThan(idleAt ?? Infinity);
    // A card opened now has them at once.
    await placeButton(page, /^Lebanon/).click();
    const card = placeCard(page, /^Lebanon/);
    await expect(card.locator('.claim .by')).toHaveText(['Test source A', 'Test source B']);
    await expect(card.getByText('Where this location comes from')).toBeVisible();
  });

  test('a card opened before they arrive says they are coming, then shows them', async ({
    page,
  }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(DETAILS, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`./?story=${TEST_STORY}&place=hodeidah-port`);
    const card = placeCard(page, /^Port of Hodeidah/);
    await expect(card.getByRole('status')).toHaveText(/^Loading who says so/);
    // What happened shows at once, from the outline.
    await expect(card.locator('.what').first()).toBeVisible();
    release();
    await expect(card.locator('.claim .by')).toHaveText(['Test source A', 'Test source B']);
    await expect(card.getByRole('status')).toHaveCount(0);
  });

  test('a card says when they could not be downloaded, and tries again', async ({
    page,
    watch,
  }) => {
    watch.expectProblem(/Failed to load resource/);
    let failures = 1;
    await page.route(DETAILS, (route) => (failures-- > 0 ? route.abort() : route.continue()));
    await page.goto(`./?story=${TEST_STORY}&place=tel-aviv`);
    const card = placeCard(page, /^Tel Aviv/);
    await expect(card.getByRole('alert')).toContainText('could not be downloaded');
    await card.getByRole('button', { name: 'Try again' }).click();
    await expect(card.locator('.claim .by')).toHaveText(['Test source A']);
    await expect(card.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('one finger on the map scrolls the page; the map stays where it was', async ({ page }) => {
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    const map = await box(page.locator('.map-area'));
    // A finger put down in the middle of the map, drawn 300 px up, lifted.
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const x = Math.round(map.x + map.width / 2);
    const y = Math.round(map.y + map.height / 2);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 10; step++) {
      const touchPoints = [{ x, y: y - 30 * step }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await expect(page).not.toHaveURL(/[?&]view=/);
  });

  test('buttons are at least 44 px each way', async ({ page }) => {
    await page.goto(`./?story=${TEST_STORY}&place=tel-aviv`);
    await mapIdle(page);
    const small: string[] = [];
    for (const button of await page.getByRole('button').all()) {
      if (!(await button.isVisible())) continue;
      const b = await box(button);
      if (b.width < 44 || b.height < 44) {
        small.push(
          `${(await button.getAttribute('aria-label')) ?? (await button.textContent())}: ${Math.round(b.width)}×${Math.round(b.height)}`,
        );
      }
    }
    expect(small).toEqual([]);
  });
});

test.describe('for screen readers and the keyboard', () => {
  test('every heading is in the accessibility tree on load', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        .filter((heading) => heading.checkVisibility())
        .map((heading) => heading.textContent?.trim() ?? ''),
    );
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    const inTree = nodes
      .filter((node) => !node.ignored && node.role?.value === 'heading')
      .map((node) => node.name?.value ?? '');
    expect(shown.length).toBeGreaterThan(5);
    expect(inTree.length).toBe(shown.length);
  });

  test('the map shows when it has the keyboard', async ({ page }) => {
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    // Tab to it, as a keyboard user does (the ring is for :focus-visible).
    for (
      let i = 0;
      i < 40 && !(await canvas.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(canvas).toBeFocused();
    const outline = await canvas.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('nothing scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`./?story=${TEST_STORY}&place=ben-gurion-airport`);
    await mapIdle(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('while the live map is on its way', () => {
  test('the panel scrolls at the first turn of the wheel, and keeps its width', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // Hold MapLibre's chunk: the map cannot finish while the reader starts reading.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/maplibre-gl-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`./?story=${TEST_STORY}`);
    const panel = page.getByRole('complementary', { name: 'Places and distances' });
    await expect(panel.getByRole('heading', { name: 'Places', exact: true })).toBeVisible();
    const before = await panel.evaluate((el) => el.clientWidth);
    const middle = await box(panel);
    await page.mouse.move(middle.x + middle.width / 2, middle.y + middle.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    expect(await panel.evaluate((el) => el.clientWidth)).toBe(before);
    release();
    await mapIdle(page);
    expect(await panel.evaluate((el) => el.clientWidth)).toBe(before);
  });
});
