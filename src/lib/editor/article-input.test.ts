import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../../testing/editor-fixture.ts';
import { articleInputProblems, type ArticleInput } from './article-input.ts';

const GOOD: ArticleInput = {
  text: ARTICLE,
  outlet: 'NPR',
  url: 'https://www.npr.org/2024/09/30/strike',
  published: '2024-09-30',
};

describe('articleInputProblems', () => {
  it.each<{ name: string; change: Partial<ArticleInput>; expected: Record<string, string> }>([
    { name: 'a complete article', change: {}, expected: {} },
    {
      name: 'no outlet (spaces only)',
      change: { outlet: '  ' },
      expected: { outlet: 'is required: whose article is it?' },
    },
    {
      name: 'a date that does not exist',
      change: { published: '2024-02-30' },
      expected: { published: 'must be a date that exists, YYYY-MM-DD' },
    },
    {
      name: 'an address without https',
      change: { url: 'www.npr.org' },
      expected: { url: 'must be the article’s address, starting with https://' },
    },
    { name: 'no text', change: { text: ' ' }, expected: { text: 'is empty' } },
    {
      name: 'nothing filled in',
      change: { text: '', outlet: '', url: '', published: '' },
      expected: {
        text: 'is empty',
        outlet: 'is required: whose article is it?',
        url: 'must be the article’s address, starting with https://',
        published: 'must be a date that exists, YYYY-MM-DD',
      },
    },
  ])('$name', ({ change, expected }) => {
    expect(articleInputProblems({ ...GOOD, ...change })).toEqual(expected);
  });
});
