/**
 * Whether a text can be drafted at all: not empty, not too long for one article, and in
 * English (the gazetteer's names and the date and attribution patterns are English).
 */

/** Longer than any news article (the longest long reads are ~100,000 characters). */
export const MAX_ARTICLE_CHARS = 500_000;

/** English function words: a text with almost none of them is not English. */
const ENGLISH = /\b(?:the|and|of|to|in|a|is|was|said|that|for|on|with|as|by|at|from)\b/gi;

/** Throws an Error whose message is one line naming what is wrong with the text. */
export function checkArticle(text: string, name = 'the article'): void {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error(`${name} is empty`);
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new Error(
      `${name} has ${text.length.toLocaleString('en-US')} characters, more than one article's ${MAX_ARTICLE_CHARS.toLocaleString('en-US')}`,
    );
  }
  const words = trimmed.split(/\s+/).length;
  const english = trimmed.match(ENGLISH)?.length ?? 0;
  if (words >= 20 && english / words < 0.08) {
    throw new Error(`${name} does not read as English: the geoparser reads English news only`);
  }
}
