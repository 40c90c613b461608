/**
 * The live map's current view as a PNG for slides, at twice its size on screen, with the
 * credits in a white band below it so they travel with the picture.
 *
 * MapLibre draws with `preserveDrawingBuffer` off, so the canvas can only be read in the task
 * that drew it: the frame is copied inside the `idle` handler, which MapLibre fires at the end
 * of the frame that left nothing more to draw.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { strings } from '../i18n/index.ts';
import { STORY_PALETTES } from './marks.ts';

/** Height of the credit band for one line, in CSS pixels before scaling. */
export const BAND_CSS_PX = 28;
/** Each further line of small print adds this much, in CSS pixels before scaling. */
export const LINE_CSS_PX = 17;
/** Size of the small print's type in CSS pixels, before scaling. */
const FONT_CSS_PX = 13;
/** How long to wait for the map to draw at the new size before giving up. */
const FRAME_TIMEOUT_MS = 15_000;

export interface ComposedSize {
  width: number;
  height: number;
  /** Where the credit band starts, from the top, in pixels. */
  bandTop: number;
  bandHeight: number;
}

/** The exported picture's size: the map's frame (already scaled) and the band below it. */
export function composedSize(
  frame: { width: number; height: number },
  { scale = 2, lines = 1 } = {},
): ComposedSize {
  const bandHeight = Math.round((BAND_CSS_PX + (lines - 1) * LINE_CSS_PX) * scale);
  return {
    width: frame.width,
    height: frame.height + bandHeight,
    bandTop: frame.height,
    bandHeight,
  };
}

/** Copies the map's next finished frame onto a canvas of its own. */
function nextFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('idle', copy);
      reject(new Error(strings.errors.mapDidNotFinish));
    }, FRAME_TIMEOUT_MS);
    function copy() {
      clearTimeout(timer);
      const source = map.getCanvas();
      const frame = document.createElement('canvas');
      frame.width = source.width;
      frame.height = source.height;
      const context = frame.getContext('2d');
      if (!context) return reject(new Error(strings.errors.cannotSaveView));
      context.drawImage(source, 0, 0);
      resolve(frame);
    }
    map.once('idle', copy);
    map.triggerRepaint();
  });
}

/** Words into lines no wider than `width`, as `measure` measures them. */
export function wrapText(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/**
 * Draws the map at `scale` times its CSS size (2 by default: sharp on a projector), puts the
 * small print under it (the credit line, the note on the borders), wrapped to its width, and
 * gives the result as a PNG. The map's own pixel ratio is restored.
 */
export async function exportView(
  map: MapLibreMap,
  { smallPrint, scale = 2 }: { smallPrint: string[]; scale?: number },
): Promise<Blob> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(scale);
  let frame: HTMLCanvasElement;
  try {
    frame = await nextFrame(map);
  } finally {
    map.setPixelRatio(previous);
  }
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error(strings.errors.cannotSaveView);
  const font = `${FONT_CSS_PX * scale}px system-ui, sans-serif`;
  const padding = 8 * scale;
  context.font = font;
  const lines = smallPrint.flatMap((text) =>
    wrapText(text, frame.width - 2 * padding, (line) => context.measureText(line).width),
  );
  const size = composedSize(frame, { scale, lines: lines.length });
  // Resizing the canvas resets its state: the font is set again below.
  canvas.width = size.width;
  canvas.height = size.height;
  context.fillStyle = STORY_PALETTES.light.halo;
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(frame, 0, 0);
  context.fillStyle = STORY_PALETTES.light.ink;
  context.font = font;
  context.textBaseline = 'middle';
  lines.forEach((line, i) => {
    const y = size.bandTop + (BAND_CSS_PX / 2 + i * LINE_CSS_PX) * scale;
    context.fillText(line, padding, y, size.width - 2 * padding);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(strings.errors.viewFailed))),
      'image/png',
    ),
  );
}
