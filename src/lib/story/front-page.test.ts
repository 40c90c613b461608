import { describe, expect, it } from 'vitest';
import { newestFirst, opensFrontPage } from './front-page.ts';
import type { StoryIndexEntry } from './types.ts';

describe('opensFrontPage', () => {
  it.each([
    { search: '', expected: true },
    { search: '?', expected: true },
    { search: '?theme=dark', expected: true },
    { search: '?units=km&theme=auto', expected: true },
    { search: '?story=npr-2024-09-30-x', expected: false },
    // An invalid id still opens the app, which says what is wrong, as before.
    { search: '?story=Not%20a%20slug', expected: false },
    { search: '?story=', expected: false },
    { search: '?place=hodeidah-port', expected: false },
    { search: '?view=30,30,40,40', expected: false },
    { search: '?step=intro', expected: false },
    { search: '?from=2024-09-01', expected: false },
    { search: '?to=2024-09-01', expected: false },
  ])('$search → $expected', ({ search, expected }) => {
    expect(opensFrontPage(search)).toBe(expected);
  });

  it.each([
    { pathname: '/', expected: true },
    { pathname: '/news/maps/', expected: true },
    { pathname: '/index.html', expected: true },
    // A story's own page opens its story.
    { pathname: '/npr-2024-09-30-x.html', expected: false },
    { pathname: '/news/npr-2024-09-30-x.html', expected: false },
  ])('$pathname → $expected', ({ pathname, expected }) => {
    expect(opensFrontPage('', pathname)).toBe(expected);
  });
});

describe('newestFirst', () => {
  const entry = (id: string, published: string, headline = id): StoryIndexEntry => ({
    id,
    headline,
    published,
    outlet: 'Outlet',
    url: 'https://example.org/',
    dateline: { text: 'X', place: 'x' },
    summary: 'S',
    bounds: [0, 0, 1, 1],
    padding: { top: 0, right: 0, bottom: 0, left: 0 },
  });

  it.each([
    { stories: [], expected: [] },
    { stories: [entry('a', '2024-01-01'), entry('b', '2025-01-01')], expected: ['b', 'a'] },
    {
      stories: [entry('b', '2024-01-01', 'Beta'), entry('a', '2024-01-01', 'Alpha')],
      expected: ['a', 'b'],
    },
  ])('orders $expected', ({ stories, expected }) => {
    expect(newestFirst(stories).map((story) => story.id)).toEqual(expected);
  });
});
