/**
 * The story's map as SVG path data and placed labels, projected with d3-geo: pure, so the
 * still picture can be made at build time, in Node or in a test, from the same data as the
 * live map. The projection is the live map's own: Web Mercator at the zoom and centre that
 * MapLibre's `fitBounds(story.bounds, { padding })` picks for a box of the same size, so the
 * picture and the map line up when one replaces the other.
 */
import { fitBoundsCamera, TILE_SIZE } from './fit-bounds.ts';
import { geoArea, geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { formatDistance } from '../geo/format.ts';
import type { Precision } from '../data/schema.ts';
import type { CompiledStory, MeasuredDistance } from '../story/types.ts';
import { storyCountries } from './story-layers.ts';
import type { Units } from '../geo/types.ts';

/** `[left, top, right, bottom]` in pixels. */
export type Box = [number, number, number, number];

/** What a label is, which decides its type (here) and its colour (where it is drawn). */
export type LabelKind =
  | 'place-key'
  | 'place'
  | 'place-context'
  | 'distance'
  | 'ring'
  | 'ocean'
  | 'sea'
  | 'country'
  | 'city';

export interface PictureLabel {
  kind: LabelKind;
  /** The text, already wrapped; one entry per line. */
  lines: string[];
  /** Where the first line's baseline starts (`anchor` says which end of the text). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Font size in px; following lines are `1.2 × size` apart. */
  size: number;
  /** The story place, distance or ring it names, if any. */
  of?: string;
}

export interface StaticPicture {
  width: number;
  height: number;
  /** The zoom MapLibre would show the story at in a box of this size. */
  zoom: number;
  /** The area drawn, larger than the picture by the overscan on every side. */
  extent: Box;
  /** Land (layer `land`). */
  land: string[];
  /** Countries drawn in detail around the story (layer `country`). */
  countries: string[];
  boundaries: string[];
  shapes: { kind: string; place: string; d: string }[];
  /** `d` fills the ring's area; `outline` is its edge as lines, with no cut edges where clipped. */
  rings: { id: string; d: string; outline: string; label: string }[];
  distances: { id: string; d: string; label: string }[];
  places: {
    id: string;
    name: string;
    at: [number, number];
    precision: Precision;
    origin: 'article' | 'context';
    rank: number;
    hasEvents: boolean;
    hasShape: boolean;
    dot: boolean;
    /** Whether its name is written: names that would overlap give way, the story's key places first. */
    labelled: boolean;
  }[];
  /** Basemap city dots (the cities whose names are written). */
  cities: [number, number][];
  /** Every text, in drawing order: basemap names first, the story's on top. */
  labels: PictureLabel[];
}

export interface StaticPictureOptions {
  story: CompiledStory;
  /** The basemap the build wrote for the story (a FeatureCollection with `layer` properties). */
  basemap: FeatureCollection;
  width: number;
  height: number;
  /** Pixels kept clear around `story.bounds`, as in `fitBounds(bounds, { padding })` (default 24). */
  padding?: number;
  /** Distance figures in one unit, or both ("1,290 mi · 2,080 km"; the default). */
  units?: Units | 'both';
  /**
   * How far beyond the picture to draw on each side, as a fraction of its width and of its
   * height (one number for both; default 0), so a box of another shape shows map rather
   * than an empty band.
   */
  overscan?: number | [number, number];
  /** The live map's `maxZoom` (default 12), which caps `fitBounds`. */
  maxZoom?: number;
  /** Areas no label may cover, such as a credit line. */
  reserved?: Box[];
}

/** Points of a line closer than this to the simplified line are dropped, in px. */
const SIMPLIFY_PX = 0.8;

const LAND_LAYERS = new Set(['land']);
const COUNTRY_LAYERS = new Set(['country']);
const BOUNDARY_LAYERS = new Set(['boundary', 'boundary-disputed']);

export function staticMapPicture({
  story,
  basemap,
  width,
  height,
  padding = 24,
  units = 'both',
  overscan = 0,
  maxZoom = 12,
  reserved = [],
}: StaticPictureOptions): StaticPicture {
  const { zoom, center } = fitBoundsCamera({
    bounds: story.bounds,
    width,
    height,
    padding,
    maxZoom,
  });
  const [overX, overY] = typeof overscan === 'number' ? [overscan, overscan] : overscan;
  const extent: Box = [-overX * width, -overY * height, width * (1 + overX), height * (1 + overY)];
  // d3's Mercator is `k·λ` wide in radians: the world's 2π·k px are MapLibre's 512·2^zoom.
  // Rotating to the centre's longitude keeps bounds that cross the antimeridian whole.
  const k = (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
  const projection = geoMercator()
    .rotate([-center[0], 0])
    .center([0, center[1]])
    .scale(k)
    .translate([width / 2, height / 2])
    .clipExtent([
      [extent[0], extent[1]],
      [extent[2], extent[3]],
    ]);
  // Whole pixels: the picture stands in for the live map for a moment; bytes matter more.
  const path = geoPath({ stream: (out) => projection.stream(simplified(out)) }).digits(0);
  const draw = (geometry: Geometry) => path(windForD3(geometry)) ?? '';
  const layerOf = (feature: Feature) => String(feature.properties?.layer ?? '');
  const project = (position: Position): [number, number] =>
    projection([position[0]!, position[1]!]) ?? [Number.NaN, Number.NaN];
  const drawLayer = (layers: Set<string>) =>
    basemap.features
      .filter((feature) => layers.has(layerOf(feature)))
      .map((feature) => draw(feature.geometry))
      .filter(Boolean);
  const inside = ([x, y]: [number, number], box: Box) =>
    x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
  const view: Box = [0, 0, width, height];

  const names = new Map(story.places.features.map((place) => [place.id, place.properties.name]));
  const places = story.places.features
    .map((place) => ({
      id: place.id,
      name: place.properties.name,
      at: project(place.geometry.coordinates),
      precision: place.properties.precision,
      origin: place.properties.origin,
      rank: place.properties.rank ?? 2,
      hasEvents: place.properties.events.length > 0,
      hasShape: place.properties.shape !== undefined,
      dot: place.properties.precision === 'exact' || place.properties.precision === 'near',
    }))
    .filter(({ at }) => inside(at, extent));

  const hidden = new Set(storyCountries(story));
  const bearings = basemapCandidates(basemap, zoom, project, hidden);
  // Where the basemap would name a sea, a country or a city, and where distance lines run:
  // the story's own labels go elsewhere when they can, so the reader keeps those bearings
  // and no figure is crossed out by another line.
  const board = labelBoard(
    view,
    [...reserved, ...places.filter((place) => place.dot).map(({ at }) => around(at, 6))],
    [
      ...bearings.map((name) => name.candidates[0]!.box),
      ...story.distances.flatMap((distance) =>
        sampled(distanceRun(distance, project, view), 6).map((at) => around(at, 3)),
      ),
    ],
  );
  const storyLabels: PictureLabel[] = [];
  const labelled = new Set<string>();
  const placeLabel = (place: (typeof places)[number]) => {
    if (!inside(place.at, view)) return;
    const kind: LabelKind =
      place.origin === 'context' ? 'place-context' : place.rank === 1 ? 'place-key' : 'place';
    const style = LABEL_STYLES[kind];
    const lines = wrap(place.name, style, style.size);
    const sides: Side[] = place.dot
      ? ['right', 'left', 'above', 'below']
      : ['center', 'right', 'left', 'above', 'below'];
    const offset = place.dot ? 0.8 * style.size : 0.4 * style.size;
    const label = board.place(
      sides.map((side) => block(lines, style.size, style, place.at, side, offset)),
    );
    if (!label) return;
    labelled.add(place.id);
    storyLabels.push({ kind, ...label, of: place.id });
  };

  // The story's key places are named first, then its measured distances and rings, then
  // the rest of its places; basemap names fill the room that is left.
  const order = [...places].sort(
    (a, b) => a.rank - b.rank || Number(a.origin === 'context') - Number(b.origin === 'context'),
  );
  for (const place of order.filter((candidate) => candidate.rank === 1)) placeLabel(place);

  const distances = story.distances.map((distance) => {
    const label = distanceText(distance, units);
    const points = distanceRun(distance, project, view);
    const offEnd = [distance.from, distance.to].find((_, i) => {
      const end = distance.ends[i];
      return !end || !inside(project(end), view);
    });
    const lines = offEnd
      ? [`to ${names.get(offEnd) ?? offEnd}: ${label.figure}`, ...label.article]
      : [label.figure, ...label.article];
    const candidates = alongLine(points).flatMap(({ at, direction }) =>
      beside(lines, LABEL_STYLES.distance, at, direction, 8),
    );
    // A measured distance is the story's point: its figure is written even where crowded.
    const placed = board.place(candidates) ?? board.force(candidates[0]);
    if (placed) storyLabels.push({ kind: 'distance', ...placed, of: distance.id });
    return {
      id: distance.id,
      d: draw(distance.line),
      label: [label.figure, ...label.article.map((line) => `(${line})`)].join(' '),
    };
  });

  const rings = story.rings.map((ring) => {
    const style = LABEL_STYLES.ring;
    const lines = wrap(ring.label, style, style.size);
    const outline = ringOutline(ring.area);
    const inset: Box = [40, 30, width - 40, height - 30];
    const candidates = outline
      .map(project)
      .filter((at) => inside(at, inset))
      .sort((a, b) => edgeDistance(b, view) - edgeDistance(a, view))
      .map((at) => block(lines, style.size, style, at, 'center', 0));
    const placed = board.place(candidates);
    if (placed) storyLabels.push({ kind: 'ring', ...placed, of: ring.id });
    return {
      id: ring.id,
      d: draw(ring.area),
      outline: draw({ type: 'MultiLineString', coordinates: outline.length ? [outline] : [] }),
      label: ring.label,
    };
  });

  for (const place of order.filter((candidate) => candidate.rank !== 1)) placeLabel(place);

  const { labels: basemapLabels, cities } = basemapNames(bearings, board);

  return {
    width,
    height,
    zoom,
    extent,
    land: drawLayer(LAND_LAYERS),
    countries: drawLayer(COUNTRY_LAYERS),
    boundaries: drawLayer(BOUNDARY_LAYERS),
    shapes: story.shapes.features
      .filter((shape) => shape.properties.kind === 'zone' || shape.properties.kind === 'border')
      .map((shape) => ({
        kind: shape.properties.kind,
        place: shape.properties.place,
        d: draw(shape.geometry),
      })),
    rings,
    distances,
    places: places.map((place) => ({ ...place, labelled: labelled.has(place.id) })),
    cities,
    labels: [...basemapLabels, ...storyLabels],
  };
}

/**
 * d3-geo reads a ring's winding on the sphere: clockwise encloses the small side. RFC 7946
 * (and Turf) wind exteriors anticlockwise, which d3 would fill as the rest of the world, so
 * each polygon larger than a hemisphere is turned round.
 */
export function windForD3(geometry: Geometry): Geometry {
  const turn = (polygon: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI
      ? polygon.map((ring) => [...ring].reverse())
      : polygon;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: turn(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(turn) };
  }
  return geometry;
}

/** A distance's figures, in one unit or both, and the article's own words on their own line. */
function distanceText(
  distance: MeasuredDistance,
  units: Units | 'both',
): { figure: string; article: string[] } {
  const figure =
    units === 'both'
      ? `${formatDistance(distance.measured.km, 'mi')} · ${formatDistance(distance.measured.km, 'km')}`
      : formatDistance(distance.measured.km, units);
  return { figure, article: distance.stated ? [`article: ${distance.stated.text}`] : [] };
}

/** The exterior of a ring's area (the largest polygon's, for a MultiPolygon). */
function ringOutline(area: Geometry): Position[] {
  if (area.type === 'Polygon') return area.coordinates[0] ?? [];
  if (area.type !== 'MultiPolygon') return [];
  const polygons = area.coordinates.map((polygon) => polygon[0] ?? []);
  return polygons.sort((a, b) => b.length - a.length)[0] ?? [];
}

function edgeDistance([x, y]: [number, number], [left, top, right, bottom]: Box): number {
  return Math.min(x - left, right - x, y - top, bottom - y);
}

/** The longest stretch of a distance's line that lies in the picture, in px. */
function distanceRun(
  distance: MeasuredDistance,
  project: (position: Position) => [number, number],
  view: Box,
): [number, number][] {
  const margin = 16;
  const lines =
    distance.line.type === 'LineString' ? [distance.line.coordinates] : distance.line.coordinates;
  let best: [number, number][] = [];
  for (const line of lines) {
    let run: [number, number][] = [];
    for (const position of line) {
      const [x, y] = project(position);
      const within =
        x >= view[0] + margin &&
        x <= view[2] - margin &&
        y >= view[1] + margin &&
        y <= view[3] - margin;
      if (within) run.push([x, y]);
      if (!within || position === line[line.length - 1]) {
        if (length(run) > length(best)) best = run;
        if (!within) run = [];
      }
    }
  }
  return best;
}

function length(points: [number, number][]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  }
  return total;
}

/** Points every `step` px along a line. */
function sampled(points: [number, number][], step: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let j = 0; j < n; j++) out.push([x0 + ((x1 - x0) * j) / n, y0 + ((y1 - y0) * j) / n]);
  }
  return out;
}

