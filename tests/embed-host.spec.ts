/**
 * The embed as a newsroom uses it: an article page on another origin frames
 * `embed.html` and loads `embed.js`, which sizes the frame and links the article's text to
 * the map (docs/embedding.md). The article is served here by a small static server on a
 * second loopback origin, so every message crosses origins as it does in production.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, placeButton, SEED_STORY, STRICT_CSP } from './fixtures.ts';
import { TEST_PORT } from '../playwright.config.ts';

/** The app's origin: `vite preview`, as playwright.config.ts starts it. */
const APP = `http://127.0.0.1:${TEST_PORT}`;

const SANDBOX = 'allow-scripts allow-same-origin allow-popups';

const EXAMPLE = 'examples/npr-2024-09-30-israel-lebanon.html';

/**
 * A bare host page: linked text before the map (a plain `<span>`, which embed.js makes a
 * button, and a link), the map, and the host script from the app's origin.
 */
function hostPage(embedQuery: string, { withFrame = true } = {}): string {
  const src = `${APP}/embed.html?${embedQuery}`.replace(/&/g, '&amp;');
  const frame = `<iframe id="map" data-dateline src="${src}" title="Map: the places in this story"
        sandbox="${SANDBOX}" width="100%" height="560"></iframe>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A newsroom's article</title>
    <link rel="icon" href="${APP}/favicon.svg" />
  </head>
  <body>
    <p>Israel bombed <span data-dateline-place="hodeidah-port">a seaport</span> in Yemen.</p>
    <p>The missile targeted a plane back from <a href="#map" data-dateline-place="new-york">New York</a>.</p>
    <div id="column" style="width: 640px">${withFrame ? frame : ''}</div>
    <script src="${APP}/embed.js" defer></script>
  </body>
</html>`;
}

/**
 * The example article as another origin would host it: the map and host script from the
 * app's origin, the page under a strict policy of its own.
 */
function hostedExample(): string {
  return readFileSync(`public/${EXAMPLE}`, 'utf8')
    .replace('src="../embed.html', `src="${APP}/embed.html`)
    .replace('src="../embed.js"', `src="${APP}/embed.js"`)
    .replace('href="../favicon.svg"', `href="${APP}/favicon.svg"`);
}

const HOST_CSP = [
  "default-src 'self'",
  `script-src ${APP}`,
  "style-src 'self'",
  `frame-src ${APP}`,
  `img-src 'self' ${APP}`,
].join('; ');

let server: Server;
let host: string;

