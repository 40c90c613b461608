/**
 * Whether what we measured honours what the article states: "more than 1,000 miles" is
 * honoured by 1,130 mi and contradicted by 950. Approximate figures ("about 1,100 km") are
 * read generously, since reporters round.
 */
import type { StatedLength } from '../data/schema.ts';
import { toKm } from '../geo/units.ts';

/** How far "about" may be from the measured length: a quarter either way. */
export const ABOUT_TOLERANCE = 0.25;
/** How far "exactly" may be: 5 %, the rounding of a figure like "1,200 km". */
export const EXACTLY_TOLERANCE = 0.05;

export function honoursStatedLength(measuredKm: number, stated: StatedLength): boolean {
  const statedKm = toKm(stated);
  switch (stated.qualifier) {
    case 'more-than':
    case 'at-least':
      return measuredKm >= statedKm;
    case 'less-than':
      return measuredKm <= statedKm;
    case 'about':
      return Math.abs(measuredKm / statedKm - 1) <= ABOUT_TOLERANCE;
    case 'exactly':
      return Math.abs(measuredKm / statedKm - 1) <= EXACTLY_TOLERANCE;
  }
}
