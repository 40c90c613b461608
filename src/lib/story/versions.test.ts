import { describe, expect, it } from 'vitest';
import { chooseVersion, storyFolder } from './versions.ts';
import type { StoryIndexEntry } from './types.ts';

const entry = (versions?: number[]): StoryIndexEntry => ({
  id: 'a-story',
  headline: 'A story',
  outlet: 'Outlet',
  url: 'https://example.org/',
  published: '2024-09-30',
  dateline: { text: 'X', place: 'x' },
  summary: 'S.',
  bounds: [0, 0, 1, 1],
  padding: { top: 24, right: 24, bottom: 24, left: 24 },
  ...(versions
    ? {
        versions: versions.map((version) => ({
          version,
          published: `2024-10-0${version}T12:00:00Z`,
        })),
      }
    : {}),
});

describe('chooseVersion', () => {
  it.each([
    {
      name: 'no version asked',
      versions: [1, 2],
      asked: null,
      expected: { version: null, latest: 2, notice: null },
    },
    {
      name: 'the latest asked',
      versions: [1, 2],
      asked: 2,
      expected: { version: null, latest: 2, notice: null },
    },
    {
      name: 'an earlier version',
      versions: [1, 2, 4],
      asked: 1,
      expected: {
        version: 1,
        latest: 4,
        notice:
          'You are looking at version 1 of 4, published 1 Oct 2024, 12:00 UTC. It has been updated since.',
      },
    },
    {
      name: 'a version it does not have (a damaged one left out)',
      versions: [1, 2, 4],
      asked: 3,
      expected: {
        version: null,
        latest: 4,
        notice: 'There is no version 3 of this story: this is the latest, version 4.',
      },
    },
    {
      name: 'a story without versions',
      versions: undefined,
      asked: 2,
      expected: {
        version: null,
        latest: null,
        notice:
          'This story has no numbered versions (version 2 was asked for): this is the story as published.',
      },
    },
  ])('$name', ({ versions, asked, expected }) => {
    expect(chooseVersion(entry(versions), asked)).toEqual(expected);
  });
});

describe('storyFolder', () => {
  it.each([
    { version: null, expected: 'a-story/' },
    { version: 3, expected: 'a-story/v/3/' },
  ])('$version → $expected', ({ version, expected }) => {
    expect(storyFolder('a-story', version)).toBe(expected);
  });
});
