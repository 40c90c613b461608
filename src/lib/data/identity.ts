/**
 * What makes a place in a new version the same place as the one with its id in an earlier
 * version. Ids are promises to readers and to the sites that link to them (`?place=`, the
 * article's `data-dateline-place`): a correction may refine where a place is, never make
 * its id name somewhere else.
 *
 * Two tests, each a judgement written down here so it can be argued with:
 * - **Kind.** A town reclassified as a city is the same place; a port that becomes an
 *   airport, or a city that becomes a country, is not. Kinds within one family below may
 *   change into each other; any other change of kind is a different place.
 * - **Where.** A place may move by as much as its precision allows (the larger of its old
 *   and new precision's allowance, so a correction that pins an approximate area to an exact
 *   spot inside it is allowed). A place drawn from a shape is judged by the shape: the same
 *   country, or border between the same countries, is the same place wherever its label sits.
 */
import { geodesicDistanceKm } from '../geo/distance.ts';
import type { LngLat } from '../geo/types.ts';
import type { PlaceFeature, PlaceKind, Precision, Shape } from './schema.ts';

/**
 * How far a place of each precision may move between versions and still be the same place,
 * in km. `exact`: a spot, which a correction may move from a gazetteer's centre of town to
 * the site itself (Hodeidah's port lies about 3 km from its centre). `near`: "known to about
 * a few kilometres", the halo drawn round it. `area`: an approximate area tens of km across
 * (southern Lebanon's border villages). `region`: a region whose label point could be
 * anywhere in it.
 */
export const MOVE_ALLOWANCE_KM: Readonly<Record<Precision, number>> = {
  exact: 5,
  near: 25,
  area: 100,
  region: 500,
};

/** Kinds that may change into each other and still name one place. */
const KIND_FAMILIES: readonly (readonly PlaceKind[])[] = [
  ['city', 'town'],
  ['zone', 'region', 'territory'],
];

function sameKindFamily(a: PlaceKind, b: PlaceKind): boolean {
  return a === b || KIND_FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

/** The countries a shape is drawn from, as one comparable key: "country:LB", "border:IL-LB". */
function shapeKey(shape: Shape): string {
  if (shape.from === 'country') return `country:${shape.country}`;
  // A drawn outline belongs to no country: the point's move is what tells a different place.
  if (shape.from === 'drawn') return 'drawn';
  return `${shape.from}:${[...shape.countries].sort().join('-')}`;
}

export type Sameness =
  { same: true; movedKm: number } | { same: false; movedKm: number; why: string };

/**
 * Whether `after` is still the place `before` was, and if not, why, in words for the
 * validator's message.
 *
 * @example samePlace(port, { ...port, geometry: { type: 'Point', coordinates: [42.9, 14.8] } })
 */
export function samePlace(before: PlaceFeature, after: PlaceFeature): Sameness {
  const was = before.properties;
  const now = after.properties;
  const movedKm = geodesicDistanceKm(
    before.geometry.coordinates as LngLat,
    after.geometry.coordinates as LngLat,
  );
  if (!sameKindFamily(was.kind, now.kind)) {
    return { same: false, movedKm, why: `it was a ${was.kind} and is now a ${now.kind}` };
  }
  if (was.shape && now.shape) {
    const [a, b] = [shapeKey(was.shape), shapeKey(now.shape)];
    if (a !== b) return { same: false, movedKm, why: `its shape was ${a} and is now ${b}` };
    return { same: true, movedKm };
  }
  const allowance = Math.max(MOVE_ALLOWANCE_KM[was.precision], MOVE_ALLOWANCE_KM[now.precision]);
  if (movedKm > allowance) {
    return {
      same: false,
      movedKm,
      why: `it moved ${movedKm.toFixed(1)} km, more than the ${allowance} km a place of precision "${
        MOVE_ALLOWANCE_KM[was.precision] >= MOVE_ALLOWANCE_KM[now.precision]
          ? was.precision
          : now.precision
      }" may move`,
    };
  }
  return { same: true, movedKm };
}
