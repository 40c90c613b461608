/**
 * A new version against the one it follows: ids keep naming what they named, nothing
 * published disappears, and the change log only grows. These rules run only when the
 * validator is told the previous version (publishing, and the build's check of each
 * version against the one before it).
 */
import { samePlace } from '../identity.ts';
import type { Problem } from '../problems.ts';
import type { PlaceFeature } from '../schema.ts';
import type { Rule } from './context.ts';

/**
 * A place id that the previous version had names the same place now (see `samePlace`), and
 * an event id stays with the place it was reported at.
 */
export const idsKeepTheirPlace: Rule = ({ previous, features, placesFile: file }) => {
  if (!previous) return [];
  const v = previous.info.version;
  const before = new Map(previous.places.features.map((place) => [place.id, place]));
  const eventPlace = new Map(
    previous.places.features.flatMap((place) =>
      place.properties.events.map((event) => [event.id, place.id] as const),
    ),
  );
  const problems: Problem[] = [];
  for (const { feature } of features) {
    const was = before.get(feature.id);
    if (was) {
      const sameness = samePlace(was, feature);
      if (!sameness.same) {
        problems.push({
          file,
          feature: feature.id,
          field: 'id',
          message: `names a different place than in version ${v}: ${sameness.why}. Give the new place its own id, and withdraw the old one`,
        });
      }
    }
    feature.properties.events.forEach((event, i) => {
      const wasAt = eventPlace.get(event.id);
      if (wasAt !== undefined && wasAt !== feature.id) {
        problems.push({
          file,
          feature: feature.id,
          field: `properties.events[${i}].id`,
          message: `"${event.id}" was an event of "${wasAt}" in version ${v}: an event id stays with its place. Withdraw it there and report the event here with a new id`,
        });
      }
    });
  }
  return problems;
};

/**
 * What a version published stays in every later one: a place or an event that is no longer
 * stood behind is withdrawn (with a change-log entry saying why), not deleted.
 */
export const nothingSilentlyDeleted: Rule = ({ previous, features, writtenIds, placesFile }) => {
  if (!previous || !writtenIds) return [];
  const v = previous.info.version;
  const events = new Set(
    features.flatMap(({ feature }) => feature.properties.events.map((event) => event.id)),
  );
  const keep = 'keep it with status "withdrawn" and a change-log entry saying why';
  return previous.places.features.flatMap((place: PlaceFeature): Problem[] => {
    if (!writtenIds.has(place.id)) {
      return [
        {
          file: placesFile,
          field: '',
          message: `place "${place.id}" of version ${v} is missing: ${keep}`,
        },
      ];
    }
    // Events are judged only once their place is valid, so one problem is not told twice.
    if (!features.some(({ feature }) => feature.id === place.id)) return [];
    return place.properties.events
      .filter((event) => !events.has(event.id))
      .map((event) => ({
        file: placesFile,
        feature: place.id,
        field: 'properties.events',
        message: `event "${event.id}" of version ${v} is missing: ${keep}`,
      }));
  });
};

/**
 * The change log only grows: every entry the previous version published is still there,
 * word for word and in its place (both parsed by the one schema, so their keys come in one
 * order and their JSON compares); new entries come after it and are dated no earlier than
 * the previous version was published.
 */
export const changeLogOnlyGrows: Rule = ({ previous, meta, storyFile: file }) => {
  if (!previous || !meta) return [];
  const v = previous.info.version;
  const problems: Problem[] = [];
  const [was, now] = [previous.meta.changes ?? [], meta.changes ?? []];
  was.forEach((entry, i) => {
    const kept = now[i];
    if (!kept) {
      problems.push({
        file,
        field: 'changes',
        message: `entry ${i + 1} of version ${v}'s change log is missing: published entries are never removed`,
      });
    } else if (JSON.stringify(entry) !== JSON.stringify(kept)) {
      problems.push({
        file,
        field: `changes[${i}]`,
        message: `differs from entry ${i + 1} of version ${v}'s change log: published entries are never edited (add a new entry instead)`,
      });
    }
  });
  const since = Date.parse(previous.info.published);
  now.slice(was.length).forEach((entry, j) => {
    if (Date.parse(entry.date) < since) {
      problems.push({
        file,
        field: `changes[${was.length + j}].date`,
        message: `${entry.date} is before version ${v} was published (${previous.info.published}): a new entry is dated when its change is made`,
      });
    }
  });
  return problems;
};
