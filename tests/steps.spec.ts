import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, placeButton, TEST_STORY } from './fixtures.ts';

/** The story stepper in the panel, as a screen reader names it. */
const stepper = (page: Page) =>
  page.getByRole('region', { name: 'The story step by step', exact: true });

/** The places listed under "Places in this step". */
const stepPlaces = (page: Page) =>
  stepper(page).getByRole('list', { name: 'Places in this step' }).getByRole('listitem');

test.describe('story steps', () => {
  test('the keyboard steps through the story: text, URL and highlighted places change', async ({
    page,
  }) => {
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    await expect(stepper(page).getByText('Step 1 of 3')).toBeVisible();
    await expect(stepper(page).getByRole('heading', { name: 'The first step' })).toBeVisible();

    await page.locator('body').focus();
    await page.keyboard.press('ArrowRight');
    await expect(stepper(page).getByText('Step 2 of 3')).toBeVisible();
    await expect(stepper(page).getByRole('heading', { name: 'The second step' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]step=second(&|$)/);
    await expect(stepPlaces(page)).toHaveText(['Port of Hodeidah']);
    // The step's text is what a screen reader hears, politely.
    await expect(stepper(page).locator('[aria-live="polite"]')).toContainText('The port.');

    await page.keyboard.press('ArrowRight');
    await expect(stepper(page).getByText('Step 3 of 3')).toBeVisible();
    await expect(stepPlaces(page)).toHaveText(['New York']);
    await page.keyboard.press('ArrowLeft');
    await expect(stepper(page).getByText('Step 2 of 3')).toBeVisible();
  });

  test('a link opens on its step', async ({ page }) => {
    await page.goto(`./?story=${TEST_STORY}&step=third`);
    await mapIdle(page);
    await expect(stepper(page).getByText('Step 3 of 3')).toBeVisible();
    await expect(stepPlaces(page)).toHaveText(['New York']);
  });

  test('a link to a step the story does not have opens on the first, with a warning', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`./?story=${TEST_STORY}&step=atlantis`);
    await expect(stepper(page).getByText('Step 1 of 3')).toBeVisible();
    await expect(page).not.toHaveURL(/step=/);
    expect(warnings.join('\n')).toMatch(/ignoring step="atlantis"/);
  });

  test('the buttons step too, stop at the ends, and keep the focus when one disables', async ({
    page,
  }) => {
    await page.goto(`./?story=${TEST_STORY}&step=third`);
    await mapIdle(page);
    const previous = stepper(page).getByRole('button', { name: /Previous/ });
    const next = stepper(page).getByRole('button', { name: /Next/ });
    await expect(next).toBeDisabled();
    await previous.click();
    await expect(stepper(page).getByText('Step 2 of 3')).toBeVisible();
    await previous.focus();
    await page.keyboard.press('Enter');
    await expect(stepper(page).getByText('Step 1 of 3')).toBeVisible();
    await expect(previous).toBeDisabled();
    // Not the page: the other button, so the keyboard carries on from where it was.
    await expect(next).toBeFocused();
  });

  test('arrow keys on the units or the map do their own job and do not step', async ({ page }) => {
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    // The map panned: the reader's view is in the address now.
    await expect(page).toHaveURL(/[?&]view=/);
    await page.getByRole('radio', { name: 'Miles' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Kilometres' })).toBeChecked();
    await expect(stepper(page).getByText('Step 1 of 3')).toBeVisible();
  });

  test('presentation mode: the map takes most of the screen, nothing covers the headline', async ({
    page,
  }) => {
    // A classroom projector's screen.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`./?story=${TEST_STORY}&step=second`);
    await mapIdle(page);
    const toggle = stepper(page).getByRole('button', { name: 'Presentation mode' });
    // Pressed by a reader who has scrolled the panel down to it.
    await toggle.evaluate((button) => button.scrollIntoView({ block: 'start' }));
    await expect(stepper(page).getByText(/^Step 2 of \d+$/)).not.toBeInViewport();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/(^|\s)presenting(\s|$)/);
    // The step leads the panel, not the button pressed: its count, title and Next in view.
    await expect(stepper(page).getByText(/^Step 2 of \d+$/)).toBeInViewport({ ratio: 1 });
    await expect(stepper(page).getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
    await expect(stepper(page).getByRole('button', { name: /Next/ })).toBeInViewport({ ratio: 1 });
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(fontSize)).toBeGreaterThan(16);

    const map = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(map?.width ?? 0).toBeGreaterThan(0.6 * 1024);
    const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
    const share = await page.getByRole('button', { name: 'Share or embed' }).boundingBox();
    if (!headline || !share) throw new Error('no headline or share button');
    const overlaps =
      headline.x < share.x + share.width &&
      share.x < headline.x + headline.width &&
      headline.y < share.y + share.height &&
      share.y < headline.y + headline.height;
    expect(overlaps).toBe(false);

    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' ')}`);
    expect(severe).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)presenting(\s|$)/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('timeline', () => {
  test('the keyboard goes from event to event; a one-day range narrows the list and the URL', async ({
    page,
  }) => {
    await page.goto(`./?story=${TEST_STORY}`);
    await mapIdle(page);
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect(
      timeline.getByRole('list', { name: 'Events on the time axis' }).getByRole('listitem'),
    ).toHaveCount(4);

    const from = timeline.getByRole('slider', { name: 'From' });
    await from.focus();
    await page.keyboard.press('End');
    await expect(from).toHaveAttribute('aria-valuetext', '30 Sep 2024');
    // Back to the previous event's day, not the previous day: 29 Sep, then 28 Sep.
    await page.keyboard.press('ArrowLeft');
    await expect(from).toHaveAttribute('aria-valuetext', '29 Sep 2024');
    const to = timeline.getByRole('slider', { name: 'To' });
    await to.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(to).toHaveAttribute('aria-valuetext', '29 Sep 2024');
    await expect(page).toHaveURL(/[?&]from=2024-09-29&to=2024-09-29(&|$)/);

    await expect(placeButton(page, /^Tel Aviv/)).toBeVisible();
    // Without events of its own, the airport is context and stays.
    await expect(placeButton(page, /^Ben Gurion Airport/)).toBeVisible();
    const list = page.getByRole('region', { name: 'Places', exact: true });
    await expect(list.getByRole('button', { name: /^Lebanon/ })).toHaveCount(0);
    await expect(list.getByRole('button', { name: /^Port of Hodeidah/ })).toHaveCount(0);
    // Arrow keys on the sliders move the range, not the story's steps.
    await expect(stepper(page).getByText('Step 1 of 3')).toBeVisible();

    // A week at a time: PageDown from 29 Sep is 22 Sep.
    await from.focus();
    await page.keyboard.press('PageDown');
    await expect(from).toHaveAttribute('aria-valuetext', '22 Sep 2024');

    await timeline.getByRole('button', { name: 'Show all dates' }).click();
    await expect(placeButton(page, /^Lebanon/)).toBeVisible();
    await expect(page).not.toHaveURL(/from=/);
  });

  test('a link opens on its range', async ({ page }) => {
    await page.goto(`./?story=${TEST_STORY}&from=2024-06-01&to=2024-06-01`);
    await mapIdle(page);
    await expect(placeButton(page, /^New York/)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Places', exact: true })
        .getByRole('button', { name: /^Port of Hodeidah/ }),
    ).toHaveCount(0);
  });
});
