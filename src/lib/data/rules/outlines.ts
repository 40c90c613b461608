/**
 * Outlines drawn by hand: a place's point lies inside the area drawn for it, so the marker,
 * its card and every distance measured from the point speak of the same place as the area.
 */
import { areaContains } from '../../geo/antimeridian.ts';
import { outlinePolygon } from '../../geo/outline.ts';
import type { LngLat } from '../../geo/types.ts';
import type { Problem } from '../problems.ts';
import type { Rule } from './context.ts';

export const pointsInsideTheirOutline: Rule = ({ features, placesFile: file }) => {
  const problems: Problem[] = [];
  for (const { feature } of features) {
    const { shape } = feature.properties;
    if (shape?.from !== 'drawn') continue;
    const point = feature.geometry.coordinates as LngLat;
    if (areaContains(outlinePolygon(shape.corners), point)) continue;
    problems.push({
      file,
      feature: feature.id,
      field: 'geometry.coordinates',
      message: `[${point.join(', ')}] lies outside the area drawn for the place: move the point into it, or redraw the area round it`,
    });
  }
  return problems;
};
