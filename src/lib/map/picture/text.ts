/**
 * How much room text takes in the picture, with no font at hand: the build runs in Node,
 * so widths are estimated per character class in a system sans-serif (an em is the size).
 */
import type { LabelMark } from '../marks.ts';

/** A label's type, as the marks table sets it. */
export type TextStyle = Pick<LabelMark, 'weight' | 'letterSpacing'>;

/** Lines of a block are this many ems apart. */
export const LINE_HEIGHT = 1.2;

/**
 * About how wide a line of text is, in px.
 *
 * @example textWidth('Tel Aviv', { weight: 'normal', letterSpacing: 0 }, 12) // 51.4
 */
export function textWidth(text: string, style: TextStyle, size: number): number {
  let ems = 0;
  for (const char of text) {
    ems +=
      char === ' '
        ? 0.28
        : /[.,:;'’·|!ilI()[\]]/.test(char)
          ? 0.3
          : /[A-Z0-9–—MW]/.test(char)
            ? 0.66
            : 0.55;
    ems += style.letterSpacing;
  }
  return ems * size * (style.weight === 'semibold' ? 1.05 : 1);
}

/** Words into lines no wider than `maxWidth` ems, as MapLibre's `text-max-width` wraps them. */
export function wrap(
  text: string,
  style: TextStyle & Pick<LabelMark, 'maxWidth'>,
  size: number,
): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, style, size) <= style.maxWidth * size) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/** The width and height of a block of lines, in px. */
export function blockSize(
  lines: readonly { text: string; size: number }[],
  style: TextStyle,
): { width: number; height: number } {
  return {
    width: Math.max(0, ...lines.map(({ text, size }) => textWidth(text, style, size))),
    height: lines.reduce((total, { size }) => total + LINE_HEIGHT * size, 0),
  };
}
