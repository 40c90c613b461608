/**
 * Weighing what a page downloaded: gzip -9 sizes, and which part of it is MapLibre's.
 * Sizes are gzip -9 of each body (node's zlib), as a static host serving pre-compressed
 * files would send them; the bench's own server sends bodies uncompressed.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const sizes = new Map<string, number>();

/** gzip -9 size in bytes; cached by content, since every run downloads the same files. */
export function gzipSize(body: Uint8Array | string): number {
  const key = createHash('sha1').update(body).digest('hex');
  let size = sizes.get(key);
  if (size === undefined) {
    size = gzipSync(body, { level: 9 }).length;
    sizes.set(key, size);
  }
  return size;
}

/** The rows of the bytes breakdown, in the order they are reported. */
export const KINDS = [
  'maplibre js',
  'maplibre worker',
  'maplibre css',
  'app js',
  'app css',
  'story json',
  'basemap json',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export type Breakdown = Record<Kind, { files: number; bytes: number }>;

/** One downloaded body. */
export interface Download {
  url: string;
  body: Buffer;
  /** When it was requested and when its body had arrived, in ms from navigation start. */
  startMs: number;
  endMs: number;
}

/** MapLibre's CSS and the strings its code carries: its class names all start so. */
const MAPLIBRE_MARK = 'maplibregl-';

/**
 * Splits a stylesheet into its top-level items (rules, at-rule blocks, statements), skipping
 * strings and comments, so each can be told apart as MapLibre's or the app's.
 */
export function splitCssItems(css: string): string[] {
  const items: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") {
      for (i++; i < css.length && css[i] !== char; i++) if (css[i] === '\\') i++;
    } else if (char === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 1;
    } else if (char === '{') depth++;
    else if (char === '}' || (char === ';' && depth === 0)) {
      if (char === '}') depth--;
      if (depth === 0) {
        items.push(css.slice(start, i + 1));
        start = i + 1;
      }
    }
  }
  if (css.slice(start).trim()) items.push(css.slice(start));
  return items;
}

/**
 * Shares a stylesheet's gzip size between MapLibre's rules and the rest: each part is
 * gzipped alone, and the two sizes are scaled to add up to the whole file's.
 */
export function splitCssBytes(css: string): { maplibre: number; app: number } {
  const items = splitCssItems(css);
  const maplibre = items.filter((item) => item.includes(MAPLIBRE_MARK)).join('');
  const app = items.filter((item) => !item.includes(MAPLIBRE_MARK)).join('');
  const total = gzipSize(css);
  if (!maplibre) return { maplibre: 0, app: total };
  if (!app.trim()) return { maplibre: total, app: 0 };
  const a = gzipSize(maplibre);
  const b = gzipSize(app);
  const maplibreShare = Math.round((total * a) / (a + b));
  return { maplibre: maplibreShare, app: total - maplibreShare };
}

/**
 * Sorts a page's downloads into the breakdown's kinds.
 *
 * Scripts that carry MapLibre's code are bundled with the page's own code, so MapLibre's
 * share of them is `maplibreJsBytes` (the gzip size of MapLibre's chunk in the bare page's
 * build, where it is a chunk of its own) and the rest is the page's own code.
 */
export function breakdown(downloads: Download[], maplibreJsBytes: number): Breakdown {
  const result = Object.fromEntries(
    KINDS.map((kind) => [kind, { files: 0, bytes: 0 }]),
  ) as Breakdown;
  const add = (kind: Kind, bytes: number, files = 1) => {
    result[kind].files += files;
    result[kind].bytes += bytes;
  };
  let scriptsWithMaplibre = 0;
  let scriptsWithMaplibreCount = 0;
  for (const { url, body } of downloads) {
    const path = new URL(url).pathname;
    const bytes = gzipSize(body);
    if (/\/maplibre-gl-worker[^/]*\.m?js$/.test(path)) add('maplibre worker', bytes);
    else if (/\.m?js$/.test(path)) {
      if (body.includes(MAPLIBRE_MARK)) {
        scriptsWithMaplibre += bytes;
        scriptsWithMaplibreCount++;
      } else add('app js', bytes);
    } else if (path.endsWith('.css')) {
      const { maplibre, app } = splitCssBytes(body.toString('utf8'));
      if (maplibre > 0) add('maplibre css', maplibre);
      if (app > 0) add('app css', app);
    } else if (/\/data\/[^/]+\/basemap\.json$/.test(path)) add('basemap json', bytes);
    else if (/\/data\/([^/]+\/story|index)\.json$/.test(path)) add('story json', bytes);
    else add('other', bytes);
  }
  if (scriptsWithMaplibreCount > 0) {
    const maplibre = Math.min(maplibreJsBytes, scriptsWithMaplibre);
    add('maplibre js', maplibre, scriptsWithMaplibreCount);
    if (scriptsWithMaplibre > maplibre) add('app js', scriptsWithMaplibre - maplibre, 0);
  }
  return result;
}