/** Points along a line to try a label at, the middle first, with the line's direction there. */
function alongLine(
  points: [number, number][],
): { at: [number, number]; direction: [number, number] }[] {
  const total = length(points);
  if (points.length < 2 || total === 0) {
    return points.map((at) => ({ at, direction: [1, 0] }));
  }
  return [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((fraction) => {
    let left = fraction * total;
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1]!;
      const [x1, y1] = points[i]!;
      const step = Math.hypot(x1 - x0, y1 - y0);
      if (left <= step || i === points.length - 1) {
        const t = step === 0 ? 0 : Math.min(1, left / step);
        return {
          at: [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t],
          direction: step === 0 ? [1, 0] : [(x1 - x0) / step, (y1 - y0) / step],
        };
      }
      left -= step;
    }
    return { at: points[0]!, direction: [1, 0] };
  });
}

/**
 * A label on either side of a line at a point, `offset` px clear of it: the block is pushed
 * along the line's normal until its nearest corner is that far off, so a slanting line never
 * runs through its own label. The side above (or right of) the line comes first.
 */
function beside(
  lines: string[],
  style: LabelStyle,
  [px, py]: [number, number],
  [dx, dy]: [number, number],
  offset: number,
): Placed[] {
  const w = Math.max(...lines.map((line) => textWidth(line, style)));
  const h = lines.length * 1.2 * style.size;
  const up: [number, number] = dy > 0 || (dy === 0 && dx < 0) ? [dy, -dx] : [-dy, dx];
  const normals: [number, number][] =
    up[1] === 0
      ? [
          [1, 0],
          [-1, 0],
        ]
      : [up, [-up[0], -up[1]]];
  return normals.map(([nx, ny]) => {
    const reach = offset + (Math.abs(nx) * w) / 2 + (Math.abs(ny) * h) / 2;
    return block(lines, style.size, style, [px + nx * reach, py + ny * reach], 'center', 0);
  });
}

