/**
 * The article a person pastes to draft a new story, and what is wrong with it in words, by
 * field, before the draft is made (the start screen shows each at its field).
 */
import * as v from 'valibot';
import { HttpUrl, IsoDate } from '../data/schema.ts';
import { checkArticle } from '../draft/check-article.ts';
import { editorStrings } from '../i18n/editor.ts';

export interface ArticleInput {
  text: string;
  outlet: string;
  url: string;
  published: string;
}

/** Problems with the article's fields, by field: each message follows the field's name. */
export type ArticleProblems = Partial<Record<keyof ArticleInput, string>>;

/** @example articleInputProblems({ text, outlet: '', url, published }) // { outlet: 'is required: …' } */
export function articleInputProblems(article: ArticleInput): ArticleProblems {
  const words = editorStrings.start;
  const problems: ArticleProblems = {};
  if (!article.outlet.trim()) problems.outlet = words.outletMissing;
  if (!v.is(IsoDate, article.published)) problems.published = words.publishedInvalid;
  if (!v.is(HttpUrl, article.url)) problems.url = words.urlInvalid;
  try {
    checkArticle(article.text, 'The article');
  } catch (error) {
    problems.text = (error as Error).message.replace(/^The article /, '');
  }
  return problems;
}
