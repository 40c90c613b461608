/**
 * A developing story as readers meet it: the change log at the top and on the places it
 * touches, an earlier version by `?version=`, a missing one opening the latest with a notice,
 * the marks for what is new since the reader last looked, the embed showing the latest, the
 * oEmbed response's snippet working in another origin's page, and the page's JSON-LD and
 * social picture. The story is `tests/stories/test-developing-story` (versions 1, 2 and 4;
 * 3 is damaged on purpose).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, placeButton } from './fixtures.ts';
import { PAGE_ARTICLE_NEEDS, schemaProblems } from './schema-org.ts';
import { TEST_PORT } from '../playwright.config.ts';

const STORY = 'test-developing-story';
const PAGE = `${STORY}.html`;
const APP = `http://127.0.0.1:${TEST_PORT}`;

/** The change log's notice about the version on screen. */
const notice = (page: Page) =>
  page.getByRole('region', { name: 'Updates and corrections' }).getByRole('status');

test('the latest version shows its change log at the top and on the place it corrects', async ({
  page,
  watch,
}) => {
  await page.goto(PAGE);
  const log = page.getByRole('region', { name: 'Updates and corrections' });
  await expect(log).toContainText('Updated 2 Oct 2024, 09:28 UTC · Clarification:');
  await log.getByText('All 4 changes').click();
  const entries = log.getByRole('listitem');
  await expect(entries).toHaveCount(4);
  await expect(entries.last()).toContainText(
    'Correction, 1 Oct 2024, 14:05 UTC: An earlier version of this map put the Port of Hodeidah',
  );
  await entries.last().getByRole('button', { name: 'Show Port of Hodeidah' }).click();
  const detail = page.getByRole('region', { name: 'Port of Hodeidah' });
  const here = detail.getByRole('group', { name: 'Changes here' });
  await expect(here).toContainText('at the centre of the city');
  await expect(here).toContainText('confirmed by a second source');
  await expect(detail).toContainText('Confirmed since the article');

  // Withdrawn, kept and listed apart; disputed, said so.
  const places = page.getByRole('region', { name: 'Places', exact: true });
  await expect(places.getByRole('heading', { name: 'Withdrawn' })).toBeVisible();
  await expect(placeButton(page, /Ras Isa port/)).toContainText('Withdrawn');
  await expect(placeButton(page, /Ras Kathib power station/)).toContainText('Disputed');
  const legend = page.getByRole('region', { name: 'Legend' });
  for (const words of ['Confirmed since', 'Disputed since', 'Withdrawn: kept']) {
    await expect(legend).toContainText(words);
  }
  await mapIdle(page);
  expect(watch.problems).toEqual([]);
});

test('an earlier version opens with ?version=, and says so', async ({ page, watch }) => {
  await page.goto(`${PAGE}?version=1`);
  await expect(notice(page)).toContainText(
    'You are looking at version 1 of 4, published 1 Oct 2024, 12:00 UTC.',
  );
  await expect(page.getByText('All 4 changes')).toHaveCount(0);
  await expect(placeButton(page, /Ras Isa port/)).not.toContainText('Withdrawn');
  await expect(placeButton(page, /Sanaa/)).toHaveCount(0);
  await mapIdle(page);
  expect(page.url()).toContain('version=1');
  await page.getByRole('link', { name: 'See the latest version' }).click();
  await expect(placeButton(page, /Sanaa/)).toBeVisible();
  expect(page.url()).not.toContain('version=');
  expect(watch.problems).toEqual([]);
});

test('a version the story does not have opens the latest with a notice', async ({
  page,
  watch,
}) => {
  // Version 3 is damaged: the build left it out.
  await page.goto(`${PAGE}?version=3`);
  await expect(notice(page)).toHaveText(
    'There is no version 3 of this story: this is the latest, version 4.',
  );
  await expect(placeButton(page, /Sanaa/)).toBeVisible();
  await mapIdle(page);
  expect(page.url()).not.toContain('version=');
  expect(watch.problems).toEqual([]);
});

