import { describe, expect, it } from 'vitest';
import { resolveTheme } from './theme.ts';

describe('resolveTheme', () => {
  it.each([
    { asked: null, prefersDark: true, expected: 'light' },
    { asked: 'light' as const, prefersDark: true, expected: 'light' },
    { asked: 'dark' as const, prefersDark: false, expected: 'dark' },
    { asked: 'auto' as const, prefersDark: true, expected: 'dark' },
    { asked: 'auto' as const, prefersDark: false, expected: 'light' },
  ])('$asked with a dark system: $prefersDark → $expected', ({ asked, prefersDark, expected }) => {
    expect(resolveTheme(asked, prefersDark)).toBe(expected);
  });
});
