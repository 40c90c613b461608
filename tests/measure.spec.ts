import type { Page } from '@playwright/test';
import { test, expect, mapIdle, SEED_PAGE } from './fixtures.ts';

/**
 * Tel Aviv (GeoNames 293397: 34.78057, 32.08088) to the seed story's Port of Hodeidah
 * (42.9301, 14.8411): 2,081 km on WGS84 (GeographicLib's inverse problem).
 */
const TEL_AVIV_HODEIDAH_KM = 2081;

function tool(page: Page) {
  return page.getByRole('region', { name: 'Measure and compare' });
}

async function openTool(page: Page) {
  const summary = tool(page).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(tool(page).getByRole('combobox', { name: 'From', exact: true })).toBeVisible();
}

function kmIn(text: string): number {
  const match = /([\d,.]+) km/.exec(text);
  if (!match?.[1]) throw new Error(`no distance in km in "${text}"`);
  return Number(match[1].replaceAll(',', ''));
}

test.describe('measure and compare', () => {
  test('measures Tel Aviv to Hodeidah from the lists, within 0.5 % of the geodesic', async ({
    page,
  }) => {
    await page.goto(SEED_PAGE);
    await mapIdle(page);
    await openTool(page);
    await tool(page)
      .getByRole('combobox', { name: 'From', exact: true })
      .selectOption({ label: 'Tel Aviv' });
    await tool(page)
      .getByRole('combobox', { name: 'To', exact: true })
      .selectOption({ label: 'Port of Hodeidah' });
    const result = tool(page).locator('.result[aria-live="polite"]').first();
    await expect(result).toContainText('Tel Aviv to Port of Hodeidah');
    await expect(result).toContainText(/ mi/);
    const km = kmIn((await result.textContent()) ?? '');
    expect(Math.abs(km - TEL_AVIV_HODEIDAH_KM) / TEL_AVIV_HODEIDAH_KM).toBeLessThan(0.005);
  });

  test('a ring carried to another city says how far it reaches from there', async ({ page }) => {
    await page.goto(SEED_PAGE);
    await mapIdle(page);
    await openTool(page);
    const panel = tool(page);
    await panel
      .getByRole('combobox', { name: 'Ring around', exact: true })
      .selectOption({ label: 'Tel Aviv' });
    await panel.getByRole('spinbutton', { name: 'Radius' }).fill('1000');
    await panel.getByRole('combobox', { name: 'Unit', exact: true }).selectOption('mi');
    await expect(panel).toContainText('1,000 mi from Tel Aviv reaches');

    await panel.getByRole('searchbox', { name: 'Filter cities' }).fill('chicago');
    await panel
      .getByRole('combobox', { name: 'Move to', exact: true })
      .selectOption({ label: 'Chicago, United States' });
    // The same 1,000 miles, round Chicago now (moveRing's tests hold its true radius).
    await expect(panel).toContainText('1,000 mi from Chicago reaches');
  });

  test('picking two points on the map shows their distance; Escape cancels', async ({ page }) => {
    await page.goto(SEED_PAGE);
    await mapIdle(page);
    await openTool(page);
    const pick = tool(page).getByRole('button', { name: 'Pick on the map' });
    await pick.click();
    await expect(pick).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(pick).toHaveAttribute('aria-pressed', 'false');

    await pick.click();
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await expect(tool(page)).toContainText('Now click the map for point B');
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.6);
    await expect(pick).toHaveAttribute('aria-pressed', 'false');
    const result = tool(page).locator('.result[aria-live="polite"]').first();
    await expect(result).toContainText(/^A \(.*\) to B \(.*\): [\d,.]+ mi · [\d,.]+ km/);
    expect(kmIn((await result.textContent()) ?? '')).toBeGreaterThan(0);
    // The clicks measured; they selected no place.
    await expect(page.getByRole('button', { name: /^Close / })).toHaveCount(0);
  });

  test('the tool’s code and the gazetteer are fetched only when it is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(SEED_PAGE);
    await mapIdle(page);
    // Everything the first view needs has arrived by the map's idle; the tool is not among it.
    expect(
      requested.filter((url) => /gazetteer|MeasureTool|MeasureLayer|assets\/measure-/.test(url)),
    ).toEqual([]);
    const response = page.waitForResponse((r) => r.url().endsWith('data/gazetteer.json'));
    // The map's layer follows the tool's geometry, which loads beside the gazetteer: either may
    // come first, so wait for the request rather than look for it once.
    const layerRequested = page.waitForRequest((r) => r.url().includes('MeasureLayer'));
    await openTool(page);
    expect((await response).ok()).toBe(true);
    await expect(tool(page).getByRole('combobox', { name: 'Move to', exact: true })).toBeVisible();
    // The controls and the map's layer came in chunks of their own, not with the first view's code.
    expect(requested.filter((url) => url.includes('MeasureTool'))).not.toEqual([]);
    await layerRequested;
  });
});
