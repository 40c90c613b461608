/**
 * What the still picture is made of, once framed and labelled: the shapes as SVG path data
 * and every label placed, in pixels of the picture. The SVG writer (svg.ts) draws exactly
 * this, and the tests read it.
 */
import type { Precision, Status } from '../../data/schema.ts';
import type { LabelKind } from '../marks.ts';

/** `[left, top, right, bottom]` in pixels. */
export type Box = [number, number, number, number];

/** A point in the picture, in pixels from its top left corner. */
export type Pixel = [number, number];

/** The kinds of label the picture writes, a subset of the map's (marks.ts). */
export type PictureLabelKind = Extract<
  LabelKind,
  | 'place-key'
  | 'place'
  | 'place-context'
  | 'distance'
  | 'ring'
  | 'ocean'
  | 'sea'
  | 'country'
  | 'city'
>;

export interface PictureLabel {
  kind: PictureLabelKind;
  /** The text, already wrapped; one entry per line. */
  lines: string[];
  /** Where the first line's baseline starts (`anchor` says which end of the text). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Font size in px; following lines are `LINE_HEIGHT × size` apart. */
  size: number;
  /** The box the label takes, halo included. */
  box: Box;
  /** The story place, distance or ring it names, if any. */
  of?: string;
}

export interface PicturePlace {
  id: string;
  name: string;
  at: Pixel;
  precision: Precision;
  status: Status;
  origin: 'article' | 'context';
  rank: number;
  hasEvents: boolean;
  hasShape: boolean;
  dot: boolean;
  /** Whether a small ring marks it: a region with no outline of its own (`marksRegion`). */
  ring: boolean;
  /** Whether its name is written: names that would overlap give way, the story's key places first. */
  labelled: boolean;
}

/** Lines of small print in a band along the picture's bottom edge. */
export interface PictureFooter {
  lines: string[];
  /** The band behind them. */
  box: Box;
  size: number;
}

export interface StaticPicture {
  width: number;
  height: number;
  /** The zoom MapLibre shows the story at in a box of this size. */
  zoom: number;
  /** The area drawn, larger than the picture by the overscan on every side. */
  extent: Box;
  /** Where labels may go: the part of the picture every box it is shown in keeps on screen. */
  safe: Box;
  /** Land (basemap layer `land`). */
  land: string[];
  /** Countries drawn in detail around the story (basemap layer `country`). */
  countries: string[];
  boundaries: string[];
  shapes: { kind: string; place: string; d: string }[];
  /** `d` fills the ring's area; `outline` is its edge as lines, with no cut edges where clipped. */
  rings: { id: string; d: string; outline: string; label: string }[];
  distances: { id: string; d: string; label: string }[];
  places: PicturePlace[];
  /** Basemap city dots (the cities whose names are written). */
  cities: Pixel[];
  /** Every text, in drawing order: basemap names first, the story's on top. */
  labels: PictureLabel[];
}

/** A picture ready to write out: the map, and the words that travel with it. */
export interface FinishedPicture extends StaticPicture {
  title: string;
  /** The text alternative: what the picture shows, in words. */
  description: string;
  /** The small print drawn along its foot; none where the page around it carries it (print). */
  footer?: PictureFooter;
}
