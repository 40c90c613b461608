/**
 * Draws a place's `shape` from Natural Earth: a country's territory, the border two
 * countries share, or a band of one side within a distance of that border.
 */
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Shape } from '../data/schema.ts';
import { borderGeometry, countryGeometry, type CountryShapes } from '../basemap/natural-earth.ts';
import { centralLng, unwrapAround } from '../geo/antimeridian.ts';
import { ringAroundShape } from '../geo/ring.ts';

export function shapeResolver(ne: CountryShapes) {
  return (shape: Shape) => {
    switch (shape.from) {
      case 'country':
        return countryGeometry(ne, shape.country);
      case 'border':
        return borderGeometry(ne, ...shape.countries);
      case 'border-band':
        return borderBand(ne, shape.countries, shape.side, shape.widthKm);
    }
  };
}

function borderBand(
  ne: CountryShapes,
  [a, b]: [string, string],
  side: string,
  widthKm: number,
): Polygon | MultiPolygon {
  const near = ringAroundShape(borderGeometry(ne, a, b), widthKm);
  // In the band's own turn of longitude, for a border near the antimeridian.
  const country = unwrapAround(countryGeometry(ne, side), centralLng(near));
  const band = intersect(featureCollection([feature(country), feature(near)]));
  if (!band)
    throw new Error(`no land of ${side} lies within ${widthKm} km of the ${a}-${b} border`);
  return band.geometry;
}
