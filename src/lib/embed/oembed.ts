/**
 * The story's oEmbed response, written by the build as a static file (`data/<id>/oembed.json`)
 * and named by a discovery `<link>` in the story's page: a CMS that speaks oEmbed embeds a
 * Dateline map when a writer pastes the story's address. Type `rich`, whose `html` is the
 * share dialog's own embed code (snippet.ts) for the latest version, with the width and
 * height it starts at; the social picture is its thumbnail.
 *
 * @see https://oembed.com/ §2.3.4 (response parameters), §2.3.4.4 (the rich type)
 */
import { FIGURE_HEIGHT_PX } from './figure.ts';
import { embedCode } from './snippet.ts';

export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url?: string;
  html: string;
  /** The width in px the snippet is laid out for: the frame fills its column up to it. */
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface OEmbedOptions {
  /** The URL of the app's folder, absolute, ending in `/`. */
  base: string;
  story: { id: string; headline: string; outlet: string; url?: string };
  /** The social picture, absolute, and its size in px. */
  thumbnail: { url: string; width: number; height: number };
  /** The column width the map is laid out for, in px (default 640). */
  width?: number;
}

export function oembedResponse({ base, story, thumbnail, width = 640 }: OEmbedOptions): OEmbedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: story.headline,
    provider_name: 'Dateline',
    provider_url: base,
    // The story is the outlet's: the map credits it as its author.
    author_name: story.outlet,
    ...(story.url ? { author_url: story.url } : {}),
    html: embedCode({ base, state: { story: story.id }, title: story.headline }).html,
    width,
    height: FIGURE_HEIGHT_PX,
    thumbnail_url: thumbnail.url,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
