/**
 * Words a reader sees for the schema's codes, in one place so the list, the detail panel,
 * the legend and the still picture say the same thing.
 */
import type { DatePrecision, PlaceKind, PlaceProperties, Precision } from '../data/schema.ts';

export const KIND_LABEL: Record<PlaceKind, string> = {
  city: 'City',
  town: 'Town',
  port: 'Port',
  'power-plant': 'Power plant',
  airport: 'Airport',
  venue: 'Venue',
  zone: 'Zone',
  region: 'Region',
  territory: 'Territory',
  country: 'Country',
  border: 'Border',
};

/** How precisely the place is known, said plainly. */
export const PRECISION_LABEL: Record<Precision, string> = {
  exact: 'Exact location',
  near: 'Approximate location',
  area: 'Approximate area',
  region: 'Whole region',
};

export const DATE_PRECISION_LABEL: Record<DatePrecision, string> = {
  day: 'to the day',
  week: 'to the week',
  month: 'to the month',
  year: 'to the year',
};

/** Whether the map may draw the place as a precise dot. */
export function isApproximate(precision: Precision): boolean {
  return precision !== 'exact';
}

/**
 * The short facts about a place, in reading order: what it is, how precisely we know where
 * it is, and how many events happened there (the list) or where it came from (the detail).
 */
export function placeFacts(
  place: Pick<PlaceProperties, 'kind' | 'precision' | 'origin' | 'events'>,
  { for: use }: { for: 'list' | 'detail' },
): string[] {
  const facts = [KIND_LABEL[place.kind]];
  if (use === 'detail' || isApproximate(place.precision)) {
    facts.push(
      use === 'list'
        ? PRECISION_LABEL[place.precision].toLowerCase()
        : PRECISION_LABEL[place.precision],
    );
  }
  if (use === 'list' && place.events.length > 0) {
    facts.push(`${place.events.length} ${place.events.length === 1 ? 'event' : 'events'}`);
  }
  if (use === 'detail' && place.origin === 'context') facts.push('added for context');
  return facts;
}
