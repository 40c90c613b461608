/**
 * Which palette to draw with: the one asked for, or for `auto` the reader's system setting.
 */
import type { StoryTheme } from '../map/story-layers.ts';
import type { Theme } from './params.ts';

export function resolveTheme(asked: Theme | null, prefersDark: boolean): StoryTheme {
  if (asked === 'light' || asked === 'dark') return asked;
  return asked === 'auto' && prefersDark ? 'dark' : 'light';
}
