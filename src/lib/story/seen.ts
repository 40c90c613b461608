/**
 * The version of each story this reader last saw, kept in their browser's local storage, and
 * the places to point out as new or changed since. Nothing leaves the browser. Storage that is
 * blocked (a private window, a sandboxed frame) only means nothing is marked.
 */
import type { StoryOutline, PlacesTouched } from './types.ts';

/** What reading and writing storage needs: `localStorage`, or a stand-in in tests. */
export type SeenStorage = Pick<Storage, 'getItem' | 'setItem'>;

const key = (storyId: string) => `dateline:seen:${storyId}`;

/** The highest version of the story this reader has seen, or null. */
export function lastSeen(storage: SeenStorage | null, storyId: string): number | null {
  try {
    const value = Number(storage?.getItem(key(storyId)));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** Records that the reader saw `version`, unless they had seen a later one. */
export function markSeen(storage: SeenStorage | null, storyId: string, version: number): void {
  const seen = lastSeen(storage, storyId);
  if (seen !== null && seen >= version) return;
  try {
    storage?.setItem(key(storyId), String(version));
  } catch {
    // Storage is full or blocked: nothing to remember with.
  }
}

/**
 * The places new or changed in `story` since the version the reader saw, or null when there is
 * nothing to point out: a first visit, the same version, or a version the build no longer has.
 */
export function sinceSeen(story: StoryOutline, seen: number | null): PlacesTouched | null {
  if (seen === null || !story.version || seen >= story.version.version) return null;
  const touched = story.since?.[String(seen)];
  if (!touched || touched.added.length + touched.changed.length === 0) return null;
  return touched;
}
