/**
 * The embed as a newsroom uses it: an article page on another origin frames
 * `embed.html` and loads `embed.js`, which sizes the frame and links the article's text to
 * the map (docs/embedding.md). The article is served here by a small static server on a
 * second loopback origin, so every message crosses origins as it does in production.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  embedPlaceButton,
  mapIdle,
  placeCard,
  SEED_STORY,
  STRICT_CSP,
  TEST_STORY,
  type Watch,
} from './fixtures.ts';
import { FIGURE_HEIGHT_PX } from '../src/lib/embed/figure.ts';
import { embedCode } from '../src/lib/embed/snippet.ts';
import { STORY_PALETTES } from '../src/lib/map/marks.ts';
import { colourSpots } from './pixels.ts';
import { TEST_PORT } from '../playwright.config.ts';

/** The app's origin: `vite preview`, as playwright.config.ts starts it. */
const APP = `http://127.0.0.1:${TEST_PORT}`;

const SANDBOX = 'allow-scripts allow-same-origin allow-popups';

const EXAMPLE = 'examples/npr-2024-09-30-israel-lebanon.html';

/**
 * A bare host page: linked text before the map (a plain `<span>`, which embed.js makes a
 * button, and a link), the map in a column `column` px wide (as the share dialog's code
 * writes it), and the host script from the app's origin. `lead` paragraphs of article come
 * before the map, so a linked word has to bring it into view.
 */
