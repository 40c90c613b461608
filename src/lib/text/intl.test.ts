import { describe, expect, it } from 'vitest';
import { displayNames, numberFormat } from './intl.ts';

describe('Intl formatters made once', () => {
  it.each([
    ['the same locale and options', 'en-US', { maximumFractionDigits: 1 }, true],
    ['another locale', 'de-DE', { maximumFractionDigits: 1 }, false],
    ['other options', 'en-US', { maximumFractionDigits: 0 }, false],
  ])('a number format for %s is %s the first', (_case, locale, options, same) => {
    const first = numberFormat('en-US', { maximumFractionDigits: 1 });
    expect(numberFormat(locale, options) === first).toBe(same);
  });

  it('formats as a new formatter would', () => {
    const options = { style: 'unit', unit: 'kilometer', maximumSignificantDigits: 3 } as const;
    expect(numberFormat('de-DE', options).format(1987)).toBe(
      new Intl.NumberFormat('de-DE', options).format(1987),
    );
  });

  it('names languages and throws for a locale Intl refuses, as Intl does', () => {
    expect(displayNames(['en'], { type: 'language' }).of('he')).toBe('Hebrew');
    expect(() => displayNames(['not a locale'], { type: 'language' })).toThrow(RangeError);
  });
});
