/**
 * Words a reader sees for the schema's codes (from the interface catalogue), so the list, the detail panel,
 * the legend and the still picture say the same thing.
 */
import { statusOf, type DatePrecision, type PlaceKind, type Precision } from '../data/schema.ts';
import type { PlaceOutline } from './types.ts';
import { strings } from '../i18n/index.ts';

export const KIND_LABEL: Record<PlaceKind, string> = strings.places.kind;

/** How precisely the place is known, said plainly. */
export const PRECISION_LABEL: Record<Precision, string> = strings.places.precision;

export const DATE_PRECISION_LABEL: Record<DatePrecision, string> = strings.places.datePrecision;

/**
 * A place's name as the map and the picture label it: with its status where the reader must
 * not take it as reported ("Ras Isa port (withdrawn)").
 */
export function placeLabel(place: Pick<PlaceOutline['properties'], 'name' | 'status'>): string {
  const status = statusOf(place);
  return status === 'disputed' || status === 'withdrawn'
    ? strings.status.label(place.name, strings.status.word[status].toLowerCase())
    : place.name;
}

/** Whether something still happened at the place: an event that is not withdrawn. */
export function hasStandingEvents(place: Pick<PlaceOutline['properties'], 'events'>): boolean {
  return place.events.some((event) => statusOf(event) !== 'withdrawn');
}

/** Whether the map may draw the place as a precise dot. */
export function isApproximate(precision: Precision): boolean {
  return precision !== 'exact';
}

/**
 * The short facts about a place, in reading order: what it is, how precisely we know where
 * it is, and how many events happened there (the list) or where it came from (the detail).
 */
export function placeFacts(
  place: Pick<PlaceOutline['properties'], 'kind' | 'precision' | 'origin' | 'events' | 'status'>,
  { for: use }: { for: 'list' | 'detail' },
): string[] {
  const facts = [KIND_LABEL[place.kind]];
  const status = statusOf(place);
  if (status !== 'reported') {
    facts.push(use === 'list' ? strings.status.word[status] : strings.status.place[status]);
  }
  if (use === 'detail' || isApproximate(place.precision)) {
    facts.push(
      use === 'list'
        ? PRECISION_LABEL[place.precision].toLowerCase()
        : PRECISION_LABEL[place.precision],
    );
  }
  if (use === 'list' && place.events.length > 0) {
    facts.push(strings.places.eventCount(place.events.length));
  }
  if (use === 'detail' && place.origin === 'context')
    facts.push(strings.places.addedForContextFact);
  return facts;
}