type BasemapKind = 'ocean' | 'sea' | 'country' | 'city';

interface BasemapName {
  kind: BasemapKind;
  at: [number, number];
  candidates: Placed[];
}

/**
 * The basemap's names a locator map needs, most important first: oceans, large countries
 * (rank 1–2) not already named by the story, seas, and the largest cities (rank 1), set at
 * the sizes the live map gives them at this zoom (basemap-layers.ts).
 */
function basemapCandidates(
  basemap: FeatureCollection,
  zoom: number,
  project: (position: Position) => [number, number],
  hidden: Set<string>,
): BasemapName[] {
  const sizes: Record<BasemapKind, number> = {
    ocean: interpolate(zoom, [1, 11], [4, 14]),
    sea: interpolate(zoom, [3, 11], [7, 14]),
    country: interpolate(zoom, [2, 10], [6, 14]),
    city: 12,
  };
  const points = basemap.features.flatMap((feature) => {
    const { layer, name, rank = 4, iso2 } = (feature.properties ?? {}) as Record<string, unknown>;
    if (feature.geometry.type !== 'Point' || typeof name !== 'string') return [];
    const kind: BasemapKind | null =
      layer === 'label-ocean' && rank === 1
        ? 'ocean'
        : layer === 'label-ocean' && rank === 2 && zoom >= 3
          ? 'sea'
          : layer === 'label-country' && Number(rank) <= 2 && !hidden.has(String(iso2))
            ? 'country'
            : layer === 'label-city' && rank === 1
              ? 'city'
              : null;
    const at = project(feature.geometry.coordinates);
    return kind && Number.isFinite(at[0]) ? [{ kind, name, rank: Number(rank), at }] : [];
  });
  const priority: BasemapKind[] = ['ocean', 'country', 'sea', 'city'];
  points.sort((a, b) => priority.indexOf(a.kind) - priority.indexOf(b.kind) || a.rank - b.rank);
  return points.map(({ kind, name, at }) => {
    const style = LABEL_STYLES[kind];
    const size = sizes[kind];
    const lines = wrap(style.uppercase ? name.toUpperCase() : name, style, size);
    const sides: Side[] = kind === 'city' ? ['right', 'left', 'above', 'below'] : ['center'];
    return {
      kind,
      at,
      candidates: sides.map((side) =>
        block(lines, size, style, at, side, kind === 'city' ? 0.5 * size : 0),
      ),
    };
  });
}

