/**
 * The page's URL parameters, shared by the full page and the embed, read and written here
 * only. Unknown or invalid values are ignored with a warning, so a mistyped link still opens
 * a working map; what the reader sees is written back so a link shares exactly that.
 */
import * as v from 'valibot';
import { IsoDate, isSlug } from '../data/schema.ts';
import { normalizeBounds } from '../geo/bounds.ts';
import type { Bounds, Units } from '../geo/types.ts';

export type Theme = 'light' | 'dark' | 'auto';

export interface PageParams {
  story: string | null;
  place: string | null;
  /** The map's view, `[west, south, east, north]`. */
  view: Bounds | null;
  units: Units | null;
  theme: Theme | null;
  /** `false` for a still map (print-like embeds). */
  interactive: boolean | null;
  /** The id of the story's step on screen. */
  step: string | null;
  /** The timeline's range, `YYYY-MM-DD` each; a range needs `from` ≤ `to`. */
  from: string | null;
  to: string | null;
  /** The published version asked for, 1 or more; absent: the latest. */
  version: number | null;
}

const UNITS: readonly string[] = ['mi', 'km'];
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

export function readParams(search: string, warn: (message: string) => void = () => {}): PageParams {
  const params = new URLSearchParams(search);
  const ignore = (name: string, value: string, why: string) =>
    warn(`Dateline: ignoring ${name}="${value}": ${why}`);
  const read = <T>(name: string, parse: (value: string) => T | null, why: string): T | null => {
    const value = params.get(name);
    if (value === null) return null;
    const parsed = parse(value);
    if (parsed === null) ignore(name, value, why);
    return parsed;
  };
  const slug = (value: string) => (isSlug(value) ? value : null);
  const date = (value: string) => (v.is(IsoDate, value) ? value : null);
  let from = read('from', date, 'use a date written YYYY-MM-DD');
  let to = read('to', date, 'use a date written YYYY-MM-DD');
  if (from && to && from > to) {
    warn(`Dateline: ignoring from="${from}" and to="${to}": the range ends before it starts`);
    from = to = null;
  }
  return {
    story: read('story', slug, 'not a valid id'),
    place: read('place', slug, 'not a valid id'),
    view: read('view', parseView, 'use west,south,east,north in degrees'),
    units: read(
      'units',
      (value) => (UNITS.includes(value) ? (value as Units) : null),
      'use mi or km',
    ),
    theme: read(
      'theme',
      (value) => (THEMES.includes(value) ? (value as Theme) : null),
      'use light, dark or auto',
    ),
    interactive: read(
      'interactive',
      (value) => (value === 'false' ? false : value === 'true' ? true : null),
      'use true or false',
    ),
    step: read('step', slug, 'not a valid id'),
    from,
    to,
    version: read(
      'version',
      (value) => (/^[1-9]\d{0,5}$/.test(value) ? Number(value) : null),
      'use a version number: 1, 2, 3…',
    ),
  };
}

/**
 * `west,south,east,north` in degrees as {@link writeParams} writes it (east past 180 for a view
 * across it, west < east); latitudes within Web Mercator's ±85.06°.
 */
function parseView(value: string): Bounds | null {
  const numbers = value.split(',').map(Number);
  const [west = 0, south = 0, east = 0, north = 0] = numbers;
  if (west >= east || south < -85.06 || north > 85.06 || south >= north) return null;
  try {
    return normalizeBounds(numbers);
  } catch {
    return null;
  }
}

/** What a link should carry to reopen the map as the reader sees it. */
export interface SharedState {
  story: string;
  place?: string | null;
  view?: Bounds | null;
  units?: Units;
  theme?: Theme | null;
  interactive?: boolean | null;
  step?: string | null;
  from?: string | null;
  to?: string | null;
  /** An earlier version on screen; the latest is left out, so links follow the story. */
  version?: number | null;
}

/**
 * The query string for a state, in a stable order; defaults (miles, interactive) are left
 * out. Views are rounded to 3 decimals (about 100 m), plenty for a shared link.
 */
export function writeParams({
  story,
  place,
  view,
  units,
  theme,
  interactive,
  step,
  from,
  to,
  version,
}: SharedState): string {
  const params = new URLSearchParams({ story });
  if (version) params.set('version', String(version));
  if (place) params.set('place', place);
  if (step) params.set('step', step);
  if (view) params.set('view', view.map((degrees) => Number(degrees.toFixed(3))).join(','));
  if (units === 'km') params.set('units', 'km');
  if (theme && theme !== 'light') params.set('theme', theme);
  if (interactive === false) params.set('interactive', 'false');
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
