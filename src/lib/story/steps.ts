/**
 * The story told step by step: which step comes next, which one a link asks for, and where
 * the map should look for each. Pure, so stepping can be tested without a page or a map.
 */
import type { StoryStep } from '../data/schema.ts';
import { boundsOf } from '../geo/bounds.ts';
import type { Bounds } from '../geo/types.ts';
import type { PlaceOutline } from './types.ts';

/** `index` kept within the steps: 0 … count - 1 (0 when there are none). */
export function clampStep(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** The step after `index`; the last step stays the last (a lesson does not wrap round). */
export function nextStep(index: number, count: number): number {
  return clampStep(index + 1, count);
}

/** The step before `index`; the first step stays the first. */
export function previousStep(index: number, count: number): number {
  return clampStep(index - 1, count);
}

/**
 * The index of the step a link names (`?step=<id>`), or null when it names none. An id
 * that is not a step of this story is ignored with a warning, so the map still opens.
 */
export function stepFromParam(
  steps: readonly StoryStep[],
  id: string | null,
  warn: (message: string) => void = () => {},
): number | null {
  if (id === null) return null;
  const index = steps.findIndex((step) => step.id === id);
  if (index >= 0) return index;
  warn(`Dateline: ignoring step="${id}": not a step of this story`);
  return null;
}

export interface StepBoundsOptions {
  /** Degrees added around the step's places when it has no view of its own. */
  padding: number;
}

/**
 * Where the map looks for a step: its own view, else its places with `padding` degrees
 * round them; null when it has neither (or names no place of the story).
 *
 * @example stepBounds({ ..., places: ['beirut'] }, places, { padding: 0.5 })
 * // [35, 33.4, 36, 34.4]
 */
export function stepBounds(
  step: StoryStep,
  places: readonly PlaceOutline[],
  { padding }: StepBoundsOptions,
): Bounds | null {
  if (step.view) return [...step.view.bounds];
  const positions = step.places.flatMap((id) => {
    const place = places.find((feature) => feature.id === id);
    return place ? [place.geometry.coordinates as [number, number]] : [];
  });
  return positions.length > 0 ? boundsOf(positions, { padding }) : null;
}
