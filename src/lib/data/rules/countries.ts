/**
 * Countries: every code names a real country, and a point lies in the country it claims.
 */
import { Mask, WGS84 } from '../../geo/wgs84.ts';
import type { LngLat } from '../../geo/types.ts';
import type { Problem } from '../problems.ts';
import type { PlaceFeature } from '../schema.ts';
import type { Rule } from './context.ts';

/**
 * Points this close to the country they claim pass: border anchors and coastal ports sit
 * on the edge, and country-coder's borders are generalised to a few hundred metres.
 */
export const BORDER_TOLERANCE_KM = 2;

/** Country codes in `country` and `shape` must name real countries. */
export const realCountryCodes: Rule = ({ features, placesFile: file, isCountryCode }) => {
  const problems: Problem[] = [];
  const check = (feature: PlaceFeature, field: string, code: string) => {
    if (!isCountryCode(code)) {
      problems.push({
        file,
        feature: feature.id,
        field,
        message: `"${code}" is not an ISO 3166-1 alpha-2 country code`,
      });
    }
  };
  for (const { feature } of features) {
    const { country, shape } = feature.properties;
    if (country) check(feature, 'properties.country', country);
    if (!shape) continue;
    if (shape.from === 'country') check(feature, 'properties.shape.country', shape.country);
    else if (shape.from !== 'drawn') {
      shape.countries.forEach((code, i) =>
        check(feature, `properties.shape.countries[${i}]`, code),
      );
      if (shape.countries[0] === shape.countries[1]) {
        problems.push({
          file,
          feature: feature.id,
          field: 'properties.shape.countries',
          message: 'must name two different countries',
        });
      }
    }
    if (shape.from === 'border-band' && !shape.countries.includes(shape.side)) {
      problems.push({
        file,
        feature: feature.id,
        field: 'properties.shape.side',
        message: `must be one of the two countries ${shape.countries.join(' and ')}`,
      });
    }
  }
  return problems;
};

/**
 * A point must lie in the country it claims, or within {@link BORDER_TOLERANCE_KM} of it:
 * when the lookup disagrees, points 1 and 2 km away in eight directions are tried before
 * the place is flagged. If the point with lng and lat swapped lies in the claimed country,
 * the message says so (the commonest slip when copying coordinates).
 */
export const pointsInTheirCountry: Rule = ({
  features,
  placesFile: file,
  countryAt,
  isCountryCode,
}) => {
  const problems: Problem[] = [];
  for (const { feature } of features) {
    const claimed = feature.properties.country;
    if (!claimed || !isCountryCode(claimed)) continue;
    const [lng, lat] = feature.geometry.coordinates;
    const found = countryAt([lng, lat]);
    if (found === claimed || nearby([lng, lat]).some((p) => countryAt(p) === claimed)) continue;
    const swapped = Math.abs(lng) <= 90 && countryAt([lat, lng]) === claimed;
    problems.push({
      file,
      feature: feature.id,
      field: 'geometry.coordinates',
      message:
        `[${lng}, ${lat}] lies ${found ? `in ${found}` : 'in no country'}, not in ${claimed} ` +
        `as properties.country says` +
        (swapped ? `; lng/lat may be swapped: [${lat}, ${lng}] is in ${claimed}` : ''),
    });
  }
  return problems;
};

/** Points 1 and 2 km from `center` in eight directions (the direct geodesic problem). */
function nearby(center: LngLat): LngLat[] {
  const points: LngLat[] = [];
  for (const km of [BORDER_TOLERANCE_KM / 2, BORDER_TOLERANCE_KM]) {
    for (let azimuth = 0; azimuth < 360; azimuth += 45) {
      const p = WGS84.Direct(
        center[1],
        center[0],
        azimuth,
        km * 1000,
        Mask.LATITUDE | Mask.LONGITUDE,
      );
      points.push([p.lon2 ?? center[0], p.lat2 ?? center[1]]);
    }
  }
  return points;
}
