/**
 * The story's map as one standalone SVG document, written at build time: it paints at once
 * before MapLibre starts (and lines up with it), stands in where WebGL is missing or scripts
 * are off, and downloads for slides with its credits inside it.
 */
import type { FeatureCollection } from 'geojson';
import { strings } from '../i18n/index.ts';
import { creditLine } from './credit.ts';
import type { CompiledStory } from '../story/types.ts';
import { BASEMAP_PALETTES, LINES, STORY_PALETTES, sizeAt } from './marks.ts';
import {
  LABEL_STYLES,
  staticMapPicture,
  textWidth,
  type Box,
  type LabelKind,
  type PictureLabel,
  type StaticPicture,
} from './static-picture.ts';
import { PICTURE_SIZE } from './fit-bounds.ts';

export interface StoryPictureOptions {
  story: CompiledStory;
  /** The basemap the build wrote for the story. */
  basemap: FeatureCollection;
  /** Size in px (default 960 × 600). */
  width?: number;
  height?: number;
  /** Pixels kept clear around the story's bounds, as the live map's `fitBounds` (default 24). */
  padding?: number;
}

/**
 * How far the map is drawn beyond the picture on each side, as a fraction of its width and
 * of its height: shown with `preserveAspectRatio="xMidYMid meet"` in a box of another shape
 * (from a 3.2:1 banner to a 0.7:1 phone column), the picture shows map where the box is
 * wider or taller, not an empty band. Every extra fraction costs bytes on the first view.
 */
const OVERSCAN: [number, number] = [0.5, 0.65];
const FONT = 'system-ui, sans-serif';
const CREDIT_SIZE = 11;
const PALETTE = BASEMAP_PALETTES.light;
const COLORS = STORY_PALETTES.light;

/** Each kind of label's colour and halo (colour, width in px either side), as the live map's. */
const LABEL_PAINT: Record<LabelKind, { color: string; halo: string; haloWidth: number }> = {
  'place-key': { color: COLORS.ink, halo: COLORS.halo, haloWidth: 2 },
  place: { color: COLORS.ink, halo: COLORS.halo, haloWidth: 2 },
  'place-context': { color: COLORS.context, halo: COLORS.halo, haloWidth: 2 },
  distance: { color: COLORS.distance, halo: COLORS.halo, haloWidth: 2 },
  ring: { color: COLORS.ring, halo: COLORS.halo, haloWidth: 2 },
  ocean: { color: PALETTE.waterText, halo: PALETTE.waterHalo, haloWidth: 1 },
  sea: { color: PALETTE.waterText, halo: PALETTE.waterHalo, haloWidth: 1 },
  country: { color: PALETTE.countryText, halo: PALETTE.landHalo, haloWidth: 1.5 },
  city: { color: PALETTE.cityText, halo: PALETTE.landHalo, haloWidth: 1.5 },
};

/** The white band behind the credit line, at the bottom left. */
function creditBand(credit: string, width: number, height: number): Box {
  const style = { ...LABEL_STYLES.place, size: CREDIT_SIZE };
  return [0, height - 20, Math.min(width, Math.ceil(textWidth(credit, style) + 14)), height];
}

/**
 * What `storyPictureSvg` draws, before it is written out: the picture framed and labelled
 * as the SVG has it, with room left for the credit line.
 */
export function storyPicture({
  story,
  basemap,
  width = PICTURE_SIZE.width,
  height = PICTURE_SIZE.height,
  padding = 24,
}: StoryPictureOptions): StaticPicture {
  return staticMapPicture({
    story,
    basemap,
    width,
    height,
    padding,
    units: 'both',
    overscan: OVERSCAN,
    reserved: [creditBand(creditLine(story.meta), width, height)],
  });
}

/**
 * The story's map as an SVG document: Web Mercator framed as MapLibre's
 * `fitBounds(story.bounds, { padding })` frames it in a box of `width × height`, with the
 * story's places, shapes, distances and rings over the basemap, and a credit line.
 * Self-contained: presentation attributes only, no styles, scripts or external references.
 *
 * @example
 * writeFileSync('picture.svg', storyPictureSvg({ story, basemap }));
 */
