/**
 * What the build makes of one story folder: the compiled story, its basemap, its still
 * picture and its entry in the index. The build (build-data.ts) writes these files; the
 * golden-file tests (build-story.golden.test.ts) compare them with the expected ones.
 */
import type { Basemap } from '../src/lib/basemap/types.ts';
import { buildBasemap } from '../src/lib/basemap/build.ts';
import type { NaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import type { Problem } from '../src/lib/data/problems.ts';
import { readAndValidateStory } from '../src/lib/data/read-story.ts';
import type { ValidStory } from '../src/lib/data/validate.ts';
import { firstViewPadding } from '../src/lib/map/first-view.ts';
import { storyPicture } from '../src/lib/map/picture/story-picture.ts';
import { pictureSvg } from '../src/lib/map/picture/svg.ts';
import { printPictureSvg } from '../src/lib/map/picture/print.ts';
import { storyCountries } from '../src/lib/map/story-layers.ts';
import { compileStory } from '../src/lib/story/compile.ts';
import { shapeResolver } from '../src/lib/story/shapes.ts';
import type { CompiledStory, StoryIndexEntry } from '../src/lib/story/types.ts';

export interface BuiltStory {
  story: CompiledStory;
  basemap: Basemap;
  /** The still picture, as SVG. */
  picture: string;
  /** The picture for the printed handout, as SVG (picture/print.ts). */
  printPicture: string;
  entry: StoryIndexEntry;
}

/** Validates, compiles and draws one story folder; the validator's problems if it fails. */
export function buildStory(
  folder: string,
  ne: NaturalEarth,
): { ok: true; built: BuiltStory } | { ok: false; problems: Problem[] } {
  const result = readAndValidateStory(folder);
  if (!result.ok) return { ok: false, problems: result.problems };
  return { ok: true, built: buildValidStory(result.story, ne) };
}

/**
 * Compiles and draws one validated story: a folder's working copy, or one of its published
 * versions, which carries what it is and what changed since each earlier version.
 */
export function buildValidStory(
  { id, meta, places }: ValidStory,
  ne: NaturalEarth,
  versioned: Pick<CompiledStory, 'version' | 'since'> = {},
): BuiltStory {
  const story: CompiledStory = {
    ...compileStory({ id, meta, places, resolveShape: shapeResolver(ne) }),
    ...versioned,
  };
  const basemap = buildBasemap({ ne, focus: story.bounds, countries: storyCountries(story) });
  const { headline, outlet, url, published, dateline, summary } = meta;
  // The first view's room for names: the live map fits with it, and so does the picture.
  const padding = firstViewPadding(story);
  return {
    story,
    basemap,
    // The still picture: paints before MapLibre, stands in without WebGL, downloads for slides.
    picture: pictureSvg(storyPicture({ story, basemap, padding })),
    printPicture: printPictureSvg({ story, basemap, padding }),
    entry: {
      id,
      headline,
      outlet,
      url,
      published,
      dateline,
      summary,
      bounds: story.bounds,
      padding,
    },
  };
}
