/**
 * The change log readers see: each entry names places and events the story has, entries
 * come in the order they were made and not before the story was, and whatever is withdrawn
 * says why in an entry that names it.
 */
import type { Problem } from '../problems.ts';
import { statusOf } from '../schema.ts';
import type { Rule } from './context.ts';

/** An entry's `places` and `events` name places and events of the story. */
export const changesNameWhatExists: Rule = ({ meta, storyFile: file, features, writtenIds }) => {
  if (!meta || !writtenIds) return [];
  const events = new Set(
    features.flatMap(({ feature }) => feature.properties.events.map((event) => event.id)),
  );
  return (meta.changes ?? []).flatMap((entry, i) => [
    ...(entry.places ?? []).flatMap((id, j): Problem[] =>
      writtenIds.has(id)
        ? []
        : [{ file, field: `changes[${i}].places[${j}]`, message: `names no place ("${id}")` }],
    ),
    ...(entry.events ?? []).flatMap((id, j): Problem[] =>
      events.has(id)
        ? []
        : [{ file, field: `changes[${i}].events[${j}]`, message: `names no event ("${id}")` }],
    ),
  ]);
};

/** Entries are dated in the order they were made, none before the story was published. */
export const changesInOrder: Rule = ({ meta, storyFile: file }) => {
  if (!meta) return [];
  const problems: Problem[] = [];
  (meta.changes ?? []).forEach((entry, i) => {
    if (entry.date.slice(0, 10) < meta.published) {
      problems.push({
        file,
        field: `changes[${i}].date`,
        message: `${entry.date} is before the story was published (${meta.published})`,
      });
    }
    const before = meta.changes?.[i - 1];
    if (before && Date.parse(entry.date) < Date.parse(before.date)) {
      problems.push({
        file,
        field: `changes[${i}].date`,
        message: `${entry.date} is earlier than the entry before it (${before.date}): the log runs oldest first`,
      });
    }
  });
  return problems;
};

/**
 * A withdrawn place or event stays in the story, and the change log says why: some entry
 * names it.
 */
export const withdrawnIsExplained: Rule = ({ meta, features, placesFile: file }) => {
  if (!meta) return [];
  const namedPlaces = new Set((meta.changes ?? []).flatMap((entry) => entry.places ?? []));
  const namedEvents = new Set((meta.changes ?? []).flatMap((entry) => entry.events ?? []));
  const problems: Problem[] = [];
  const why = 'is withdrawn, but no entry of the change log in story.json names it to say why';
  for (const { feature } of features) {
    if (statusOf(feature.properties) === 'withdrawn' && !namedPlaces.has(feature.id)) {
      problems.push({ file, feature: feature.id, field: 'properties.status', message: why });
    }
    feature.properties.events.forEach((event, i) => {
      if (statusOf(event) === 'withdrawn' && !namedEvents.has(event.id)) {
        problems.push({
          file,
          feature: feature.id,
          field: `properties.events[${i}].status`,
          message: `event "${event.id}" ${why}`,
        });
      }
    });
  }
  return problems;
};