export function storyPictureSvg({
  story,
  basemap,
  width = PICTURE_SIZE.width,
  height = PICTURE_SIZE.height,
  padding = 24,
}: StoryPictureOptions): string {
  const { meta } = story;
  const credit = creditLine(story.meta);
  const band = creditBand(credit, width, height);
  const picture = storyPicture({ story, basemap, width, height, padding });
  const [x0, y0, x1, y1] = picture.extent;
  const boundaryWidth = num(sizeAt(LINES.boundary.width, picture.zoom), 2);

  const places = story.places.features.map((place) => place.properties.name);
  const distances = picture.distances.map((distance) => {
    const { from, to } = story.distances.find((candidate) => candidate.id === distance.id)!;
    const name = (id: string) =>
      story.places.features.find((place) => place.id === id)?.properties.name ?? id;
    return strings.picture.distance(name(from), name(to), distance.label);
  });
  const description = strings.picture.description(places.join(', '), distances.join('; '), credit);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" role="img" font-family="${FONT}">`,
    `<title>${escapeXml(meta.headline)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(x1 - x0)}" height="${num(y1 - y0)}" fill="${PALETTE.water}"/>`,
    path(picture.land.join(''), `fill="${PALETTE.land}"`),
    path(
      picture.boundaries.join(''),
      `fill="none" stroke="${PALETTE.boundary}" stroke-width="${boundaryWidth}" stroke-linejoin="round" stroke-linecap="round"`,
    ),
    ...picture.rings.flatMap((ring) => [
      path(ring.d, `fill="${COLORS.ring}" fill-opacity="0.06"`),
      path(
        ring.outline,
        `fill="none" stroke="${COLORS.ring}" stroke-width="1.5" stroke-dasharray="6 3"`,
      ),
    ]),
    path(
      picture.shapes
        .filter((shape) => shape.kind === 'zone')
        .map((shape) => shape.d)
        .join(''),
      `fill="${COLORS.zone}" fill-opacity="0.45"`,
    ),
    path(
      picture.shapes
        .filter((shape) => shape.kind === 'border')
        .map((shape) => shape.d)
        .join(''),
      `fill="none" stroke="${COLORS.border}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"`,
    ),
    path(
      picture.distances.map((distance) => distance.d).join(''),
      `fill="none" stroke="${COLORS.distance}" stroke-width="2" stroke-dasharray="4 4" stroke-linecap="round"`,
    ),
  ];

  // A place known only roughly gets a faint disc; an area with no outline of its own, a wider one.
  const halos = picture.places.flatMap((place) => {
    const r =
      place.precision === 'near' ? 14 : place.precision === 'area' && !place.hasShape ? 22 : 0;
    return r ? [`<circle cx="${num(place.at[0])}" cy="${num(place.at[1])}" r="${r}"/>`] : [];
  });
  if (halos.length) {
    out.push(
      `<g fill="${COLORS.event}" fill-opacity="0.18" stroke="${COLORS.event}" stroke-opacity="0.5">`,
      ...halos,
      '</g>',
    );
  }
  const dots = picture.places.filter((place) => place.dot);
  if (dots.length) {
    out.push(`<g stroke="${COLORS.halo}" stroke-width="1.5">`);
    for (const place of dots) {
      const fill =
        place.origin === 'context' ? COLORS.context : place.hasEvents ? COLORS.event : COLORS.ink;
      out.push(
        `<circle cx="${num(place.at[0])}" cy="${num(place.at[1])}" r="5.5" fill="${fill}"/>`,
      );
    }
    out.push('</g>');
  }
  if (picture.cities.length) {
    out.push(`<g fill="${PALETTE.cityDot}" stroke="${PALETTE.landHalo}">`);
    for (const [x, y] of picture.cities)
      out.push(`<circle cx="${num(x)}" cy="${num(y)}" r="2.5"/>`);
    out.push('</g>');
  }

  out.push(...picture.labels.map(labelSvg));
  out.push(
    `<rect x="0" y="${band[1]}" width="${band[2]}" height="${band[3] - band[1]}" fill="#ffffff" fill-opacity="0.9"/>`,
    `<text x="7" y="${height - 6}" font-size="${CREDIT_SIZE}" fill="${COLORS.ink}">${escapeXml(credit)}</text>`,
    '</svg>',
  );
  return out.filter(Boolean).join('\n') + '\n';
}

/**
 * Text for XML, in content or in a quoted attribute alike.
 *
 * @example escapeXml('</svg><script>') // "&lt;/svg&gt;&lt;script&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );
}

/** A label and its halo: the halo is a stroked copy beneath, as `paint-order` is not read everywhere. */
function labelSvg(label: PictureLabel): string {
  const style = LABEL_STYLES[label.kind];
  const paint = LABEL_PAINT[label.kind];
  const type = [
    `font-size="${num(label.size)}"`,
    style.weight === 'semibold' ? 'font-weight="600"' : '',
    style.italic ? 'font-style="italic"' : '',
    style.letterSpacing ? `letter-spacing="${num(style.letterSpacing * label.size)}"` : '',
    label.anchor === 'start' ? '' : `text-anchor="${label.anchor}"`,
  ]
    .filter(Boolean)
    .join(' ');
  const [first = '', ...rest] = label.lines;
  const body =
    escapeXml(first) +
    rest
      .map(
        (line) =>
          `<tspan x="${num(label.x)}" dy="${num(1.2 * label.size)}">${escapeXml(line)}</tspan>`,
      )
      .join('');
  const at = `x="${num(label.x)}" y="${num(label.y)}" ${type}`;
  return (
    `<text ${at} fill="${paint.halo}" stroke="${paint.halo}" stroke-width="${2 * paint.haloWidth}" stroke-linejoin="round">${body}</text>` +
    `<text ${at} fill="${paint.color}">${body}</text>`
  );
}

function path(d: string, attributes: string): string {
  return d ? `<path d="${d}" ${attributes}/>` : '';
}

/** A coordinate for the file: to one decimal (0.1 px is finer than any screen draws). */
function num(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor || 0;
}
