/**
 * The coordinate and unit types every part of Dateline shares. Coordinates are always
 * `[lng, lat]` in degrees on WGS84, as RFC 7946 orders them; distances carry their unit in
 * their name or type.
 */

/** A position `[longitude, latitude]` in degrees on WGS84. */
export type LngLat = [lng: number, lat: number];

/**
 * A box `[west, south, east, north]` in degrees, written the way MapLibre's `fitBounds` and
 * `LngLatBounds` read it: `west` lies in [-180, 180], `east` is greater than `west` and may
 * pass 180 for a box across the antimeridian (Fiji to Samoa: `[178.4, -18.1, 188.2, -13.8]`),
 * so the width is always `east - west` (at most 360) and no code has to look for a wrap.
 * RFC 7946 writes such a box with west > east instead: {@link normalizeBounds} in `bounds.ts`
 * reads that form too, and is the one place the two meet.
 */
export type Bounds = [west: number, south: number, east: number, north: number];

/** The units a reader reads distances in: international miles or kilometres. */
export type Units = 'mi' | 'km';

export const COMPASS_POINTS = [
  'north',
  'north-east',
  'east',
  'south-east',
  'south',
  'south-west',
  'west',
  'north-west',
] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];
