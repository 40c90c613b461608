/**
 * The copy-paste code for putting a map in an article: an iframe that sizes itself through
 * the host script, and the plain link for places that take no scripts.
 */
import { writeParams, type SharedState } from '../story/params.ts';
import { FIGURE_HEIGHT_PX } from './figure.ts';
import { escapeMarkup } from '../text/markup.ts';

export interface EmbedCode {
  /** The full page, as the reader sees it now. */
  link: string;
  /** The iframe and the host script, to paste into an article. */
  html: string;
}

export interface EmbedCodeOptions {
  /** The URL of the app's folder, ending in `/` (where index.html and embed.html live). */
  base: string;
  state: SharedState;
  /** What a screen reader announces for the frame: the story's headline. */
  title: string;
}

export function embedCode({ base, state, title }: EmbedCodeOptions): EmbedCode {
  const query = writeParams(state);
  const embed = new URL(`embed.html${query}`, base).href;
  const script = new URL('embed.js', base).href;
  const html = [
    `<iframe data-dateline src="${escapeMarkup(embed)}" title="${escapeMarkup(`Map: ${title}`)}"`,
    // No frame border: a browser's default 2 px inset would make the figure 4 px wider
    // than its column (sideways scrolling on a phone). The style for today's HTML, the old
    // attribute for hosts whose policy blocks style attributes; both before any script.
    `  width="100%" height="${FIGURE_HEIGHT_PX}" loading="lazy" frameborder="0" style="border: 0"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`,
    `<script src="${escapeMarkup(script)}" defer></script>`,
  ].join('\n');
  return { link: new URL(query, base).href, html };
}
