/**
 * The still picture's camera against MapLibre's own: `fitBoundsCamera` (src/lib/map/
 * fit-bounds.ts) computes without a map where `fitBounds` will put the live map, so the
 * picture drawn at build time lines up with it. Here a real MapLibre map, in the browser,
 * answers `cameraForBounds` for the same boxes, paddings and bounds; an upgrade of MapLibre
 * that changes its fit fails here, by name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from './fixtures.ts';
import { fitBoundsCamera } from '../src/lib/map/fit-bounds.ts';
import type { Bounds } from '../src/lib/geo/types.ts';
import type { Padding } from '../src/lib/story/types.ts';

const require = createRequire(import.meta.url);
const even = (p: number): Padding => ({ top: p, right: p, bottom: p, left: p });

const CASES: { name: string; bounds: Bounds; box: [number, number]; padding: Padding }[] = [
  {
    name: 'the seed story on a desktop',
    bounds: [33.33, 13.8, 54, 34.83],
    box: [896, 630],
    padding: even(24),
  },
  {
    name: 'the seed story on a phone',
    bounds: [33.33, 13.8, 54, 34.83],
    box: [390, 506],
    padding: even(24),
  },
  {
    name: 'uneven padding',
    bounds: [33.33, 13.8, 54, 34.83],
    box: [960, 600],
    padding: { top: 40, right: 103, bottom: 24, left: 30 },
  },
  {
    name: 'across the antimeridian',
    bounds: [174, -22.14, 189.23, -12.83],
    box: [640, 427],
    padding: even(24),
  },
  {
    name: 'near the pole',
    bounds: [-52.7, 63.2, 19.96, 79.22],
    box: [1280, 630],
    padding: even(24),
  },
  {
    name: 'a tiny box, capped at maxZoom',
    bounds: [35.5, 33.89, 35.5001, 33.8901],
    box: [320, 256],
    padding: even(24),
  },
];

test('fitBoundsCamera puts the camera where MapLibre’s cameraForBounds does', async ({
  page,
  watch,
}) => {
  const dist = require.resolve('maplibre-gl/dist/maplibre-gl.mjs');
  await page.route('**/__maplibre__/page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><div id="map"></div>' }),
  );
  await page.route('**/__maplibre__/maplibre-gl.mjs', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: readFileSync(dist, 'utf8') }),
  );
  await page.route('**/__maplibre__/maplibre-gl-worker.mjs', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(dist.replace('maplibre-gl.mjs', 'maplibre-gl-worker.mjs'), 'utf8'),
    }),
  );
  await page.goto('./__maplibre__/page.html');
  const cameras = await page.evaluate(async (cases) => {
    const { Map, setWorkerUrl } = await import(`${location.origin}/__maplibre__/maplibre-gl.mjs`);
    setWorkerUrl(`${location.origin}/__maplibre__/maplibre-gl-worker.mjs`);
    const container = document.getElementById('map')!;
    const results: { zoom: number; center: [number, number] }[] = [];
    for (const { bounds, box, padding } of cases) {
      container.style.width = `${box[0]}px`;
      container.style.height = `${box[1]}px`;
      const map = new Map({
        container,
        style: { version: 8, sources: {}, layers: [] },
        maxZoom: 12,
        attributionControl: false,
      });
      const camera = map.cameraForBounds(bounds, { padding });
      results.push({ zoom: camera.zoom, center: [camera.center.lng, camera.center.lat] });
      map.remove();
    }
    return results;
  }, CASES);

  CASES.forEach(({ name, bounds, box: [width, height], padding }, i) => {
    const ours = fitBoundsCamera({ bounds, width, height, padding });
    const theirs = cameras[i]!;
    expect(ours.zoom, `${name}: zoom`).toBeCloseTo(theirs.zoom, 6);
    // The same meridian, whichever way round the world each writes it.
    const apart = ours.center[0] - theirs.center[0];
    expect(apart - 360 * Math.round(apart / 360), `${name}: longitude`).toBeCloseTo(0, 6);
    expect(ours.center[1], `${name}: latitude`).toBeCloseTo(theirs.center[1], 6);
  });
  expect(watch.problems).toEqual([]);
});
