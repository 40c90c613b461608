/**
 * Which palette to draw with: the one asked for, or for `auto` the reader's system setting.
 */
import type { Theme } from './params.ts';

/** The palette the map and the page are drawn in. */
export type StoryTheme = 'light' | 'dark';

export function resolveTheme(asked: Theme | null, prefersDark: boolean): StoryTheme {
  if (asked === 'light' || asked === 'dark') return asked;
  return asked === 'auto' && prefersDark ? 'dark' : 'light';
}
