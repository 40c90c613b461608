/**
 * References between the story's parts: what an event, a distance, a ring, a step or the
 * dateline names must be a place of the story, and a measurement from a place's shape needs
 * a place with one.
 */
import type { Problem } from '../problems.ts';
import { PLACES_FILE } from '../schema.ts';
import type { Rule } from './context.ts';

/** An event's `related` places are places of the story. */
export const relatedPlacesExist: Rule = ({ features, placesFile: file, writtenIds }) => {
  if (!writtenIds) return [];
  const problems: Problem[] = [];
  for (const { feature } of features) {
    feature.properties.events.forEach((event, i) => {
      (event.related ?? []).forEach((related, j) => {
        if (!writtenIds.has(related)) {
          problems.push({
            file,
            feature: feature.id,
            field: `properties.events[${i}].related[${j}]`,
            message: `names no place in ${PLACES_FILE} ("${related}")`,
          });
        }
      });
    });
  }
  return problems;
};

/** The dateline, distances, rings and steps of `story.json` name places that exist. */
export const storyPlacesExist: Rule = ({ meta, storyFile: file, writtenIds, features }) => {
  if (!meta || !writtenIds) return [];
  const problems: Problem[] = [];
  const validIds = new Set(features.map(({ feature }) => feature.id));
  const withShape = new Set(
    features.filter(({ feature }) => feature.properties.shape).map(({ feature }) => feature.id),
  );
  const place = (field: string, id: string) => {
    if (!writtenIds.has(id)) {
      problems.push({ file, field, message: `names no place in ${PLACES_FILE} ("${id}")` });
    }
  };
  const shaped = (field: string, id: string) => {
    // Only judged once the place itself is valid: otherwise its own problems come first.
    if (validIds.has(id) && !withShape.has(id)) {
      problems.push({
        file,
        field,
        message: `is "shape", but place "${id}" has no shape to measure from`,
      });
    }
  };

  place('dateline.place', meta.dateline.place);
  meta.distances.forEach((distance, i) => {
    place(`distances[${i}].from`, distance.from);
    place(`distances[${i}].to`, distance.to);
    if (distance.fromPart === 'shape') shaped(`distances[${i}].fromPart`, distance.from);
    if (distance.from === distance.to && distance.fromPart === 'point') {
      problems.push({ file, field: `distances[${i}].to`, message: 'is the same place as "from"' });
    }
  });
  meta.rings.forEach((ring, i) => {
    place(`rings[${i}].around`, ring.around);
    if (ring.aroundPart === 'shape') shaped(`rings[${i}].aroundPart`, ring.around);
  });
  meta.steps?.forEach((step, i) => {
    step.places.forEach((id, j) => place(`steps[${i}].places[${j}]`, id));
    if (step.places.length === 0 && !step.view) {
      problems.push({
        file,
        field: `steps[${i}].places`,
        message: 'is empty and the step has no view: name a place or give a view',
      });
    }
  });
  return problems;
};