/** Writes each basemap name that is wholly in the picture and clear of every name before it. */
function basemapNames(
  names: BasemapName[],
  board: LabelBoard,
): { labels: PictureLabel[]; cities: [number, number][] } {
  const labels: PictureLabel[] = [];
  const cities: [number, number][] = [];
  for (const { kind, at, candidates } of names) {
    const placed = board.place(candidates, kind === 'city' ? [around(at, 3.5)] : [], false);
    if (!placed) continue;
    labels.push({ kind, ...placed });
    if (kind === 'city') cities.push([round(at[0]), round(at[1])]);
  }
  return { labels, cities };
}

/** Linear between two `[zoom, value]` stops, held beyond them. */
function interpolate(zoom: number, [z0, v0]: number[], [z1, v1]: number[]): number {
  const t = Math.max(0, Math.min(1, (zoom - z0!) / (z1! - z0!)));
  return Math.round((v0! + (v1! - v0!) * t) * 10) / 10;
}

interface LabelStyle {
  size: number;
  weight: 'normal' | 'semibold';
  italic: boolean;
  uppercase: boolean;
  /** Extra space between letters, in em. */
  letterSpacing: number;
  /** Lines wrap at this width, in em, as MapLibre's `text-max-width`. */
  maxWidth: number;
}

