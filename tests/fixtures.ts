/**
 * What every browser test shares: a watch on the page that fails the test, in its teardown,
 * on any console error, page error, CSP violation or request to another origin (in the page,
 * its frames or their workers); a wait for the live map's first idle; and the test story.
 */
import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';

export const SEED_STORY = 'npr-2024-09-30-israel-lebanon-ground-offensive';
/** The seed story's full page (the site's root is the front page, the list of stories). */
export const SEED_PAGE = `./?story=${SEED_STORY}`;
/** tests/stories/dateline-test: counts of steps, places and events no real story's edit changes. */
export const TEST_STORY = 'dateline-test';

export interface Watch {
  /** Console errors, page errors, CSP violations and foreign requests seen so far. */
  problems: string[];
  /** Every origin requested (page, frames, workers). */
  origins: Set<string>;
  /** A second origin the test serves itself (a host page): its requests are expected. */
  allowOrigin(origin: string): void;
  /** A problem this test provokes on purpose (a missing story's 404). */
  expectProblem(pattern: RegExp): void;
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      if (!baseURL) throw new Error('playwright.config.ts sets baseURL');
      const allowed = new Set([new URL(baseURL).origin]);
      const expected: RegExp[] = [];
      const watch: Watch = {
        problems: [],
        origins: new Set(),
        allowOrigin: (origin) => allowed.add(origin),
        expectProblem: (pattern) => expected.push(pattern),
      };
      page.on('console', (message) => {
        if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        watch.origins.add(url.origin);
        if (!allowed.has(url.origin)) {
          watch.problems.push(`request to another origin: ${request.url()}`);
        }
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(watch);
      const unexpected = watch.problems.filter(
        (problem) => !expected.some((pattern) => pattern.test(problem)),
      );
      expect(unexpected, 'console errors, CSP violations or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
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

/** The embed's list of places: behind its "Places" disclosure over the map. */
export async function embedPlaceButton(frame: FrameLocator, name: RegExp | string) {
  const menu = frame.locator('details.places-menu');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) {
    await menu.locator('summary').click();
  }
  return placeButton(frame, name);
}

/** The card of the selected place, as a screen reader finds it by its heading. */
export function placeCard(page: Page | FrameLocator, name: RegExp | string) {
  return page.getByRole('region', { name });
}
