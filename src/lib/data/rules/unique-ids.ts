/**
 * Ids name things in URLs (`?place=`, `?step=`) and in references between them: each must be
 * unique where it is looked up. One helper finds the repeats; the rule says where each is.
 */
import type { Problem } from '../problems.ts';
import type { Rule } from './context.ts';

/** Every item whose id an earlier item already has, with that earlier item. */
export function repeatedIds<T>(items: readonly T[], idOf: (item: T) => string): [T, T][] {
  const first = new Map<string, T>();
  const repeats: [T, T][] = [];
  for (const item of items) {
    const earlier = first.get(idOf(item));
    if (earlier === undefined) first.set(idOf(item), item);
    else repeats.push([item, earlier]);
  }
  return repeats;
}

/** Place ids are unique in a story, and so are event ids (across all its places). */
export const uniquePlaceAndEventIds: Rule = ({ features, placesFile: file }) => {
  const places = repeatedIds(features, ({ feature }) => feature.id).map(
    ([{ feature }, first]): Problem => ({
      file,
      feature: feature.id,
      field: 'id',
      message: `is also the id of feature #${first.index}; place ids must be unique`,
    }),
  );
  const events = features.flatMap(({ feature }) =>
    feature.properties.events.map((event, i) => ({ event, i, place: feature.id })),
  );
  const eventRepeats = repeatedIds(events, ({ event }) => event.id).map(
    ([{ event, i, place }, first]): Problem => ({
      file,
      feature: place,
      field: `properties.events[${i}].id`,
      message: `"${event.id}" is also the id of an event of "${first.place}"; event ids must be unique in a story`,
    }),
  );
  return [...places, ...eventRepeats];
};

/**
 * Distance and ring ids are unique among the distances and rings together; step ids
 * (`?step=`) among the steps.
 */
export const uniqueStoryIds: Rule = ({ meta, storyFile: file }) => {
  if (!meta) return [];
  const measured = [
    ...meta.distances.map((d, i) => ({ id: d.id, field: `distances[${i}].id` })),
    ...meta.rings.map((r, i) => ({ id: r.id, field: `rings[${i}].id` })),
  ];
  const steps = (meta.steps ?? []).map((s, i) => ({ id: s.id, field: `steps[${i}].id` }));
  return [measured, steps].flatMap((entries) =>
    repeatedIds(entries, (entry) => entry.id).map(([{ id, field }, first]): Problem => ({
      file,
      field,
      message: `"${id}" is also the id of ${first.field}`,
    })),
  );
};