test('what is new since the version the reader last saw is marked, once', async ({ page }) => {
  await page.goto(PAGE);
  // The first visit records version 4 once the story arrives; then say version 1 was the last.
  await expect(placeButton(page, /Sanaa/)).toBeVisible();
  await page.evaluate((key) => localStorage.setItem(key, '1'), `dateline:seen:${STORY}`);
  await page.reload();
  const log = page.getByRole('region', { name: 'Updates and corrections' });
  await expect(log).toContainText('Since you last looked (version 1): 1 place new, 3 changed.');
  await expect(placeButton(page, /Sanaa/)).toContainText('New since you last looked');
  await expect(placeButton(page, /Port of Hodeidah/)).toContainText(
    'Changed since you last looked',
  );
  await expect(placeButton(page, /^Hodeidah/)).not.toContainText('since you last looked');
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
    'New or changed since you last looked',
  );
  await mapIdle(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), `dateline:seen:${STORY}`)).toBe(
    '4',
  );
  await page.reload();
  await expect(placeButton(page, /Sanaa/)).not.toContainText('since you last looked');
});

test('the embed without a version shows the latest', async ({ page, watch }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`embed.html?story=${STORY}`);
  await expect(page.getByRole('region', { name: 'Updates and corrections' })).toContainText(
    'Updated 2 Oct 2024, 09:28 UTC',
  );
  // The latest version's files, at the story's own paths.
  expect(fetched).toContain(`/data/${STORY}/story.json`);
  expect(fetched.filter((path) => path.includes('/v/'))).toEqual([]);
  await mapIdle(page);
  expect(watch.problems).toEqual([]);
});

test('the page’s NewsArticle JSON-LD holds to the schema.org types it uses', async ({ page }) => {
  await page.goto(PAGE);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const jsonLd = JSON.parse(blocks[0]!);
  expect(jsonLd['@context']).toBe('https://schema.org');
  expect(schemaProblems(jsonLd)).toEqual([]);
  expect(PAGE_ARTICLE_NEEDS.filter((property) => !(property in jsonLd))).toEqual([]);
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    datePublished: '2024-10-01T12:00:00Z',
    dateModified: '2024-10-02T09:30:00Z',
    url: `${APP}/${PAGE}`,
  });
  expect(jsonLd.correction.map((c: { datePublished: string }) => c.datePublished)).toEqual([
    '2024-10-01T14:05:00Z',
    '2024-10-02T09:25:00Z',
  ]);
  // The checker itself catches what it should.
  expect(schemaProblems({ ...jsonLd, correction: { '@type': 'Comment', text: 'x' } })).toEqual([
    '$.correction: expects CorrectionComment or Text or URL',
  ]);
  expect(schemaProblems({ ...jsonLd, datePublished: 'yesterday', colour: 'red' })).toEqual([
    '$.datePublished: expects Date or DateTime',
    '$.colour: not a property of NewsArticle',
  ]);
});

test('the social picture is a 1200 × 630 PNG, and the page names it and its oEmbed', async ({
  page,
  request,
}) => {
  await page.goto(PAGE);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${APP}/data/${STORY}/social.png`);
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
    'summary_large_image',
  );
  const png = await request.get(image!);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  const oembed = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  expect(await oembed.getAttribute('href')).toBe(`${APP}/data/${STORY}/oembed.json`);
});

test.describe('the oEmbed response in another origin’s page', () => {
  let server: Server;
  let host = '';

  test.beforeAll(async ({ request }) => {
    const oembed = await (await request.get(`${APP}/data/${STORY}/oembed.json`)).json();
    expect(oembed).toMatchObject({ type: 'rich', version: '1.0', width: 640, height: 560 });
    // What a CMS does with a rich response: its html, as it is, in the article.
    const article = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>A CMS article</title>
      <link rel="icon" href="data:," /></head><body><p>The story so far.</p>
      <div style="width: 640px">${oembed.html}</div>
      <script>/* record the AMP size requests the map sends its parent */
        window.ampSizes = [];
        addEventListener('message', (e) => { if (e.data && e.data.sentinel === 'amp') ampSizes.push(e.data); });
      </script></body></html>`;
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(article);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
    host = `http://127.0.0.2:${(server.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('renders the latest story, sized by embed.js, and asks AMP for its size', async ({
    page,
    watch,
  }) => {
    watch.allowOrigin(new URL(host).origin);
    await page.goto(host);
    const frame = page.frameLocator('iframe[data-dateline]');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/Test story: strikes/);
    await expect(frame.getByRole('region', { name: 'Updates and corrections' })).toBeVisible();
    await mapIdle(frame);
    // The figure's one height, as the response says and embed.js keeps it.
    // (Inside the frame's default 2 px border.)
    const inner = await page
      .locator('iframe[data-dateline]')
      .evaluate((frame) => frame.clientHeight);
    expect(inner).toBe(560);
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { ampSizes: { type: string; height: number }[] }).ampSizes,
        ),
      )
      .toEqual([{ sentinel: 'amp', type: 'embed-size', height: 560 }]);
  });
});
