/**
 * Distances a sentence states ("more than 1,000 miles away"), as the schema's stated length:
 * value, unit, qualifier and the words.
 */
import type { StatedLength } from '../data/schema.ts';

export interface StatedDistance extends StatedLength {
  /** UTF-16 offsets of the words in the text given. */
  start: number;
  end: number;
}

const QUALIFIER_WORDS: readonly [RegExp, StatedLength['qualifier']][] = [
  [/^(?:more than|over|upward of|upwards of)$/i, 'more-than'],
  [/^(?:less than|under|fewer than|within|up to)$/i, 'less-than'],
  [/^(?:at least|no less than)$/i, 'at-least'],
  [/^(?:about|around|roughly|nearly|almost|some|approximately|an estimated)$/i, 'about'],
  [/^(?:exactly|just)$/i, 'exactly'],
];

const DISTANCE =
  /\b(?:(more than|over|upwards? of|less than|under|fewer than|within|up to|at least|no less than|about|around|roughly|nearly|almost|some|approximately|an estimated|exactly|just)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:-|\s+)(miles?|mi|kilometers?|kilometres?|km)\b/gi;

/**
 * @example findDistances('jets flew more than 1,000 miles away to Yemen')
 * // [{ value: 1000, unit: 'mi', qualifier: 'more-than', text: 'more than 1,000 miles', ... }]
 */
export function findDistances(sentence: string): StatedDistance[] {
  const found: StatedDistance[] = [];
  for (const m of sentence.matchAll(DISTANCE)) {
    const value = Number((m[2] ?? '').replace(/,/g, ''));
    if (!(value > 0)) continue;
    const words = m[1] ?? '';
    const qualifier = QUALIFIER_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? 'exactly';
    const unit = /^k/i.test(m[3] ?? '') ? 'km' : 'mi';
    found.push({ start: m.index, end: m.index + m[0].length, value, unit, qualifier, text: m[0] });
  }
  return found;
}
