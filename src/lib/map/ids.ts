/**
 * The ids of the map's sources and layers, named once: the layer specifications create them,
 * and the components that change a filter or a property later find them by these names.
 */

export const SOURCE = {
  basemap: 'basemap',
  places: 'story-places',
  shapes: 'story-shapes',
  distances: 'story-distances',
  rings: 'story-rings',
  /** The lines the rings' and distances' names are set along (see `labelLines`). */
  labelLines: 'story-label-lines',
  measure: 'measure',
} as const;

/** The story's layers (story-layers.ts), bottom to top. */
export const STORY_LAYER = {
  ringFill: 'ring-fill',
  ringLine: 'ring-line',
  ringLabel: 'ring-label',
  zoneFill: 'zone-fill',
  countrySelected: 'country-selected',
  borderLine: 'border-line',
  shapeSelected: 'shape-selected',
  distanceLine: 'distance-line',
  /** A distance's measured figure alone, where its line has no room for the article's too. */
  distanceLabelShort: 'distance-label-short',
  distanceLabel: 'distance-label',
  haloNear: 'place-halo-near',
  haloArea: 'place-halo-area',
  step: 'place-step',
  selected: 'place-selected',
  region: 'place-region',
  dotContext: 'place-dot-context',
  dot: 'place-dot',
  dotEvent: 'place-dot-event',
  dotWithdrawn: 'place-dot-withdrawn',
  statusConfirmed: 'place-status-confirmed',
  statusDisputed: 'place-status-disputed',
  sinceSeen: 'place-since-seen',
  sinceSeenLabel: 'place-since-seen-label',
  labelContext: 'place-label-context',
  label: 'place-label',
  labelKey: 'place-label-key',
  dotKeepOut: 'place-dot-keep-out',
} as const;

/** The basemap's layers (basemap-layers.ts); all start with `basemap-`. */
export const BASEMAP_LAYER = {
  background: 'basemap-background',
  land: 'basemap-land',
  country: 'basemap-country',
  boundary: 'basemap-boundary',
  ocean: 'basemap-label-ocean',
  sea: 'basemap-label-sea',
  countryMajor: 'basemap-label-country-major',
  countryMinor: 'basemap-label-country-minor',
  cityMajor: 'basemap-label-city-major',
  cityLarge: 'basemap-label-city-large',
  cityTown: 'basemap-label-city-town',
} as const;

/** The measuring tool's layers (measure-layers.ts). */
export const MEASURE_LAYER = {
  ringFill: 'measure-ring-fill',
  ringLine: 'measure-ring-line',
  line: 'measure-line',
  lineLabel: 'measure-line-label',
  point: 'measure-point',
  pointLabel: 'measure-point-label',
} as const;
