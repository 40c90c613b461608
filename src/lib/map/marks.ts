/**
 * The map's marks in one table: the colour of every line, dot, area and label in each theme,
 * its width, dash, radius, type size and weight, and how the camera frames a story. The live
 * layer specifications (story-layers.ts, basemap-layers.ts, measure-layers.ts), the still
 * picture (picture/) and the legend all read it, so the picture that stands in for the map
 * and the key that explains it cannot drift from the map itself.
 *
 * Sizes are CSS pixels. A value that changes with zoom is a list of `[zoom, value]` stops,
 * linear between them and held beyond, as MapLibre's `['interpolate', ['linear'], ['zoom'], …]`.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

import type { StoryTheme } from '../story/theme.ts';

/** How the map frames a story on its first view, and how far it may zoom in. */
export const CAMERA = {
  /** Pixels kept clear between the story's bounds and the frame, at the least. */
  padding: 24,
  /** Pixels kept clear between any label and the frame. */
  labelMargin: 4,
  maxZoom: 12,
  /**
   * The smallest and most oblong boxes the map and its still picture are shown in: a 0.7:1
   * phone column, the embed's least height at a 320 px column, and a 3.2:1 banner. The
   * first view keeps the story's names inside every one of them.
   */
  referenceBoxes: [
    { width: 320, height: 457 },
    { width: 320, height: 256 },
    { width: 960, height: 300 },
  ],
} as const;

/** The story's colours per theme; labels keep at least 4.5:1 against their halo. */
export const STORY_PALETTES = {
  light: {
    ink: '#1f2933',
    event: '#b3261e',
    context: '#5b6670',
    zone: '#d9822b',
    border: '#3e4c59',
    ring: '#1f5fa8',
    distance: '#6b2fa0',
    selected: '#0b6e4f',
    /** A place disputed since the article: an amber-brown ring round its dot. */
    disputed: '#8a5a00',
    /** A place withdrawn: a hollow grey dot. */
    withdrawn: '#6b7480',
    /** What is new or changed since the reader last looked. */
    fresh: '#00707a',
    halo: '#ffffff',
  },
  dark: {
    ink: '#eef1f4',
    event: '#ff8a80',
    context: '#b6c0c9',
    zone: '#f0a35e',
    border: '#d3d9e0',
    ring: '#8ab4f8',
    distance: '#d7aefb',
    selected: '#6fdcb0',
    disputed: '#f5c26b',
    withdrawn: '#a3adb8',
    fresh: '#5fd4de',
    halo: '#1b232b',
  },
} as const satisfies Record<StoryTheme, Record<string, string>>;

export type StoryPalette = (typeof STORY_PALETTES)[StoryTheme];

/** The basemap's colours: calm and neutral, so the story's own marks carry the colour. */
export const BASEMAP_PALETTES = {
  light: {
    water: '#d6e0e7',
    land: '#f5f3ef',
    country: '#eeebe5',
    boundary: '#a39c95',
    countryText: '#5c5752',
    cityText: '#2e2b28',
    cityDot: '#5c5752',
    waterText: '#44617a',
    /** The halo behind labels on land. */
    landHalo: '#f5f3ef',
    /** The halo behind labels on water. */
    waterHalo: '#d6e0e7',
  },
  dark: {
    water: '#1b232b',
    land: '#2c2f33',
    country: '#313539',
    boundary: '#6f747a',
    countryText: '#c4c0ba',
    cityText: '#ecebe8',
    cityDot: '#aeaaa4',
    waterText: '#93aec4',
    landHalo: '#2c2f33',
    waterHalo: '#1b232b',
  },
} as const satisfies Record<StoryTheme, Record<string, string>>;

export type BasemapPalette = (typeof BASEMAP_PALETTES)[StoryTheme];

/** The measuring tool's colour: magenta, apart from the story's colours; ≥ 4.5:1 on the halo. */
export const MEASURE_PALETTES = {
  light: { line: '#ad1457', halo: '#ffffff' },
  dark: { line: '#f48fb1', halo: '#1b232b' },
} as const satisfies Record<StoryTheme, Record<string, string>>;

/** A colour by palette and name: `'story.ring'`, `'basemap.boundary'`, `'measure.line'`. */
export type ColorRef =
  | `story.${keyof StoryPalette}`
  | `basemap.${keyof BasemapPalette}`
  | `measure.${keyof (typeof MEASURE_PALETTES)[StoryTheme]}`;

/** The colour a reference names in a theme. */
export function color(ref: ColorRef, theme: StoryTheme = 'light'): string {
  const [palette, name] = ref.split('.') as [string, string];
  const table: Readonly<Record<string, string>> =
    palette === 'story'
      ? STORY_PALETTES[theme]
      : palette === 'basemap'
        ? BASEMAP_PALETTES[theme]
        : MEASURE_PALETTES[theme];
  const value = table[name];
  if (value === undefined) throw new Error(`no colour ${ref}`);
  return value;
}

/** A value that changes with zoom, as `[zoom, value]` stops. */
export type ZoomStops = readonly (readonly [zoom: number, value: number])[];

