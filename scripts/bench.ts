/**
 * `npm run bench`: how much the app's first view costs over MapLibre alone.
 *
 * Builds the app (`npm run build` → dist/) and the bare MapLibre page (bench/bare →
 * bench/dist-bare), serves both from 127.0.0.1, and loads each N times in headless Chromium,
 * alternating, in a fresh browser context (cold cache) each time: once as served, and once
 * throttled to "slow 4G" (DevTools network emulation: 1.6 Mbps down, 750 kbps up, 150 ms
 * round trip). A host page on a second origin embeds the map as the share dialog's code does
 * and records its own layout shift (Layout Instability API) until the embed's map is idle. A run ends when the map's
 * container carries `data-map-state="idle"` (set at MapLibre's first `idle`); it measures the
 * time from navigation start to then and the gzip -9 size of every body downloaded by then.
 * Prints a markdown table and writes it to bench-results/latest.md. It reports targets as
 * PASS/OVER and exits 0 whatever they say; it exits 1 only when it cannot measure.
 *
 *   npm run bench -- [--runs 5] [--warmup 1] [--story <id>] [--no-build]
 *
 * --runs: counted loads per page; --warmup: uncounted loads per page first (the first app load
 * also gives the bare map the app's map size); --story: default is dist/data/index.json's;
 * --no-build: reuse dist/ as it is. The bare page is rebuilt every time (a few seconds) and
 * bench/dist-bare removed on exit, so `eslint .` never sees its bundle.
 *
 * The idle time is taken in the page by a MutationObserver installed before any page script
 * (`addInitScript`): it reads `performance.now()` in the microtask after the attribute is set.
 * The app sets it from a Svelte effect one microtask after MapLibre's `idle` event, the bare
 * page synchronously in the handler, so both are read within well under a millisecond of idle.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Response } from '@playwright/test';
import { serveStatic, type StaticServer } from '../bench/server.ts';
import { breakdown, gzipSize, type Download } from '../bench/weigh.ts';
import { renderReport, type PageSummary } from '../bench/report.ts';
import { CHROMIUM_LAUNCH } from './chromium.ts';
import { FIGURE_HEIGHT_PX } from '../src/lib/embed/figure.ts';
import { embedCode } from '../src/lib/embed/snippet.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BARE_DIST = join(ROOT, 'bench/dist-bare');
const MAPLIBRE_DIST = join(ROOT, 'node_modules/maplibre-gl/dist');
const RESULTS = join(ROOT, 'bench-results/latest.md');
const VIEWPORT = { width: 1280, height: 800 };
/**
 * The embed page alone is loaded at the size of the figure the share dialog's code makes (the
 * window's width, the figure's fixed height), as a host page shows it: in a 1280 × 800 window
 * its map would be half as large again as the app's, and the bare page's.
 */
const EMBED_VIEWPORT = { width: VIEWPORT.width, height: FIGURE_HEIGHT_PX };
/** SwiftShader is slow and the machine shared: a first view may take tens of seconds. */
const IDLE_TIMEOUT_MS = 120_000;
/** Failed loads (warm-ups included) after which a page's remaining runs are skipped. */
const MAX_FAILURES = 2;

/** The network a page is loaded over: as served, or throttled like a slow phone network. */
type Profile = 'unthrottled' | 'slow4g';
/** Chrome DevTools' "Slow 4G": bytes per second and round-trip latency. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
};

/**
 * Runs in each page before its own scripts: notes when the map container turns idle, and
 * when the still picture was painted (the page's User Timing mark `dateline-picture`).
 */
const IDLE_PROBE = `(() => {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'dateline-picture' && window.__benchPictureAt === undefined) {
        window.__benchPictureAt = entry.startTime;
      }
    }
  }).observe({ type: 'mark', buffered: true });
  const note = () => {
    if (window.__benchIdleAt === undefined && document.querySelector('[data-map-state="idle"]')) {
      window.__benchIdleAt = performance.now();
    }
  };
  new MutationObserver(note).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'],
  });
  // The page's own layout shift (the host page's, where a map is embedded in it).
  window.__benchShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

interface Probe {
  __benchIdleAt?: number;
  __benchPictureAt?: number;
  __benchShift?: number;
}

interface Run {
  timeMs: number;
  /** The page's cumulative layout shift by then (the host page's, for an embed in one). */
  shift: number;
  /** When the still picture was painted, on pages that show one first (ms). */
  pictureMs: number | null;
  downloads: Download[];
  mapSize: { width: number; height: number } | null;
}

const log = (message: string) => console.error(`[bench] ${message}`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      story: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const count = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} ${value}: expected an integer ≥ ${min}`);
    return n;
  };
  return {
    runs: count('runs', values.runs, 1),
    warmup: count('warmup', values.warmup, 0),
    story: values.story ?? null,
    build: !values['no-build'],
  };
}

