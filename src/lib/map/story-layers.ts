/**
 * The story drawn as MapLibre sources and layers: data in, typed style specifications out,
 * so every choice here is testable without a map. Precision is drawn honestly: a solid dot
 * for an exact place, a dot in a wide halo for a place known only roughly, shaded areas for
 * zones, and no dot at all for a region or a country.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { distanceText } from '../text/format.ts';
import type { Bounds, Units } from '../geo/types.ts';
import { strings } from '../i18n/index.ts';
import type { StoryTheme } from '../story/theme.ts';
import type { StoryOutline, MeasuredDistance } from '../story/types.ts';
import { statusOf, type Status } from '../data/schema.ts';
import { hasStandingEvents, placeLabel } from '../story/describe.ts';
import { inBounds } from '../geo/bounds.ts';
import { clipLine, lineLabelInset, type FrameAt } from './frame-guard.ts';
import { SOURCE, STORY_LAYER } from './ids.ts';
import { DOT_KEEP_OUT_IMAGE_ID } from './dot-image.ts';
import { CIRCLES, FILLS, LABELS, LINES, type CircleMark, type LabelMark } from './marks.ts';
import {
  circlePaint,
  fillPaint,
  labelLayout,
  labelPaint,
  lineLayout,
  linePaint,
} from './mark-style.ts';

/** Layers a reader can click to select a place. */
export const CLICKABLE_LAYERS: string[] = [
  STORY_LAYER.haloNear,
  STORY_LAYER.haloArea,
  STORY_LAYER.dotWithdrawn,
  STORY_LAYER.region,
  STORY_LAYER.dotContext,
  STORY_LAYER.dot,
  STORY_LAYER.dotEvent,
  STORY_LAYER.labelContext,
  STORY_LAYER.label,
  STORY_LAYER.labelKey,
];

/** The local name's size on a label's second line, against the name's. */
export const LOCAL_NAME_SCALE = 0.85;

/** Kinds drawn as a dot; regions and countries are shown by their label (and shape) only. */
const POINT_PRECISIONS = ['exact', 'near'];

function collection(features: FeatureCollection['features']): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/**
 * The measured figure, and beside it the article's own, as the line's label says them; with
 * the name of the end the reader cannot see (`to`), where the line leaves the frame. `short`:
 * the measured figure alone, for a line with no room for more (the card gives the article's).
 */
export function distanceLabel(
  distance: MeasuredDistance,
  units: Units | 'both',
  { to, short = false }: { to?: string; short?: boolean } = {},
): string {
  const measured = distanceText(distance.measured.km, units);
  const figure =
    distance.stated && !short
      ? strings.map.measuredAndStated(measured, distance.stated.text)
      : measured;
  return to ? strings.map.toPlace(to, figure) : figure;
}

/**
 * The place's name in a local right-to-left script for the label's second line: Arabic
 * where the data has it, else Hebrew, else empty (no second line). MapLibre 6 shapes Arabic
 * and reorders bidirectional text itself, so no RTL text plugin is loaded.
 */
export function localName(names: Partial<Record<string, string>> | undefined): string {
  return names?.ar ?? names?.he ?? '';
}

/**
 * The story's GeoJSON sources. `frame`: the first view's, so the names along lines are set
 * only inside it (see `labelLines`); absent, along the whole line.
 */
export function storySources(
  story: StoryOutline,
  frame?: FrameAt,
): Record<string, GeoJSONSourceSpecification> {
  const places = collection(
    story.places.features.map((place) => ({
      type: 'Feature',
      geometry: place.geometry,
      properties: {
        placeId: place.id,
        name: placeLabel(place.properties),
        localName: localName(place.properties.names),
        status: statusOf(place.properties),
        kind: place.properties.kind,
        precision: place.properties.precision,
        origin: place.properties.origin,
        rank: place.properties.rank ?? 2,
        hasEvents: hasStandingEvents(place.properties),
        hasShape: place.properties.shape !== undefined,
      },
    })),
  );
  const distances = collection(
    story.distances.map((distance) => ({
      type: 'Feature',
      geometry: distance.line,
      properties: { distanceId: distance.id },
    })),
  );
  const rings = collection(
    story.rings.map((ring) => ({
      type: 'Feature',
      geometry: ring.area as Geometry,
      properties: { ringId: ring.id, label: ring.label },
    })),
  );
  return {
    [SOURCE.places]: { type: 'geojson', data: places, promoteId: 'placeId' },
    [SOURCE.shapes]: { type: 'geojson', data: story.shapes as FeatureCollection },
    [SOURCE.distances]: { type: 'geojson', data: distances },
    [SOURCE.rings]: { type: 'geojson', data: rings },
    [SOURCE.labelLines]: { type: 'geojson', data: labelLines(story, frame) },
  };
}

