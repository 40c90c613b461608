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

/** Height of the credit band in CSS pixels, before scaling. */
export const BAND_CSS_PX = 28;
/** Size of the credit's type in CSS pixels, before scaling. */
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
  { scale = 2 } = {},
): ComposedSize {
  const bandHeight = Math.round(BAND_CSS_PX * scale);
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

/**
 * Draws the map at `scale` times its CSS size (2 by default: sharp on a projector), puts the
 * credit line under it, and gives the result as a PNG. The map's own pixel ratio is restored.
 */
export async function exportView(
  map: MapLibreMap,
  { credit, scale = 2 }: { credit: string; scale?: number },
): Promise<Blob> {
  const previous = map.getPixelRatio();
  map.setPixelRatio(scale);
  let frame: HTMLCanvasElement;
  try {
    frame = await nextFrame(map);
  } finally {
    map.setPixelRatio(previous);
  }
  const size = composedSize(frame, { scale });
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(strings.errors.cannotSaveView);
  context.fillStyle = STORY_PALETTES.light.halo;
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(frame, 0, 0);
  context.fillStyle = STORY_PALETTES.light.ink;
  context.font = `${FONT_CSS_PX * scale}px system-ui, sans-serif`;
  context.textBaseline = 'middle';
  const padding = 8 * scale;
  // fillText's maxWidth narrows a long headline to fit rather than cutting it off.
  context.fillText(credit, padding, size.bandTop + size.bandHeight / 2, size.width - 2 * padding);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(strings.errors.viewFailed))),
      'image/png',
    ),
  );
}
