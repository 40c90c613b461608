import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { Bounds } from '../../geo/types.ts';
import { sampleStory } from '../../../testing/sample-story.ts';
import { CIRCLES } from '../marks.ts';
import { PRINT_PICTURE_SIZE, printPictureSvg, printPictureUrl } from './print.ts';

const BASEMAP: FeatureCollection = { type: 'FeatureCollection', features: [] };
const PREFIX = 'data:image/svg+xml;charset=utf-8,';

/** The picture's SVG, read back from its URL. */
function svgOf(url: string): string {
  expect(url.startsWith(PREFIX)).toBe(true);
  const svg = decodeURIComponent(url.slice(PREFIX.length));
  expect(svg).toMatch(/^<svg /);
  return svg;
}

/** The names a picture writes. */
const namesIn = (url: string) =>
  [...svgOf(url).matchAll(/<text[^>]*>([^<]*)/g)].map((match) => match[1]!);

/** The circles a picture draws with a mark's radius. */
const circlesOf = (url: string, radius: number) =>
  svgOf(url).match(new RegExp(`<circle [^>]*r="${radius}"`, 'g')) ?? [];

describe('printPictureUrl', () => {
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
    const names = namesIn(printPictureUrl({ story, basemap: BASEMAP, bounds }));
    for (const name of named) expect(names).toContain(name);
    for (const name of unnamed) expect(names).not.toContain(name);
  });

  it.each([
    { chosen: 'the selected place', placeIds: ['alpha'], mark: CIRCLES.selected, rings: 1 },
    { chosen: 'a step’s places', placeIds: ['alpha', 'beta'], mark: CIRCLES.step, rings: 2 },
    { chosen: 'nothing', placeIds: [], mark: CIRCLES.selected, rings: 0 },
  ])('rings $chosen as the live map does', ({ placeIds, mark, rings }) => {
    const url = printPictureUrl({
      story,
      basemap: BASEMAP,
      bounds: story.bounds,
      ringed: { placeIds, mark },
    });
    expect(circlesOf(url, mark.radius)).toHaveLength(rings);
  });
});

describe('printPictureSvg', () => {
  const story = sampleStory();
  const svg = printPictureSvg({ story, basemap: BASEMAP });

  it('is drawn at the handout’s size', () => {
    const { width, height } = PRINT_PICTURE_SIZE;
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
  });

  it('leaves the small print to the handout’s text', () => {
    const drawn = [...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((match) => match[1]!).join(' ');
    expect(drawn).toContain('alpha');
    expect(drawn).not.toContain(story.meta.outlet);
    expect(drawn).not.toContain('Natural Earth');
  });
});

describe('printPictureSvg names what the reader chose first', () => {
  // Six places on one spot: the four sides round it take four names at most.
  const story = sampleStory();
  const crowd = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
  story.places.features.push(
    ...crowd.map((id) => ({
      ...story.places.features[0]!,
      id,
      properties: { ...story.places.features[0]!.properties, name: id },
    })),
  );
  const namedIn = (ringedIds: string[]) => {
    const svg = printPictureSvg({
      story,
      basemap: BASEMAP,
      ringed: ringedIds.length ? { placeIds: ringedIds, mark: CIRCLES.step } : undefined,
    });
    return new Set([...svg.matchAll(/<text[^>]*>([^<]*)/g)].map((match) => match[1]!));
  };

  it('leaves some of the crowd unnamed when nothing is chosen', () => {
    expect(crowd.filter((id) => !namedIn([]).has(id)).length).toBeGreaterThan(0);
  });

  it.each([['c6'], ['c5', 'c6']])('names the chosen %s, whoever else loses a name', (...ids) => {
    const named = namedIn(ids);
    for (const id of ids) expect(named).toContain(id);
  });
});
