/**
 * What a story's page says about the story before any script runs, for the crawlers of search
 * engines, social sites, news apps and CMSs: its title and summary, its canonical address,
 * Open Graph and Twitter card tags with the social picture (a PNG the build makes, since
 * previews do not show SVG), the oEmbed discovery link, and the NewsArticle JSON-LD. The
 * build writes it into `<id>.html` for every story (and `index.html` for the default one).
 *
 * @see https://ogp.me/
 * @see https://oembed.com/ §4 (discovery)
 */
import { strings } from '../i18n/index.ts';
import { escapeMarkup } from '../text/markup.ts';
import { inertJson } from './inert-json.ts';
import { newsArticleJsonLd } from './json-ld.ts';
import type { CompiledStory, StoryIndexEntry } from './types.ts';

/** The social picture's size in px: the 1.91 : 1 that link previews crop to. */
export const SOCIAL_PICTURE = { width: 1200, height: 630 } as const;

/** A story's files and page, absolute, under the site's address (ending in `/`). */
export function storyUrls(site: string, id: string) {
  return {
    page: new URL(`${encodeURIComponent(id)}.html`, site).href,
    oembed: new URL(`data/${encodeURIComponent(id)}/oembed.json`, site).href,
    socialPicture: new URL(`data/${encodeURIComponent(id)}/social.png`, site).href,
  };
}

export interface StoryHeadOptions {
  story: CompiledStory;
  entry: StoryIndexEntry;
  /** Where the site is served, absolute, ending in `/`. */
  site: string;
}

/** The `<head>` elements, one a line. */
export function storyHeadHtml({ story, entry, site }: StoryHeadOptions): string {
  const urls = storyUrls(site, story.id);
  const { headline, summary } = story.meta;
  const jsonLd = newsArticleJsonLd({
    story,
    versions: entry.versions,
    pageUrl: urls.page,
    imageUrl: urls.socialPicture,
  });
  const alt = strings.app.printPictureAlt(
    story.places.features.map((place) => place.properties.name).join(', '),
  );
  const meta = (key: 'name' | 'property', name: string, content: string | number) =>
    `<meta ${key}="${name}" content="${escapeMarkup(String(content))}" />`;
  return [
    `<link rel="canonical" href="${escapeMarkup(urls.page)}" />`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', strings.app.product),
    meta('property', 'og:title', headline),
    meta('property', 'og:description', summary),
    meta('property', 'og:url', urls.page),
    meta('property', 'og:image', urls.socialPicture),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', SOCIAL_PICTURE.width),
    meta('property', 'og:image:height', SOCIAL_PICTURE.height),
    meta('property', 'og:image:alt', alt),
    meta('property', 'article:published_time', String(jsonLd.datePublished)),
    meta('property', 'article:modified_time', String(jsonLd.dateModified)),
    // X reads og:title, og:description and og:image where its own tags are missing (its
    // "Cards markup" reference); the card's kind and the picture's description it does not.
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:image:alt', alt),
    `<link rel="alternate" type="application/json+oembed" href="${escapeMarkup(urls.oembed)}" title="${escapeMarkup(headline)}" />`,
    `<script type="application/ld+json">${inertJson(jsonLd)}</script>`,
  ].join('\n');
}
