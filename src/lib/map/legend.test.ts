import { describe, expect, it } from 'vitest';
import { legendEntries } from './legend.ts';
import { CIRCLES, LINES, STORY_PALETTES } from './marks.ts';

describe('legendEntries', () => {
  const entries = legendEntries();
  const attributes = (text: string) =>
    entries.find((entry) => entry.text === text)!.shapes.map((shape) => shape.attributes);

  it('draws the dots at the map’s radius, in its colours', () => {
    expect(attributes('event')).toEqual([
      expect.objectContaining({
        r: CIRCLES.dotEvent.radius,
        fill: STORY_PALETTES.light.event,
        stroke: STORY_PALETTES.light.halo,
        'stroke-width': CIRCLES.dotEvent.strokeWidth,
      }),
    ]);
  });

  it('draws the halo of an approximate place to scale with its dot, inside the swatch', () => {
    const [halo, dot] = attributes('approximate') as { r: number }[];
    expect(halo!.r / dot!.r).toBeCloseTo(CIRCLES.haloNear.radius / CIRCLES.dotEvent.radius, 10);
    expect(halo!.r).toBeLessThanOrEqual(8);
  });

  it.each([
    { text: 'distance', line: LINES.distance, dasharray: '4 4' },
    { text: 'ring', line: LINES.ring, dasharray: '6 3' },
  ])('dashes the $text as the map does, in px', ({ text, line, dasharray }) => {
    expect(attributes(text)[0]).toMatchObject({
      'stroke-width': line.width,
      'stroke-dasharray': dasharray,
    });
  });

  it('uses the dark theme’s colours when asked', () => {
    const dark = legendEntries('dark').find((entry) => entry.text === 'border')!;
    expect(dark.shapes[0]!.attributes.stroke).toBe(STORY_PALETTES.dark.border);
  });
});

describe('legendEntries for a developing story', () => {
  it('adds the statuses the story has, and the since-seen mark, after the usual entries', () => {
    const texts = legendEntries('light', {
      statuses: ['withdrawn', 'confirmed'],
      sinceSeen: true,
    }).map((entry) => entry.text);
    expect(texts.slice(-3)).toEqual(['confirmed', 'withdrawn', 'sinceSeen']);
    expect(legendEntries().map((entry) => entry.text)).not.toContain('disputed');
  });
});