/**
 * The lines the story's names are set along, one feature each: a ring's edge (`ringId`,
 * `label`) and a distance's line (`distanceId`; `labelMi`, `labelKm` with the article's
 * figure, `shortMi`, `shortKm` without). Whole, or, on the first view (`frame` given), only
 * the stretches inside the frame by the name's height; there a distance whose end is out of
 * the frame names that end ("to New York: 5,680 mi").
 */
export function labelLines(story: StoryOutline, frame?: FrameAt): FeatureCollection {
  const within = (lines: Position[][], box: Bounds | undefined) =>
    box ? lines.flatMap((line) => clipLine(line, box)) : lines;
  const ringBox = frame?.(lineLabelInset(LABELS.ring));
  const distanceBox = frame?.(lineLabelInset(LABELS.distance, LABELS.distance.offset));
  const rings = story.rings.map((ring): Feature => {
    const polygons = ring.area.type === 'Polygon' ? [ring.area.coordinates] : ring.area.coordinates;
    return {
      type: 'Feature',
      properties: { ringId: ring.id, label: ring.label },
      geometry: { type: 'MultiLineString', coordinates: within(polygons.flat(), ringBox) },
    };
  });
  const nameOf = (id: string) =>
    story.places.features.find((place) => place.id === id)?.properties.name ?? id;
  const distances = story.distances.map((distance): Feature => {
    const { line } = distance;
    const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
    // On a first view, a line that leaves the frame says where it goes.
    const offEnd =
      distanceBox &&
      [distance.from, distance.to].find((_, i) => {
        const end = distance.ends[i];
        return !end || !inBounds(end, distanceBox);
      });
    const to = offEnd ? nameOf(offEnd) : undefined;
    return {
      type: 'Feature',
      properties: {
        distanceId: distance.id,
        labelMi: distanceLabel(distance, 'mi', { to }),
        labelKm: distanceLabel(distance, 'km', { to }),
        shortMi: distanceLabel(distance, 'mi', { to, short: true }),
        shortKm: distanceLabel(distance, 'km', { to, short: true }),
      },
      geometry: { type: 'MultiLineString', coordinates: within(parts, distanceBox) },
    };
  });
  return { type: 'FeatureCollection', features: [...rings, ...distances] };
}

/** Shows only the selected place on the selection layers; `null` shows none. */
export function selectedFilter(placeId: string | null): FilterSpecification {
  return ['==', ['get', 'placeId'], placeId ?? ''];
}

/** Shows only the places of the story's current step on the step layer; `[]` shows none. */
export function stepFilter(placeIds: readonly string[]): FilterSpecification {
  return ['in', ['get', 'placeId'], ['literal', [...placeIds]]];
}

/**
 * The layers a time range hides places on, and the property naming each feature's place:
 * the places themselves and the zones and borders drawn for them. Highlights (selection,
 * step) are left alone: they show what the reader asked for.
 */
export const TIME_FILTERED_LAYERS: readonly { id: string; key: 'placeId' | 'place' }[] = [
  ...CLICKABLE_LAYERS.map((id) => ({ id, key: 'placeId' as const })),
  { id: STORY_LAYER.statusConfirmed, key: 'placeId' },
  { id: STORY_LAYER.statusDisputed, key: 'placeId' },
  { id: STORY_LAYER.zoneFill, key: 'place' },
  { id: STORY_LAYER.borderLine, key: 'place' },
  { id: STORY_LAYER.dotKeepOut, key: 'placeId' },
];

