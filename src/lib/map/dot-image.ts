/**
 * A basemap city's dot as an icon image. The dot and the city's name are one MapLibre symbol,
 * so a name that cannot be placed (it would meet another) takes its dot with it: a circle
 * layer under the names left dots that no name explained.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryTheme } from '../story/theme.ts';
import { CIRCLES, color, type CircleMark } from './marks.ts';

/** Device pixels per CSS pixel the image is drawn at: sharp on high-density screens. */
export const DOT_PIXEL_RATIO = 2;

const PREFIX = 'dateline-city-dot-';

/**
 * An empty image the size of a story's dot. A symbol of it over each dot, always placed,
 * keeps every name (the story's and the basemap's) off the dots: MapLibre's names avoid one
 * another, not circles.
 */
export const DOT_KEEP_OUT_IMAGE_ID = 'dateline-dot-keep-out';

/** The image's name in the style, one per theme. */
export function cityDotImageId(theme: StoryTheme): string {
  return `${PREFIX}${theme}`;
}

/** An RGBA image as MapLibre's `addImage` takes it (colours not premultiplied). */
export interface DotImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** `#rrggbb` as its three channels. */
function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * The mark's dot, antialiased: its fill within `radius`, its stroke in the band of
 * `strokeWidth` outside it (as MapLibre strokes a circle), transparent beyond.
 */
export function dotImage(
  mark: Pick<CircleMark, 'radius' | 'strokeWidth'>,
  colours: { fill: string; stroke: string },
  pixelRatio = DOT_PIXEL_RATIO,
): DotImage {
  const inner = mark.radius * pixelRatio;
  const outer = (mark.radius + mark.strokeWidth) * pixelRatio;
  const size = Math.ceil(outer) * 2 + 2;
  const centre = size / 2;
  const fill = channels(colours.fill);
  const stroke = channels(colours.stroke);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
      // How much of the pixel each disc covers, over a one-pixel edge.
      const inFill = Math.min(1, Math.max(0, inner - distance + 0.5));
      const inAll = Math.min(1, Math.max(0, outer - distance + 0.5));
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        const mixed = inAll === 0 ? 0 : (fill[c]! * inFill + stroke[c]! * (inAll - inFill)) / inAll;
        data[i + c] = Math.round(mixed);
      }
      data[i + 3] = Math.round(inAll * 255);
    }
  }
  return { width: size, height: size, data };
}

/**
 * The keep-out image: transparent, as wide as a story's dot without its halo stroke. A name
 * may touch a neighbour's white outline, never its colour: so a name still finds room beside
 * a dot with another place a pixel or two away (Tel Aviv and its airport on a phone).
 */
export function keepOutImage(pixelRatio = DOT_PIXEL_RATIO): DotImage {
  const size = Math.ceil(CIRCLES.dot.radius * 2 * pixelRatio);
  return { width: size, height: size, data: new Uint8Array(size * size * 4) };
}

/**
 * Gives the map the city dot of either theme, or the keep-out image, the moment a layer asks
 * for it (MapLibre waits for this resolver; a `styleimagemissing` listener would be too late
 * for the tile asking).
 */
export function provideDotImages(
  map: Pick<MapLibreMap, 'setMissingStyleImageResolver' | 'addImage' | 'hasImage'>,
): void {
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    if (id === DOT_KEEP_OUT_IMAGE_ID) {
      map.addImage(id, keepOutImage(), { pixelRatio: DOT_PIXEL_RATIO });
      return;
    }
    if (!id.startsWith(PREFIX)) return;
    const theme: StoryTheme = id === cityDotImageId('dark') ? 'dark' : 'light';
    const mark = CIRCLES.city;
    const colours = {
      fill: color(mark.fill ?? mark.stroke, theme),
      stroke: color(mark.stroke, theme),
    };
    map.addImage(id, dotImage(mark, colours), { pixelRatio: DOT_PIXEL_RATIO });
  });
}