/** The type of each kind of label, as the live map sets it (story-layers.ts, basemap-layers.ts). */
export const LABEL_STYLES: Readonly<Record<LabelKind, LabelStyle>> = {
  'place-key': {
    size: 14,
    weight: 'semibold',
    italic: false,
    uppercase: false,
    letterSpacing: 0,
    maxWidth: 9,
  },
  place: {
    size: 12.5,
    weight: 'normal',
    italic: false,
    uppercase: false,
    letterSpacing: 0,
    maxWidth: 9,
  },
  'place-context': {
    size: 12,
    weight: 'normal',
    italic: false,
    uppercase: false,
    letterSpacing: 0,
    maxWidth: 9,
  },
  distance: {
    size: 12,
    weight: 'semibold',
    italic: false,
    uppercase: false,
    letterSpacing: 0,
    maxWidth: 40,
  },
  ring: {
    size: 12,
    weight: 'normal',
    italic: false,
    uppercase: false,
    letterSpacing: 0,
    maxWidth: 20,
  },
  ocean: {
    size: 14,
    weight: 'normal',
    italic: true,
    uppercase: false,
    letterSpacing: 0.1,
    maxWidth: 6,
  },
  sea: {
    size: 12,
    weight: 'normal',
    italic: true,
    uppercase: false,
    letterSpacing: 0.1,
    maxWidth: 6,
  },
  country: {
    size: 12,
    weight: 'semibold',
    italic: false,
    uppercase: true,
    letterSpacing: 0.08,
    maxWidth: 7,
  },
  city: {
    size: 12,
    weight: 'semibold',
    italic: false,
    uppercase: false,
    letterSpacing: 0,
    maxWidth: 8,
  },
};

/**
 * About how wide a line of text is in a system sans-serif, in px: no font is at hand at
 * build time, so widths are estimated per character class (an em is the font size).
 */