/**
 * A layer's own filter narrowed to the places in a time range (`null`: no range, the
 * layer's filter as it is, `undefined` for none: MapLibre takes a `null` for a change and
 * lays the layer's source out again), so the two combine rather than replace each other.
 */
export function timeFilter(
  base: FilterSpecification | undefined,
  placeIds: readonly string[] | null,
  key: string = 'placeId',
): FilterSpecification | undefined {
  if (placeIds === null) return base;
  const inRange: ExpressionSpecification = ['in', ['get', key], ['literal', [...placeIds]]];
  return base ? ['all', base as ExpressionSpecification, inRange] : inRange;
}

/** The countries the story labels itself, as places whose shape is the country. */
export function storyCountries(story: StoryOutline): string[] {
  return story.places.features.flatMap((place) =>
    place.properties.shape?.from === 'country' ? [place.properties.shape.country] : [],
  );
}

/** The ISO code of the country a place stands for, when the place is a country's territory. */
export function countryOf(story: StoryOutline, placeId: string | null): string {
  const shape = story.places.features.find((place) => place.id === placeId)?.properties.shape;
  return shape?.from === 'country' ? shape.country : '';
}

/** Outlines the selected country in the basemap, where the build drew it once already. */
export function selectedCountryFilter(
  story: StoryOutline,
  placeId: string | null,
): FilterSpecification {
  return [
    'all',
    ['==', ['get', 'layer'], 'country'],
    ['==', ['get', 'iso2'], countryOf(story, placeId)],
  ];
}

/** Shows only the selected place's shape; `null` shows none. */
export function selectedShapeFilter(placeId: string | null): FilterSpecification {
  return ['==', ['get', 'place'], placeId ?? ''];
}

/** A distance's name in `units`: with the article's figure, or (`short`) the measured one alone. */
export function distanceTextField(units: Units, short = false): ExpressionSpecification {
  const key = short
    ? units === 'mi'
      ? 'shortMi'
      : 'shortKm'
    : units === 'mi'
      ? 'labelMi'
      : 'labelKm';
  return ['get', key];
}

const isPoint: ExpressionSpecification = [
  'in',
  ['get', 'precision'],
  ['literal', POINT_PRECISIONS],
];
const fromContext: ExpressionSpecification = ['==', ['get', 'origin'], 'context'];
const fromArticle: ExpressionSpecification = ['==', ['get', 'origin'], 'article'];
const hasStatus = (status: Status): ExpressionSpecification => ['==', ['get', 'status'], status];
const standing: ExpressionSpecification = ['!', hasStatus('withdrawn')];

/**
 * Whether a place is a region the article names with no outline of its own (Gaza, northern
 * Israel) in the story's first view (rank 1 or 2): such a place is marked by a small ring
 * where its name is set, so the first view marks it even where its name gives way to
 * another's. Regions far away (rank 3) and countries (their outline is the basemap's) are
 * named only. {@link REGION_MARKED} says the same to MapLibre.
 */
export function marksRegion({
  precision,
  origin,
  rank = 2,
  hasShape,
}: {
  precision: string;
  origin: string;
  rank?: number;
  hasShape: boolean;
}): boolean {
  return precision === 'region' && origin === 'article' && rank <= 2 && !hasShape;
}

/** {@link marksRegion} as a filter on the places source. */
export const REGION_MARKED: ExpressionSpecification = [
  'all',
  fromArticle,
  ['==', ['get', 'precision'], 'region'],
  ['<=', ['get', 'rank'], 2],
  ['!', ['get', 'hasShape']],
];

/**
 * Dots: red where something happened, ink where the article only names the place, grey for
 * context, hollow where the place is withdrawn; a ring round one confirmed or disputed.
 */