/** Runs a command with its output on stderr, so stdout carries only the report. */
function run(command: string, args: string[]): void {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read it as JSON (${String(error)})`, { cause: error });
  }
}

/** The story to draw and its bounds, from the compiled data in dist/. */
function readStory(requested: string | null): { id: string; bounds: number[] } {
  const index = readJson(join(DIST, 'data/index.json')) as { default?: unknown };
  const id = requested ?? index.default;
  if (typeof id !== 'string' || !id) throw new Error('dist/data/index.json: no default story');
  const { bounds } = readJson(join(DIST, 'data', id, 'story.json')) as { bounds?: unknown };
  if (!Array.isArray(bounds) || bounds.length !== 4 || !bounds.every(Number.isFinite)) {
    throw new Error(`dist/data/${id}/story.json: bounds is not [west, south, east, north]`);
  }
  return { id, bounds: bounds as number[] };
}

/** gzip -9 of MapLibre's own JS, worker and CSS as npm ships them. */
function maplibreOwnFiles(): Record<string, number> {
  const files = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];
  return Object.fromEntries(
    files.map((name) => [name, gzipSize(readFileSync(join(MAPLIBRE_DIST, name)))]),
  );
}

/** gzip -9 of MapLibre's chunk in the bare build: MapLibre's code as Vite bundles it. */
function bareMaplibreChunkBytes(): number {
  const assets = join(BARE_DIST, 'assets');
  const chunk = readdirSync(assets).find((name) => /^maplibre-.*\.js$/.test(name));
  if (!chunk) throw new Error(`${assets}: no maplibre-*.js chunk; see bench/vite.config.ts`);
  return gzipSize(readFileSync(join(assets, chunk)));
}

/**
 * Loads one page in a fresh context and waits for its map to be idle; for a host page, the
 * map of the frame it embeds (whose times are then the frame's, from the host's navigation).
 */
async function measure(
  browser: Browser,
  server: StaticServer,
  url: string,
  profile: Profile,
  viewport: { width: number; height: number },
): Promise<Run> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(IDLE_PROBE);
    const responses: Response[] = [];
    context.on('response', (response) => responses.push(response));
    const page = await context.newPage();
    if (profile === 'slow4g') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    }
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error')
        log(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) log(`HTTP ${response.status()} ${response.url()}`);
    });
    server.served.length = 0;
    await page.goto(url, { waitUntil: 'commit' });
    const hosted = url.includes('host.html');
    const frame = hosted
      ? await (await page.waitForSelector('iframe[data-dateline]')).contentFrame()
      : page.mainFrame();
    if (!frame) throw new Error(`${url}: the embed's frame did not load`);
    await frame.waitForFunction(() => (window as Probe).__benchIdleAt !== undefined, undefined, {
      timeout: IDLE_TIMEOUT_MS,
      polling: 50,
    });
    const seen = responses.filter((response) => response.url().startsWith('http'));
    // The frame's clock starts later than the host's: count from the host's navigation.
    const frameStart = hosted
      ? (await frame.evaluate(() => performance.timeOrigin)) -
        (await page.evaluate(() => performance.timeOrigin))
      : 0;
    const timeMs =
      frameStart + (await frame.evaluate(() => (window as Probe).__benchIdleAt ?? Number.NaN));
    const picture = await frame.evaluate(() => (window as Probe).__benchPictureAt ?? null);
    const pictureMs = picture === null ? null : frameStart + picture;
    const shift = await page.evaluate(() => (window as Probe).__benchShift ?? Number.NaN);
    const mapSize = await page.evaluate(() => {
      const element = document.querySelector('[data-map-state]');
      return element ? { width: element.clientWidth, height: element.clientHeight } : null;
    });
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const downloads: Download[] = [];
    for (const response of seen) {
      const body = await bodyOf(response, server);
      // Playwright's timing: startTime in epoch ms, the rest in ms after it (-1 if unknown).
      const timing = response.request().timing();
      const startMs = timing.startTime - timeOrigin;
      const endMs = timing.responseEnd >= 0 ? startMs + timing.responseEnd : Number.NaN;
      downloads.push({ url: response.url(), body, startMs, endMs });
    }
    const reported = new Set(downloads.map((download) => new URL(download.url).pathname));
    const idleAt = timeOrigin + timeMs;
    const missed = server.served.filter(({ path, at }) => at <= idleAt && !reported.has(path));
    if (missed.length > 0)
      log(
        `warning: served but not reported by the browser: ${missed.map((s) => s.path).join(', ')}`,
      );
    // The first view is what was asked for before the map was idle; the page goes on after.
    const firstView = downloads.filter((download) => !(download.startMs >= timeMs));
    return { timeMs, shift, pictureMs, downloads: firstView, mapSize };
  } finally {
    await context.close();
  }
}

