import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, mapIdle, placeButton, SEED_STORY, SEED_PAGE } from './fixtures.ts';

test.describe('sharing what the reader sees', () => {
  test('the address follows the selection and units, and reopens them', async ({ page }) => {
    await page.goto(SEED_PAGE);
    await placeButton(page, /Hodeidah/).click();
    await page.getByRole('radio', { name: 'Kilometres' }).check();
    await expect(page).toHaveURL(/[?&]place=hodeidah-port(&|$)/);
    await expect(page).toHaveURL(/[?&]units=km(&|$)/);
    await expect(page).toHaveURL(new RegExp(`[?&]story=${SEED_STORY}(&|$)`));

    await page.reload();
    await expect(page.getByRole('region', { name: /Hodeidah/ })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Kilometres' })).toBeChecked();
    await mapIdle(page);
  });

  test('the share dialog gives the link and the embed code, by keyboard', async ({ page }) => {
    await page.goto(`./?story=${SEED_STORY}&place=yemen`);
    await expect(page.getByRole('region', { name: 'Yemen' })).toBeVisible();
    await page.getByRole('button', { name: 'Share or embed' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share or embed this map' });
    await expect(dialog).toBeVisible();
    const code = await dialog.getByLabel(/Embed code/).inputValue();
    expect(code).toContain(`embed.html?story=${SEED_STORY}&amp;place=yemen`);
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    expect(code).toContain('loading="lazy"');
    expect(code).toMatch(/<script src="[^"]+\/embed\.js" defer><\/script>/);
    expect(await dialog.getByLabel('Link').inputValue()).toMatch(/\?story=.*&place=yemen/);
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Embed code copied.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('the picture for slides', () => {
  test('downloads as SVG and as a 2x PNG, credits inside', async ({ page }) => {
    await page.goto(SEED_PAGE);
    const downloads = page.getByRole('region', { name: 'Picture for slides' });

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Download SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe(`${SEED_STORY}.svg`);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('Natural Earth · GeoNames');

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe(`${SEED_STORY}.png`);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Width and height sit at bytes 16-23 of the PNG header: twice the picture's 960×600.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1200]);
  });
});

test.describe('the embed page on its own', () => {
  test('draws the story compactly, links to the full map, and can be still', async ({ page }) => {
    await page.goto(`./embed.html?story=${SEED_STORY}&interactive=false&place=hodeidah-port`);
    await mapIdle(page);
    await expect(page.getByRole('link', { name: 'Open the full map' })).toHaveAttribute(
      'href',
      /\?story=.*&place=hodeidah-port/,
    );
    await expect(page.getByRole('region', { name: /Hodeidah/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
  });

  test('in the dark theme axe finds no serious or critical violation', async ({ page }) => {
    await page.goto(`./embed.html?story=${SEED_STORY}&theme=dark`);
    await mapIdle(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(' ')}`);
    expect(severe).toEqual([]);
  });
});
