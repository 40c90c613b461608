/**
 * The story's page described for search engines and news apps as schema.org `NewsArticle`
 * JSON-LD: when the map was first published and last changed, its corrections as
 * `CorrectionComment`s, and the article it is based on. The build writes it into each story's
 * page as inert data (a `type="application/ld+json"` script is never run, so the page's
 * `script-src 'self'` policy holds). Typed with schema-dts, Google's typings of schema.org.
 *
 * @see https://schema.org/NewsArticle
 * @see https://schema.org/correction
 */
import type { NewsArticle, WithContext } from 'schema-dts';
import { creditLine } from './credit.ts';
import type { CompiledStory, StoryIndexEntry } from './types.ts';

export interface NewsArticleOptions {
  /** The latest version of the story. */
  story: CompiledStory;
  /** Its versions, as the index lists them. */
  versions?: StoryIndexEntry['versions'];
  /** The story's page, absolute. */
  pageUrl: string;
  /** Its social picture (PNG), absolute. */
  imageUrl: string;
}

/**
 * `datePublished` is the first version's moment (the article's day for a story without
 * versions); `dateModified` the latest version's, or the last change-log entry's; only
 * entries of type `correction` are `correction`s (updates show in `dateModified`).
 */
export function newsArticleJsonLd({
  story,
  versions = [],
  pageUrl,
  imageUrl,
}: NewsArticleOptions): WithContext<NewsArticle> {
  const { meta } = story;
  const changes = meta.changes ?? [];
  const datePublished = versions[0]?.published ?? meta.published;
  const dateModified = versions.at(-1)?.published ?? changes.at(-1)?.date ?? datePublished;
  const corrections = changes.filter((entry) => entry.type === 'correction');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headline,
    description: meta.summary,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    image: [imageUrl],
    inLanguage: meta.language,
    datePublished,
    dateModified,
    creditText: creditLine(meta),
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: meta.headline,
      ...(meta.url ? { url: meta.url } : {}),
      datePublished: meta.published,
      publisher: { '@type': 'Organization', name: meta.outlet },
    },
    ...(corrections.length > 0
      ? {
          correction: corrections.map((entry) => ({
            '@type': 'CorrectionComment' as const,
            text: entry.text,
            datePublished: entry.date,
          })),
        }
      : {}),
  };
}
