/**
 * A finished picture (story-picture.ts) as one standalone SVG document: it paints at once
 * before MapLibre starts (and lines up with it), stands in where WebGL is missing or scripts
 * are off, and downloads for slides with its small print inside it. Every colour, width and
 * dash comes from the table of marks, in its light theme (the picture is drawn on paper).
 * Self-contained: presentation attributes only, no styles, scripts or external references.
 */
import {
  BASEMAP_PALETTES,
  CIRCLES,
  FILLS,
  LABELS,
  LINES,
  STORY_PALETTES,
  color,
  sizeAt,
  type CircleMark,
  type LineMark,
} from '../marks.ts';
import { LINE_HEIGHT } from './text.ts';
import type { FinishedPicture, PictureFooter, PictureLabel, PicturePlace } from './types.ts';
import { escapeMarkup } from '../../text/markup.ts';
import { relativePathData } from './path-data.ts';

const FONT = 'system-ui, sans-serif';
const PALETTE = BASEMAP_PALETTES.light;
const INK = STORY_PALETTES.light.ink;

/** Places ringed as the live map rings what the reader chose (a place, a step's places). */
export interface RingedPlaces {
  placeIds: readonly string[];
  mark: CircleMark;
}

/**
 * @example
 * writeFileSync('picture.svg', pictureSvg(storyPicture({ story, basemap })));
 */
export function pictureSvg(
  picture: FinishedPicture,
  { ringed }: { ringed?: RingedPlaces } = {},
): string {
  const { width, height, footer } = picture;
  const [x0, y0, x1, y1] = picture.extent;
  const shapes = (kind: string) =>
    picture.shapes
      .filter((shape) => shape.kind === kind)
      .map((shape) => shape.d)
      .join('');

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" role="img" font-family="${FONT}">`,
    `<title>${escapeMarkup(picture.title)}</title>`,
    `<desc>${escapeMarkup(picture.description)}</desc>`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(x1 - x0)}" height="${num(y1 - y0)}" fill="${PALETTE.water}"/>`,
    path(picture.land.join(''), `fill="${color(FILLS.land.color)}"`),
    path(picture.boundaries.join(''), stroke(LINES.boundary, picture.zoom)),
    ...picture.rings.flatMap((ring) => [
      path(ring.d, fill(FILLS.ring)),
      path(ring.outline, stroke(LINES.ring, picture.zoom)),
    ]),
    path(shapes('zone'), fill(FILLS.zone)),
    path(shapes('border'), stroke(LINES.border, picture.zoom)),
    path(picture.distances.map((d) => d.d).join(''), stroke(LINES.distance, picture.zoom)),
  ];

  // A place known only roughly gets a faint disc; an area with no outline of its own, a wider one.
  const halos = (mark: CircleMark, has: (place: PicturePlace) => boolean) =>
    picture.places.filter(has).map((place) => circle(place.at, mark));
  out.push(
    ...group([
      ...halos(CIRCLES.haloNear, (place) => standing(place) && place.precision === 'near'),
      ...halos(
        CIRCLES.haloArea,
        (place) => standing(place) && place.precision === 'area' && !place.hasShape,
      ),
    ]),
  );
  // Under the places' own marks, as on the live map.
  if (ringed) {
    const chosen = picture.places.filter((place) => ringed.placeIds.includes(place.id));
    out.push(...group(chosen.map((place) => circle(place.at, ringed.mark))));
  }
  out.push(
    ...group(
      picture.places.filter((place) => place.ring).map((place) => circle(place.at, CIRCLES.region)),
    ),
  );
  // As the live map: a ring round a confirmed or disputed place, a hollow dot for a withdrawn one.
  const dotted = picture.places.filter((place) => place.dot);
  out.push(
    ...group([
      ...dotted
        .filter((place) => place.status === 'confirmed')
        .map((place) => circle(place.at, CIRCLES.statusConfirmed)),
      ...dotted
        .filter((place) => place.status === 'disputed')
        .map((place) => circle(place.at, CIRCLES.statusDisputed)),
      ...dotted.map((place) =>
        circle(
          place.at,
          !standing(place)
            ? CIRCLES.dotWithdrawn
            : place.origin === 'context'
              ? CIRCLES.dotContext
              : place.hasEvents
                ? CIRCLES.dotEvent
                : CIRCLES.dot,
        ),
      ),
    ]),
  );
  out.push(...group(picture.cities.map((at) => circle(at, CIRCLES.city))));
  out.push(...labelsSvg(picture.labels));

  if (footer) out.push(...footerSvg(footer));
  out.push('</svg>');
  return out.filter(Boolean).join('\n') + '\n';
}

