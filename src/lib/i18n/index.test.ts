import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { catalogueFor, textDirection, type Strings } from './index.ts';

describe('catalogueFor', () => {
  // A second catalogue, as one will be added: a copy of English standing in for Arabic.
  const ar: Strings = { ...en };
  const catalogues = { en, ar };
  it.each([
    { language: 'en', expected: en },
    { language: 'en-GB', expected: en },
    { language: 'EN', expected: en },
    { language: 'ar', expected: ar },
    { language: 'ar-EG', expected: ar },
    { language: 'AR', expected: ar },
    { language: 'he', expected: en },
    { language: '', expected: en },
    { language: 'toString', expected: en },
    { language: 'constructor', expected: en },
  ])('$language → its own catalogue, or English', ({ language, expected }) => {
    expect(catalogueFor(language, { catalogues })).toBe(expected);
  });
});

describe('textDirection', () => {
  it.each([
    { language: 'he', expected: 'rtl' },
    { language: 'ar', expected: 'rtl' },
    { language: 'fa', expected: 'rtl' },
    { language: 'ar-EG', expected: 'rtl' },
    { language: 'en', expected: 'ltr' },
    { language: 'fr', expected: 'ltr' },
  ])('$language → $expected', ({ language, expected }) => {
    expect(textDirection(language)).toBe(expected);
  });
});

/** Every leaf of a catalogue, by its dotted path. */
function leaves(node: object, path = ''): { key: string; value: unknown }[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${path}${key}.`)
      : [{ key: `${path}${key}`, value }],
  );
}

describe('en', () => {
  it.each(leaves(en))('$key is a non-empty string or gives one', ({ value }) => {
    const text =
      typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown)(
            ...Array.from({ length: value.length }, () => 'x'),
          )
        : value;
    expect(typeof text).toBe('string');
    expect((text as string).trim()).not.toBe('');
  });
});
