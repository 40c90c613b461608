/**
 * Builds everything the app fetches, from the story folders and npm packages:
 *   public/data/index.json              which stories there are (the first is the default)
 *   public/data/<story-id>/story.json   the compiled story's outline: all the map and list draw
 *   public/data/<story-id>/details.json what only a place's card and the printout show
 *                                       (src/lib/story/types.ts, details.ts)
 *   public/data/<story-id>/basemap.json the offline basemap, detailed around the story
 *   public/data/<story-id>/picture.svg  the story's map as a still picture (first paint, fallback, slides)
 *   public/data/<story-id>/print.svg    the same drawn for the printed handout (picture/print.ts)
 *   public/data/<story-id>/social.png   the picture for link previews, with the title and credits
 *   public/data/<story-id>/oembed.json  the oEmbed response (type rich: the embed snippet)
 *   public/data/<story-id>/v/<N>/       each published version's story.json, details.json,
 *                                       basemap.json, picture.svg, print.svg
 * The files at `<story-id>/` are the latest version's (see src/lib/data/read-versions.ts).
 *   public/data/gazetteer.json          cities for the measuring tool's "same distance from home"
 *   public/data/geoparse-gazetteer-core.json  the draft geoparser's gazetteer, loaded lazily by the
 *   public/data/geoparse-gazetteer-tail.json  editor: the core first, then the tail of small places
 *   public/data/world-basemap.json      the basemap the editor previews a story with before it is built
 * Every story passes the validator first; one invalid story fails the build. Drafts (`status:
 * "draft"`, places awaiting review) are validated but not published: the editor's Publish
 * makes a story of them, which the next build then publishes.
 *
 * `--test-stories` also builds the stories in `tests/stories/` (fixtures the browser tests
 * count and cross the antimeridian with); `npm run build:test` puts that build in `dist-test/`,
 * so the site that is published never holds them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { buildBasemap } from '../src/lib/basemap/build.ts';
import { alpha2OfCountry, loadNaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import { loadCities } from '../src/lib/basemap/cities.ts';
import { pickGazetteer } from '../src/lib/basemap/gazetteer.ts';
import { formatProblem } from '../src/lib/data/problems.ts';
import {
  listStoryFolders,
  readAndValidateStory,
  readStoryFiles,
  STORIES_DIR,
  TEST_STORIES_DIR,
} from '../src/lib/data/read-story.ts';
import { readVersions } from '../src/lib/data/read-versions.ts';
import type { NaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import type { VersionInfo } from '../src/lib/data/schema.ts';
import { oembedResponse } from '../src/lib/embed/oembed.ts';
import { socialCardSvg } from '../src/lib/map/picture/social-card.ts';
import { splitStory } from '../src/lib/story/details.ts';
import { SOCIAL_PICTURE, storyUrls } from '../src/lib/story/page-head.ts';
import { diffStories, touchedPlaces } from '../src/lib/versions/diff.ts';
import { buildStory, buildValidStory, type BuiltStory } from './build-story.ts';
import { siteUrl } from './site-url.ts';
import { GAZETTEER_FILES, gazetteerAssets } from './geoparse-gazetteer.ts';
import type { StoryIndex } from '../src/lib/story/types.ts';

const STORY_ROOTS = [
  STORIES_DIR,
  ...(process.argv.includes('--test-stories') ? [TEST_STORIES_DIR] : []),
];
const OUT_DIR = 'public/data';
/** The seed story opens when no `?story=` is given. */
const DEFAULT_STORY = 'npr-2024-09-30-israel-lebanon-ground-offensive';

const ne = loadNaturalEarth();
rmSync(OUT_DIR, { recursive: true, force: true });