test.beforeAll(async () => {
  const pages: Record<string, { type: string; body: string; csp?: string }> = {
    '/host.html': { type: 'text/html', body: hostPage(`story=${SEED_STORY}`) },
    '/bad-params.html': {
      type: 'text/html',
      body: hostPage(
        `story=${SEED_STORY}&units=furlongs&place=${encodeURIComponent('<script>')}` +
          '&theme=neon&view=1,2',
      ),
    },
    '/later.html': {
      type: 'text/html',
      body: hostPage(`story=${SEED_STORY}`, { withFrame: false }),
    },
    '/article.html': { type: 'text/html', body: hostedExample(), csp: HOST_CSP },
    '/article.css': {
      type: 'text/css',
      body: readFileSync('public/examples/article.css', 'utf8'),
    },
  };
  server = createServer((request, response) => {
    const page = pages[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': `${page.type}; charset=utf-8`,
      ...(page.csp ? { 'content-security-policy': page.csp } : {}),
    });
    response.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

interface Traffic {
  /** Console errors, page errors and CSP violations in the page or its frame. */
  problems: string[];
  /** The origins the host page requested, and those the map's frame (and workers) did. */
  hostOrigins: Set<string>;
  frameOrigins: Set<string>;
}

/**
 * Like the `watch` fixture, for a page on two origins: records problems and where requests
 * went, and what the host page heard from the map (its heights and `dateline:select` events).
 */
async function watchTwoOrigins(page: Page): Promise<Traffic> {
  const traffic: Traffic = { problems: [], hostOrigins: new Set(), frameOrigins: new Set() };
  page.on('console', (message) => {
    if (message.type() === 'error') traffic.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => traffic.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    let fromHost = false;
    try {
      fromHost = request.frame() === page.mainFrame();
    } catch {
      // A worker's request has no frame: only the map starts workers.
    }
    (fromHost ? traffic.hostOrigins : traffic.frameOrigins).add(url.origin);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
    if (window !== window.top) return;
    const heard: Heard = { heights: [], selects: [] };
    Object.assign(window, { heard });
    addEventListener('message', (event) => {
      if (event.data?.type === 'dateline:height') heard.heights.push(event.data.height);
    });
    document.addEventListener('dateline:select', (event) => {
      if (event.target instanceof HTMLIFrameElement) {
        heard.selects.push((event as CustomEvent<{ place: string | null }>).detail.place);
      }
    });
  });
  return traffic;
}

/** What the host page heard from the map: its heights, and its `dateline:select` events. */
interface Heard {
  heights: number[];
  selects: (string | null)[];
}

function heard(page: Page): Promise<Heard> {
  return page.evaluate(() => (window as unknown as { heard: Heard }).heard);
}

/** The iframe's height as embed.js set it (CSS px), or null before it did. */
function frameHeight(page: Page): Promise<number | null> {
  return page
    .locator('iframe[data-dateline]')
    .evaluate((frame: HTMLIFrameElement) =>
      frame.style.height ? Number.parseFloat(frame.style.height) : null,
    );
}

/** Watches both origins, opens a host page and waits for its map to be drawn. */
async function openHost(page: Page, url: string) {
  const traffic = await watchTwoOrigins(page);
  await page.goto(url);
  const frame = page.frameLocator('iframe[data-dateline]');
  await mapIdle(frame);
  return { traffic, frame };
}

function expectOnlyLoopback(traffic: Traffic): void {
  expect(traffic.problems).toEqual([]);
  expect([...traffic.frameOrigins]).toEqual([APP]);
  expect([...traffic.hostOrigins].sort()).toEqual([APP, host].sort());
}

test.describe('the map embedded in an article on another origin', () => {
  test('the frame takes the height the map reports, and grows when a place opens', async ({
    page,
  }) => {
    const { traffic, frame } = await openHost(page, `${host}/host.html`);
    await expect.poll(async () => (await heard(page)).heights.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await frameHeight(page)) === (await heard(page)).heights.at(-1))
      .toBe(true);
    const before = (await frameHeight(page)) ?? 0;
    expect(before).toBeGreaterThan(0);

    await placeButton(frame, /Hodeidah/).click();
    await expect(frame.getByRole('region', { name: /Hodeidah/ })).toBeVisible();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before);
    await expect
      .poll(async () => (await frameHeight(page)) === (await heard(page)).heights.at(-1))
      .toBe(true);
    expect(traffic.problems).toEqual([]);
  });

  test('clicking linked text selects its place in the map, which reports it back', async ({
    page,
  }) => {
    const { traffic, frame } = await openHost(page, `${host}/host.html`);
    await page.getByRole('link', { name: 'New York' }).click();
    await expect(frame.getByRole('region', { name: /New York/ })).toBeVisible();
    await expect.poll(async () => (await heard(page)).selects).toContain('new-york');
    expect(page.url()).not.toContain('#map');
    expect(traffic.problems).toEqual([]);
  });

  test('linked text that is not a link is a button, reached by Tab and pressed with Enter', async ({
    page,
  }) => {
    const { traffic, frame } = await openHost(page, `${host}/host.html`);
    await page.keyboard.press('Tab');
    const seaport = page.getByRole('button', { name: 'a seaport' });
    await expect(seaport).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(frame.getByRole('region', { name: /Hodeidah/ })).toBeVisible();
    await expect.poll(async () => (await heard(page)).selects).toContain('hodeidah-port');
    await expect(seaport).toHaveAttribute('data-dateline-selected');
    expect(traffic.problems).toEqual([]);
  });

  test('a link in the text works from the keyboard too', async ({ page }) => {
    const { traffic, frame } = await openHost(page, `${host}/host.html`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'New York' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(frame.getByRole('region', { name: /New York/ })).toBeVisible();
    await expect.poll(async () => (await heard(page)).selects).toContain('new-york');
    expect(traffic.problems).toEqual([]);
  });

  test('a map added after the page loaded takes a request made before its story arrived', async ({
    page,
  }) => {
    const traffic = await watchTwoOrigins(page);
    // The story arrives late, as on a slow connection: the request comes before it does.
    await page.route(`${APP}/data/${SEED_STORY}/story.json`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto(`${host}/later.html`);
    await page.evaluate(
      ({ src, sandbox }) => {
        const frame = document.createElement('iframe');
        Object.assign(frame, { id: 'map', src, title: 'Map: the places in this story' });
        frame.setAttribute('sandbox', sandbox);
        frame.setAttribute('data-dateline', '');
        document.getElementById('column')?.append(frame);
      },
      { src: `${APP}/embed.html?story=${SEED_STORY}`, sandbox: SANDBOX },
    );
    await page.getByRole('link', { name: 'New York' }).click();
    const frame = page.frameLocator('iframe[data-dateline]');
    await expect(frame.getByRole('region', { name: /New York/ })).toBeVisible();
    await expect.poll(() => frameHeight(page)).not.toBeNull();
    await mapIdle(frame);
    expect(traffic.problems).toEqual([]);
  });

  test('the host can reset the map and change its units through window.Dateline', async ({
    page,
  }) => {
    const { traffic, frame } = await openHost(page, `${host}/host.html`);
    await page.evaluate(() => (window as unknown as { Dateline: Dateline }).Dateline.focus('gaza'));
    await expect(frame.getByRole('region', { name: /Gaza/ })).toBeVisible();
    await page.evaluate(() => (window as unknown as { Dateline: Dateline }).Dateline.units('km'));
    await expect(frame.getByRole('radio', { name: 'Kilometres' })).toBeChecked();
    await page.evaluate(() => (window as unknown as { Dateline: Dateline }).Dateline.reset());
    await expect(frame.getByRole('region', { name: /Gaza/ })).toHaveCount(0);
    expect((await heard(page)).selects[0]).toBe('gaza');
    expect(traffic.problems).toEqual([]);
  });

  test('the sandboxed embed draws under a strict CSP header and still answers the host', async ({
    page,
  }) => {
    const traffic = await watchTwoOrigins(page);
    await page.route(
      (url) => url.origin === APP && url.pathname === '/embed.html',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
        });
      },
    );
    await page.goto(`${host}/host.html`);
    await expect(page.locator('iframe[data-dateline]')).toHaveAttribute('sandbox', SANDBOX);
    const frame = page.frameLocator('iframe[data-dateline]');
    await mapIdle(frame);
    await page.getByRole('link', { name: 'New York' }).click();
    await expect(frame.getByRole('region', { name: /New York/ })).toBeVisible();
    expect(traffic.problems).toEqual([]);
  });

  test('the frame asks only its own origin for anything, the host only the two', async ({
    page,
  }) => {
    const { traffic, frame } = await openHost(page, `${host}/host.html`);
    await placeButton(frame, /Hodeidah/).click();
    await expect(frame.getByRole('region', { name: /Hodeidah/ })).toBeVisible();
    expectOnlyLoopback(traffic);
  });

  test('nonsense in the embed URL is warned about, and the map still draws', async ({ page }) => {
    const traffic = await watchTwoOrigins(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${host}/bad-params.html`);
    const frame = page.frameLocator('iframe[data-dateline]');
    await mapIdle(frame);
    await expect(placeButton(frame, /Hodeidah/)).toBeVisible();
    expect(warnings.join('\n')).toMatch(/furlongs/);
    expect(traffic.problems).toEqual([]);
  });
});

test.describe('the example article', () => {
  test('on the app’s own origin, under its CSP, its linked places drive the map', async ({
    page,
  }) => {
    await page.goto(EXAMPLE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Israel launches a limited ground offensive in southern Lebanon',
    );
    await expect(page.getByRole('link', { name: /original story/ })).toHaveAttribute(
      'href',
      /wdiy\.org\/npr-news\/2024-09-30\//,
    );
    const frame = page.frameLocator('iframe#map');
    await mapIdle(frame);
    await page.getByRole('link', { name: 'a seaport' }).click();
    await expect(frame.getByRole('region', { name: /Hodeidah/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'a seaport' })).toHaveAttribute(
      'data-dateline-selected',
    );
  });

  test('hosted on another origin under a strict policy, it sizes and drives the map', async ({
    page,
  }) => {
    const traffic = await watchTwoOrigins(page);
    await page.goto(`${host}/article.html`);
    const frame = page.frameLocator('iframe#map');
    await mapIdle(frame);
    await expect.poll(() => frameHeight(page)).not.toBeNull();
    const iran = page.getByRole('link', { name: 'Iran', exact: true });
    await iran.click();
    await expect(frame.getByRole('region', { name: /Iran/ })).toBeVisible();
    await expect.poll(async () => (await heard(page)).selects).toContain('iran');
    await expect(page.locator('iframe#map')).toBeInViewport({ ratio: 0.1 });
    expectOnlyLoopback(traffic);
  });
});

/** The part of embed.js's global these tests call. */
interface Dateline {
  focus(place: string, iframe?: HTMLIFrameElement | string): void;
  reset(iframe?: HTMLIFrameElement | string): void;
  units(units: 'mi' | 'km', iframe?: HTMLIFrameElement | string): void;
}
