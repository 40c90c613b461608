/**
 * What the printed handout says: what the reader chose to look at, and where each place's
 * coordinates come from in small print. Many
 * places share a source (GeoNames, the CIA World Factbook), so the list groups the places by
 * source: one line per source, in the order the story first uses it.
 */
import type { Source, StoryStep } from '../data/schema.ts';
import { strings } from '../i18n/index.ts';
import { formatSpan, placesInRange, type DateRange } from './timeline.ts';
import type { CompiledStory, PlaceFeature } from './types.ts';

export interface SourceLine {
  /** The source as the data names it. */
  source: Source;
  /** The names of the places whose location it gives, in the story's order. */
  places: string[];
}

export function locationSources(places: PlaceFeature[]): SourceLine[] {
  const lines = new Map<string, SourceLine>();
  for (const { properties } of places) {
    const { source } = properties.location;
    const key = `${source.name}\n${source.url ?? ''}`;
    const line = lines.get(key) ?? { source, places: [] };
    line.places.push(properties.name);
    lines.set(key, line);
  }
  return [...lines.values()];
}

export interface HandoutContent {
  /** What the handout is about, as its heading. */
  heading: string;
  /** The steps to print, numbered from `firstStep`. */
  steps: StoryStep[];
  firstStep: number;
  /** The places to print with their events. */
  places: PlaceFeature[];
}

/**
 * What the handout prints: what the reader chose, in the order the map shows it (a place,
 * else a step, else a range of dates), else the whole story (its steps, or its places with
 * events).
 */
export function handoutContent({
  story,
  selected,
  step,
  range,
}: {
  story: CompiledStory;
  selected: string | null;
  step: StoryStep | null;
  range: DateRange | null;
}): HandoutContent {
  const places = story.places.features;
  const withEvents = places.filter((place) => place.properties.events.length > 0);
  const steps = story.meta.steps ?? [];
  const place = places.find((feature) => feature.id === selected);
  if (place)
    return {
      heading: strings.handout.place(place.properties.name),
      steps: [],
      firstStep: 1,
      places: [place],
    };
  if (step) {
    const index = steps.findIndex((candidate) => candidate.id === step.id);
    return {
      heading: strings.handout.step(index + 1, step.title),
      steps: [step],
      firstStep: index + 1,
      places: withEvents.filter((feature) => step.places.includes(feature.id)),
    };
  }
  if (range) {
    const kept = placesInRange(story, range);
    return {
      heading: strings.handout.range(formatSpan(range)),
      steps: [],
      firstStep: 1,
      places: withEvents.filter((feature) => kept.includes(feature.id)),
    };
  }
  if (steps.length > 0) return { heading: strings.handout.steps, steps, firstStep: 1, places: [] };
  return { heading: strings.handout.places, steps: [], firstStep: 1, places: withEvents };
}
