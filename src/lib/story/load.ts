/**
 * Fetches a compiled story as the build wrote it (its outline, then its details) and checks
 * it before the app uses it: the same schema that guards the story folders guards what
 * arrives over the network.
 */
import * as v from 'valibot';
import { strings } from '../i18n/index.ts';
import { joinStory } from './details.ts';
import {
  StoryDetails,
  StoryIndex,
  StoryOutline,
  type CompiledStory,
  type StoryIndexEntry,
} from './types.ts';
import { storyFolder } from './versions.ts';

/** Fails with a message a reader can be shown as it is. */
export class StoryLoadError extends Error {
  override name = 'StoryLoadError';
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new StoryLoadError(strings.load.notDownloaded(what));
  }
  if (!response.ok) throw new StoryLoadError(strings.load.notFound(what, response.status));
  try {
    return await response.json();
  } catch {
    throw new StoryLoadError(strings.load.notJson(what));
  }
}

function parseIndex(json: unknown): StoryIndex {
  const result = v.safeParse(StoryIndex, json);
  if (!result.success) throw new StoryLoadError(strings.load.indexDamaged);
  return result.output;
}

/**
 * The list of stories: from the page, where the build puts it so the map can start at once,
 * or else from `index.json`.
 */
export async function loadStoryIndex(dataUrl: string, page?: Document): Promise<StoryIndex> {
  const inline = page?.getElementById('dateline-index')?.textContent;
  if (inline) {
    try {
      return parseIndex(JSON.parse(inline));
    } catch {
      // A damaged copy in the page: the file may still be whole.
    }
  }
  return parseIndex(await fetchJson(`${dataUrl}index.json`, strings.load.theIndex));
}

/** Which story to open: the one asked for if the build has it, else the default. */
export function chooseStory(index: StoryIndex, requested: string | null): StoryIndexEntry {
  const id = requested ?? index.default;
  const entry = index.stories.find((story) => story.id === id);
  if (!entry) throw new StoryLoadError(strings.load.noStory(id));
  return entry;
}

/**
 * A file of the story, or of one of its earlier versions (see `storyFolder`), checked with
 * its schema; a damaged one fails naming the story and the field.
 */
async function loadChecked<S extends v.GenericSchema>(
  schema: S,
  file: string,
  dataUrl: string,
  id: string,
  version: number | null,
): Promise<v.InferOutput<S>> {
  const json = await fetchJson(
    `${dataUrl}${storyFolder(id, version)}${file}`,
    strings.load.theStory(id),
  );
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    throw new StoryLoadError(
      strings.load.storyDamaged(id, file, where, issue?.message ?? strings.load.unknownProblem),
    );
  }
  return result.output;
}

/** The story's outline: all the first view draws (see `details.ts`). */
export function loadStory(
  dataUrl: string,
  id: string,
  version: number | null = null,
): Promise<StoryOutline> {
  return loadChecked(StoryOutline, 'story.json', dataUrl, id, version);
}

/** What the outline leaves out: the places' details, for their cards and the printout. */
export function loadDetails(
  dataUrl: string,
  id: string,
  version: number | null = null,
): Promise<StoryDetails> {
  return loadChecked(StoryDetails, 'details.json', dataUrl, id, version);
}

/** The story whole, its outline joined with its details: for the editor, which edits both. */
export async function loadWholeStory(
  dataUrl: string,
  id: string,
  version: number | null = null,
): Promise<CompiledStory> {
  const [outline, details] = await Promise.all([
    loadStory(dataUrl, id, version),
    loadDetails(dataUrl, id, version),
  ]);
  try {
    return joinStory(outline, details);
  } catch (cause) {
    throw new StoryLoadError(
      strings.load.storyDamaged(id, 'details.json', null, (cause as Error).message),
    );
  }
}
