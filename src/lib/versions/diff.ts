/**
 * What changed between two versions of a story, as data: places added, removed, moved (with
 * the distance, measured on the ellipsoid), their precision and status; events and claims
 * added, changed or withdrawn; the change log's new entries. Pure, so that `npm run diff`,
 * the build (what is new since the version a reader last saw) and the editor read one answer.
 */
import { geodesicDistanceKm } from '../geo/distance.ts';
import type { LngLat } from '../geo/types.ts';
import {
  statusOf,
  type ChangeEntry,
  type Claim,
  type PlaceCollection,
  type PlaceFeature,
  type Precision,
  type Status,
  type StoryEvent,
  type StoryMeta,
} from '../data/schema.ts';

/** One version's data, as the validator returns it. */
export interface StoryVersionData {
  meta: Pick<StoryMeta, 'changes'>;
  places: PlaceCollection;
}

export interface PlaceRef {
  id: string;
  name: string;
}

export interface EventRef {
  id: string;
  /** The id of the place it is reported at. */
  place: string;
  what: string;
}

export interface ClaimRef {
  event: string;
  place: string;
  by: string;
  says: string;
}

/** A value before and after. */
export interface Change<T> {
  from: T;
  to: T;
}

export interface StoryDiff {
  places: {
    added: PlaceRef[];
    removed: PlaceRef[];
    moved: (PlaceRef & { km: number })[];
    precision: (PlaceRef & Change<Precision>)[];
    status: (PlaceRef & Change<Status>)[];
    /** Any other field of the place that changed (its name, kind, shape, location source…). */
    edited: (PlaceRef & { fields: string[] })[];
  };
  events: {
    added: EventRef[];
    removed: EventRef[];
    /** Its status became `withdrawn`. */
    withdrawn: EventRef[];
    /** Any other change of status. */
    status: (EventRef & Change<Status>)[];
    /** What, when, the quote, the casualty figures or the related places changed. */
    changed: (EventRef & { fields: string[] })[];
  };
  /** Claims are told apart by who makes them: one claim per party. */
  claims: {
    added: ClaimRef[];
    changed: (ClaimRef & { before: string })[];
    /** No longer in the event: the party's claim is withdrawn from the story. */
    withdrawn: ClaimRef[];
  };
  /** Change-log entries the later version adds. */
  changes: ChangeEntry[];
}

/** A place's fields compared as a whole, beside its point, precision, status and events. */
const PLACE_FIELDS = [
  'name',
  'names',
  'kind',
  'country',
  'mention',
  'mentionBy',
  'origin',
  'context',
  'location',
  'shape',
  'rank',
] as const;

