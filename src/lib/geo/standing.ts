/**
 * How a place stands against a radius (see `reach.ts`), kept apart from the geodesy so that
 * the compiled story's schema, which the browser loads, does not bring it in.
 * - `within`: every part lies inside the radius by more than the tolerance;
 * - `partly`: some part lies inside by more than the tolerance, and some part does not;
 * - `edge`: the nearest part lies within the tolerance of the radius, so the ring as drawn
 *   cannot tell whether it reaches it;
 * - `beyond`: every part lies outside the radius by more than the tolerance.
 */
export const STANDINGS = ['within', 'partly', 'edge', 'beyond'] as const;
export type Standing = (typeof STANDINGS)[number];
