/**
 * The legend's swatches, drawn from the marks table (marks.ts) as the map and the still
 * picture draw them: the same colours, widths, dashes and radii, so the key explains the
 * marks the reader sees. Each swatch is SVG shapes in a 24 × 16 box.
 */
import { CIRCLES, FILLS, LINES, color, sizeAt, type CircleMark } from './marks.ts';
import type { Status } from '../data/schema.ts';
import type { StoryTheme } from '../story/theme.ts';

export interface SwatchShape {
  tag: 'circle' | 'rect' | 'line' | 'path';
  attributes: Record<string, string | number>;
}

export interface LegendEntry {
  /** The entry's words in the catalogue's `legend` section. */
  text:
    | 'event'
    | 'named'
    | 'region'
    | 'approximate'
    | 'context'
    | 'area'
    | 'border'
    | 'distance'
    | 'ring'
    | 'confirmed'
    | 'disputed'
    | 'withdrawn'
    | 'sinceSeen';
  shapes: SwatchShape[];
}

/** The swatch box's height, in px: a dot larger than it is drawn to scale, smaller. */
const BOX_HEIGHT = 16;

function circle(mark: CircleMark, theme: StoryTheme, scale = 1): SwatchShape {
  return {
    tag: 'circle',
    attributes: {
      cx: 12,
      cy: 8,
      r: mark.radius * scale,
      fill: mark.fill ? color(mark.fill, theme) : 'none',
      ...(mark.fillOpacity === undefined ? {} : { 'fill-opacity': mark.fillOpacity }),
      stroke: color(mark.stroke, theme),
      'stroke-width': mark.strokeWidth * scale,
      ...(mark.strokeOpacity === undefined ? {} : { 'stroke-opacity': mark.strokeOpacity }),
    },
  };
}

function stroke(line: keyof typeof LINES, theme: StoryTheme): Record<string, string | number> {
  const mark: (typeof LINES)[keyof typeof LINES] = LINES[line];
  const width = sizeAt(mark.width, 0);
  return {
    fill: 'none',
    stroke: color(mark.color, theme),
    'stroke-width': width,
    // MapLibre's dashes are in line widths; SVG's in px.
    ...('dash' in mark ? { 'stroke-dasharray': mark.dash.map((d) => d * width).join(' ') } : {}),
  };
}

export interface LegendOptions {
  /** The statuses other than `reported` the story's places have: each gets its entry. */
  statuses?: readonly Status[];
  /** Whether places are marked as new or changed since the reader last looked. */
  sinceSeen?: boolean;
}

/** The legend's entries, top to bottom: the statuses and marks a story uses after the rest. */
export function legendEntries(
  theme: StoryTheme = 'light',
  { statuses = [], sinceSeen = false }: LegendOptions = {},
): LegendEntry[] {
  const haloScale = (BOX_HEIGHT / 2 - 0.5) / CIRCLES.haloNear.radius;
  const ringScale = (BOX_HEIGHT / 2 - 0.5) / CIRCLES.sinceSeen.radius;
  const optional: LegendEntry[] = [
    ...(statuses.includes('confirmed')
      ? [
          {
            text: 'confirmed' as const,
            shapes: [circle(CIRCLES.statusConfirmed, theme), circle(CIRCLES.dotEvent, theme)],
          },
        ]
      : []),
    ...(statuses.includes('disputed')
      ? [
          {
            text: 'disputed' as const,
            shapes: [circle(CIRCLES.statusDisputed, theme), circle(CIRCLES.dotEvent, theme)],
          },
        ]
      : []),
    ...(statuses.includes('withdrawn')
      ? [{ text: 'withdrawn' as const, shapes: [circle(CIRCLES.dotWithdrawn, theme)] }]
      : []),
    ...(sinceSeen
      ? [
          {
            text: 'sinceSeen' as const,
            shapes: [
              circle(CIRCLES.sinceSeen, theme, ringScale),
              circle(CIRCLES.dotEvent, theme, ringScale),
            ],
          },
        ]
      : []),
  ];
  return [
    { text: 'event', shapes: [circle(CIRCLES.dotEvent, theme)] },
    { text: 'named', shapes: [circle(CIRCLES.dot, theme)] },
    { text: 'region', shapes: [circle(CIRCLES.region, theme)] },
    {
      text: 'approximate',
      shapes: [
        circle(CIRCLES.haloNear, theme, haloScale),
        circle(CIRCLES.dotEvent, theme, haloScale),
      ],
    },
    { text: 'context', shapes: [circle(CIRCLES.dotContext, theme)] },
    {
      text: 'area',
      shapes: [
        {
          tag: 'rect',
          attributes: {
            x: 2,
            y: 3,
            width: 20,
            height: 10,
            fill: color(FILLS.zone.color, theme),
            'fill-opacity': FILLS.zone.opacity,
          },
        },
      ],
    },
    {
      text: 'border',
      shapes: [
        { tag: 'line', attributes: { x1: 1, y1: 8, x2: 23, y2: 8, ...stroke('border', theme) } },
      ],
    },
    {
      text: 'distance',
      shapes: [
        { tag: 'line', attributes: { x1: 1, y1: 8, x2: 23, y2: 8, ...stroke('distance', theme) } },
      ],
    },
    {
      text: 'ring',
      shapes: [{ tag: 'path', attributes: { d: 'M2 14 Q12 0 22 14', ...stroke('ring', theme) } }],
    },
    ...optional,
  ];
}
