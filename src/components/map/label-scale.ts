/**
 * Labels larger by a factor, for presentation mode on a projector: a symbol layer's
 * `text-size` with every size it can take multiplied. Zoom curves must stay the outermost
 * expression in MapLibre, so their outputs are scaled, not the curve.
 */
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';

type TextSize = DataDrivenPropertyValueSpecification<number> | undefined;

/** MapLibre's own default `text-size`, in px. */
const DEFAULT_TEXT_SIZE = 16;

const scaleOutput = (output: unknown, factor: number): unknown =>
  typeof output === 'number' ? output * factor : ['*', factor, output];

/**
 * `size` times `factor`, as a `text-size` value.
 *
 * @example scaleTextSize(['interpolate', ['linear'], ['zoom'], 4, 11, 8, 14], 1.5)
 * // ['interpolate', ['linear'], ['zoom'], 4, 16.5, 8, 21]
 */
export function scaleTextSize(size: TextSize, factor: number): TextSize {
  if (size === undefined) return DEFAULT_TEXT_SIZE * factor;
  if (typeof size === 'number') return size * factor;
  if (!Array.isArray(size)) return size;
  const [operator] = size;
  if (
    operator === 'interpolate' ||
    operator === 'interpolate-hcl' ||
    operator === 'interpolate-lab'
  )
    // [op, curve, input, stop, output, stop, output, …]
    return size.map((item, i) =>
      i >= 4 && i % 2 === 0 ? scaleOutput(item, factor) : item,
    ) as TextSize;
  if (operator === 'step')
    // [step, input, output, stop, output, …]
    return size.map((item, i) =>
      i >= 2 && i % 2 === 0 ? scaleOutput(item, factor) : item,
    ) as TextSize;
  return ['*', factor, size] as TextSize;
}
