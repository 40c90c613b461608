/**
 * The WGS84 ellipsoid and Karney's geodesic solver for it (GeographicLib).
 *
 * We measure on the ellipsoid rather than on a sphere (turf's haversine) because the
 * product promises distances within 0.5 % of geodesic values, and a sphere errs by up to
 * about 0.5 % along meridians. GeographicLib solves the direct and inverse problems to
 * about 15 nm (Karney 2013, "Algorithms for geodesics", J. Geodesy 87, 43–55,
 * https://doi.org/10.1007/s00190-012-0578-z).
 *
 * The package is CommonJS without named ESM exports, so it is imported once here through
 * its default export and the rest of `geo/` imports from this module.
 */
import geographiclib from 'geographiclib-geodesic';

/** Solver for the WGS84 ellipsoid (a = 6378137 m, f = 1/298.257223563). */
export const WGS84 = geographiclib.Geodesic.WGS84;

/** Output masks for the solver (`LATITUDE | LONGITUDE | LONG_UNROLL`, ...). */
export const Mask = {
  LATITUDE: geographiclib.Geodesic.LATITUDE,
  LONGITUDE: geographiclib.Geodesic.LONGITUDE,
  DISTANCE: geographiclib.Geodesic.DISTANCE,
  DISTANCE_IN: geographiclib.Geodesic.DISTANCE_IN,
  AZIMUTH: geographiclib.Geodesic.AZIMUTH,
  LONG_UNROLL: geographiclib.Geodesic.LONG_UNROLL,
} as const;
