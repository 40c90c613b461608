/**
 * The change log as readers read it: moments written the one way everywhere ("1 Oct 2024,
 * 14:05 UTC"), the latest entry for the line at the top of the story, and the entries that
 * touch a place, directly or through one of its events.
 */
import type { ChangeEntry } from '../data/schema.ts';
import type { PlaceOutline } from './types.ts';
import { strings } from '../i18n/index.ts';

/**
 * A change's moment in UTC, so every reader reads the same time whatever their zone.
 *
 * @example formatChangeMoment('2024-10-01T10:05:00-04:00') // "1 Oct 2024, 14:05 UTC"
 */
export function formatChangeMoment(iso: string): string {
  const at = new Date(iso);
  const t = strings.timeline;
  const two = (n: number) => String(n).padStart(2, '0');
  return strings.changes.moment(
    t.date(at.getUTCDate(), t.months[at.getUTCMonth()] ?? '', at.getUTCFullYear()),
    `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`,
  );
}

/** The entries that name the place or one of its events, oldest first. */
export function changesTouching(
  changes: readonly ChangeEntry[],
  place: PlaceOutline,
): ChangeEntry[] {
  const events = new Set(place.properties.events.map((event) => event.id));
  return changes.filter(
    (entry) =>
      (entry.places ?? []).includes(place.id) || (entry.events ?? []).some((id) => events.has(id)),
  );
}

/** An entry as one line: "Correction, 1 Oct 2024, 14:05 UTC: An earlier version …". */
export function changeLine(entry: ChangeEntry): string {
  return strings.changes.line(
    strings.changes.type[entry.type],
    formatChangeMoment(entry.date),
    entry.text,
  );
}
