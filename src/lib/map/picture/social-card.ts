/**
 * The story's picture for link previews (`og:image`, `twitter:image`) and for apps that strip
 * iframes: the still map at the 1200 × 630 previews use, with the headline, the outlet and
 * date, and the latest update over its top, and the credit line along its foot. An SVG, which
 * the build rasterises to `data/<id>/social.png` (previews do not show SVG).
 */
import { strings } from '../../i18n/index.ts';
import { formatChangeMoment } from '../../story/changes.ts';
import type { CompiledStory } from '../../story/types.ts';
import { SOCIAL_PICTURE } from '../../story/page-head.ts';
import { creditLine } from '../../story/credit.ts';
import { STORY_PALETTES } from '../marks.ts';
import { storyPicture } from './story-picture.ts';
import { escapeMarkup } from '../../text/markup.ts';
import { pictureSvg } from './svg.ts';
import { LINE_HEIGHT, wrap } from './text.ts';
import type { FeatureCollection } from 'geojson';

const MARGIN = 40;
const TITLE_SIZE = 38;
const DETAIL_SIZE = 21;
/** At most this many lines of headline; a longer one ends in an ellipsis. */
const TITLE_LINES = 2;

export interface SocialCardOptions {
  story: CompiledStory;
  basemap: FeatureCollection;
}

/** The lines of the headline, wrapped to the card, two at most. */
export function titleLines(headline: string): string[] {
  const style = {
    weight: 'semibold',
    letterSpacing: 0,
    maxWidth: (SOCIAL_PICTURE.width - 2 * MARGIN) / TITLE_SIZE,
  } as const;
  const lines = wrap(headline, style, TITLE_SIZE);
  if (lines.length <= TITLE_LINES) return lines;
  return [...lines.slice(0, TITLE_LINES - 1), `${lines[TITLE_LINES - 1]}…`];
}

export function socialCardSvg({ story, basemap }: SocialCardOptions): string {
  const { width, height } = SOCIAL_PICTURE;
  const title = titleLines(story.meta.headline);
  const lastChange = story.meta.changes?.at(-1);
  // The credits in type a preview can read; the picture's own small print stays at its foot.
  const details = [
    creditLine(story.meta),
    ...(lastChange
      ? [strings.changes.latest(formatChangeMoment(lastChange.date), lastChange.type)]
      : []),
  ];
  const band = Math.ceil(
    MARGIN * 0.8 +
      title.length * LINE_HEIGHT * TITLE_SIZE +
      details.length * DETAIL_SIZE * 1.45 +
      MARGIN * 0.4,
  );
  const map = pictureSvg(
    storyPicture({
      story,
      basemap,
      width,
      height,
      padding: { top: band + 24, right: 24, bottom: 40, left: 24 },
      reserved: [[0, 0, width, band]],
    }),
  );
  const ink = STORY_PALETTES.light.ink;
  const baseline = (line: number) => MARGIN * 0.8 + (line + 0.85) * LINE_HEIGHT * TITLE_SIZE;
  const heading = [
    `<rect x="0" y="0" width="${width}" height="${band}" fill="#ffffff" fill-opacity="0.94"/>`,
    ...title.map(
      (line, i) =>
        `<text x="${MARGIN}" y="${baseline(i).toFixed(1)}" font-size="${TITLE_SIZE}" font-weight="600" fill="${ink}">${escapeMarkup(line)}</text>`,
    ),
    ...details.map(
      (line, i) =>
        `<text x="${MARGIN}" y="${(baseline(title.length - 1) + (i + 1.1) * DETAIL_SIZE * 1.45).toFixed(1)}" font-size="${DETAIL_SIZE}" fill="${ink}">${escapeMarkup(line)}</text>`,
    ),
  ];
  return map.replace(/<\/svg>\s*$/, `${heading.join('\n')}\n</svg>\n`);
}
