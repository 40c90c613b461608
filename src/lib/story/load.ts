/**
 * Fetches a compiled story as the build wrote it and checks it before the app uses it:
 * the same schema that guards the story folders guards what arrives over the network.
 */
import * as v from 'valibot';
import { strings } from '../i18n/index.ts';
import { CompiledStory, StoryIndex, type StoryIndexEntry } from './types.ts';
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

/** The story, or one of its earlier versions (see `storyFolder`). */
export async function loadStory(
  dataUrl: string,
  id: string,
  version: number | null = null,
): Promise<CompiledStory> {
  const json = await fetchJson(
    `${dataUrl}${storyFolder(id, version)}story.json`,
    strings.load.theStory(id),
  );
  const result = v.safeParse(CompiledStory, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    throw new StoryLoadError(
      strings.load.storyDamaged(id, where, issue?.message ?? strings.load.unknownProblem),
    );
  }
  return result.output;
}
