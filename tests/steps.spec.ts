import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, placeButton, SEED_STORY } from './fixtures.ts';

/** The story stepper in the panel, as a screen reader names it. */
const stepper = (page: Page) =>
  page.getByRole('region', { name: 'The story step by step', exact: true });

/** The names listed under "Places in this step". */
const stepPlaces = (page: Page) =>
  stepper(page).getByRole('list', { name: 'Places in this step' }).getByRole('listitem');

test.describe('story steps', () => {
  test('the keyboard steps through the story: text, URL and highlighted places change', async ({
    page,
    watch,
  }) => {
    await page.goto(`./?story=${SEED_STORY}`);
    await mapIdle(page);
    await expect(stepper(page).getByText('Step 1 of 7')).toBeVisible();
    await expect(
      stepper(page).getByRole('heading', { name: 'The region at a glance' }),
    ).toBeVisible();

    await page.locator('body').focus();
    await page.keyboard.press('ArrowRight');
    await expect(stepper(page).getByText('Step 2 of 7')).toBeVisible();
    await expect(
      stepper(page).getByRole('heading', { name: 'The ground offensive at the border' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/[?&]step=ground-offensive(&|$)/);
    await expect(stepPlaces(page)).toContainText([
      'Villages close to the border',
      'Northern Israel',
    ]);
    // The step's text is what a screen reader hears, politely.
    await expect(stepper(page).locator('[aria-live="polite"]')).toContainText(
      'villages close to the border',
    );

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(stepper(page).getByText('Step 5 of 7')).toBeVisible();
    await expect(page).toHaveURL(/[?&]step=strike-on-hodeidah(&|$)/);
    await expect(stepPlaces(page)).toContainText([
      'Port of Hodeidah',
      'Ras Isa port',
      'Al-Hali power station',
      'Ras Kathib power station',
    ]);

    await page.keyboard.press('ArrowLeft');
    await expect(stepper(page).getByText('Step 4 of 7')).toBeVisible();
    await expect(stepPlaces(page)).toContainText(['Central Israel', 'Ben Gurion Airport']);
    expect(watch.problems).toEqual([]);
  });

  test('a link opens on its step', async ({ page, watch }) => {
    await page.goto(`./?story=${SEED_STORY}&step=message-to-iran`);
    await mapIdle(page);
    await expect(stepper(page).getByText('Step 6 of 7')).toBeVisible();
    await expect(stepPlaces(page)).toContainText(['Iran']);
    expect(watch.problems).toEqual([]);
  });

  test('a link to a step the story does not have opens on the first, with a warning', async ({
    page,
    watch,
  }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`./?story=${SEED_STORY}&step=atlantis`);
    await expect(stepper(page).getByText('Step 1 of 7')).toBeVisible();
    expect(watch.problems).toEqual([]);
    await expect(page).not.toHaveURL(/step=/);
    expect(warnings.join('\n')).toMatch(/ignoring step="atlantis"/);
  });

  test('the buttons step too, and stop at the ends', async ({ page, watch }) => {
    await page.goto(`./?story=${SEED_STORY}&step=us-forces`);
    await mapIdle(page);
    await expect(stepper(page).getByRole('button', { name: /Next/ })).toBeDisabled();
    await stepper(page)
      .getByRole('button', { name: /Previous/ })
      .click();
    await expect(stepper(page).getByText('Step 6 of 7')).toBeVisible();
    expect(watch.problems).toEqual([]);
  });

  test('arrow keys on the list of places or the map do not step', async ({ page }) => {
    await page.goto(`./?story=${SEED_STORY}`);
    await mapIdle(page);
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('radio', { name: 'Miles' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(stepper(page).getByText('Step 1 of 7')).toBeVisible();
    await expect(placeButton(page, /Hodeidah/)).toBeVisible();
  });

  test('presentation mode: a class on the page, no serious axe violation, Escape leaves', async ({
    page,
    watch,
  }) => {
    await page.goto(`./?story=${SEED_STORY}&step=strike-on-hodeidah`);
    await mapIdle(page);
    const toggle = stepper(page).getByRole('button', { name: 'Presentation mode' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/(^|\s)presenting(\s|$)/);
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(fontSize)).toBeGreaterThan(16);

    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' ')}`);
    expect(severe).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)presenting(\s|$)/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(watch.problems).toEqual([]);
  });
});

test.describe('timeline', () => {
  test('a range of 28–29 Sep 2024, chosen by keyboard, narrows the list and shows in the URL', async ({
    page,
    watch,
  }) => {
    await page.goto(`./?story=${SEED_STORY}`);
    await mapIdle(page);
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    await expect(
      timeline.getByRole('list', { name: 'Events on the time axis' }).getByRole('listitem'),
    ).toHaveCount(22);
    await expect(placeButton(page, /^Dahiyeh/)).toBeVisible();

    const from = timeline.getByRole('slider', { name: 'From' });
    await from.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const to = timeline.getByRole('slider', { name: 'To' });
    await to.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(timeline).toContainText('28 Sep 2024');
    await expect(timeline).toContainText('29 Sep 2024');
    await expect(page).toHaveURL(/[?&]from=2024-09-28&to=2024-09-29(&|$)/);

    await expect(placeButton(page, /Port of Hodeidah/)).toBeVisible();
    await expect(placeButton(page, /Central Israel/)).toBeVisible();
    // Israel's campaign in Gaza ran from 7 October 2023 to publication, so Gaza stays; the
    // strike that killed Nasrallah, on 27 September, does not.
    await expect(placeButton(page, /^Gaza/)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Places', exact: true })
        .getByRole('button', { name: /^Dahiyeh/ }),
    ).toHaveCount(0);
    // Arrow keys on the sliders move the range, not the story's steps.
    await expect(stepper(page).getByText('Step 1 of 7')).toBeVisible();

    await timeline.getByRole('button', { name: 'Show all dates' }).click();
    await expect(placeButton(page, /^Dahiyeh/)).toBeVisible();
    await expect(page).not.toHaveURL(/from=/);
    expect(watch.problems).toEqual([]);
  });

  test('a link opens on its range', async ({ page, watch }) => {
    await page.goto(`./?story=${SEED_STORY}&from=2023-10-07&to=2023-10-07`);
    await mapIdle(page);
    await expect(placeButton(page, /^Gaza/)).toBeVisible();
    await expect(placeButton(page, /^Southern Israel near the Gaza Strip/)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Places', exact: true })
        .getByRole('button', { name: /Port of Hodeidah/ }),
    ).toHaveCount(0);
    expect(watch.problems).toEqual([]);
  });
});
