/**
 * Which country a point lies in, and whether a code names a country, from the borders
 * that @rapideditor/country-coder ships (OpenStreetMap-derived, with territorial waters).
 * No network and no files: the borders are bundled in the package.
 */
import { feature, iso1A2Code } from '@rapideditor/country-coder';
import type { LngLat } from '../geo/types.ts';

/**
 * The ISO 3166-1 alpha-2 code of the country or territory at `lngLat`, or null at sea.
 * Territories with a code of their own answer with it (Puerto Rico is PR, Greenland GL),
 * as Natural Earth's map units draw them.
 *
 * @see https://github.com/rapideditor/country-coder#iso1a2code
 */
export function countryAt(lngLat: LngLat): string | null {
  return iso1A2Code(lngLat, { level: 'territory' });
}

/**
 * True for an ISO 3166-1 alpha-2 code officially assigned to a country or territory, or
 * Kosovo's user-assigned XK, written as ISO writes it ("GB", not its alias "UK"); false for
 * unassigned codes ("XX") and exceptionally reserved ones for groupings ("EU", "UN").
 */
export function isCountryCode(code: string): boolean {
  const region = feature(code);
  return (
    region?.properties.iso1A2 === code &&
    ['official', 'usrAssn'].includes(region.properties.isoStatus ?? '')
  );
}
