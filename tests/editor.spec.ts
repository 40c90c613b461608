/**
 * The editor (editor.html) by keyboard: draft the test article, review it, add a place by
 * search, reload and find every change, export and import, save to disk and meet a conflict;
 * the disk endpoint refusing other origins, a missing token and bad ids; and bad input.
 * The endpoint writes into the tests' own folder (TEST_STORIES_DIR), never geodata/stories/.
 */
import AxeBuilder from '@axe-core/playwright';
import { unzipSync, strFromU8 } from 'fflate';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TEST_STORIES_DIR } from '../playwright.config.ts';
import { test, expect, mapIdle } from './fixtures.ts';

const ARTICLE = readFileSync('tests/articles/test-convoy.txt', 'utf8');
const STORY_ID = '2024-10-02-test-outlet-this-is-a-test-text-for-dateline-s-editor-written';

/** Types into a field found by its label, as a keyboard would. */
async function type(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await field.fill(text);
}

/** Drafts the test article from the start screen, by keyboard, and waits for its places. */
async function draftArticle(page: Page, text = ARTICLE) {
  await page.goto('./editor.html');
  await type(page, 'Outlet', 'Test Outlet');
  await type(page, 'Publication date', '2024-10-02');
  await type(page, "Article's address (URL)", 'https://example.org/test-convoy');
  await type(page, "Article's text", text);
  await page.getByRole('button', { name: 'Draft the map' }).focus();
  await page.keyboard.press('Enter');
}

async function draftAndWait(page: Page) {
  await draftArticle(page);
  await expect(page.getByRole('heading', { name: 'Places (5)' })).toBeVisible({ timeout: 60_000 });
}

