/**
 * When the full page is the site's front page (the list of stories) rather than a story: the
 * site's own index page (not a story's page, `<id>.html`) whose address names no story and
 * nothing of one. A link with `?story=` opens the story exactly as before; so does an older
 * link with only `?place=` or `?view=`, on the default story.
 */
import type { StoryIndexEntry } from './types.ts';

/** Parameters that belong to one story: any of them opens a story, the default if none is named. */
const STORY_PARAMS = ['story', 'place', 'view', 'step', 'from', 'to'] as const;

export function opensFrontPage(search: string, pathname = '/'): boolean {
  const page = pathname.split('/').at(-1) ?? '';
  if (page !== '' && page !== 'index.html') return false;
  const params = new URLSearchParams(search);
  return !STORY_PARAMS.some((name) => params.has(name));
}

/** The front page's order: newest first, and by headline within a day. */
export function newestFirst(stories: readonly StoryIndexEntry[]): StoryIndexEntry[] {
  return [...stories].sort(
    (a, b) => b.published.localeCompare(a.published) || a.headline.localeCompare(b.headline),
  );
}
