/**
 * Draws a place's `shape`: from Natural Earth, a country's territory, the border two
 * countries share, or a band of one side within a distance of that border (or of the
 * stretch of it inside a box); or the outline drawn by hand.
 */
import { bboxClip } from '@turf/bbox-clip';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Shape } from '../data/schema.ts';
import { borderGeometry, countryGeometry, type CountryShapes } from '../basemap/natural-earth.ts';
import { centralLng, unwrapAround } from '../geo/antimeridian.ts';
import { outlinePolygon } from '../geo/outline.ts';
import { ringAroundShape } from '../geo/ring.ts';

/** How closely a border band's inner edge follows its width, as a fraction of it. */
const BAND_TOLERANCE = 0.01;

export function shapeResolver(ne: CountryShapes) {
  return (shape: Shape) => {
    switch (shape.from) {
      case 'country':
        return countryGeometry(ne, shape.country);
      case 'border':
        return borderGeometry(ne, ...shape.countries);
      case 'border-band':
        return borderBand(ne, shape);
      case 'drawn':
        return outlinePolygon(shape.corners);
    }
  };
}

function borderBand(
  ne: CountryShapes,
  { countries: [a, b], side, widthKm, along }: Extract<Shape, { from: 'border-band' }>,
): Polygon | MultiPolygon {
  const border = along ? stretchOf(borderGeometry(ne, a, b), along) : borderGeometry(ne, a, b);
  // 1 % of a band a few km wide is tens of metres, finer than the 3 decimals (~0.1 km) it
  // is drawn with; the default 0.1 % would only make the build slower.
  const near = ringAroundShape(border, widthKm, { tolerance: BAND_TOLERANCE });
  // In the band's own turn of longitude, for a border near the antimeridian.
  const country = unwrapAround(countryGeometry(ne, side), centralLng(near));
  const band = intersect(featureCollection([feature(country), feature(near)]));
  if (!band)
    throw new Error(`no land of ${side} lies within ${widthKm} km of the ${a}-${b} border`);
  return band.geometry;
}

/** The parts of a border inside `[west, south, east, north]`. */
function stretchOf(
  border: MultiLineString,
  box: [number, number, number, number],
): MultiLineString {
  // bboxClip gives a LineString when one piece is left, a MultiLineString otherwise.
  const clipped = bboxClip(border, box).geometry as LineString | MultiLineString;
  const pieces = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  const lines = pieces.filter((line) => line.length > 1);
  if (lines.length === 0)
    throw new Error(`no stretch of the border lies inside [${box.join(', ')}]`);
  return { type: 'MultiLineString', coordinates: lines };
}
