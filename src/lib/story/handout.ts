/**
 * The printed handout lists where each place's coordinates come from in small print. Many
 * places share a source (GeoNames, the CIA World Factbook), so the list groups the places by
 * source: one line per source, in the order the story first uses it.
 */
import type { Source } from '../data/schema.ts';
import type { PlaceFeature } from './types.ts';

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
