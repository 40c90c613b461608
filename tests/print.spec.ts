import { readFileSync } from 'node:fs';
import { test, expect, mapIdle, placeCard, SEED_STORY, TEST_STORY } from './fixtures.ts';

test.describe('the printed handout', () => {
  test('shows the still picture, the steps and the credits, and no buttons', async ({ page }) => {
    await page.goto(`./?story=${SEED_STORY}`);
    await mapIdle(page);
    const picture = page.locator('img.print-picture');
    // On screen the handout is not there.
    await expect(picture).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('alt', /Map of the story's places: .*Hodeidah/);
    await expect
      .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    // Its smallest name, at the size the picture prints, is one a reader can read on paper.
    const smallestNamePt = await picture.evaluate(async (image: HTMLImageElement) => {
      const svg = await (await fetch(image.src)).text();
      const sizes = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      const viewHeight = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)![1]);
      const cssPxPerUnit = image.getBoundingClientRect().height / viewHeight;
      return Math.min(...sizes) * cssPxPerUnit * 0.75;
    });
    expect(smallestNamePt).toBeGreaterThanOrEqual(6);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const handout = page.getByRole('region', { name: 'The story, step by step' });
    await expect(handout.getByRole('listitem').first()).toContainText('The region at a glance');
    await expect(handout.getByRole('listitem')).toHaveCount(7);
    await expect(handout).toContainText('Where the locations come from');
    await expect(page.locator('footer.credits')).toBeVisible();
    await expect(page.locator('footer.credits')).toContainText('Natural Earth');
    await expect(page.getByRole('button', { name: 'Share or embed' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Next step' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Places', exact: true })).toBeHidden();
    await expect(page.locator('.maplibregl-canvas')).toBeHidden();
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('slider').filter({ visible: true }).count()).toBe(0);

    await page.emulateMedia({ media: 'screen' });
    await expect(picture).toBeHidden();
  });

  test('pictures the place the reader chose, and the story again once the card is closed', async ({
    page,
  }) => {
    await page.goto(`./?story=${TEST_STORY}&place=hodeidah-port`);
    await mapIdle(page);
    const picture = page.locator('img.print-picture');
    await page.emulateMedia({ media: 'print' });
    // Drawn in the page for the place's frame, and shown.
    await expect
      .poll(() => picture.getAttribute('src'), { timeout: 15_000 })
      .toMatch(/^data:image\/svg\+xml/);
    await expect
      .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    const svg = decodeURIComponent((await picture.getAttribute('src'))!.split(',')[1]!);
    expect(svg).toContain('Port of Hodeidah');
    // Tel Aviv, 2,000 km north, is outside the place's frame.
    expect(svg).not.toMatch(/>Tel Aviv</);
    await page.emulateMedia({ media: 'screen' });
    await placeCard(page, /^Port of Hodeidah/)
      .getByRole('button', { name: /Close/ })
      .click();
    await expect(picture).toHaveAttribute('src', new RegExp(`data/${TEST_STORY}/print\\.svg$`));
  });

  test('the seed story prints on one A4 page', async ({ page }, testInfo) => {
    await page.goto(`./?story=${SEED_STORY}`);
    await mapIdle(page);
    await expect
      .poll(() =>
        page.locator('img.print-picture').evaluate((image: HTMLImageElement) => image.complete),
      )
      .toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    await testInfo.attach('handout.pdf', { body: pdf, contentType: 'application/pdf' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});

test.describe('saving the current view for slides', () => {
  test('downloads a PNG at twice the map size, credits below, not blank', async ({ page }) => {
    await page.goto(`./?story=${SEED_STORY}`);
    await mapIdle(page);
    const size = await page.locator('.maplibregl-canvas').evaluate((canvas: HTMLCanvasElement) => ({
      width: canvas.clientWidth,
      height: canvas.clientHeight,
      drawn: canvas.width,
    }));
    const downloads = page.getByRole('region', { name: 'Picture for slides' });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('button', { name: 'Save this view as PNG' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`${SEED_STORY}-view.png`);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Width and height sit at bytes 16-23 of the PNG header: the map at twice its CSS size,
    // and a band of small print below it: the credit line (28 px, 56 at 2x), then the note on
    // the borders in one or more further lines of 17 px (34 at 2x).
    expect(bytes.readUInt32BE(16)).toBe(size.width * 2);
    const band = bytes.readUInt32BE(20) - size.height * 2;
    expect(band).toBeGreaterThan(56);
    expect((band - 56) % 34).toBe(0);
    await expect(downloads.getByRole('status')).toHaveText('PNG of this view ready.');
    // The map on screen is back at its own pixel ratio.
    expect(
      await page
        .locator('.maplibregl-canvas')
        .evaluate((canvas: HTMLCanvasElement) => canvas.width),
    ).toBe(size.drawn);

    // Decode it in the page and sample the map and the band: not one flat colour.
    const colours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const seen = new Set<string>();
      for (let y = 0.05; y < 1; y += 0.1) {
        for (let x = 0.05; x < 1; x += 0.1) {
          const pixel = context.getImageData(
            Math.floor(x * canvas.width),
            Math.floor(y * canvas.height),
            1,
            1,
          ).data;
          seen.add(pixel.join(','));
        }
      }
      // The band's top-left corner is white.
      const band = context.getImageData(1, canvas.height - 2, 1, 1).data;
      return { distinct: seen.size, band: [...band] };
    }, bytes.toString('base64'));
    expect(colours.distinct).toBeGreaterThan(3);
    expect(colours.band).toEqual([255, 255, 255, 255]);
  });
});
