/**
 * The offline basemap: one GeoJSON FeatureCollection that the map reads as a single source,
 * each feature saying which layer draws it in `properties.layer`.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

/** Every value `properties.layer` takes, in drawing order. */
export const BASEMAP_LAYERS = [
  'land',
  'country',
  'boundary',
  'label-ocean',
  'label-country',
  'label-city',
] as const;

export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/**
 * What a feature carries. Fields that would be empty are left out to keep the file small.
 * `rank` orders labels by importance: 1 is the most important, 4 the least.
 */
export interface BasemapProperties {
  layer: BasemapLayer;
  /** Labels and countries: the English (or, for cities, GeoNames) name. */
  name?: string;
  /** Countries and their labels: ISO 3166-1 alpha-2, where the territory has one. */
  iso2?: string;
  /** Labels: 1 (largest) to 4. */
  rank?: number;
}

export type BasemapGeometry = Polygon | MultiPolygon | LineString | MultiLineString | Point;

export type BasemapFeature = Feature<BasemapGeometry, BasemapProperties>;

export interface Basemap extends FeatureCollection<BasemapGeometry, BasemapProperties> {
  features: BasemapFeature[];
}
