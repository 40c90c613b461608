import { describe, expect, it } from 'vitest';
import { blockSize, LINE_HEIGHT, textWidth, wrap } from './text.ts';

const regular = { weight: 'normal', letterSpacing: 0 } as const;

describe('textWidth', () => {
  it.each([
    { text: '', size: 12, expected: 0 },
    { text: 'a', size: 10, expected: 5.5 },
    { text: 'A', size: 10, expected: 6.6 },
    { text: 'i', size: 10, expected: 3 },
    { text: 'a a', size: 10, expected: 13.8 },
  ])('"$text" at $size px is about $expected px', ({ text, size, expected }) => {
    expect(textWidth(text, regular, size)).toBeCloseTo(expected, 6);
  });

  it('is wider in semibold and with letter spacing', () => {
    const plain = textWidth('Tehran', regular, 12);
    expect(textWidth('Tehran', { weight: 'semibold', letterSpacing: 0 }, 12)).toBeCloseTo(
      plain * 1.05,
      6,
    );
    expect(textWidth('Tehran', { weight: 'normal', letterSpacing: 0.1 }, 12)).toBeCloseTo(
      plain + 6 * 0.1 * 12,
      6,
    );
  });
});

describe('wrap', () => {
  it.each([
    { text: 'Tel Aviv', maxWidth: 9, expected: ['Tel Aviv'] },
    { text: 'Israeli communities near the Lebanese border', maxWidth: 9, lines: 3 },
    { text: '  spaced   out  ', maxWidth: 9, expected: ['spaced out'] },
    { text: 'Averyveryverylongword', maxWidth: 2, expected: ['Averyveryverylongword'] },
  ])('"$text" in $maxWidth em', ({ text, maxWidth, expected, lines }) => {
    const wrapped = wrap(text, { ...regular, maxWidth }, 12);
    if (expected) expect(wrapped).toEqual(expected);
    if (lines) expect(wrapped).toHaveLength(lines);
    for (const line of wrapped.filter((l) => l.includes(' '))) {
      expect(textWidth(line, regular, 12)).toBeLessThanOrEqual(maxWidth * 12);
    }
  });
});

describe('blockSize', () => {
  it('is the widest line wide and each line’s height tall', () => {
    const { width, height } = blockSize(
      [
        { text: 'Tel Aviv', size: 14 },
        { text: 'תל אביב', size: 14 * 0.85 },
      ],
      regular,
    );
    expect(width).toBeCloseTo(textWidth('Tel Aviv', regular, 14), 6);
    expect(height).toBeCloseTo(LINE_HEIGHT * 14 * 1.85, 6);
  });
});
