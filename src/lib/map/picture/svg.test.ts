import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { MercatorCoordinate } from 'maplibre-gl';
import { buildBasemap } from '../../basemap/build.ts';
import { loadNaturalEarth } from '../../basemap/natural-earth.ts';
import { formatProblem } from '../../data/problems.ts';
import { readAndValidateStory } from '../../data/read-story.ts';
import { compileStory } from '../../story/compile.ts';
import { shapeResolver } from '../../story/shapes.ts';
import type { CompiledStory } from '../../story/types.ts';
import { sampleStory } from '../../../testing/sample-story.ts';
import { bordersNote, creditLine } from '../../story/credit.ts';
import { fitBoundsCamera, pictureExtent, TILE_SIZE } from '../fit-bounds.ts';
import { storyPicture, type StoryPictureOptions } from './story-picture.ts';
import { escapeMarkup } from '../../text/markup.ts';
import { pictureSvg } from './svg.ts';

const storyPictureSvg = (options: StoryPictureOptions) => pictureSvg(storyPicture(options));

const SEED = 'geodata/stories/npr-2024-09-30-israel-lebanon-ground-offensive';

const BASEMAP: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { layer: 'land' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-3, -3],
            [3, -3],
            [3, 3],
            [-3, 3],
            [-3, -3],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { layer: 'label-country', name: 'Elsewhere', rank: 1, iso2: 'EW' },
      geometry: { type: 'Point', coordinates: [1.5, 0.8] },
    },
  ],
};

/** The sample story moved across the antimeridian, framed as `boundsOf` frames it there. */
function acrossTheAntimeridian(): CompiledStory {
  const story = sampleStory();
  const moved = story.places.features.map((place, i) => ({
    ...place,
    geometry: {
      type: 'Point' as const,
      coordinates: (
        [
          [179.5, -17],
          [-179.5, -17],
          [180, -16.5],
        ] as [number, number][]
      )[i]!,
    },
  }));
  return {
    ...story,
    places: { type: 'FeatureCollection', features: moved },
    shapes: { type: 'FeatureCollection', features: [] },
    distances: [],
    rings: [],
    bounds: [178.5, -18, 181.5, -16],
  };
}

function seedStory(): { story: CompiledStory; basemap: FeatureCollection } {
  const ne = loadNaturalEarth();
  const result = readAndValidateStory(SEED);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const story = compileStory({ ...result.story, resolveShape: shapeResolver(ne) });
  return { story, basemap: buildBasemap({ ne, focus: story.bounds }) };
}

/**
 * Checks that every tag closes in order and no text holds a bare `<`, `>` or `&`: enough to
 * know a browser and an XML parser read the file as one document.
 */
function wellFormed(svg: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  for (const [, closing, name, , selfClosing] of svg.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g,
  )) {
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  const text = svg.replace(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g, '');
  if (/[<>]/.test(text)) problems.push('a bare < or > in text');
  if (/&(?!(?:amp|lt|gt|quot|apos);)/.test(text)) problems.push('a bare & in text');
  return problems;
}

/**
 * Where MapLibre would draw a position on a map at the picture's camera, with MapLibre's own
 * Web Mercator (`MercatorCoordinate`), so the picture's d3 projection is checked against it.
 */
function mapLibrePixel(story: CompiledStory, width: number, height: number) {
  const { zoom, center } = fitBoundsCamera({ bounds: story.bounds, width, height });
  const c = MercatorCoordinate.fromLngLat(center);
  const worldSize = TILE_SIZE * 2 ** zoom;
  return ([lng, lat]: number[]): [number, number] => {
    const m = MercatorCoordinate.fromLngLat([lng!, lat!]);
    // Longitudes that wrap land on the copy of the world nearest the centre, as on the map.
    const x = m.x - Math.round(m.x - c.x);
    return [(x - c.x) * worldSize + width / 2, (m.y - c.y) * worldSize + height / 2];
  };
}

