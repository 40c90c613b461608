import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Bounds } from '../../geo/types.ts';
import { sampleStory } from '../../../testing/sample-story.ts';
import { framedPictureUrl } from './framed.ts';

const BASEMAP: FeatureCollection = { type: 'FeatureCollection', features: [] };
const PREFIX = 'data:image/svg+xml;charset=utf-8,';

/** The names a picture writes, read back from its URL. */
function namesIn(url: string): string[] {
  expect(url.startsWith(PREFIX)).toBe(true);
  const svg = decodeURIComponent(url.slice(PREFIX.length));
  expect(svg).toMatch(/^<svg /);
  return [...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((match) => match[1]!);
}

describe('framedPictureUrl', () => {
  const story = sampleStory();
  it.each([
    { frame: 'the story’s own', bounds: story.bounds, named: ['alpha', 'beta'], unnamed: [] },
    {
      frame: 'round alpha alone',
      bounds: [-0.2, -0.2, 0.2, 0.2] as Bounds,
      named: ['alpha'],
      unnamed: ['beta'],
    },
  ])('draws the story framed on $frame box', ({ bounds, named, unnamed }) => {
    const names = namesIn(framedPictureUrl({ story, basemap: BASEMAP, bounds }));
    for (const name of named) expect(names).toContain(name);
    for (const name of unnamed) expect(names).not.toContain(name);
  });
});
