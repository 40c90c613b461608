import { test, expect, mapIdle, placeButton, SEED_PAGE } from './fixtures.ts';

test.describe('the seed story on the live map', () => {
  test('lists the places and draws the map with nothing going wrong', async ({ page }) => {
    await page.goto(SEED_PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Lebanon|Israel/);
    const places = page.getByRole('region', { name: 'Places', exact: true });
    for (const name of [/Tel Aviv/, /Hodeidah/, /Gaza/, /New York/, /Iran/]) {
      await expect(places.getByRole('button', { name }).first()).toBeVisible();
    }
    await mapIdle(page);
    await expect(page.locator('canvas[aria-label]')).toHaveAttribute('aria-label', /places/);
  });

  test('choosing Hodeidah shows the strike, its date and both parties’ claims', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    await placeButton(page, /Hodeidah/).click();
    const detail = page.getByRole('region', { name: /Hodeidah/ });
    await expect(detail).toBeVisible();
    await expect(detail.locator('time[datetime="2024-09-29"]').first()).toBeVisible();
    await expect(detail).toContainText(/Israeli military/i);
    await expect(detail).toContainText(/Houthis/);
    await expect(detail).toContainText(/civilian/);
  });

  test('the distance to Yemen is measured beside the article’s figure, in either unit', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    const distances = page.getByRole('region', { name: 'Distances' });
    await expect(distances).toContainText('more than 1,000 miles');
    const first = distances.getByRole('strong').first();
    await expect(first).toHaveText(/^[\d,.]+ mi$/);
    await page.getByRole('radio', { name: 'Kilometres' }).check();
    await expect(first).toHaveText(/^[\d,.]+ km$/);
    await expect(distances).toContainText('1,000 miles from Israel');
    await mapIdle(page);
  });
});
