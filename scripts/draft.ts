/**
 * Drafts a story from an article's text:
 * `npm run draft -- <article.txt> --published YYYY-MM-DD [--outlet NAME] [--url URL] [--id STORY-ID]`
 * writes geodata/stories/<id>/ (story.json, places.geojson), every place awaiting review, and
 * checks it with the validator. Without `--url` the draft has no link to its article yet (a
 * published story needs one). One line per problem, and one per name it could not place;
 * exit 0 when the draft is written.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryAt } from '../src/lib/data/country-lookup.ts';
import { formatProblem } from '../src/lib/data/problems.ts';
import { PLACES_FILE, STORY_FILE } from '../src/lib/data/schema.ts';
import { validateStory } from '../src/lib/data/validate.ts';
import { draftStory } from '../src/lib/draft/draft-story.ts';
import { checkArticle } from '../src/lib/draft/check-article.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';
import { loadGazetteer } from './geoparse-gazetteer.ts';

const USAGE =
  'npm run draft -- <article.txt> --published YYYY-MM-DD [--outlet NAME] [--url URL] [--id STORY-ID] [--force]';

runCommand('draft', () => {
  const { values, positionals } = readArgs(
    {
      published: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      id: { type: 'string' },
      force: { type: 'boolean' },
      out: { type: 'string' },
    },
    USAGE,
  );
  const [file] = positionals;
  if (!file) throw new UsageError(`no article given; usage: ${USAGE}`);
  if (!values.published || !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new UsageError(`--published YYYY-MM-DD is required (the day the article appeared)`);
  }
  if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url)) {
    throw new UsageError(`--url must be the article's http(s) address, not "${values.url}"`);
  }
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file}: no such file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    throw new Error(`${file}: cannot be read as UTF-8 text`);
  }
  checkArticle(text, file);
  const id = values.id ?? storyIdFor(file, values.published);
  const dir = values.out ?? join('geodata/stories', id);
  if (existsSync(join(dir, STORY_FILE)) && !values.force) {
    throw new Error(`${dir} already holds a story; pass --force to replace it`);
  }
  const draft = draftStory({
    text,
    gazetteer: loadGazetteer(),
    published: values.published,
    outlet: values.outlet ?? 'the outlet',
    ...(values.url ? { url: values.url } : {}),

    countryAt,
  });
  const files = {
    [STORY_FILE]: `${JSON.stringify(draft.meta, null, 2)}\n`,
    [PLACES_FILE]: `${JSON.stringify(draft.places, null, 2)}\n`,
  };
  const result = validateStory({ storyId: id, files, dir });
  if (!result.ok) {
    for (const problem of result.problems) console.error(formatProblem(problem));
    throw new Error('the draft does not pass the validator (a bug: please report it)');
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  for (const warning of draft.warnings) console.log(`warning: ${warning}`);
  const events = draft.places.features.reduce((n, f) => n + f.properties.events.length, 0);
  console.log(
    `✓ ${dir}: ${draft.places.features.length} places awaiting review, ${events} events, ${draft.meta.distances.length} stated distances`,
  );
});

/** "npr-2024-09-30-israel-lebanon.txt" → itself; else the file's name as a slug. */
function storyIdFor(file: string, published: string): string {
  const base = file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return base.includes(published) ? base : `${published}-${base || 'story'}`;
}
