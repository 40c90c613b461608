/**
 * The story's still picture framed on another box than the story's (a chosen place, a step),
 * drawn in the page by the same code the build draws `picture.svg` with: the printed handout
 * then shows what the reader was looking at. The live map's canvas prints unreliably.
 */
import type { FeatureCollection } from 'geojson';
import type { Bounds } from '../../geo/types.ts';
import type { CompiledStory } from '../../story/types.ts';
import { storyPicture } from './story-picture.ts';
import { pictureSvg, type RingedPlaces } from './svg.ts';

/**
 * The picture of `story` framed on `bounds`, the chosen places `ringed` as on the live map,
 * as a `data:` URL an image can show at once.
 */
export function framedPictureUrl({
  story,
  basemap,
  bounds,
  ringed,
}: {
  story: CompiledStory;
  basemap: FeatureCollection;
  bounds: Bounds;
  ringed?: RingedPlaces;
}): string {
  const svg = pictureSvg(storyPicture({ story: { ...story, bounds }, basemap }), { ringed });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
