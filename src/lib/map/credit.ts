/**
 * The one line that credits a story's map wherever the map goes: under the live map, inside
 * the still picture, and under a saved view. The words are the catalogue's; the data's names
 * are the basemap's attribution.
 */
import { BASEMAP_ATTRIBUTION } from '../basemap/attribution.ts';
import { formatEventDate } from '../geo/format.ts';
import { strings } from '../i18n/index.ts';
import type { StoryMeta } from '../data/schema.ts';

/**
 * @example creditLine({ outlet: 'NPR', published: '2024-09-30' })
 * // "Story: NPR, Mon 30 Sep 2024 · Map: Dateline · Natural Earth · GeoNames"
 */
export function creditLine({ outlet, published }: Pick<StoryMeta, 'outlet' | 'published'>): string {
  return strings.credits.line(
    outlet,
    formatEventDate({ date: published, datePrecision: 'day' }),
    BASEMAP_ATTRIBUTION.map((credit) => credit.name),
  );
}
