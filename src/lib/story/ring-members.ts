/**
 * Which of a story's places a range ring reaches, each judged by what it is on the ground:
 * its shape when it has one, its point when the point is the place (an exact or approximate
 * location), and not at all when the point only anchors a label (an area or region drawn
 * without a shape): a label point says nothing about where the place ends.
 */
import { area as areaOf } from '@turf/area';
import { centroid } from '@turf/centroid';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { reachOf, type ReachGeometry } from '../geo/reach.ts';
import type { LngLat } from '../geo/types.ts';
import { toThousandths } from '../geo/units.ts';
import { Mask, WGS84 } from '../geo/wgs84.ts';
import { COMPASS_POINTS, type CompassPoint } from '../geo/types.ts';
import type { PlaceFeature, RingMember } from './types.ts';

type ShapeGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

export interface RingMembersOptions {
  places: PlaceFeature[];
  /** The resolved shape of each place that has one. */
  shapeOf: (placeId: string) => ShapeGeometry | undefined;
  center: ReachGeometry;
  /** The ring as drawn: only used to say where a place's part within it lies. */
  area: Polygon | MultiPolygon;
  radiusKm: number;
  toleranceKm: number;
}

export function ringMembers({
  places,
  shapeOf,
  center,
  area,
  radiusKm,
  toleranceKm,
}: RingMembersOptions): RingMember[] {
  return places.map((place): RingMember => {
    const shape = shapeOf(place.id);
    const { precision } = place.properties;
    if (!shape && precision !== 'exact' && precision !== 'near') {
      return { place: place.id, judgedBy: 'label' };
    }
    const geometry: ReachGeometry = shape
      ? { shape }
      : { point: place.geometry.coordinates as LngLat };
    const reach = reachOf({ center, place: geometry, radiusKm, toleranceKm });
    const member: RingMember = {
      place: place.id,
      judgedBy: shape ? 'shape' : 'point',
      ...reach,
      nearestKm: toThousandths(reach.nearestKm),
      farthestKm: toThousandths(reach.farthestKm),
    };
    if (
      reach.standing === 'partly' &&
      shape &&
      shape.type !== 'LineString' &&
      shape.type !== 'MultiLineString'
    ) {
      const direction = directionOfPart(shape, area);
      if (direction) member.partWithin = direction;
    }
    return member;
  });
}

/**
 * Where the part of `shape` inside `ring` lies, seen from the middle of the whole shape, to
 * the nearest of eight compass points; none when the part covers most of the shape (then
 * its middle says little). Approximate by design: it names "northern Yemen", not a line.
 */
export function directionOfPart(
  shape: Polygon | MultiPolygon,
  ring: Polygon | MultiPolygon,
): CompassPoint | undefined {
  const part = intersect(featureCollection([feature(shape), feature(ring)]));
  if (!part) return undefined;
  if (areaOf(part) > 0.5 * areaOf(shape)) return undefined;
  const [fromLng, fromLat] = centroid(shape).geometry.coordinates as LngLat;
  const [toLng, toLat] = centroid(part).geometry.coordinates as LngLat;
  const bearing = WGS84.Inverse(fromLat, fromLng, toLat, toLng, Mask.AZIMUTH).azi1 ?? 0;
  return COMPASS_POINTS[Math.round((((bearing % 360) + 360) % 360) / 45) % 8];
}
