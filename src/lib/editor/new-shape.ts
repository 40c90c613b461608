/**
 * The shape a place starts with when the person chooses a kind of shape for it: filled in
 * from what the place already has, for the person to finish.
 */
import { squareAround } from '../geo/outline.ts';
import type { LngLat } from '../geo/types.ts';
import type { PropertiesInput } from './document.ts';

export type ShapeInput = NonNullable<PropertiesInput['shape']>;
export type ShapeKind = ShapeInput['from'];

/** The kinds of shape, in the order the editor offers them (after none, a point). */
export const SHAPE_KINDS = [
  'country',
  'border',
  'border-band',
  'drawn',
] as const satisfies readonly ShapeKind[];

/** Half the side of the square a new drawn area starts as, round the point. */
export const NEW_AREA_HALF_SIDE_KM = 5;
/** How wide a new band along a border starts. */
export const NEW_BAND_WIDTH_KM = 10;
/**
 * The country a border starts with on its other side, and the place's own country when it
 * has none: not a code that exists, so the validator asks for the real one at its field.
 */
export const UNKNOWN_COUNTRY = 'XX';

/**
 * A new shape of `kind` for a place in `country` at `point`; undefined for none (a point).
 *
 * @example newShape('border', { country: 'LB', point: [35.5, 33.9] })
 * // { from: 'border', countries: ['LB', 'XX'] }
 */
export function newShape(
  kind: ShapeKind | null,
  { country = UNKNOWN_COUNTRY, point }: { country?: string; point: LngLat },
): ShapeInput | undefined {
  switch (kind) {
    case 'country':
      return { from: 'country', country };
    case 'border':
      return { from: 'border', countries: [country, UNKNOWN_COUNTRY] };
    case 'border-band':
      return {
        from: 'border-band',
        countries: [country, UNKNOWN_COUNTRY],
        side: country,
        widthKm: NEW_BAND_WIDTH_KM,
      };
    case 'drawn':
      return { from: 'drawn', corners: squareAround(point, NEW_AREA_HALF_SIDE_KM) };
    case null:
      return undefined;
  }
}

/** The kind a select's value names: one of `SHAPE_KINDS`, or null (none, a point). */
export function shapeKindOf(value: string): ShapeKind | null {
  return (SHAPE_KINDS as readonly string[]).includes(value) ? (value as ShapeKind) : null;
}