/** A response's body; from disk if the browser no longer holds it (the server sends files as they are). */
async function bodyOf(response: Response, server: StaticServer): Promise<Buffer> {
  try {
    return await response.body();
  } catch {
    const file = await server.fileFor(new URL(response.url()).pathname);
    if (!file) throw new Error(`${response.url()}: no body and no file`);
    return readFileSync(file);
  }
}

function summarize(runs: Run[], failures: string[], maplibreJsBytes: number): PageSummary {
  const bytesOf = (run: Run) => run.downloads.reduce((sum, d) => sum + gzipSize(d.body), 0);
  const first = runs[0];
  return {
    timesMs: runs.map((run) => run.timeMs),
    shifts: runs.map((run) => run.shift),
    pictureMs: runs.flatMap((run) => (run.pictureMs === null ? [] : [run.pictureMs])),
    bytes: runs.map(bytesOf),
    requests: runs.map((run) => run.downloads.length),
    failures,
    breakdown: first ? breakdown(first.downloads, maplibreJsBytes) : null,
    files: (first?.downloads ?? []).map((d) => ({
      path: new URL(d.url).pathname,
      bytes: gzipSize(d.body),
      raw: d.body.length,
      startMs: d.startMs,
      endMs: d.endMs,
    })),
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  if (options.build) run('npm', ['run', 'build']);
  else if (!existsSync(join(DIST, 'index.html'))) throw new Error('--no-build: dist/ has no build');
  const servers: StaticServer[] = [];
  let browser: Browser | null = null;
  let hostDir: string | null = null;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await Promise.all(servers.map((server) => server.close()));
    if (hostDir) rmSync(hostDir, { recursive: true, force: true });
    // The bare build is remade every run; left in place, `eslint .` would lint its bundle.
    rmSync(BARE_DIST, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'bench/vite.config.ts']);
    const story = readStory(options.story);
    const maplibreJsBytes = bareMaplibreChunkBytes();
    const appServer = await serveStatic({ mounts: [{ prefix: '/', dir: DIST }] });
    servers.push(appServer);
    const bareServer = await serveStatic({
      mounts: [
        { prefix: '/data/', dir: join(DIST, 'data') },
        { prefix: '/', dir: BARE_DIST },
      ],
    });
    servers.push(bareServer);
    hostDir = mkdtempSync(join(tmpdir(), 'dateline-bench-host-'));
    writeFileSync(join(hostDir, 'host.html'), hostArticle(appServer.url, story.id));
    const hostServer = await serveStatic({ mounts: [{ prefix: '/', dir: hostDir }] });
    servers.push(hostServer);
    browser = await chromium.launch(CHROMIUM_LAUNCH);
    const appUrl = `${appServer.url}?story=${encodeURIComponent(story.id)}`;
    const embedUrl = `${appServer.url}embed.html?story=${encodeURIComponent(story.id)}`;
    let mapSize: Run['mapSize'] = null;
    const bareUrl = () => {
      const query = new URLSearchParams({
        basemap: `data/${story.id}/basemap.json`,
        bounds: story.bounds.join(','),
      });
      if (mapSize) {
        query.set('w', String(mapSize.width));
        query.set('h', String(mapSize.height));
      }
      return `${bareServer.url}?${query}`;
    };

    const target = (
      server: StaticServer,
      url: () => string,
      profile: Profile,
      viewport = VIEWPORT,
    ) => ({
      server,
      url,
      profile,
      viewport,
      runs: [] as Run[],
      failures: [] as string[],
      failed: 0,
    });
    const hostUrl = () => `${hostServer.url}host.html`;
    const pages = {
      app: target(appServer, () => appUrl, 'unthrottled'),
      bare: target(bareServer, bareUrl, 'unthrottled'),
      embed: target(appServer, () => embedUrl, 'unthrottled', EMBED_VIEWPORT),
      host: target(hostServer, hostUrl, 'unthrottled'),
      slowApp: target(appServer, () => appUrl, 'slow4g'),
      slowBare: target(bareServer, bareUrl, 'slow4g'),
      slowEmbed: target(appServer, () => embedUrl, 'slow4g', EMBED_VIEWPORT),
      slowHost: target(hostServer, hostUrl, 'slow4g'),
    };
    const schedule: { page: keyof typeof pages; counted: boolean }[] = [];
    const order = Object.keys(pages) as (keyof typeof pages)[];
    for (let i = 0; i < options.warmup; i++)
      schedule.push(...order.map((page) => ({ page, counted: false })));
    for (let i = 0; i < options.runs; i++)
      schedule.push(...order.map((page) => ({ page, counted: true })));

    for (const [step, { page, counted }] of schedule.entries()) {
      const target = pages[page];
      const label = `${step + 1}/${schedule.length} ${page}${counted ? '' : ' (warm-up)'}`;
      // A page that never goes idle (no WebGL, a broken build) would take the timeout every run.
      if (target.failed >= MAX_FAILURES) {
        if (counted) target.failures.push(`skipped after ${MAX_FAILURES} failures`);
        continue;
      }
      try {
        const result = await measure(
          browser,
          target.server,
          target.url(),
          target.profile,
          target.viewport,
        );
        // The bare map takes the app's map size, so both draw the same view.
        if (page === 'app' && !mapSize && result.mapSize) mapSize = result.mapSize;
        if (counted) target.runs.push(result);
        log(
          `${label}: idle at ${Math.round(result.timeMs)} ms, ${result.downloads.length} responses`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        target.failed++;
        if (counted) target.failures.push(message);
        log(`${label}: FAILED ${message}`);
      }
    }
    const warnings: string[] = [];
    for (const [name, { runs }] of Object.entries(pages)) {
      const bytes = runs.map((r) => r.downloads.reduce((sum, d) => sum + gzipSize(d.body), 0));
      if (new Set(bytes).size > 1) {
        warnings.push(
          `${name}: bytes differed between runs (${Math.min(...bytes)}–${Math.max(...bytes)}); the median is reported`,
        );
      }
    }
    const report = renderReport({
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      story: story.id,
      runs: options.runs,
      browser: `Chromium ${browser.version()}`,
      viewport: VIEWPORT,
      embedViewport: EMBED_VIEWPORT,
      mapSize,
      app: summarize(pages.app.runs, pages.app.failures, maplibreJsBytes),
      bare: summarize(pages.bare.runs, pages.bare.failures, maplibreJsBytes),
      embed: summarize(pages.embed.runs, pages.embed.failures, maplibreJsBytes),
      host: summarize(pages.host.runs, pages.host.failures, maplibreJsBytes),
      throttled: {
        app: summarize(pages.slowApp.runs, pages.slowApp.failures, maplibreJsBytes),
        bare: summarize(pages.slowBare.runs, pages.slowBare.failures, maplibreJsBytes),
        embed: summarize(pages.slowEmbed.runs, pages.slowEmbed.failures, maplibreJsBytes),
        host: summarize(pages.slowHost.runs, pages.slowHost.failures, maplibreJsBytes),
      },
      maplibreFiles: maplibreOwnFiles(),
      warnings,
    });
    process.stdout.write(report);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(RESULTS, report);
    log(`wrote ${RESULTS} in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    await cleanUp();
  }
}

/**
 * An article on another origin with the map pasted in as the share dialog writes it: text
 * above and below, so any change of the frame's height would move the words after it.
 */
function hostArticle(appUrl: string, story: string): string {
  const { html } = embedCode({ base: appUrl, state: { story }, title: 'the bench story' });
  const words = '<p>Words of the article, enough of them to fill a line or two.</p>'.repeat(6);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="max-width: 40rem; margin: 0 auto">${words}${html}${words}</body></html>`;
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
