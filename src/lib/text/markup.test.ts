import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './markup.ts';

describe('escapeMarkup', () => {
  it.each([
    { text: 'Tel Aviv', expected: 'Tel Aviv' },
    { text: '</svg><script>', expected: '&lt;/svg&gt;&lt;script&gt;' },
    {
      text: 'a "quote" & an apostrophe\'s',
      expected: 'a &quot;quote&quot; &amp; an apostrophe&apos;s',
    },
    { text: '&amp;', expected: '&amp;amp;' },
  ])('$text', ({ text, expected }) => {
    expect(escapeMarkup(text)).toBe(expected);
  });
});
