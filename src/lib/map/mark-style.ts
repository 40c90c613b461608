/**
 * The marks table (marks.ts) as MapLibre paint and layout properties, so every layer that
 * draws a mark says only which mark it draws.
 */
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import {
  color,
  sizeProperty,
  textFont,
  type CircleMark,
  type FillMark,
  type LabelMark,
  type LineMark,
} from './marks.ts';
import type { StoryTheme } from '../story/theme.ts';

export function linePaint(mark: LineMark, theme: StoryTheme): LineLayerSpecification['paint'] {
  return {
    'line-color': color(mark.color, theme),
    'line-width': sizeProperty(mark.width),
    ...(mark.dash ? { 'line-dasharray': [...mark.dash] } : {}),
  };
}

export function lineLayout(mark: LineMark): LineLayerSpecification['layout'] {
  return mark.round ? { 'line-join': 'round', 'line-cap': 'round' } : {};
}

export function fillPaint(mark: FillMark, theme: StoryTheme): FillLayerSpecification['paint'] {
  return {
    'fill-color': color(mark.color, theme),
    ...(mark.opacity === 1 ? {} : { 'fill-opacity': mark.opacity }),
  };
}

export function circlePaint(
  mark: CircleMark,
  theme: StoryTheme,
): CircleLayerSpecification['paint'] {
  return {
    'circle-radius': mark.radius,
    // A ring round a place: MapLibre fills every circle, so with nothing at all.
    'circle-color': mark.fill ? color(mark.fill, theme) : 'rgba(0,0,0,0)',
    ...(mark.fillOpacity === undefined ? {} : { 'circle-opacity': mark.fillOpacity }),
    'circle-stroke-color': color(mark.stroke, theme),
    'circle-stroke-width': mark.strokeWidth,
    ...(mark.strokeOpacity === undefined ? {} : { 'circle-stroke-opacity': mark.strokeOpacity }),
  };
}

export function labelPaint(mark: LabelMark, theme: StoryTheme): SymbolLayerSpecification['paint'] {
  return {
    'text-color': color(mark.color, theme),
    'text-halo-color': color(mark.halo, theme),
    'text-halo-width': mark.haloWidth,
    ...(mark.haloBlur ? { 'text-halo-blur': mark.haloBlur } : {}),
  };
}

/** The type of a label: its size, font, spacing, case and wrapping width. */
export function labelLayout(mark: LabelMark): SymbolLayerSpecification['layout'] {
  return {
    'text-size': sizeProperty(mark.size),
    'text-font': textFont(mark),
    ...(mark.letterSpacing ? { 'text-letter-spacing': mark.letterSpacing } : {}),
    ...(mark.uppercase ? { 'text-transform': 'uppercase' as const } : {}),
    'text-max-width': mark.maxWidth,
  };
}