/** A size: constant, or changing with zoom. */
export type Size = number | ZoomStops;

/**
 * A size at a zoom, as MapLibre interpolates it.
 *
 * @example sizeAt([[1, 0.5], [5, 1]], 3) // 0.75
 */
export function sizeAt(size: Size, zoom: number): number {
  if (typeof size === 'number') return size;
  const [first, ...rest] = size;
  if (!first) throw new Error('a size needs at least one stop');
  if (zoom <= first[0]) return first[1];
  let [z0, v0] = first;
  for (const [z1, v1] of rest) {
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
    [z0, v0] = [z1, v1];
  }
  return v0;
}

/** A size as a MapLibre property value: the number, or a linear interpolation on zoom. */
export function sizeProperty(size: Size): number | ExpressionSpecification {
  if (typeof size === 'number') return size;
  return ['interpolate', ['linear'], ['zoom'], ...size.flat()] as ExpressionSpecification;
}

export interface LineMark {
  color: ColorRef;
  width: Size;
  /** Dash and gap, in line widths (as MapLibre's `line-dasharray`). */
  dash?: readonly [number, number];
  /** Round caps and joins, or MapLibre's defaults (butt, miter). */
  round?: boolean;
}

/** Every line on the map. */
export const LINES = {
  boundary: {
    color: 'basemap.boundary',
    width: [
      [1, 0.5],
      [5, 1],
      [9, 1.75],
    ],
    round: true,
  },
  ring: { color: 'story.ring', width: 1.5, dash: [4, 2] },
  distance: { color: 'story.distance', width: 2, dash: [2, 2], round: true },
  border: { color: 'story.border', width: 2.5, round: true },
  countrySelected: { color: 'story.selected', width: 2.5 },
  shapeSelected: { color: 'story.selected', width: 3 },
  measureRing: { color: 'measure.line', width: 1.5, dash: [3, 2] },
  measureLine: { color: 'measure.line', width: 2.5, round: true },
} as const satisfies Record<string, LineMark>;

export interface FillMark {
  color: ColorRef;
  opacity: number;
}

/** Every area on the map. */
export const FILLS = {
  water: { color: 'basemap.water', opacity: 1 },
  land: { color: 'basemap.land', opacity: 1 },
  country: { color: 'basemap.country', opacity: 1 },
  ring: { color: 'story.ring', opacity: 0.06 },
  zone: { color: 'story.zone', opacity: 0.45 },
  measureRing: { color: 'measure.line', opacity: 0.07 },
} as const satisfies Record<string, FillMark>;

export interface CircleMark {
  radius: number;
  /** No fill when absent (a ring drawn round a place). */
  fill?: ColorRef;
  fillOpacity?: number;
  stroke: ColorRef;
  strokeWidth: number;
  strokeOpacity?: number;
}

/** A place known only roughly: a faint disc round where it is. */
const halo = {
  fill: 'story.event',
  fillOpacity: 0.18,
  stroke: 'story.event',
  strokeWidth: 1,
  strokeOpacity: 0.5,
} as const;

/** Every dot and disc on the map. */
export const CIRCLES = {
  /** A place where something happened. */
  dotEvent: { radius: 5.5, fill: 'story.event', stroke: 'story.halo', strokeWidth: 1.5 },
  /** A place the article names, with no event of its own. */
  dot: { radius: 5.5, fill: 'story.ink', stroke: 'story.halo', strokeWidth: 1.5 },
  /** A place added for context. */
  dotContext: { radius: 5.5, fill: 'story.context', stroke: 'story.halo', strokeWidth: 1.5 },
  /** A region the article names, with no outline of its own: where its name is set. */
  region: { radius: 3.5, fill: 'story.halo', stroke: 'story.ink', strokeWidth: 1.5 },
  /** A place withdrawn since the article: kept, hollow, so the record shows where it was. */
  dotWithdrawn: { radius: 5, fill: 'story.halo', stroke: 'story.withdrawn', strokeWidth: 2 },
  /** Round a place confirmed since the article: a thin ring in the dot's ink. */
  statusConfirmed: { radius: 9, stroke: 'story.ink', strokeWidth: 1.5 },
  /** Round a place disputed since the article. */
  statusDisputed: { radius: 9, stroke: 'story.disputed', strokeWidth: 2.5 },
  /** Round a place new or changed since the version the reader last saw. */
  sinceSeen: { radius: 13, stroke: 'story.fresh', strokeWidth: 2 },
  /** Round a place known to about a few kilometres. */
  haloNear: { radius: 14, ...halo },
  /** An area with no outline of its own. */
  haloArea: { radius: 22, ...halo },
  /** Round each place of the story's current step. */
  step: { radius: 16, stroke: 'story.ring', strokeWidth: 3 },
  selected: { radius: 11, stroke: 'story.selected', strokeWidth: 3 },
  city: { radius: 2.5, fill: 'basemap.cityDot', stroke: 'basemap.landHalo', strokeWidth: 1 },
  measurePoint: { radius: 5, fill: 'measure.line', stroke: 'measure.halo', strokeWidth: 2 },
} as const satisfies Record<string, CircleMark>;