export function textWidth(
  text: string,
  style: Omit<LabelStyle, 'maxWidth'>,
  size = style.size,
): number {
  let ems = 0;
  for (const char of text) {
    ems +=
      char === ' '
        ? 0.28
        : /[.,:;'’·|!ilI()[\]]/.test(char)
          ? 0.3
          : /[A-Z0-9–—MW]/.test(char)
            ? 0.66
            : 0.55;
    ems += style.letterSpacing;
  }
  return ems * size * (style.weight === 'semibold' ? 1.05 : 1);
}

/** Words into lines no wider than the style's `maxWidth`, as MapLibre wraps them. */
function wrap(text: string, style: LabelStyle, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, style, size) <= style.maxWidth * size) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

type Side = 'right' | 'left' | 'above' | 'below' | 'center';

interface Placed {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
  box: Box;
}

/** A block of lines set beside a point, `offset` px away on one side. */
function block(
  lines: string[],
  size: number,
  style: Omit<LabelStyle, 'maxWidth'>,
  [px, py]: [number, number],
  side: Side,
  offset: number,
): Placed {
  const lineHeight = 1.2 * size;
  const w = Math.max(...lines.map((line) => textWidth(line, style, size)));
  const h = lines.length * lineHeight;
  const left = side === 'right' ? px + offset : side === 'left' ? px - offset - w : px - w / 2;
  const top = side === 'above' ? py - offset - h : side === 'below' ? py + offset : py - h / 2;
  const anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
  const x = anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2;
  return {
    lines,
    x: round(x),
    // The first baseline sits about 0.95 em below the top of a 1.2 em line.
    y: round(top + 0.95 * size),
    anchor,
    size,
    box: [left - 2, top, left + w + 2, top + h],
  };
}

interface LabelBoard {
  /**
   * The first candidate wholly in the picture and clear of every label placed, or null;
   * one that also keeps off the board's `avoid` areas first, unless `shy` is false.
   */
  place(candidates: Placed[], alsoTake?: Box[], shy?: boolean): Omit<Placed, 'box'> | null;
  /** Places a label whatever it overlaps. */
  force(candidate: Placed | undefined): Omit<Placed, 'box'> | null;
}

/** Where labels are: each new one goes only where it overlaps none of them. */
function labelBoard(view: Box, taken: Box[], avoid: Box[] = []): LabelBoard {
  const fits = (box: Box) =>
    box[0] >= view[0] && box[1] >= view[1] && box[2] <= view[2] && box[3] <= view[3];
  const force = (candidate: Placed | undefined) => {
    if (!candidate) return null;
    const { box, ...label } = candidate;
    taken.push(box);
    return label;
  };
  return {
    place(candidates, alsoTake = [], shy = true) {
      const free = candidates.filter(
        ({ box }) => fits(box) && !taken.some((other) => overlaps(box, other)),
      );
      const found =
        (shy && free.find(({ box }) => !avoid.some((other) => overlaps(box, other)))) || free[0];
      if (found) taken.push(...alsoTake);
      return found ? force(found) : null;
    },
    force,
  };
}

function around([x, y]: [number, number], r: number): Box {
  return [x - r, y - r, x + r, y + r];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A stream that simplifies each projected line and ring (Douglas–Peucker, `SIMPLIFY_PX`) and
 * drops rings that shrink below a pixel: detail finer than the picture's pixels costs bytes
 * and draws nothing.
 */
function simplified(out: GeoStream): GeoStream {
  let line: [number, number][] | null = null;
  let inPolygon = false;
  return {
    point(x, y) {
      if (line) line.push([x, y]);
      else out.point(x, y);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      const points = line ? douglasPeucker(line, SIMPLIFY_PX) : [];
      line = null;
      if (inPolygon && (points.length < 3 || spanOf(points) < 1)) return;
      if (points.length < 2) return;
      out.lineStart();
      for (const [x, y] of points) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

function spanOf(points: [number, number][]): number {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** Douglas–Peucker with an explicit stack (rings of thousands of points would overflow recursion). */
function douglasPeucker(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const dx = bx - ax;
    const dy = by - ay;
    const norm = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [x, y] = points[i]!;
      const distance =
        norm === 0 ? Math.hypot(x - ax, y - ay) : Math.abs(dy * (x - ax) - dx * (y - ay)) / norm;
      if (distance > worst) {
        worst = distance;
        index = i;
      }
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}
