/**
 * Which place a reader ends up with, and what a screen reader hears when they choose one.
 * Pure, so the rules are tested without a page.
 */
import { strings } from '../i18n/index.ts';
import type { PlaceOutline } from '../story/types.ts';
import { displayNames } from '../text/intl.ts';

/** How a place was chosen: the page reacts to some (the list on a phone brings the map up). */
export type SelectionSource = 'list' | 'map' | 'step' | 'host' | 'link';

export interface SelectionRequest {
  placeId: string;
  from: SelectionSource;
}

/**
 * The place to select once the story has arrived: the host page's latest request wins over
 * the link's `place`, which was written before the reader clicked anything.
 */
export function selectionOnArrival({
  link,
  host,
}: {
  link: string | null;
  host: string | null;
}): SelectionRequest | null {
  if (host) return { placeId: host, from: 'host' };
  if (link) return { placeId: link, from: 'link' };
  return null;
}

/** A language's English name from its BCP 47 tag ("he" → "Hebrew"), or the tag itself. */
export function languageName(tag: string): string {
  try {
    return displayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A place's name as it should be read aloud, with its names in other scripts said as such:
 * "Tel Aviv, in Hebrew תל אביב, in Arabic تل أبيب".
 */
export function spokenName(place: PlaceOutline): string {
  const others = Object.entries(place.properties.names ?? {}).map(([lang, name]) =>
    strings.names.inLanguage(languageName(lang), name),
  );
  return [place.properties.name, ...others].join(', ');
}

/** What the polite live region says when a place is chosen, or cleared (null). */
export function selectionAnnouncement(place: PlaceOutline | null): string {
  return place ? strings.card.announce(spokenName(place), place.properties.events.length) : '';
}