/** An event's fields compared as a whole, beside its status and claims. */
const EVENT_FIELDS = [
  'date',
  'dateEnd',
  'datePrecision',
  'dateText',
  'what',
  'quote',
  'casualties',
  'related',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields<T extends object>(a: T, b: T, fields: readonly (keyof T)[]): string[] {
  return fields.filter((field) => !same(a[field], b[field])).map(String);
}

const placeRef = (place: PlaceFeature): PlaceRef => ({ id: place.id, name: place.properties.name });
const eventRef = (event: StoryEvent, place: string): EventRef => ({
  id: event.id,
  place,
  what: event.what,
});
const claimRef = (claim: Claim, event: StoryEvent, place: string): ClaimRef => ({
  event: event.id,
  place,
  by: claim.by,
  says: claim.says,
});

function eventsOf(places: PlaceCollection): Map<string, { event: StoryEvent; place: string }> {
  return new Map(
    places.features.flatMap((place) =>
      place.properties.events.map((event) => [event.id, { event, place: place.id }] as const),
    ),
  );
}

/**
 * @example
 * const diff = diffStories(versionOne, versionTwo);
 * diff.places.moved // [{ id: 'hodeidah-port', name: 'Hodeidah port', km: 3.1 }]
 */
export function diffStories(before: StoryVersionData, after: StoryVersionData): StoryDiff {
  const diff: StoryDiff = {
    places: { added: [], removed: [], moved: [], precision: [], status: [], edited: [] },
    events: { added: [], removed: [], withdrawn: [], status: [], changed: [] },
    claims: { added: [], changed: [], withdrawn: [] },
    changes: (after.meta.changes ?? []).slice((before.meta.changes ?? []).length),
  };

  const was = new Map(before.places.features.map((place) => [place.id, place]));
  const now = new Map(after.places.features.map((place) => [place.id, place]));
  for (const place of after.places.features) {
    const old = was.get(place.id);
    if (!old) {
      diff.places.added.push(placeRef(place));
      continue;
    }
    const ref = placeRef(place);
    const [a, b] = [old.geometry.coordinates as LngLat, place.geometry.coordinates as LngLat];
    if (!same(a, b)) diff.places.moved.push({ ...ref, km: geodesicDistanceKm(a, b) });
    const { precision: p0 } = old.properties;
    const { precision: p1 } = place.properties;
    if (p0 !== p1) diff.places.precision.push({ ...ref, from: p0, to: p1 });
    const [s0, s1] = [statusOf(old.properties), statusOf(place.properties)];
    if (s0 !== s1) diff.places.status.push({ ...ref, from: s0, to: s1 });
    const fields = changedFields(old.properties, place.properties, PLACE_FIELDS);
    if (fields.length > 0) diff.places.edited.push({ ...ref, fields });
  }
  for (const place of before.places.features) {
    if (!now.has(place.id)) diff.places.removed.push(placeRef(place));
  }

  const eventsBefore = eventsOf(before.places);
  const eventsAfter = eventsOf(after.places);
  for (const [id, { event, place }] of eventsAfter) {
    const old = eventsBefore.get(id);
    if (!old) {
      diff.events.added.push(eventRef(event, place));
      continue;
    }
    const ref = eventRef(event, place);
    const [s0, s1] = [statusOf(old.event), statusOf(event)];
    if (s0 !== s1 && s1 === 'withdrawn') diff.events.withdrawn.push(ref);
    else if (s0 !== s1) diff.events.status.push({ ...ref, from: s0, to: s1 });
    const fields = changedFields(old.event, event, EVENT_FIELDS);
    if (old.place !== place) fields.unshift('place');
    if (fields.length > 0) diff.events.changed.push({ ...ref, fields });

    const claimsBefore = new Map(old.event.claims.map((claim) => [claim.by, claim]));
    const parties = new Set(event.claims.map((claim) => claim.by));
    for (const claim of event.claims) {
      const earlier = claimsBefore.get(claim.by);
      if (!earlier) diff.claims.added.push(claimRef(claim, event, place));
      else if (earlier.says !== claim.says) {
        diff.claims.changed.push({ ...claimRef(claim, event, place), before: earlier.says });
      }
    }
    for (const claim of old.event.claims) {
      if (!parties.has(claim.by)) diff.claims.withdrawn.push(claimRef(claim, event, place));
    }
  }
  for (const [id, { event, place }] of eventsBefore) {
    if (!eventsAfter.has(id)) diff.events.removed.push(eventRef(event, place));
  }
  return diff;
}

/** Whether the two versions hold the same places, events and claims. */
export function isEmptyDiff(diff: StoryDiff): boolean {
  return [diff.places, diff.events, diff.claims].every((group) =>
    Object.values(group).every((list: unknown[]) => list.length === 0),
  );
}

/**
 * The places a reader who saw the earlier version should look at again: those added, and
 * those whose point, precision, status, fields, events or claims changed.
 */
export function touchedPlaces(diff: StoryDiff): { added: string[]; changed: string[] } {
  const added = diff.places.added.map((place) => place.id);
  const changed = new Set<string>(
    [
      ...diff.places.moved,
      ...diff.places.precision,
      ...diff.places.status,
      ...diff.places.edited,
    ].map((place) => place.id),
  );
  for (const ref of [
    ...diff.events.added,
    ...diff.events.removed,
    ...diff.events.withdrawn,
    ...diff.events.status,
    ...diff.events.changed,
    ...diff.claims.added,
    ...diff.claims.changed,
    ...diff.claims.withdrawn,
  ]) {
    changed.add(ref.place);
  }
  for (const id of added) changed.delete(id);
  return { added, changed: [...changed] };
}