/** The small print's band and its lines. */
function footerSvg(footer: PictureFooter): string[] {
  const [bandLeft, bandTop, bandRight, bandBottom] = footer.box;
  return [
    `<rect x="${bandLeft}" y="${num(bandTop)}" width="${bandRight - bandLeft}" height="${num(bandBottom - bandTop)}" fill="#ffffff" fill-opacity="0.9"/>`,
    ...footer.lines.map(
      (line, i) =>
        `<text x="7" y="${num(bandTop + 0.95 * footer.size + 3.4 + i * LINE_HEIGHT * footer.size)}" font-size="${footer.size}" fill="${INK}">${escapeMarkup(line)}</text>`,
    ),
  ];
}

/** Whether the place still stands: withdrawn places are drawn hollow, without their halo. */
function standing(place: PicturePlace): boolean {
  return place.status !== 'withdrawn';
}

function fill(mark: { color: Parameters<typeof color>[0]; opacity: number }): string {
  return `fill="${color(mark.color)}"${mark.opacity === 1 ? '' : ` fill-opacity="${mark.opacity}"`}`;
}

/** A line mark's stroke at the picture's zoom; MapLibre's dashes are in widths, SVG's in px. */
function stroke(mark: LineMark, zoom: number): string {
  const width = num(sizeAt(mark.width, zoom), 2);
  return [
    `fill="none" stroke="${color(mark.color)}" stroke-width="${width}"`,
    mark.dash ? `stroke-dasharray="${mark.dash.map((d) => num(d * width)).join(' ')}"` : '',
    mark.round ? 'stroke-linejoin="round" stroke-linecap="round"' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A circle mark, with its own paint on the element so marks of several kinds share a group. */
function circle([x, y]: [number, number], mark: CircleMark): string {
  const paint = [
    mark.fill ? `fill="${color(mark.fill)}"` : 'fill="none"',
    mark.fillOpacity === undefined ? '' : `fill-opacity="${mark.fillOpacity}"`,
    `stroke="${color(mark.stroke)}"`,
    `stroke-width="${mark.strokeWidth}"`,
    mark.strokeOpacity === undefined ? '' : `stroke-opacity="${mark.strokeOpacity}"`,
  ].filter(Boolean);
  return `<circle cx="${num(x)}" cy="${num(y)}" r="${mark.radius}" ${paint.join(' ')}/>`;
}

function group(elements: string[]): string[] {
  return elements.length ? ['<g>', ...elements, '</g>'] : [];
}

/**
 * The labels, kind by kind: the halos, stroked copies of the names (as `paint-order` is not
 * read everywhere the picture goes, slides and drawing programs among them), then the names
 * over them; each group carries its kind's paint and type once. Labels never overlap, so
 * drawing all of a kind's halos first changes nothing on screen.
 */
function labelsSvg(labels: readonly PictureLabel[]): string[] {
  const kinds = [...new Set(labels.map((label) => label.kind))];
  return kinds.flatMap((kind) => {
    const mark = LABELS[kind];
    const type = [
      mark.weight === 'semibold' ? 'font-weight="600"' : '',
      mark.italic ? 'font-style="italic"' : '',
    ].filter(Boolean);
    const texts = labels
      .filter((label) => label.kind === kind)
      .map(textSvg)
      .join('');
    const halo = color(mark.halo);
    return [
      `<g ${[...type, `fill="${halo}" stroke="${halo}" stroke-width="${2 * mark.haloWidth}" stroke-linejoin="round"`].join(' ')}>${texts}</g>`,
      `<g ${[...type, `fill="${color(mark.color)}"`].join(' ')}>${texts}</g>`,
    ];
  });
}

/** One label's lines, where and how large its kind's group writes them. */
function textSvg(label: PictureLabel): string {
  const mark = LABELS[label.kind];
  const attributes = [
    `x="${num(label.x)}" y="${num(label.y)}" font-size="${num(label.size)}"`,
    mark.letterSpacing ? `letter-spacing="${num(mark.letterSpacing * label.size)}"` : '',
    label.anchor === 'start' ? '' : `text-anchor="${label.anchor}"`,
  ]
    .filter(Boolean)
    .join(' ');
  const [first = '', ...rest] = label.lines;
  const body =
    escapeMarkup(first) +
    rest
      .map(
        (line) =>
          `<tspan x="${num(label.x)}" dy="${num(LINE_HEIGHT * label.size)}">${escapeMarkup(line)}</tspan>`,
      )
      .join('');
  return `<text ${attributes}>${body}</text>`;
}

function path(d: string, attributes: string): string {
  return d ? `<path d="${relativePathData(d)}" ${attributes}/>` : '';
}

/** A coordinate for the file: to one decimal (0.1 px is finer than any screen draws). */
function num(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor || 0;
}
