import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { catalogueFor, strings, textDirection } from './index.ts';

describe('catalogueFor', () => {
  it.each([
    { language: 'en', expected: en },
    { language: 'en-GB', expected: en },
    { language: 'EN', expected: en },
    { language: 'ar', expected: en },
    { language: 'he', expected: en },
    { language: '', expected: en },
    { language: 'toString', expected: en },
  ])('$language → English while no other catalogue exists', ({ language, expected }) => {
    expect(catalogueFor(language)).toBe(expected);
  });

  it('makes English the active catalogue', () => {
    expect(strings).toBe(en);
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
