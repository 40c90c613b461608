import {
  test,
  expect,
  mapIdle,
  SEED_STORY,
  placeButton,
  STRICT_CSP,
  SEED_PAGE,
} from './fixtures.ts';

test.describe('what must not break', () => {
  test('without WebGL 2 a still picture, the places and the reason are shown', async ({ page }) => {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type === 'webgl2' || type === 'webgl') return null;
        return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
    });
    await page.goto(SEED_PAGE);
    await expect(page.getByText(/WebGL 2 is not available/)).toBeVisible();
    const picture = page.getByRole('img', { name: /Still map of the story's places: Tel Aviv/ });
    await expect(picture).toBeVisible();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(placeButton(page, /Hodeidah/)).toBeVisible();
  });

  test('under a strict Content-Security-Policy header the map draws and nothing is blocked', async ({
    page,
  }) => {
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if ((headers['content-type'] ?? '').includes('text/html')) {
        headers['content-security-policy'] = STRICT_CSP;
      }
      await route.fulfill({ response, headers });
    });
    await page.goto(SEED_PAGE);
    await mapIdle(page);
    // What the page asks for after its idle (the card's code, the details) may still be on
    // its way when the test ends.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('markup in story text is shown as text and never runs', async ({ page }) => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    // The page carries the list of stories inline, as the build writes it.
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          /(<script type="application\/json" id="dateline-index">)(.*?)(<\/script>)/s,
          (_match, open: string, json: string, close: string) => {
            const index = JSON.parse(json);
            index.stories[0].headline = `Headline ${payload}`;
            return open + JSON.stringify(index).replace(/</g, '\\u003c') + close;
          },
        );
        await route.fulfill({ response, body: html });
      },
    );
    await page.route(`**/data/${SEED_STORY}/story.json`, async (route) => {
      const response = await route.fetch();
      const story = await response.json();
      story.places.features[0].properties.name = `Place ${payload}`;
      await route.fulfill({ response, json: story });
    });
    await page.goto(SEED_PAGE);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(payload);
    await placeButton(page, `Place ${payload}`).click();
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`^Place ${escapeRegExp(payload)}`) }),
    ).toBeVisible();
    await mapIdle(page);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, header img').count()).toBe(0);
  });

  /** `text` as a pattern that matches it literally. */
  function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  test('without JavaScript the picture and what happened where are shown', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(SEED_PAGE);
    const picture = page.getByRole('img', { name: /Map of the places in/ });
    await expect(picture).toBeVisible();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'What happened where' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Port of Hodeidah' })).toContainText(
      'Houthis',
    );
    await context.close();
  });

  test('a story that does not exist shows a clear message, not a blank map', async ({ page }) => {
    await page.goto('./?story=no-such-story');
    await expect(page.getByRole('alert')).toContainText('There is no story "no-such-story"');
    await expect(page.getByRole('alert').getByRole('link').first()).toBeVisible();
  });

  test('a damaged story file shows a clear message', async ({ page }) => {
    await page.route(`**/data/${SEED_STORY}/story.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": ' }),
    );
    await page.goto(SEED_PAGE);
    await expect(page.getByRole('alert')).toContainText('is not valid JSON');
  });
});
