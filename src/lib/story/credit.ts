/**
 * The small print that goes wherever the map goes (under the live map, inside the still
 * picture, under a saved view, on the handout): the one line that credits the story, the map
 * and its data, and the note on what its borders are. The words are the catalogue's.
 */
import { BASEMAP_ATTRIBUTION } from '../basemap/attribution.ts';
import { disputedAreasIn } from '../basemap/disputed.ts';
import type { Bounds } from '../geo/types.ts';
import { formatEventDate } from '../text/format.ts';
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

/**
 * What the map's borders are, naming the disputed areas of `DISPUTED_AREAS` in the story's
 * view by the country the data draws them inside.
 *
 * @example bordersNote([33.3, 13.8, 54, 34.8])
 * // "Borders are Natural Earth’s de facto lines, not a view on disputed land: the Golan
 * // Heights and the Shebaa Farms are drawn inside Israel; the Halaib Triangle inside Egypt."
 */
export function bordersNote(bounds: Bounds): string {
  const t = strings.disputed;
  const groups: { country: string; areas: string[] }[] = [];
  for (const area of disputedAreasIn(bounds)) {
    const country = area.drawnInside.name;
    const group = groups.find((candidate) => candidate.country === country);
    if (group) group.areas.push(t.areas[area.id]);
    else groups.push({ country, areas: [t.areas[area.id]] });
  }
  const list = (names: string[]) =>
    names.length < 2
      ? names.join('')
      : t.list(names.slice(0, -1).join(t.listSeparator), names[names.length - 1]!);
  const parts = groups.map(({ country, areas }, i) =>
    i === 0
      ? t.drawnInside(list(areas), country, areas.length > 1)
      : t.alsoInside(list(areas), country),
  );
  return t.note(t.intro, parts.join(t.countrySeparator));
}