describe('storyPictureSvg', () => {
  const cases: { name: string; story: CompiledStory; width: number; height: number }[] = [
    { name: 'the sample story, 960 × 600', story: sampleStory(), width: 960, height: 600 },
    { name: 'the sample story, 400 × 500', story: sampleStory(), width: 400, height: 500 },
    { name: 'across the antimeridian', story: acrossTheAntimeridian(), width: 960, height: 600 },
  ];

  describe.each(cases)('$name', ({ story, width, height }) => {
    const svg = storyPictureSvg({ story, basemap: BASEMAP, width, height });
    const picture = storyPicture({ story, basemap: BASEMAP, width, height });

    it('is one well-formed SVG document of the size asked for', () => {
      expect(wellFormed(svg)).toEqual([]);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain(`viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    });

    it('holds no style, script or reference to another file', () => {
      for (const banned of ['<style', 'style=', '<script', 'href=', 'url(', '<image', '@import']) {
        expect(svg, banned).not.toContain(banned);
      }
    });

    it('names the headline, the places and the credits', () => {
      expect(svg).toContain(`<title>${escapeMarkup(story.meta.headline)}</title>`);
      const desc = /<desc>(.*)<\/desc>/.exec(svg)?.[1] ?? '';
      for (const place of story.places.features) {
        expect(desc).toContain(escapeMarkup(place.properties.name));
      }
      // The small print, wrapped to the picture's width where it must be.
      const footer = [...svg.matchAll(/<text x="7" [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(footer.join(' ')).toBe(
        escapeMarkup(`${creditLine(story.meta)} ${bordersNote(story.bounds)}`),
      );
    });

    it('draws each place as the picture decides: a dot, a name, both, or neither', () => {
      for (const place of picture.places) {
        const [x, y] = place.at.map((value) => Math.round(value * 10) / 10 || 0);
        expect(svg.includes(`<circle cx="${x}" cy="${y}" r="5.5"`), place.id).toBe(place.dot);
        const firstWord = escapeMarkup(place.name.split(' ')[0]!);
        if (place.labelled) expect(svg, place.id).toMatch(new RegExp(`>${firstWord}[ <]`));
      }
      expect(picture.places.some((place) => place.labelled)).toBe(true);
    });

    it('projects each place where MapLibre’s Web Mercator puts it at that camera, within 1 px', () => {
      const pixel = mapLibrePixel(story, width, height);
      for (const place of story.places.features) {
        const at = picture.places.find((candidate) => candidate.id === place.id)?.at;
        if (!at) continue;
        const [x, y] = pixel(place.geometry.coordinates);
        expect(Math.abs(at[0] - x), place.id).toBeLessThan(1);
        expect(Math.abs(at[1] - y), place.id).toBeLessThan(1);
      }
    });

    it('covers half its width and 65 % of its height again on each side, for boxes of another shape', () => {
      const [x, y] = [width / 2, Math.round(0.65 * height * 10) / 10];
      expect(svg).toContain(
        `<rect x="${-x}" y="${-y}" width="${width + 2 * x}" height="${Math.round((height + 2 * y) * 10) / 10}"`,
      );
      // The page's stand-in draws the picture through this view box: all of it, no more.
      const round = (n: number) => Math.round(n * 10) / 10;
      const [left, top, wide, high] = pictureExtent({ width, height }).map(round);
      expect(svg).toContain(`<rect x="${left}" y="${top}" width="${wide}" height="${high}"`);
    });
  });

  it('escapes every text it writes', () => {
    const story = sampleStory();
    story.meta.headline = `Tom & Jerry's "war" </svg><script>alert(1)</script>`;
    story.meta.outlet = 'A<B>';
    story.places.features[0]!.properties.name = '<b>alpha</b> & co';
    const svg = storyPictureSvg({ story, basemap: BASEMAP });
    expect(wellFormed(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(
      '<title>Tom &amp; Jerry&apos;s &quot;war&quot; &lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>',
    );
    expect(svg).toContain('Story: A&lt;B&gt;,');
  });

  it('writes both units and the article’s own words for a distance', () => {
    const svg = storyPictureSvg({ story: sampleStory(), basemap: BASEMAP });
    expect(svg).toContain('69 mi · 111 km');
    expect(svg).toContain('article: about 60 miles');
  });

  it('names basemap countries only where the story’s names leave room', () => {
    const svg = storyPictureSvg({ story: sampleStory(), basemap: BASEMAP });
    expect(svg).toContain('>ELSEWHERE</text>');
  });
});

describe('the seed story’s picture', () => {
  const { story, basemap } = seedStory();
  const svg = storyPictureSvg({ story, basemap });

  it('stays within 40 kB gzipped', () => {
    const bytes = gzipSync(svg).length;
    expect(bytes).toBeLessThanOrEqual(40_000);
  });

  it('is well formed', () => {
    expect(wellFormed(svg)).toEqual([]);
  });
});
