/**
 * Shared coordinate types for the geo helpers. Coordinates are always `[lng, lat]` in
 * degrees, as RFC 7946 orders them; distances carry their unit in their name.
 */

/** A position `[longitude, latitude]` in degrees on WGS84. */
export type LngLat = [lng: number, lat: number];
