/**
 * A diff (diff.ts) as lines for a person at a terminal, or for the editor to list: one
 * heading per kind of change with one line per item, nothing for kinds that did not change.
 */
import { distanceText } from '../text/format.ts';
import type { Units } from '../geo/types.ts';
import type { StoryDiff } from './diff.ts';

const place = (ref: { id: string; name: string }) => `${ref.name} (${ref.id})`;

/** `[heading, items]`, the heading written only when there are items. */
function section(heading: string, items: string[]): string[] {
  return items.length === 0 ? [] : [`${heading}:`, ...items.map((item) => `  ${item}`)];
}

/**
 * @example
 * formatDiff(diff, { units: 'km' })
 * // ['Places moved:', '  Hodeidah port (hodeidah-port): 3.1 km', …]
 */
export function formatDiff(diff: StoryDiff, { units = 'km' }: { units?: Units } = {}): string[] {
  const lines = [
    ...section('Places added', diff.places.added.map(place)),
    ...section('Places removed', diff.places.removed.map(place)),
    ...section(
      'Places moved (on the ellipsoid)',
      diff.places.moved.map((p) => `${place(p)}: ${distanceText(p.km, units)}`),
    ),
    ...section(
      'Precision changed',
      diff.places.precision.map((p) => `${place(p)}: ${p.from} → ${p.to}`),
    ),
    ...section(
      'Place status changed',
      diff.places.status.map((p) => `${place(p)}: ${p.from} → ${p.to}`),
    ),
    ...section(
      'Places edited',
      diff.places.edited.map((p) => `${place(p)}: ${p.fields.join(', ')}`),
    ),
    ...section(
      'Events added',
      diff.events.added.map((e) => `${e.id} at ${e.place}: ${e.what}`),
    ),
    ...section(
      'Events removed',
      diff.events.removed.map((e) => `${e.id} at ${e.place}`),
    ),
    ...section(
      'Events withdrawn',
      diff.events.withdrawn.map((e) => `${e.id} at ${e.place}`),
    ),
    ...section(
      'Event status changed',
      diff.events.status.map((e) => `${e.id} at ${e.place}: ${e.from} → ${e.to}`),
    ),
    ...section(
      'Events changed',
      diff.events.changed.map((e) => `${e.id} at ${e.place}: ${e.fields.join(', ')}`),
    ),
    ...section(
      'Claims added',
      diff.claims.added.map((c) => `${c.event}: ${c.by}: “${c.says}”`),
    ),
    ...section(
      'Claims changed',
      diff.claims.changed.map((c) => `${c.event}: ${c.by}: “${c.before}” → “${c.says}”`),
    ),
    ...section(
      'Claims withdrawn',
      diff.claims.withdrawn.map((c) => `${c.event}: ${c.by}`),
    ),
    ...section(
      'Change log, new entries',
      diff.changes.map((entry) => `${entry.type}, ${entry.date}: ${entry.text}`),
    ),
  ];
  return lines.length > 0 ? lines : ['No change to places, events, claims or the change log.'];
}
