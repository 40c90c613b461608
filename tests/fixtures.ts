/**
 * What every browser test shares: a page that fails the test on any console error, page
 * error, CSP violation or request to another origin, and a wait for the live map's first idle.
 */
import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

export const SEED_STORY = 'npr-2024-09-30-israel-lebanon-ground-offensive';
/** The seed story's full page (the site's root is the front page, the list of stories). */
export const SEED_PAGE = `./?story=${SEED_STORY}`;

interface Watch {
  /** Console errors, page errors, CSP violations and foreign requests seen so far. */
  problems: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    if (!baseURL) throw new Error('playwright.config.ts sets baseURL');
    const origin = new URL(baseURL).origin;
    const watch: Watch = { problems: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
        watch.problems.push(`request to another origin: ${request.url()}`);
      }
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(watch);
  },
});

export { expect };

/** The policy the issue asks the map to work under, sent as a header. */
export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'";

/** Waits until MapLibre has drawn the story the first time (its `idle` event). */
export async function mapIdle(page: Page | FrameLocator): Promise<void> {
  await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 });
}

/** The button of a place in the panel's list, as a reader finds it by its name. */
export function placeButton(page: Page | FrameLocator, name: RegExp | string) {
  return page
    .getByRole('region', { name: 'Places', exact: true })
    .getByRole('button', { name })
    .first();
}