const row = (page: Page, name: string) =>
  page
    .getByRole('region', { name: /^Places \(/ })
    .getByRole('listitem')
    .filter({ hasText: name });

async function press(page: Page, name: string | RegExp) {
  await page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .focus();
  await page.keyboard.press('Enter');
}

test.beforeEach(() => {
  rmSync(TEST_STORIES_DIR, { recursive: true, force: true });
  mkdirSync(TEST_STORIES_DIR, { recursive: true });
});

test.describe('the editor', () => {
  test('drafts an article and reviews it by keyboard; the text shows each state', async ({
    page,
    watch,
  }) => {
    await draftAndWait(page);
    await expect(page.getByText('"next Tuesday" is after publication')).toBeVisible();
    await press(page, 'Accept Sidon');
    await press(page, 'Reject Springfield');
    await expect(row(page, 'Sidon')).toContainText('accepted');
    await expect(row(page, 'Springfield')).toContainText('rejected');
    await expect(page.getByRole('button', { name: 'Accept Sidon' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The article's mentions say their state, to the eye and to a screen reader.
    const mention = page
      .getByRole('region', { name: 'The article' })
      .getByRole('button', { name: 'Springfield' });
    await expect(mention).toHaveAccessibleDescription('rejected');
    await expect(
      page
        .getByRole('region', { name: 'The article' })
        .getByRole('button', { name: 'Tyre' })
        .first(),
    ).toHaveAccessibleDescription('awaiting review');
    // Choosing an alternative, and undoing it.
    await press(page, 'Springfield');
    await press(page, /^Choose Springfield, US$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Springfield' })).toBeVisible();
    await expect(row(page, 'Springfield')).toContainText('accepted');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(row(page, 'Springfield')).toContainText('rejected');
    await mapIdle(page);
    const map = await page.getByRole('region', { name: "The reader's map, live" }).boundingBox();
    expect(map && map.width > 300 && map.height > 300).toBe(true);
    expect(watch.problems).toEqual([]);
  });

  test('adds a place by search and one the gazetteer lacks by hand', async ({ page }) => {
    await draftAndWait(page);
    const search = page.getByRole('combobox', { name: 'Find it in the gazetteer' });
    await search.focus();
    await expect(page.getByText(/Downloading the gazetteer|Reading the gazetteer/)).toHaveCount(0, {
      timeout: 60_000,
    });
    await page.keyboard.type('Baalb');
    await expect(page.getByRole('option', { name: /Baalbek, Lebanon/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(row(page, 'Baalbek')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Baalbek' })).toBeVisible();
    await search.fill('Xyzzyville');
    await expect(
      page.getByText('No place in the offline gazetteer is called “Xyzzyville”'),
    ).toBeVisible();
    await type(page, 'Or add it by hand: its name', 'Xyzzyville');
    await page.keyboard.press('Enter');
    await expect(row(page, 'Xyzzyville')).toBeVisible();
    // A place by hand needs the source of its point: the validator says so at the field.
    await expect(page.getByText('Source of the point: must not be empty')).toBeVisible();
  });

  test('draws an area on the map: corners dragged by keyboard, added, typed, kept', async ({
    page,
  }) => {
    await draftAndWait(page);
    await press(page, /^Tyre/);
    await mapIdle(page);
    await page.getByLabel('Shape', { exact: true }).selectOption('drawn');
    // A square round the point, a handle on each corner, all on the map.
    const map = await page.getByRole('region', { name: "The reader's map, live" }).boundingBox();
    const handles = page.getByRole('button', { name: /^Move corner \d of Tyre's area$/ });
    await expect(handles).toHaveCount(4);
    for (const box of await Promise.all((await handles.all()).map((h) => h.boundingBox()))) {
      expect(box && map, 'corner handle and map boxes').toBeTruthy();
      expect(box!.x >= map!.x && box!.x + box!.width <= map!.x + map!.width).toBe(true);
      expect(box!.y >= map!.y && box!.y + box!.height <= map!.y + map!.height).toBe(true);
    }
    const longitude = page.getByLabel('Corner 2 longitude', { exact: true });
    const before = Number(await longitude.inputValue());
    await handles.nth(1).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await longitude.inputValue())).toBeGreaterThan(before);
    await press(page, 'Add a corner after corner 4');
    await expect(handles).toHaveCount(5);
    // Typed so the outline crosses itself: the validator says so at the corners.
    await type(page, 'Corner 5 longitude', '40');
    await expect(page.getByText(/crosses itself/).first()).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(/crosses itself/)).toHaveCount(0);
    await page.waitForFunction(() =>
      document.querySelector('.keep')?.textContent?.includes('kept in this browser'),
    );
    await page.reload();
    await expect(page.getByText(/^Restored/)).toBeVisible();
    await press(page, /^Tyre/);
    await expect(page.getByRole('group', { name: 'Corners of the area (5)' })).toBeVisible();
  });

  test('keeps every change: a reload brings back the story, the decisions and the undo', async ({
    page,
  }) => {
    await draftAndWait(page);
    await press(page, 'Accept Beirut');
    await press(page, 'Reject Springfield');
    await press(page, 'Story');
    await type(page, 'Headline', 'Convoy reaches Beirut');
    await page.waitForFunction(() =>
      document.querySelector('.keep')?.textContent?.includes('kept in this browser'),
    );
    await page.reload();
    await expect(page.getByText(/Restored “Convoy reaches Beirut”/)).toBeVisible();
    await expect(row(page, 'Beirut')).toContainText('accepted');
    await expect(row(page, 'Springfield')).toContainText('rejected');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
    await page.getByRole('button', { name: 'Undo' }).click();
    await press(page, 'Story');
    await expect(page.getByLabel('Headline', { exact: true })).not.toHaveValue(
      'Convoy reaches Beirut',
    );
  });

  test('exports the story folder and imports it back unchanged', async ({ page }, testInfo) => {
    await draftAndWait(page);
    await press(page, 'Accept Tyre');
    const exported = async () => {
      const download = page.waitForEvent('download');
      await press(page, 'Export folder');
      const file = await download;
      const path = testInfo.outputPath(`${Date.now()}-${file.suggestedFilename()}`);
      await file.saveAs(path);
      return { path, name: file.suggestedFilename() };
    };
    const first = await exported();
    expect(first.name).toBe(`${STORY_ID}.zip`);
    const files = (path: string) =>
      Object.fromEntries(
        Object.entries(unzipSync(readFileSync(path))).map(([name, data]) => [
          name,
          strFromU8(data),
        ]),
      );
    // Change the open story, then import the export over it: it comes back as it was.
    await press(page, 'Reject Tyre');
    await press(page, 'New or open');
    await page.getByLabel(/An exported story/).setInputFiles(first.path);
    await expect(page.getByText(`Imported “${STORY_ID}” over the open story`)).toBeVisible();
    await expect(row(page, 'Tyre')).toContainText('accepted');
    const second = await exported();
    expect(files(second.path)).toEqual(files(first.path));
    expect(Object.keys(files(first.path)).sort()).toEqual([
      `${STORY_ID}/places.geojson`,
      `${STORY_ID}/story.json`,
    ]);
  });

  test('saves to disk, and refuses to overwrite a file changed on disk since', async ({
    page,
    watch,
  }) => {
    // The server's refusal, 409, which the browser logs.
    watch.expectProblem(/status of 409/);
    await draftAndWait(page);
    await press(page, 'Save to disk');
    await expect(page.getByText(`Saved to geodata/stories/${STORY_ID}/.`)).toBeVisible();
    const placesFile = join(TEST_STORIES_DIR, STORY_ID, 'places.geojson');
    expect(existsSync(placesFile)).toBe(true);
    // Someone else changes the file on disk; this editor then changes the story and saves.
    writeFileSync(placesFile, readFileSync(placesFile, 'utf8').replace('"Sidon"', '"Saida"'));
    await press(page, 'Accept Sidon');
    await press(page, 'Save to disk');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect(alert).toContainText(
      `places.geojson changed on disk since you opened it. Your version is kept here.`,
    );
    expect(readFileSync(placesFile, 'utf8')).toContain('"Saida"');
    await expect(row(page, 'Sidon')).toContainText('accepted');
    // Overwriting is a choice the editor offers, by name.
    await alert.getByRole('button', { name: 'Overwrite the disk version with mine' }).click();
    await expect.poll(() => readFileSync(placesFile, 'utf8')).not.toContain('"Saida"');
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0);
  });

  test('refuses to save a story id that is not a slug, and says so at the field', async ({
    page,
  }) => {
    await draftAndWait(page);
    await press(page, 'Story');
    await type(page, "Story id (the folder's name)", 'Not A Slug!');
    await expect(
      page.getByText(
        /Story id \(the folder's name\): the folder name "Not A Slug!" must be a lowercase slug/,
      ),
    ).toBeVisible();
    await press(page, 'Save to disk');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Not saved: the validator finds 1 problem' }),
    ).toBeVisible();
    await press(page, 'Go to the field');
    await expect(page.getByLabel("Story id (the folder's name)")).toBeFocused();
  });

  test('publishes a reviewed draft as version 1 and gives the embed code', async ({ page }) => {
    await draftAndWait(page);
    await press(page, 'Publish');
    await expect(page.getByRole('alert').filter({ hasText: 'Not published yet' })).toContainText(
      '5 places await review',
    );
    for (const name of ['Sidon', 'Lebanon', 'Tyre', 'Beirut']) await press(page, `Accept ${name}`);
    await press(page, 'Reject Springfield');
    await press(page, 'Publish');
    // Nothing is written until the person confirms, in the panel that takes the focus.
    const panel = page.getByRole('region', { name: 'Publish version 1' });
    await expect(panel.getByRole('heading', { name: 'Publish version 1' })).toBeFocused();
    await expect(panel).toContainText('first version');
    expect(existsSync(join(TEST_STORIES_DIR, STORY_ID, 'versions'))).toBe(false);
    await panel.getByLabel('Published by (optional)').fill('A. Editor');
    await press(page, 'Publish version 1');
    await expect(page.getByText(/^Published version 1 in geodata\/stories\//)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Embed it' })).toHaveValue(
      new RegExp(`embed\\.html\\?story=${STORY_ID}`),
    );
    const folder = join(TEST_STORIES_DIR, STORY_ID);
    const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8'));
    expect(story.status).toBeUndefined();
    expect(readFileSync(join(folder, 'places.geojson'), 'utf8')).not.toContain('Springfield');
    expect(JSON.parse(readFileSync(join(folder, 'versions/1/version.json'), 'utf8'))).toMatchObject(
      { version: 1, by: 'A. Editor' },
    );
    expect(readFileSync(join(folder, 'versions/1/story.json'), 'utf8')).toBe(
      readFileSync(join(folder, 'story.json'), 'utf8'),
    );
  });

  test('publishes a correction as the next version: what changed, then the log and the place', async ({
    page,
    watch,
  }) => {
    // The refusal below is the server's answer, 422, which the browser logs.
    watch.expectProblem(/status of 422/);
    const id = 'test-developing-story';
    const folder = join(TEST_STORIES_DIR, id);
    cpSync(join('tests/stories', id), folder, { recursive: true });
    await page.goto('./editor.html');
    await press(page, /^Test story: strikes on Yemen/);
    await press(page, /^Sanaa/);
    // Sanaa is moved about 1 km: without a word in the change log, publishing is refused.
    await type(page, 'Longitude', '44.21667');
    await press(page, 'Publish');
    await expect(page.getByRole('alert').filter({ hasText: 'Not published' })).toContainText(
      'the change log says nothing of it',
    );
    expect(existsSync(join(folder, 'versions/5'))).toBe(false);

    await press(page, 'Story');
    // The published entries stand as they are; a new one is written here.
    await expect(page.getByText('Published: it stays as it is.').first()).toBeVisible();
    await press(page, 'Add a change');
    const entry = page.getByRole('group', { name: /^Change \d+$/ }).last();
    await entry.getByLabel('Kind').selectOption('correction');
    await entry.getByLabel('When (with its offset from UTC)').fill('2024-10-03T09:00:00Z');
    await entry
      .getByLabel('What changed, as readers will read it')
      .fill('An earlier version put Sanaa 1 km west of its GeoNames point.');
    await entry.getByRole('checkbox', { name: 'Sanaa' }).check();
    await press(page, 'Publish');

    const panel = page.getByRole('region', { name: 'Publish version 5' });
    await expect(panel.getByRole('heading', { name: 'Publish version 5' })).toBeFocused();
    await expect(panel.getByRole('listitem').filter({ hasText: 'Sanaa' }).first()).toBeVisible();
    await expect(panel).toContainText(/moved/i);
    await press(page, 'Publish version 5');
    await expect(page.getByText(/^Published version 5 in geodata\/stories\//)).toBeVisible();
    const published = JSON.parse(readFileSync(join(folder, 'versions/5/story.json'), 'utf8'));
    expect(published.changes.at(-1)).toMatchObject({ type: 'correction', places: ['sanaa'] });

    // The reader's view: the correction at the top of the story and on its place.
    const log = page.getByRole('region', { name: 'Updates and corrections' });
    await expect(log).toContainText('Updated 3 Oct 2024, 09:00 UTC · Correction:');
    await expect(log).toContainText('1 km west of its GeoNames point');
    // Sanaa, chosen to be moved, is still the chosen place: its card shows what changed there.
    await expect(page.getByRole('button', { name: /^Sanaa City/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const card = page.getByRole('group', { name: 'Changes here' });
    await expect(card.first()).toContainText('1 km west of its GeoNames point');
  });

  test('is axe clean, and at phone width the review fits the screen', async ({ page }) => {
    await draftAndWait(page);
    await mapIdle(page);
    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
    expect(severe).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    const accept = page.getByRole('button', { name: 'Accept Sidon' });
    await accept.scrollIntoViewIfNeeded();
    const box = await accept.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.height >= 32).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await accept.click();
    await expect(row(page, 'Sidon')).toContainText('accepted');
  });
});

test.describe('bad input', () => {
  for (const { name, text, message } of [
    { name: 'an empty article', text: '   ', message: "Article's text: is empty" },
    {
      name: 'a 2 MB article',
      text: 'word '.repeat(400_000),
      message: /Article's text: has 2,000,000 characters, more than one article's 500,000/,
    },
    {
      name: 'an article in another language',
      text: 'Ein Konvoi von Lastwagen verließ am Montag Tyros in Richtung Sidon, teilten die Organisatoren mit. Er erreichte Beirut am späten Dienstag, wie der Stadtrat mitteilte, und wurde von vielen Menschen begrüßt.',
      message: /does not read as English/,
    },
    {
      name: 'a text that names no place',
      text: 'The committee met and talked for a long time about the budget and said that it would meet again soon.',
      message: /names no place the gazetteer knows/,
    },
  ]) {
    test(`says what is wrong with ${name}, at the field, and keeps the text`, async ({ page }) => {
      await draftArticle(page, text);
      await expect(page.getByText(message)).toBeVisible({ timeout: 60_000 });
      await expect(page.getByLabel("Article's text")).toHaveValue(text);
    });
  }

  test('a damaged draft in storage is reported and kept, not opened or thrown away', async ({
    page,
  }) => {
    await page.goto('./editor.html');
    await page.locator('[data-ready="true"]').waitFor();
    await page.evaluate(async () => {
      const open = indexedDB.open('dateline-editor', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('drafts');
        open.result.createObjectStore('session');
      };
      const db: IDBDatabase = await new Promise(
        (resolve) => (open.onsuccess = () => resolve(open.result)),
      );
      const tx = db.transaction(['drafts', 'session'], 'readwrite');
      tx.objectStore('drafts').put(
        {
          format: 'dateline-editor-draft/1',
          storyId: 'broken',
          present: { storyId: 'broken', warnings: [], article: null, meta: 5 },
        },
        'broken',
      );
      tx.objectStore('session').put('broken', 'open');
      await new Promise((resolve) => (tx.oncomplete = resolve));
    });
    await page.reload();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The draft “broken” kept in this browser cannot be opened' });
    await expect(alert).toContainText('It is kept as it was.');
    await expect(alert.getByRole('button', { name: 'Download it as it was' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'broken', exact: true })).toBeVisible();
    await expect(page.getByText('damaged: cannot be opened')).toBeVisible();
  });

  for (const { name, file, message } of [
    {
      name: 'a picture',
      file: { name: 'map.zip', mimeType: 'application/zip', buffer: Buffer.from('\x89PNG\r\n') },
      message: 'Not imported: map.zip is not a zip file',
    },
    {
      name: 'foreign GeoJSON',
      file: {
        name: 'places.geojson',
        mimeType: 'application/json',
        buffer: Buffer.from('{"type":"FeatureCollection","features":[]}'),
      },
      message: 'choose a story’s .zip, or its story.json and places.geojson together',
    },
  ]) {
    test(`an import of ${name} is refused with a clear message`, async ({ page }) => {
      await page.goto('./editor.html');
      await page.getByLabel(/An exported story/).setInputFiles(file);
      await expect(page.getByRole('alert')).toContainText(message);
    });
  }
});

test.describe('the disk endpoint', () => {
  const save = {
    files: { 'story.json': '{}', 'places.geojson': '{}' },
    base: { 'story.json': null, 'places.geojson': null },
  };

  async function token(page: Page): Promise<string> {
    await page.goto('./editor.html');
    return (await page.locator('meta[name="dateline-editor-token"]').getAttribute('content')) ?? '';
  }

  test('refuses requests from another origin, without the token, or for a bad story id', async ({
    page,
    request,
    baseURL,
  }) => {
    const secret = await token(page);
    expect(secret.length).toBeGreaterThan(20);
    const origin = new URL(baseURL ?? '').origin;
    const url = (id: string) => `${origin}/__dateline/editor/stories/${id}`;
    const cases: { headers: Record<string, string>; id: string; status: number }[] = [
      {
        headers: {
          origin: 'https://evil.example',
          'sec-fetch-site': 'cross-site',
          'x-dateline-token': secret,
        },
        id: 'a',
        status: 403,
      },
      { headers: { origin, 'sec-fetch-site': 'same-origin' }, id: 'a', status: 403 },
      {
        headers: { origin, 'sec-fetch-site': 'same-origin', 'x-dateline-token': 'guess' },
        id: 'a',
        status: 403,
      },
      {
        headers: { origin, 'sec-fetch-site': 'same-origin', 'x-dateline-token': secret },
        id: '..%2F..%2Fgeodata',
        status: 400,
      },
      {
        headers: { origin, 'sec-fetch-site': 'same-origin', 'x-dateline-token': secret },
        id: 'Bad%20Id',
        status: 400,
      },
    ];
    for (const { headers, id, status } of cases) {
      const response = await request.put(url(id), { headers, data: save });
      expect(response.status(), `${id} ${JSON.stringify(headers)}`).toBe(status);
      expect((await response.json()).error).toBeTruthy();
    }
    expect(existsSync(join(TEST_STORIES_DIR, 'a'))).toBe(false);
  });

  test('a page on another origin cannot write, nor read the token', async ({
    page,
    baseURL,
    watch,
  }) => {
    const target = new URL(baseURL ?? '').origin;
    const elsewhere = 'http://127.0.0.1:4219';
    // The other page is this test's own, and the browser says so each time it blocks it.
    watch.allowOrigin(elsewhere);
    watch.expectProblem(/has been blocked by CORS policy|net::ERR_FAILED/);
    await page.route(`${elsewhere}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>' }),
    );
    await page.goto(`${elsewhere}/page.html`);
    const outcome = await page.evaluate(async (target) => {
      const attempts: string[] = [];
      const tryIt = async (what: string, run: () => Promise<Response>) => {
        try {
          const response = await run();
          attempts.push(`${what}: ${response.type} ${response.status}`);
        } catch {
          attempts.push(`${what}: blocked`);
        }
      };
      const body = JSON.stringify({ files: {}, base: {} });
      await tryIt('with a token header', () =>
        fetch(`${target}/__dateline/editor/stories/x`, {
          method: 'PUT',
          headers: { 'x-dateline-token': 'guess' },
          body,
        }),
      );
      await tryIt('as a simple request', () =>
        fetch(`${target}/__dateline/editor/stories/x`, { method: 'POST', mode: 'no-cors', body }),
      );
      await tryIt('reading the editor page', () => fetch(`${target}/editor.html`));
      return attempts;
    }, target);
    // The browser stops the first and the last; the second may go out, opaque, and the
    // server refuses it (the request tests above): either way nothing is written.
    expect(outcome[0]).toBe('with a token header: blocked');
    expect(outcome[1]).toMatch(/^as a simple request: (blocked|opaque 0)$/);
    expect(outcome[2]).toBe('reading the editor page: blocked');
    expect(existsSync(join(TEST_STORIES_DIR, 'x'))).toBe(false);
  });
});