function hostPage(embedQuery: string, { withFrame = true, column = 640, lead = 0 } = {}): string {
  const src = `${APP}/embed.html?${embedQuery}`.replace(/&/g, '&amp;');
  const frame = `<iframe id="map" data-dateline src="${src}" title="Map: the places in this story"
        sandbox="${SANDBOX}" width="100%" height="${FIGURE_HEIGHT_PX}" style="border: 0"></iframe>`;
  const article = '<p>Words of the article, enough of them to fill a line or two.</p>'.repeat(lead);
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
    ${article}
    <div id="column" style="width: ${column}px">${withFrame ? frame : ''}</div>
    ${article}
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
    ...Object.fromEntries(
      [320, 360, 640, 1000].map((column) => [
        `/column-${column}.html`,
        { type: 'text/html', body: hostPage(`story=${TEST_STORY}`, { column, lead: 12 }) },
      ]),
    ),
    '/seed-360.html': {
      type: 'text/html',
      body: hostPage(`story=${SEED_STORY}`, { column: 360 }),
    },
    // The share dialog's code as a newsroom pastes it, in a phone's full-width column.
    '/snippet-320.html': {
      type: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" /><title>An article</title>
        <link rel="icon" href="${APP}/favicon.svg" /></head>
        <body style="margin: 0"><div id="column" style="width: 320px">${
          embedCode({ base: `${APP}/`, state: { story: TEST_STORY }, title: 'The story' }).html
        }</div></body></html>`,
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
  /** The origins the host page requested, and those the map's frame (and workers) did. */
  hostOrigins: Set<string>;
  frameOrigins: Set<string>;
}

/**
 * The shared watch, told about the host's origin, and where each request went; and what the
 * host page heard from the map (its heights and `dateline:select` events).
 */
async function watchTwoOrigins(page: Page, watch: Watch): Promise<Traffic> {
  watch.allowOrigin(host);
  const traffic: Traffic = { hostOrigins: new Set(), frameOrigins: new Set() };
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
    if (window !== window.top) return;
    const heard: Heard = { heights: [], selects: [], shift: 0 };
    Object.assign(window, { heard });
    addEventListener('message', (event) => {
      if (event.data?.type === 'dateline:height') heard.heights.push(event.data.height);
    });
    document.addEventListener('dateline:select', (event) => {
      if (event.target instanceof HTMLIFrameElement) {
        heard.selects.push((event as CustomEvent<{ place: string | null }>).detail.place);
      }
    });
    // The host's layout shift (Layout Instability API), as the article's reader feels it.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        heard.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return traffic;
}

/** What the host page heard from the map: its heights, and its `dateline:select` events. */
interface Heard {
  heights: number[];
  selects: (string | null)[];
  /** The host page's cumulative layout shift. */
  shift: number;
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
async function openHost(page: Page, watch: Watch, url: string) {
  const traffic = await watchTwoOrigins(page, watch);
  await page.goto(url);
  const frame = page.frameLocator('iframe[data-dateline]');
  await mapIdle(frame);
  return { traffic, frame };
}

function expectOnlyLoopback(traffic: Traffic): void {
  expect([...traffic.frameOrigins]).toEqual([APP]);
  expect([...traffic.hostOrigins].sort()).toEqual([APP, host].sort());
}

test.describe('the map embedded in an article on another origin', () => {
  test('the frame takes the figure’s one height, whatever is selected', async ({ page, watch }) => {
    const { frame } = await openHost(page, watch, `${host}/host.html`);
    await expect.poll(async () => (await heard(page)).heights.length).toBeGreaterThan(0);
    await expect.poll(() => frameHeight(page)).toBe(FIGURE_HEIGHT_PX);

    await (await embedPlaceButton(frame, /Hodeidah/)).click();
    await expect(placeCard(frame, /Hodeidah/)).toBeVisible();
    expect(await frameHeight(page)).toBe(FIGURE_HEIGHT_PX);
    expect(new Set((await heard(page)).heights)).toEqual(new Set([FIGURE_HEIGHT_PX]));
  });

  test('clicking linked text selects its place in the map, which reports it back', async ({
    page,
    watch,
  }) => {
    const { frame } = await openHost(page, watch, `${host}/host.html`);
    await page.getByRole('link', { name: 'New York' }).click();
    await expect(placeCard(frame, /New York/)).toBeVisible();
    await expect.poll(async () => (await heard(page)).selects).toContain('new-york');
    expect(page.url()).not.toContain('#map');
  });

  test('linked text that is not a link is a button, reached by Tab and pressed with Enter', async ({
    page,
    watch,
  }) => {
    const { frame } = await openHost(page, watch, `${host}/host.html`);
    await page.keyboard.press('Tab');
    const seaport = page.getByRole('button', { name: 'a seaport' });
    await expect(seaport).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(placeCard(frame, /Hodeidah/)).toBeVisible();
    await expect.poll(async () => (await heard(page)).selects).toContain('hodeidah-port');
    await expect(seaport).toHaveAttribute('data-dateline-selected');
  });

  test('a link in the text works from the keyboard too', async ({ page, watch }) => {
    const { frame } = await openHost(page, watch, `${host}/host.html`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'New York' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(placeCard(frame, /New York/)).toBeVisible();
    await expect.poll(async () => (await heard(page)).selects).toContain('new-york');
  });

  test('a map added after the page loaded takes a request made before its story arrived', async ({
    page,
    watch,
  }) => {
    await watchTwoOrigins(page, watch);
    // The story is held back until the host's request has reached the map, as on a slow
    // connection: the request certainly comes before the story does.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${APP}/data/${SEED_STORY}/story.json`, async (route) => {
      await released;
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
    // The map has spoken (its height), so embed.js has handed it the request.
    await expect.poll(() => frameHeight(page)).not.toBeNull();
    await page.getByRole('link', { name: 'New York' }).click();
    const frame = page.frameLocator('iframe[data-dateline]');
    await expect(frame.getByRole('region', { name: 'Places', exact: true })).toHaveCount(0);
    release();
    await expect(placeCard(frame, /New York/)).toBeVisible();
    await mapIdle(frame);
  });

  test('the host can reset the map and change its units through window.Dateline', async ({
    page,
    watch,
  }) => {
    const { frame } = await openHost(page, watch, `${host}/host.html`);
    await page.evaluate(() => (window as unknown as { Dateline: Dateline }).Dateline.focus('gaza'));
    await expect(placeCard(frame, /Gaza/)).toBeVisible();
    await page.evaluate(() => (window as unknown as { Dateline: Dateline }).Dateline.units('km'));
    // The map's labels change unit; so does the full map it links to.
    await expect(frame.getByRole('link', { name: 'Open the full map' })).toHaveAttribute(
      'href',
      /[?&]units=km(&|$)/,
    );
    await page.evaluate(() => (window as unknown as { Dateline: Dateline }).Dateline.reset());
    await expect(placeCard(frame, /Gaza/)).toHaveCount(0);
    expect((await heard(page)).selects[0]).toBe('gaza');
  });

  test('the sandboxed embed draws under a strict CSP header and still answers the host', async ({
    page,
    watch,
  }) => {
    await watchTwoOrigins(page, watch);
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
    await expect(placeCard(frame, /New York/)).toBeVisible();
  });

  test('the frame asks only its own origin for anything, the host only the two', async ({
    page,
    watch,
  }) => {
    const { traffic, frame } = await openHost(page, watch, `${host}/host.html`);
    await (await embedPlaceButton(frame, /Hodeidah/)).click();
    await expect(placeCard(frame, /Hodeidah/)).toBeVisible();
    expectOnlyLoopback(traffic);
  });

  test('nonsense in the embed URL is warned about, and the map still draws', async ({
    page,
    watch,
  }) => {
    await watchTwoOrigins(page, watch);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${host}/bad-params.html`);
    const frame = page.frameLocator('iframe[data-dateline]');
    await mapIdle(frame);
    await expect(await embedPlaceButton(frame, /Hodeidah/)).toBeVisible();
    expect(warnings.join('\n')).toMatch(/furlongs/);
  });
});

/** A box in the host page's viewport: the frame's own box plus the element's in the frame. */
async function boxInHost(page: Page, inFrame: Locator) {
  const frameBox = await page.locator('iframe[data-dateline]').boundingBox();
  const own = await inFrame.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });
  if (!frameBox) throw new Error('no frame');
  return { ...own, x: frameBox.x + own.x, y: frameBox.y + own.y };
}

async function expectInHostViewport(page: Page, frame: FrameLocator, name: RegExp) {
  const card = placeCard(frame, name);
  await expect(card).toBeVisible();
  const event = card.getByRole('article').first();
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  for (const part of [
    card.getByRole('heading', { level: 2 }),
    event.getByRole('heading'),
    event.locator('.what'),
  ]) {
    await expect
      .poll(async () => {
        const b = await boxInHost(page, part);
        return b.x >= 0 &&
          b.y >= 0 &&
          b.x + b.width <= viewport.width &&
          b.y + b.height <= viewport.height
          ? 'in view'
          : JSON.stringify(b);
      })
      .toBe('in view');
  }
}

test.describe('the embed is a figure in the article', () => {
  for (const column of [360, 640, 1000]) {
    test(`in a ${column} px column: one height ≤ 650 px, the map its full width, the card in view`, async ({
      page,
      watch,
    }) => {
      await page.setViewportSize({ width: column + 80, height: 800 });
      const { frame } = await openHost(page, watch, `${host}/column-${column}.html`);
      const iframe = page.locator('iframe[data-dateline]');
      const before = (await iframe.boundingBox())?.height ?? 0;
      expect(before).toBeLessThanOrEqual(650);
      expect(before).toBe(FIGURE_HEIGHT_PX);
      const frameWidth = await iframe.evaluate((element) => element.clientWidth);
      const mapWidth = await frame
        .locator('canvas.maplibregl-canvas')
        .evaluate((canvas) => canvas.getBoundingClientRect().width);
      expect(mapWidth).toBe(frameWidth);

      // The linked word is above the fold; the map below it. One click shows the card.
      await page.getByRole('button', { name: 'a seaport' }).click();
      await expectInHostViewport(page, frame, /^Port of Hodeidah/);
      expect((await iframe.boundingBox())?.height).toBe(before);
      // Nothing in the article moved because of the map.
      expect((await heard(page)).shift).toBe(0);
    });
  }

  test('in a 360 px column no mark or name of the story lies under the map’s credit', async ({
    page,
    watch,
  }) => {
    await page.setViewportSize({ width: 440, height: 800 });
    const { frame } = await openHost(page, watch, `${host}/seed-360.html`);
    const canvas = frame.locator('canvas.maplibregl-canvas');
    const credit = frame.locator('.map-credit');
    await expect(credit).toBeVisible();
    const { left, top, right, bottom } = await credit.evaluate((element) => {
      const map = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
      const own = element.getBoundingClientRect();
      // See what the credit covers.
      (element as HTMLElement).style.visibility = 'hidden';
      if (!map) throw new Error('no map');
      return {
        left: own.left - map.left,
        top: own.top - map.top,
        right: own.right - map.left,
        bottom: own.bottom - map.top,
      };
    });
    // The story's names and marks stand on pure white halos; the basemap has no pure white.
    const spots = await colourSpots(page, canvas, STORY_PALETTES.light.halo, { tolerance: 3 });
    const covered = spots.filter(
      ({ box: [x0, y0, x1, y1] }) => x1 >= left && x0 <= right && y1 >= top && y0 <= bottom,
    );
    expect(covered).toEqual([]);
  });

  test('in a 320 px column nothing scrolls sideways', async ({ page, watch }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const { frame } = await openHost(page, watch, `${host}/column-320.html`);
    await (await embedPlaceButton(frame, /^Ben Gurion Airport/)).click();
    await expect(placeCard(frame, /^Ben Gurion Airport/)).toBeVisible();
    const overflow = await frame
      .locator('html')
      .evaluate((root) => root.scrollWidth - root.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('the share dialog’s code, pasted as it is', () => {
  test('in a phone’s 320 px column the figure is the column’s width, and nothing scrolls sideways', async ({
    page,
    watch,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openHost(page, watch, `${host}/snippet-320.html`);
    const figure = await page.locator('iframe[data-dateline]').boundingBox();
    expect(figure?.width).toBe(320);
    expect(figure?.height).toBe(FIGURE_HEIGHT_PX);
    const overflow = await page
      .locator('html')
      .evaluate((root) => root.scrollWidth - root.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
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
    await expect(placeCard(frame, /Hodeidah/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'a seaport' })).toHaveAttribute(
      'data-dateline-selected',
    );
  });

  test('hosted on another origin under a strict policy, it sizes and drives the map', async ({
    page,
    watch,
  }) => {
    const traffic = await watchTwoOrigins(page, watch);
    await page.goto(`${host}/article.html`);
    const frame = page.frameLocator('iframe#map');
    await mapIdle(frame);
    await expect.poll(() => frameHeight(page)).not.toBeNull();
    const iran = page.getByRole('link', { name: 'Iran', exact: true });
    await iran.click();
    await expect(placeCard(frame, /Iran/)).toBeVisible();
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
