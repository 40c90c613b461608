import { describe, expect, it } from 'vitest';
import { chooseStory, StoryLoadError } from './load.ts';
import type { StoryIndexEntry } from './types.ts';

const entry = (id: string): StoryIndexEntry => ({
  id,
  headline: id,
  outlet: 'Outlet',
  url: 'https://example.com/',
  published: '2024-01-01',
  dateline: { text: 'PLACE', place: 'place' },
  summary: 'Summary.',
  bounds: [0, 0, 1, 1],
  padding: { top: 24, right: 24, bottom: 24, left: 24 },
});
const index = { stories: [entry('first'), entry('second')], default: 'second' };

describe('chooseStory', () => {
  it.each([
    { requested: null, expected: 'second' },
    { requested: 'first', expected: 'first' },
  ])('opens $expected when asked for $requested', ({ requested, expected }) => {
    expect(chooseStory(index, requested).id).toBe(expected);
  });

  it('names a story the build does not have', () => {
    expect(() => chooseStory(index, 'third')).toThrow(
      new StoryLoadError('There is no story "third".'),
    );
  });
});