const DOT_KINDS: { id: string; mark: CircleMark; filter: ExpressionSpecification }[] = [
  {
    id: STORY_LAYER.statusConfirmed,
    mark: CIRCLES.statusConfirmed,
    filter: hasStatus('confirmed'),
  },
  { id: STORY_LAYER.statusDisputed, mark: CIRCLES.statusDisputed, filter: hasStatus('disputed') },
  { id: STORY_LAYER.dotWithdrawn, mark: CIRCLES.dotWithdrawn, filter: hasStatus('withdrawn') },
  { id: STORY_LAYER.dotContext, mark: CIRCLES.dotContext, filter: ['all', standing, fromContext] },
  {
    id: STORY_LAYER.dot,
    mark: CIRCLES.dot,
    filter: ['all', standing, fromArticle, ['!', ['get', 'hasEvents']]],
  },
  {
    id: STORY_LAYER.dotEvent,
    mark: CIRCLES.dotEvent,
    filter: ['all', standing, fromArticle, ['get', 'hasEvents']],
  },
];

/** What the since-seen marker says over a place (SinceSeenView sets which places). */
export function sinceSeenText(marked: {
  added: readonly string[];
  changed: readonly string[];
}): ExpressionSpecification {
  return [
    'case',
    ['in', ['get', 'placeId'], ['literal', [...marked.added]]],
    strings.changes.newMark,
    ['in', ['get', 'placeId'], ['literal', [...marked.changed]]],
    strings.changes.changedMark,
    '',
  ];
}

/** Labels: the story's key places largest; places from outside the article in grey. */
const LABEL_KINDS: { id: string; mark: LabelMark; filter: ExpressionSpecification }[] = [
  { id: STORY_LAYER.labelContext, mark: LABELS['place-context'], filter: fromContext },
  {
    id: STORY_LAYER.label,
    mark: LABELS.place,
    filter: ['all', fromArticle, ['!=', ['get', 'rank'], 1]],
  },
  {
    id: STORY_LAYER.labelKey,
    mark: LABELS['place-key'],
    filter: ['all', fromArticle, ['==', ['get', 'rank'], 1]],
  },
];

/**
 * Where a name may go round its point, in the order MapLibre tries them: to the right of it
 * first, then the other sides and the corners.
 */
export const NAME_ANCHORS = [
  'left',
  'right',
  'top',
  'bottom',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
] as const;
export type NameAnchor = (typeof NAME_ANCHORS)[number];

/** The anchors each place's name may take, by place id; a place not listed may take any. */
export type NameAnchors = ReadonlyMap<string, readonly NameAnchor[]>;

/**
 * A name's offset from its point at an anchor, in ems, for a name set `radius` ems out: the
 * offsets MapLibre's `text-radial-offset` gives (the corners on the diagonal).
 */
export function anchorOffset(anchor: NameAnchor, radius: number): [number, number] {
  const out = anchor.includes('-') ? radius / Math.SQRT2 : radius;
  const x = anchor.endsWith('left') ? out : anchor.endsWith('right') ? -out : 0;
  const y = anchor.startsWith('top') ? out : anchor.startsWith('bottom') ? -out : 0;
  return [x, y];
}

/**
 * The names' `text-variable-anchor-offset`: beside a dot or a region's ring, a name is set the
 * mark's offset out; a country's or a far region's name starts at its point. A place in
 * `allowed` takes only its anchors there (the first view keeps names off the frame's edges).
 */
export function nameAnchorOffset(mark: LabelMark, allowed: NameAnchors = new Map()) {
  const offsets = (anchors: readonly NameAnchor[], radius: number): ExpressionSpecification => [
    'literal',
    anchors.flatMap((anchor) => [anchor, anchorOffset(anchor, radius)]),
  ];
  const at = (anchors: readonly NameAnchor[]): ExpressionSpecification => [
    'case',
    ['any', isPoint, REGION_MARKED],
    offsets(anchors, mark.offset),
    offsets(anchors, 0),
  ];
  // Places with the same anchors share one branch, so the expression grows with the kinds of
  // edge, not with the places.
  const byAnchors = new Map<string, { anchors: readonly NameAnchor[]; ids: string[] }>();
  for (const [id, anchors] of allowed) {
    // A place with no anchor is not named (`nameTextField`): any offset will do.
    if (anchors.length === 0) continue;
    const key = anchors.join(' ');
    const group = byAnchors.get(key) ?? { anchors, ids: [] };
    group.ids.push(id);
    byAnchors.set(key, group);
  }
  const [first, ...more] = byAnchors.values();
  if (!first) return at(NAME_ANCHORS);
  return [
    'match',
    ['get', 'placeId'],
    first.ids,
    at(first.anchors),
    ...more.flatMap(({ anchors, ids }) => [ids, at(anchors)]),
    at(NAME_ANCHORS),
  ] as ExpressionSpecification;
}

