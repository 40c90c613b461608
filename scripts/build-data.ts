/**
 * Builds everything the app fetches, from the story folders and npm packages:
 *   public/data/index.json              which stories there are (the first is the default)
 *   public/data/<story-id>/story.json   the compiled story (see src/lib/story/types.ts)
 *   public/data/<story-id>/basemap.json the offline basemap, detailed around the story
 *   public/data/<story-id>/picture.svg  the story's map as a still picture (first paint, fallback, slides)
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
import { join } from 'node:path';
import { buildBasemap } from '../src/lib/basemap/build.ts';
import { alpha2OfCountry, loadNaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import { loadCities } from '../src/lib/basemap/cities.ts';
import { pickGazetteer } from '../src/lib/basemap/gazetteer.ts';
import { formatProblem } from '../src/lib/data/problems.ts';
import { listStoryFolders, STORIES_DIR, TEST_STORIES_DIR } from '../src/lib/data/read-story.ts';
import { buildStory } from './build-story.ts';
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

const index: StoryIndex = { stories: [], default: DEFAULT_STORY };
let failed = false;
for (const folder of STORY_ROOTS.flatMap((root) => listStoryFolders(root))) {
  const result = buildStory(folder, ne);
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    failed = true;
    continue;
  }
  const { story, basemap, picture, entry } = result.built;
  const { id } = story;
  if (story.meta.status === 'draft') {
    console.log(`skipped ${id}: a draft, not published until it is reviewed (editor.html)`);
    continue;
  }
  const dir = join(OUT_DIR, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'story.json'), JSON.stringify(story));
  writeFileSync(join(dir, 'basemap.json'), JSON.stringify(basemap));
  writeFileSync(join(dir, 'picture.svg'), picture);
  index.stories.push(entry);
  console.log(
    `built ${id}: ${story.places.features.length} places, ${story.distances.length} distances, ${story.rings.length} rings`,
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
