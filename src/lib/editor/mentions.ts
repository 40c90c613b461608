/**
 * The article's text cut into runs of plain text and mentions of places, for highlighting:
 * each mention with its place and that place's review state. Spans that do not match the text
 * (a draft made from another version of it) are counted and left out.
 */
import type { PlaceInput, ReviewInput, ReviewStatus } from './document.ts';

type Mention = ReviewInput['mentions'][number];

export type TextRun =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'mention'; start: number; text: string; place: string; status: ReviewStatus };

export interface MarkedText {
  runs: TextRun[];
  /** Mentions whose span does not hold their text. */
  mismatched: number;
}

export function markMentions(text: string, places: readonly PlaceInput[]): MarkedText {
  let mismatched = 0;
  const spans = places
    .flatMap((place) =>
      (place.properties.review?.mentions ?? []).map((mention) => ({
        ...mention,
        place: place.id,
        status: place.properties.review?.status ?? 'waiting',
      })),
    )
    .filter((span) => {
      const ok = text.slice(span.start, span.end) === span.text;
      if (!ok) mismatched++;
      return ok;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: TextRun[] = [];
  let at = 0;
  for (const span of spans) {
    // Overlaps: the earlier, longer span keeps the text.
    if (span.start < at) continue;
    if (span.start > at) runs.push({ kind: 'text', start: at, text: text.slice(at, span.start) });
    runs.push({
      kind: 'mention',
      start: span.start,
      text: span.text,
      place: span.place,
      status: span.status,
    });
    at = span.end;
  }
  if (at < text.length) runs.push({ kind: 'text', start: at, text: text.slice(at) });
  return { runs, mismatched };
}

/** The sentence of the text around a span, for a quote (ends at . ! ? or a line break). */
export function sentenceAround(text: string, start: number, end = start): string {
  const before = text.slice(0, start);
  const from = Math.max(
    before.lastIndexOf('\n') + 1,
    ...['. ', '! ', '? ', '." ', '.” '].map((stop) => {
      const i = before.lastIndexOf(stop);
      return i < 0 ? 0 : i + stop.length;
    }),
  );
  const after = /[.!?]["”’)]?(?=\s|$)|\n/.exec(text.slice(end));
  const to = after ? end + after.index + after[0].length : text.length;
  return text.slice(from, to).trim();
}

/** How many mentions `mentionsOf` finds at most: enough to mark a place, not every line. */
const MAX_MENTIONS = 20;

/**
 * Where `name` appears in the text, as it is written, for a place the person added: the
 * mentions the article then highlights. Its sentence is not counted (0).
 *
 * @example mentionsOf('Tyre and Tyre', 'Tyre') // [{ start: 0, end: 4, … }, { start: 9, … }]
 */
export function mentionsOf(text: string, name: string): Mention[] {
  const mentions: Mention[] = [];
  for (
    let at = text.indexOf(name);
    at >= 0 && mentions.length < MAX_MENTIONS;
    at = text.indexOf(name, at + name.length)
  ) {
    mentions.push({ start: at, end: at + name.length, text: name, sentence: 0 });
  }
  return mentions;
}
