import AxeBuilder from '@axe-core/playwright';
import { test, expect, mapIdle, placeButton, SEED_PAGE } from './fixtures.ts';

test.describe('works for everyone', () => {
  test('a keyboard alone can choose a place, read it, close it and switch units', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    await page.getByRole('region', { name: 'Places', exact: true }).waitFor();
    const hodeidah = placeButton(page, /Hodeidah/);
    // Tab from the top of the page until the place's button has focus.
    for (
      let i = 0;
      i < 80 && !(await hodeidah.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(hodeidah).toBeFocused();
    const outline = await hodeidah.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(hodeidah).toHaveAttribute('aria-pressed', 'true');
    const detail = page.getByRole('region', { name: /Hodeidah/ });
    await expect(detail).toBeVisible();
    await detail.getByRole('button', { name: /Close/ }).focus();
    await page.keyboard.press('Enter');
    await expect(detail).toBeHidden();
    await page.getByRole('radio', { name: 'Miles' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Kilometres' })).toBeChecked();
  });

  test('at phone width nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(SEED_PAGE);
    await mapIdle(page);
    await placeButton(page, /Hodeidah/).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('axe finds no serious or critical violation, with a place open', async ({ page }) => {
    await page.goto(SEED_PAGE);
    await mapIdle(page);
    await placeButton(page, /Hodeidah/).click();
    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' ')}`);
    expect(severe).toEqual([]);
  });
});
