/**
 * A compiled story in two files: the outline (`story.json`), which the first view draws from,
 * and its places' details (`details.json`), which only an open card and the printout read
 * (see `PlaceOutline` and `PlaceDetails` in `types.ts`). The build splits; the reader joins
 * a place back together when its card opens, and the whole story when it prints.
 */
import {
  EVENT_DETAILS,
  PLACE_DETAILS,
  type CompiledStory,
  type EventDetails,
  type PlaceDetails,
  type PlaceFeature,
  type PlaceOutline,
  type StoryDetails,
  type StoryOutline,
} from './types.ts';

/** An object without the given keys (absent ones stay absent, rather than `undefined`). */
function omitKeys<T extends object, K extends keyof T>(item: T, keys: readonly K[]): Omit<T, K> {
  const rest = { ...item };
  for (const key of keys) delete rest[key];
  return rest;
}

/** Only the given keys that the object has. */
function pickKeys<T extends object, K extends keyof T>(item: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (key in item) picked[key] = item[key];
  return picked;
}

/** A place without its details (and without a draft's review, which readers never see). */
export function placeOutline(place: PlaceFeature): PlaceOutline {
  const { events, ...properties } = omitKeys(place.properties, [...PLACE_DETAILS, 'review']);
  return {
    ...place,
    properties: { ...properties, events: events.map((event) => omitKeys(event, EVENT_DETAILS)) },
  };
}

/** What the outline leaves out of a place. */
export function placeDetails(place: PlaceFeature): PlaceDetails {
  const { properties } = place;
  return {
    ...pickKeys(properties, PLACE_DETAILS),
    events: Object.fromEntries(
      properties.events.map((event) => [event.id, pickKeys(event, EVENT_DETAILS)]),
    ),
  };
}

/** The build's split of a compiled story into its two files. */
export function splitStory(story: CompiledStory): { outline: StoryOutline; details: StoryDetails } {
  const features = story.places.features;
  return {
    outline: { ...story, places: { ...story.places, features: features.map(placeOutline) } },
    details: {
      id: story.id,
      places: Object.fromEntries(features.map((place) => [place.id, placeDetails(place)])),
    },
  };
}

/**
 * A place whole again. Fails, naming the place and the event, when the details are not this
 * place's (a `details.json` from another build than its `story.json`).
 */
export function withDetails(place: PlaceOutline, details: PlaceDetails): PlaceFeature {
  const { events: eventDetails, ...placeParts } = details;
  const events = place.properties.events.map((event) => {
    const found: EventDetails | undefined = eventDetails[event.id];
    if (!found) throw new Error(`no details for event "${event.id}" of place "${place.id}"`);
    return { ...event, ...found };
  });
  return { ...place, properties: { ...place.properties, ...placeParts, events } };
}

/** The story whole again, as the build compiled it (less any draft's review). */
export function joinStory(outline: StoryOutline, details: StoryDetails): CompiledStory {
  const features = outline.places.features.map((place) => {
    const found = details.places[place.id];
    if (!found) throw new Error(`no details for place "${place.id}"`);
    return withDetails(place, found);
  });
  return { ...outline, places: { ...outline.places, features } };
}