/**
 * The names' `text-field`: the name, and the local name on a second line where there is
 * one. A place in `allowed` with no anchor (no side of its point with room in the frame) is
 * not named: its name would be cut by the edge.
 */
export function nameTextField(allowed: NameAnchors = new Map()): ExpressionSpecification {
  const name: ExpressionSpecification = [
    'format',
    ['get', 'name'],
    {},
    // The line break only where there is a second line, so a label without one
    // keeps its anchor (an empty last line would still take a line's height).
    ['case', ['==', ['get', 'localName'], ''], '', '\n'],
    {},
    ['get', 'localName'],
    { 'font-scale': LOCAL_NAME_SCALE },
  ];
  const unnamed = [...allowed].filter(([, anchors]) => anchors.length === 0).map(([id]) => id);
  if (unnamed.length === 0) return name;
  return ['case', ['in', ['get', 'placeId'], ['literal', unnamed]], ['format', '', {}], name];
}

/** The distances' name layers, bottom to top: the measured figure alone under both figures. */
export const DISTANCE_NAMES = [
  { id: STORY_LAYER.distanceLabelShort, short: true },
  { id: STORY_LAYER.distanceLabel, short: false },
] as const;

/** The story's kinds of name, as layers: each layer's id and its mark. */
export const NAME_LAYERS: readonly { id: string; mark: LabelMark }[] = LABEL_KINDS;

export interface StoryLayersOptions {
  story: StoryOutline;
  /** Default light. */
  theme?: StoryTheme;
  units: Units;
  selected: string | null;
  /** The basemap's source id, whose country outlines show a selected country. */
  basemapSource: string;
  /** The anchors each name may take (the first view's, `firstViewAnchors`); default any. */
  nameAnchors?: NameAnchors;
}

