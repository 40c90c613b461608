/**
 * The bench's baseline: MapLibre drawing the app's basemap and nothing else, so the harness
 * can tell what the app adds on top of MapLibre itself (scripts/bench.ts).
 *
 * Everything the page needs comes in its query string, so it fetches nothing but MapLibre
 * and the basemap:
 *   basemap  the basemap GeoJSON's URL, relative to this page (`data/<id>/basemap.json`)
 *   bounds   the story's bounds as `west,south,east,north` in degrees
 *   w, h     the map's size in CSS pixels (the app's map container), else the whole window
 */
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapLayers, basemapSource } from '../../src/lib/map/basemap-layers.ts';
import { provideDotImages } from '../../src/lib/map/dot-image.ts';

type Bounds = [west: number, south: number, east: number, north: number];

/** Reads `west,south,east,north`; fails with a message naming the parameter. */
function parseBounds(value: string | null): Bounds {
  const numbers = (value ?? '').split(',').map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    throw new Error(`bounds="${value}": expected west,south,east,north in degrees`);
  }
  return numbers as Bounds;
}

/** Reads a size in CSS pixels, or null when the parameter is absent. */
function parsePixels(name: string, value: string | null): number | null {
  if (value === null) return null;
  const pixels = Number(value);
  if (!Number.isInteger(pixels) || pixels <= 0) throw new Error(`${name}="${value}": expected px`);
  return pixels;
}

const params = new URLSearchParams(location.search);
const basemapUrl = params.get('basemap');
if (!basemapUrl) throw new Error('basemap=: the basemap GeoJSON URL is required');
const bounds = parseBounds(params.get('bounds'));
const width = parsePixels('w', params.get('w'));
const height = parsePixels('h', params.get('h'));

const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');
if (width !== null) container.style.width = `${width}px`;
if (height !== null) container.style.height = `${height}px`;

setWorkerUrl(workerUrl);

// The same map options as the app's StoryMap.gl.svelte that change what is drawn.
const map = new Map({
  container,
  style: {
    version: 8,
    sources: { basemap: basemapSource(basemapUrl) },
    layers: basemapLayers('basemap'),
  },
  bounds,
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  maxZoom: 12,
});
// The basemap's city dots are icons the map is given, as in the app.
provideDotImages(map);
// The same signal as the app: set on the container at MapLibre's first `idle`.
map.once('idle', () => container.setAttribute('data-map-state', 'idle'));
