/**
 * The site's front page (no `?story=`): every published story, newest first, each with its
 * still picture, headline, outlet and date; a story's link opens its map as before.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, mapIdle, SEED_STORY } from './fixtures.ts';

/** The test build's stories, as its index lists them. */
const index = JSON.parse(readFileSync('dist-test/data/index.json', 'utf8')) as {
  stories: { id: string; headline: string; outlet: string; published: string }[];
};

test.describe('the front page', () => {
  test('lists every published story, newest first, each with its picture, outlet and date', async ({
    page,
    watch,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Dateline' })).toBeVisible();
    const headlines = page.getByRole('main').getByRole('heading', { level: 3 });
    await expect(headlines).toHaveCount(index.stories.length);
    const newestFirst = [...index.stories].sort(
      (a, b) => b.published.localeCompare(a.published) || a.headline.localeCompare(b.headline),
    );
    await expect(headlines).toHaveText(newestFirst.map((story) => story.headline));
    const seed = page.getByRole('article').filter({
      has: page.getByRole('link', {
        name: index.stories.find((s) => s.id === SEED_STORY)!.headline,
      }),
    });
    await expect(seed).toContainText('NPR · Mon 30 Sep 2024');
    const picture = seed.locator('img');
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const box = await picture.boundingBox();
    expect(box && box.width > 200 && box.y < 800).toBe(true);
    expect(watch.problems).toEqual([]);
  });

  test("a story's link opens its map, as ?story= links always have", async ({ page }) => {
    await page.goto('./');
    const seed = index.stories.find((s) => s.id === SEED_STORY)!;
    await page.getByRole('link', { name: seed.headline }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?story=${SEED_STORY}`));
    await mapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
  });

  test('is axe clean, fits a phone, and follows the dark theme', async ({ page }) => {
    await page.goto('./?theme=dark');
    await expect(page.getByRole('main').getByRole('heading', { level: 3 }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const first = await page.getByRole('main').locator('img').first().boundingBox();
    expect(first && first.x >= 0 && first.x + first.width <= 390).toBe(true);
  });
});
