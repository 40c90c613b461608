/**
 * Place names in their own scripts: the panel marks each with its language and writes
 * Hebrew and Arabic right to left, and the map draws their second label line without errors.
 */
import { expect, mapIdle, placeButton, test, SEED_PAGE } from './fixtures.ts';

test('choosing Tel Aviv shows its Hebrew name right to left, in the detail and the list', async ({
  page,
}) => {
  await page.goto(SEED_PAGE);
  await mapIdle(page);
  const button = placeButton(page, /^Tel Aviv/);
  const listed = button.locator('bdi[lang="he"]');
  await expect(listed).toHaveText('תל אביב');
  await expect(listed).toHaveAttribute('dir', 'rtl');

  await button.click();
  const detail = page.getByRole('region', { name: /^Tel Aviv, in Hebrew תל אביב/ });
  const hebrew = detail.locator('bdi[lang="he"]');
  await expect(hebrew).toHaveText('תל אביב');
  await expect(hebrew).toHaveAttribute('dir', 'rtl');
  await expect(detail.locator('bdi[lang="ar"]')).toHaveAttribute('dir', 'rtl');

  await mapIdle(page);
});
