/**
 * The printed handout's picture: the story's map drawn for paper, by the same code as its
 * still picture. It is drawn at a smaller size than `picture.svg` so that, printed at the
 * handout's height, its names come out at a size a reader can read (about 7 pt, not 3);
 * the labeller then keeps the names that fit at that size. The handout prints the credit
 * and the borders note as text, so the picture goes without its band of small print.
 * The build writes the story's own view (`data/<id>/print.svg`); the page draws one for a
 * place or a step the reader framed. The live map's canvas prints unreliably.
 */
import type { FeatureCollection } from 'geojson';
import type { Bounds } from '../../geo/types.ts';
import type { CompiledStory, Padding } from '../../story/types.ts';
import { storyPicture } from './story-picture.ts';
import { pictureSvg, type RingedPlaces } from './svg.ts';

/** The size it is drawn at, in px: the handout prints it 65 mm tall (PrintHandout's print styles). */
export const PRINT_PICTURE_SIZE = { width: 480, height: 300 } as const;

export interface PrintPictureOptions {
  story: CompiledStory;
  /** The basemap the build wrote for the story. */
  basemap: FeatureCollection;
  /** The box it frames; default the story's own. */
  bounds?: Bounds;
  /** Pixels kept clear round the box; default the live map's first view's for it. */
  padding?: Padding;
  /** The places ringed as on the live map (the chosen place, a step's places): named first. */
  ringed?: RingedPlaces;
}

/** The handout's picture of `story`, as SVG. */
export function printPictureSvg({
  story,
  basemap,
  bounds = story.bounds,
  padding,
  ringed,
}: PrintPictureOptions): string {
  const picture = storyPicture({
    story: { ...story, bounds },
    basemap,
    ...PRINT_PICTURE_SIZE,
    padding,
    smallPrint: false,
    namedFirst: ringed?.placeIds,
  });
  return pictureSvg(picture, { ringed });
}

/** The same, as a `data:` URL an image shows at once. */
export function printPictureUrl(options: PrintPictureOptions): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(printPictureSvg(options))}`;
}
