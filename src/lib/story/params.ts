/**
 * Reads the page's URL parameters. Unknown or invalid values are ignored with a warning,
 * so a mistyped link still opens a working map.
 */
import type { Units } from '../map/story-layers.ts';

export interface PageParams {
  story: string | null;
  place: string | null;
  units: Units | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readParams(search: string, warn: (message: string) => void = () => {}): PageParams {
  const params = new URLSearchParams(search);
  const slug = (name: string): string | null => {
    const value = params.get(name);
    if (value === null) return null;
    if (SLUG.test(value)) return value;
    warn(`Dateline: ignoring ${name}="${value}": not a valid id`);
    return null;
  };
  const unitsValue = params.get('units');
  let units: Units | null = null;
  if (unitsValue === 'mi' || unitsValue === 'km') units = unitsValue;
  else if (unitsValue !== null) warn(`Dateline: ignoring units="${unitsValue}": use mi or km`);
  return { story: slug('story'), place: slug('place'), units };
}