export function storyLayers({
  story,
  units,
  selected,
  basemapSource,
  theme = 'light',
  nameAnchors,
}: StoryLayersOptions): LayerSpecification[] {
  return [
    {
      id: STORY_LAYER.ringFill,
      type: 'fill',
      source: SOURCE.rings,
      paint: fillPaint(FILLS.ring, theme),
    },
    {
      id: STORY_LAYER.ringLine,
      type: 'line',
      source: SOURCE.rings,
      paint: linePaint(LINES.ring, theme),
    },
    {
      id: STORY_LAYER.ringLabel,
      type: 'symbol',
      source: SOURCE.labelLines,
      filter: ['has', 'ringId'],
      layout: {
        ...labelLayout(LABELS.ring),
        'symbol-placement': 'line',
        'text-field': ['get', 'label'],
        'symbol-spacing': 400,
      },
      paint: labelPaint(LABELS.ring, theme),
    },
    {
      id: STORY_LAYER.zoneFill,
      type: 'fill',
      source: SOURCE.shapes,
      filter: ['==', ['get', 'kind'], 'zone'],
      paint: fillPaint(FILLS.zone, theme),
    },
    {
      id: STORY_LAYER.countrySelected,
      type: 'line',
      source: basemapSource,
      filter: selectedCountryFilter(story, selected),
      paint: linePaint(LINES.countrySelected, theme),
    },
    {
      id: STORY_LAYER.borderLine,
      type: 'line',
      source: SOURCE.shapes,
      filter: ['==', ['get', 'kind'], 'border'],
      layout: lineLayout(LINES.border),
      paint: linePaint(LINES.border, theme),
    },
    {
      id: STORY_LAYER.shapeSelected,
      type: 'line',
      source: SOURCE.shapes,
      filter: selectedShapeFilter(selected),
      paint: linePaint(LINES.shapeSelected, theme),
    },
    {
      id: STORY_LAYER.distanceLine,
      type: 'line',
      source: SOURCE.distances,
      layout: lineLayout(LINES.distance),
      paint: linePaint(LINES.distance, theme),
    },
    // Paint below is constant per layer, never data-driven: each data-driven paint property
    // is another WebGL program to compile, which costs tens of milliseconds on a slow GPU.
    // Kinds of place are told apart by filters instead.
    {
      // A place known only roughly: a wide, faint disc around its dot.
      id: STORY_LAYER.haloNear,
      type: 'circle',
      source: SOURCE.places,
      filter: ['all', ['==', ['get', 'precision'], 'near'], standing],
      paint: circlePaint(CIRCLES.haloNear, theme),
    },
    {
      // An area with no outline of its own: a wider disc, and no dot.
      id: STORY_LAYER.haloArea,
      type: 'circle',
      source: SOURCE.places,
      filter: ['all', ['==', ['get', 'precision'], 'area'], ['!', ['get', 'hasShape']], standing],
      paint: circlePaint(CIRCLES.haloArea, theme),
    },
    {
      // The places of the step on screen (StepView sets the filter): a wide ring round each.
      id: STORY_LAYER.step,
      type: 'circle',
      source: SOURCE.places,
      filter: stepFilter([]),
      paint: circlePaint(CIRCLES.step, theme),
    },
    {
      id: STORY_LAYER.selected,
      type: 'circle',
      source: SOURCE.places,
      filter: selectedFilter(selected),
      paint: circlePaint(CIRCLES.selected, theme),
    },
    {
      id: STORY_LAYER.region,
      type: 'circle',
      source: SOURCE.places,
      filter: REGION_MARKED,
      paint: circlePaint(CIRCLES.region, theme),
    },
    {
      // New or changed since the version the reader last saw (SinceSeenView sets the filter).
      id: STORY_LAYER.sinceSeen,
      type: 'circle',
      source: SOURCE.places,
      filter: stepFilter([]),
      paint: circlePaint(CIRCLES.sinceSeen, theme),
    },
    ...DOT_KINDS.map(({ id, mark, filter }): LayerSpecification => ({
      id,
      type: 'circle',
      source: SOURCE.places,
      filter: ['all', isPoint, filter],
      paint: circlePaint(mark, theme),
    })),
    ...LABEL_KINDS.map(({ id, mark, filter }): LayerSpecification => ({
      id,
      type: 'symbol',
      source: SOURCE.places,
      filter,
      layout: {
        ...labelLayout(mark),
        'text-field': nameTextField(nameAnchors),
        'symbol-sort-key': ['get', 'rank'],
        'text-variable-anchor-offset': nameAnchorOffset(mark, nameAnchors),
        'text-justify': 'auto',
      },
      paint: labelPaint(mark, theme),
    })),
    {
      // Above the names, so placed before them: an empty icon over each dot and region's ring
      // that every name below it keeps off (names avoid one another, not circles). Never
      // hidden itself.
      id: STORY_LAYER.dotKeepOut,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['any', isPoint, REGION_MARKED],
      layout: {
        'icon-image': DOT_KEEP_OUT_IMAGE_ID,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 0,
      },
    },
    // Above the places' names, so placed before them: a measured distance and the article's
    // figure for it are the story's claim, and a name gives way to them. A line too short on
    // screen for both figures (it leaves the frame soon) gets the measured one alone: the
    // short name lies under the long one, where the long one, when placed, hides it.
    ...DISTANCE_NAMES.map(({ id, short }): LayerSpecification => ({
      id,
      type: 'symbol',
      source: SOURCE.labelLines,
      filter: ['has', 'distanceId'],
      layout: {
        ...labelLayout(LABELS.distance),
        'symbol-placement': 'line-center',
        'text-field': distanceTextField(units, short),
        'text-offset': [0, -LABELS.distance.offset],
      },
      paint: labelPaint(LABELS.distance, theme),
    })),
    {
      id: STORY_LAYER.sinceSeenLabel,
      type: 'symbol',
      source: SOURCE.places,
      filter: stepFilter([]),
      layout: {
        ...labelLayout(LABELS['since-seen']),
        'text-field': sinceSeenText({ added: [], changed: [] }),
        'text-anchor': 'bottom',
        'text-offset': [0, -LABELS['since-seen'].offset],
        // Over its place whatever else is near, and hiding no other label.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: labelPaint(LABELS['since-seen'], theme),
    },
  ];
}
