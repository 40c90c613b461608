/**
 * The story's still picture as the build writes it (`data/<id>/picture.svg`): the map framed
 * as the live map's first view, with its title, its text alternative and the small print
 * that travels with it (the credit line), in a band the labels keep clear of.
 */
import type { FeatureCollection } from 'geojson';
import { strings } from '../../i18n/index.ts';
import type { CompiledStory } from '../../story/types.ts';
import { bordersNote, creditLine } from '../../story/credit.ts';
import { PICTURE_OVERSCAN, PICTURE_SIZE } from '../fit-bounds.ts';
import { firstViewPadding, pictureSafeArea } from '../first-view.ts';
import type { Padding } from '../../story/types.ts';
import { staticMapPicture } from './index.ts';
import { LINE_HEIGHT, textWidth } from './text.ts';
import type { Box, FinishedPicture, PictureFooter } from './types.ts';

export interface StoryPictureOptions {
  story: CompiledStory;
  /** The basemap the build wrote for the story. */
  basemap: FeatureCollection;
  /** Size in px (default `PICTURE_SIZE`). */
  width?: number;
  height?: number;
  /** Pixels kept clear round the story's bounds, as the live map's first view (default its own). */
  padding?: Padding;
  /** Boxes no label may cover, beside the small print's band (a title drawn over the map). */
  reserved?: Box[];
  /** Draw the credit and the borders note along the foot (default); not where the page prints them. */
  smallPrint?: boolean;
  /** Places named before any other (see `staticMapPicture`). */
  namedFirst?: readonly string[];
}

/** The small print's size, and its band's padding, in px. */
const FOOTER_SIZE = 11;
const FOOTER_PADDING = 7;
const FOOTER_STYLE = { weight: 'normal', letterSpacing: 0 } as const;

/** The lines of small print, wrapped to the picture's width, and the band behind them. */
export function pictureFooter(texts: string[], width: number, height: number): PictureFooter {
  const room = width - 2 * FOOTER_PADDING;
  const lines = texts.flatMap((text) => {
    const out: string[] = [];
    for (const word of text.split(' ')) {
      const last = out[out.length - 1];
      if (last !== undefined && textWidth(`${last} ${word}`, FOOTER_STYLE, FOOTER_SIZE) <= room) {
        out[out.length - 1] = `${last} ${word}`;
      } else out.push(word);
    }
    return out;
  });
  const widest = Math.max(...lines.map((line) => textWidth(line, FOOTER_STYLE, FOOTER_SIZE)));
  const bandHeight = lines.length * LINE_HEIGHT * FOOTER_SIZE + 6.8;
  return {
    lines,
    size: FOOTER_SIZE,
    box: [0, height - bandHeight, Math.min(width, Math.ceil(widest + 2 * FOOTER_PADDING)), height],
  };
}

export function storyPicture({
  story,
  basemap,
  width = PICTURE_SIZE.width,
  height = PICTURE_SIZE.height,
  padding = firstViewPadding(story),
  reserved = [],
  smallPrint = true,
  namedFirst,
}: StoryPictureOptions): FinishedPicture {
  const credit = creditLine(story.meta);
  const note = bordersNote(story.bounds);
  const footer = smallPrint ? pictureFooter([credit, note], width, height) : undefined;
  const picture = staticMapPicture({
    story,
    basemap,
    width,
    height,
    padding,
    units: 'both',
    overscan: PICTURE_OVERSCAN,
    reserved: footer ? [footer.box, ...reserved] : reserved,
    namedFirst,
    // The story's names stay where every box the picture is shown in keeps them on screen.
    safe: pictureSafeArea({ bounds: story.bounds, padding, picture: { width, height } }),
  });
  const name = (id: string) =>
    story.places.features.find((place) => place.id === id)?.properties.name ?? id;
  const distances = picture.distances.map((distance) => {
    const { from, to } = story.distances.find((candidate) => candidate.id === distance.id)!;
    return strings.picture.distance(name(from), name(to), distance.label);
  });
  const places = story.places.features.map((place) => place.properties.name);
  return {
    ...picture,
    title: story.meta.headline,
    description: strings.picture.description(places.join(', '), distances.join('; '), credit, note),
    footer,
  };
}