export interface LabelMark {
  color: ColorRef;
  halo: ColorRef;
  /** Halo width either side of the glyphs, in px. */
  haloWidth: number;
  /** How far the halo fades out, in px (0: a hard edge). */
  haloBlur: number;
  size: Size;
  weight: 'normal' | 'semibold';
  italic: boolean;
  uppercase: boolean;
  /** Extra space between letters, in em. */
  letterSpacing: number;
  /** Lines wrap at this width, in em (`text-max-width`). */
  maxWidth: number;
  /** Gap between a dot and its label, in em (`text-radial-offset`, `text-offset`). */
  offset: number;
  /** Below this zoom the label is not drawn. */
  minZoom: number;
}

const storyLabel = {
  halo: 'story.halo',
  haloWidth: 2,
  haloBlur: 0,
  italic: false,
  uppercase: false,
  letterSpacing: 0,
  minZoom: 0,
} as const;
const waterLabel = {
  color: 'basemap.waterText',
  halo: 'basemap.waterHalo',
  haloWidth: 1,
  haloBlur: 0,
  weight: 'normal',
  italic: true,
  uppercase: false,
  letterSpacing: 0.1,
  maxWidth: 6,
  offset: 0,
} as const;
const countryLabel = {
  color: 'basemap.countryText',
  halo: 'basemap.landHalo',
  haloWidth: 1.5,
  haloBlur: 0.5,
  weight: 'semibold',
  italic: false,
  uppercase: true,
  letterSpacing: 0.08,
  maxWidth: 7,
  offset: 0,
} as const;
const cityLabel = {
  color: 'basemap.cityText',
  halo: 'basemap.landHalo',
  haloWidth: 1.5,
  haloBlur: 0.5,
  italic: false,
  uppercase: false,
  letterSpacing: 0,
  maxWidth: 8,
  offset: 0.5,
} as const;

/** Every kind of label on the map. */
export const LABELS = {
  /** The story's key places (rank 1). */
  'place-key': {
    ...storyLabel,
    color: 'story.ink',
    size: 14,
    weight: 'semibold',
    maxWidth: 9,
    offset: 0.8,
  },
  place: {
    ...storyLabel,
    color: 'story.ink',
    size: 12.5,
    weight: 'normal',
    maxWidth: 9,
    offset: 0.8,
  },
  'place-context': {
    ...storyLabel,
    color: 'story.context',
    size: 12,
    weight: 'normal',
    maxWidth: 9,
    offset: 0.8,
  },
  /** "New" or "Changed" over a place, since the version the reader last saw. */
  'since-seen': {
    ...storyLabel,
    color: 'story.fresh',
    size: 10.5,
    weight: 'semibold',
    uppercase: true,
    letterSpacing: 0.06,
    maxWidth: 10,
    offset: 1.5,
  },
  distance: {
    ...storyLabel,
    color: 'story.distance',
    size: 12,
    weight: 'semibold',
    maxWidth: 40,
    offset: 0.8,
  },
  ring: { ...storyLabel, color: 'story.ring', size: 12, weight: 'normal', maxWidth: 20, offset: 0 },
  ocean: {
    ...waterLabel,
    size: [
      [1, 11],
      [4, 14],
    ],
    minZoom: 0,
  },
  sea: {
    ...waterLabel,
    size: [
      [3, 11],
      [7, 14],
    ],
    minZoom: 3,
  },
  /** Countries of rank 1–2. */
  country: {
    ...countryLabel,
    size: [
      [2, 10],
      [6, 14],
    ],
    minZoom: 1.5,
  },
  'country-minor': {
    ...countryLabel,
    size: [
      [4, 9.5],
      [8, 13],
    ],
    minZoom: 3.5,
  },
  /** Cities of rank 1. */
  city: { ...cityLabel, size: 12, weight: 'semibold', minZoom: 2.5 },
  'city-large': { ...cityLabel, size: 11.5, weight: 'normal', minZoom: 4 },
  town: { ...cityLabel, size: 11, weight: 'normal', minZoom: 5.5 },
  'measure-line': {
    ...storyLabel,
    color: 'measure.line',
    halo: 'measure.halo',
    size: 13,
    weight: 'normal',
    maxWidth: 40,
    offset: 0.8,
  },
  'measure-point': {
    ...storyLabel,
    color: 'measure.line',
    halo: 'measure.halo',
    size: 12.5,
    weight: 'normal',
    maxWidth: 9,
    offset: 0.9,
  },
} as const satisfies Record<string, LabelMark>;

export type LabelKind = keyof typeof LABELS;

/**
 * MapLibre's own default font names, by weight and style: with no `glyphs` in the style,
 * MapLibre draws text with the reader's local fonts, reading the weight and style from the
 * words of the first name ("Semibold", "Italic").
 */
export function textFont({ weight, italic }: Pick<LabelMark, 'weight' | 'italic'>): string[] {
  if (italic) return ['Open Sans Italic', 'Arial Unicode MS Regular'];
  if (weight === 'semibold') return ['Open Sans Semibold', 'Arial Unicode MS Bold'];
  return ['Open Sans Regular', 'Arial Unicode MS Regular'];
}