const site = siteUrl();
const index: StoryIndex = { stories: [], default: DEFAULT_STORY };
let failed = false;
for (const folder of STORY_ROOTS.flatMap((root) => listStoryFolders(root))) {
  // A draft is validated, not published: the editor's Publish makes a story of it.
  const checked = readAndValidateStory(folder);
  if (checked.ok && checked.story.meta.status === 'draft') {
    console.log(`skipped ${checked.story.id}: a draft, not published until it is reviewed`);
    continue;
  }
  const result = buildStoryFolder(folder, ne);
  if (!result) {
    failed = true;
    continue;
  }
  const { built, versions } = result;
  const { story, basemap, entry } = built;
  const dir = join(OUT_DIR, story.id);
  // The social picture and the oEmbed response are the latest version's: links and embeds
  // without a version show the latest.
  writeFileSync(join(dir, 'social.png'), socialPng(socialCardSvg({ story, basemap })));
  const urls = storyUrls(site, story.id);
  const oembed = oembedResponse({
    base: site,
    story: { id: story.id, ...story.meta },
    thumbnail: { url: urls.socialPicture, ...SOCIAL_PICTURE },
  });
  writeFileSync(join(dir, 'oembed.json'), JSON.stringify(oembed));
  index.stories.push({
    ...entry,
    ...(versions.length > 0
      ? { versions: versions.map(({ version, published }) => ({ version, published })) }
      : {}),
  });
  console.log(
    `built ${story.id}${story.version ? ` version ${story.version.version} (${versions.length} versions published)` : ''}: ${story.places.features.length} places, ${story.distances.length} distances, ${story.rings.length} rings`,
  );
}
if (failed) process.exit(1);
if (!index.stories.some((story) => story.id === DEFAULT_STORY)) {
  index.default = index.stories[0]?.id ?? '';
}
writeFileSync(join(OUT_DIR, 'index.json'), JSON.stringify(index));
// The editor's preview of a story not yet built: the world at low detail, every country filled
// so that any country a story names can be outlined (about 50 kB gzip).
const everyCountry = ne.countries50m.objects.countries.geometries.flatMap(
  (country) => alpha2OfCountry(country) ?? [],
);
writeFileSync(
  join(OUT_DIR, 'world-basemap.json'),
  JSON.stringify(
    buildBasemap({ ne, focus: [0, 0, 0.01, 0.01], padDegrees: 0, countries: everyCountry }),
  ),
);
// The measuring tool's cities, once for every story; fetched only when the tool opens.
const gazetteer = pickGazetteer({ cities: loadCities() });
writeFileSync(join(OUT_DIR, 'gazetteer.json'), JSON.stringify(gazetteer));
// The geoparser's gazetteer: every place a draft may name (see src/lib/geoparse/gazetteer.ts).
const assets = gazetteerAssets();
writeFileSync(GAZETTEER_FILES.core, JSON.stringify(assets.core));
writeFileSync(GAZETTEER_FILES.tail, JSON.stringify(assets.tail));

/**
 * Writes a built story's files into each of `dirs`: its outline and its places' details (see
 * `details.ts`), its basemap and its still picture.
 */
function writeBuilt(dirs: string[], { story, basemap, picture, printPicture }: BuiltStory): void {
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    const { outline, details } = splitStory(story);
    writeFileSync(join(dir, 'story.json'), JSON.stringify(outline));
    writeFileSync(join(dir, 'details.json'), JSON.stringify(details));
    writeFileSync(join(dir, 'basemap.json'), JSON.stringify(basemap));
    writeFileSync(join(dir, 'picture.svg'), picture);
    writeFileSync(join(dir, 'print.svg'), printPicture);
  }
}

/**
 * A story folder built: without versions, its files as they are; with versions, each good
 * version in `data/<id>/v/<N>/` and the latest also in `data/<id>/`, each knowing what changed
 * since every earlier one. A damaged older version is reported and left out; a damaged latest
 * one fails the build, as an invalid story does. Problems are printed; null when it failed.
 */
function buildStoryFolder(
  folder: string,
  ne: NaturalEarth,
): { built: BuiltStory; versions: VersionInfo[] } | null {
  const id = basename(folder);
  const { versions, damaged, highest } = readVersions(folder);
  for (const version of damaged) {
    console.error(`${id}: version ${version.folder} is damaged, not published:`);
    for (const problem of version.problems) console.error(`  ${formatProblem(problem)}`);
  }
  if (versions.length === 0 && damaged.length === 0) {
    const result = buildStory(folder, ne);
    if (!result.ok) {
      for (const problem of result.problems) console.error(formatProblem(problem));
      return null;
    }
    writeBuilt([join(OUT_DIR, id)], result.built);
    return { built: result.built, versions: [] };
  }
  const latest = versions.at(-1);
  if (!latest || latest.info.version !== highest) {
    console.error(
      `${id}: its latest version (${highest}) is damaged: fix it, or publish a new one (npm run publish -- ${folder})`,
    );
    return null;
  }
  let built: BuiltStory | null = null;
  for (const [i, version] of versions.entries()) {
    const since = Object.fromEntries(
      versions
        .slice(0, i)
        .map((earlier) => [
          String(earlier.info.version),
          touchedPlaces(diffStories(earlier, version)),
        ]),
    );
    const one = buildValidStory({ id, ...version }, ne, { version: version.info, since });
    const dirs = [join(OUT_DIR, id, 'v', String(version.info.version))];
    if (version === latest) {
      built = one;
      dirs.push(join(OUT_DIR, id));
    }
    writeBuilt(dirs, one);
  }
  const working = readStoryFiles(folder);
  if (
    working.ok &&
    (working.files['story.json'] !== latest.files['story.json'] ||
      working.files['places.geojson'] !== latest.files['places.geojson'])
  ) {
    console.log(
      `note: ${id}'s working copy has changes not yet published (npm run diff -- ${folder} ${highest} working)`,
    );
  }
  return built && { built, versions: versions.map((version) => version.info) };
}

/** The social card as a PNG, its text in the machine's fonts (resvg reads them itself). */
function socialPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: SOCIAL_PICTURE.width },
    font: {
      loadSystemFonts: true,
      sansSerifFamily: 'Liberation Sans',
      defaultFontFamily: 'Liberation Sans',
    },
  });
  return resvg.render().asPng();
}
