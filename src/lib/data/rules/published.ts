/** What a story needs before it is published, beyond what a draft needs. */
import type { Rule } from './context.ts';

/** A published story links to the article it maps; a draft may not know the address yet. */
export const publishedStoryLinksArticle: Rule = ({ meta, storyFile: file }) =>
  meta && meta.status !== 'draft' && !meta.url
    ? [{ file, field: 'url', message: 'a published story needs the address of its article' }]
    : [];
