/**
 * Dates in a news sentence, resolved against the day the article was published: "On
 * Saturday" is the Saturday before, "Oct. 7" the latest 7 October before publication, "in
 * recent weeks" and "in less than two weeks" spans ending at publication. A date its clause
 * puts in the future ("it would widen the operation on Oct. 5", "they will vote on
 * Saturday") is the coming one, flagged as after publication. Days and month names are read
 * by chrono-node; news conventions (the past by default) and spans are here.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../data/schema.ts';

export interface ResolvedDate {
  /** UTF-16 offsets into the text given. */
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`: the day, or the first day of the span. */
  date: string;
  /** Last day of a span ("in recent weeks"). */
  dateEnd?: string;
  precision: DatePrecision;
  /** The text points after publication ("next Tuesday"): a plan or a forecast, not an event. */
  afterPublication: boolean;
}

const DAY_MS = 86_400_000;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Spans counted back from publication: "in less than two weeks", "in recent weeks". */
const SPANS: { pattern: RegExp; days: (match: RegExpExecArray) => number }[] = [
  {
    pattern:
      /\b(?:in |over |during |for )?(?:the )?(?:less than|under|nearly|almost|about|more than|over|the (?:past|last))\s+(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month)s?\b/gi,
    days: (m) => (NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1])) * unitDays(m[2]),
  },
  { pattern: /\b(?:in|over) recent (day|week|month)s\b/gi, days: (m) => 3 * unitDays(m[1]) },
  { pattern: /\b(?:earlier|later) (?:in the day|today)\b|\btoday\b/gi, days: () => 0 },
];

/** Words that put what a clause says after the time it is said in. */
const FUTURE_TENSE =
  /\b(?:will|would|shall|won't|wouldn't|plans? to|planning to|intends? to|expected to|scheduled (?:to|for)|set to|due to|going to)\b|\w'll\b/i;

/**
 * Whether the clause a date is in speaks of the future before it: the words since the last
 * comma, semicolon, colon, dash or bracket ("The army, which will look into it, said on
 * Sunday" is the Sunday past).
 */
function futureClause(text: string, start: number): boolean {
  const clause =
    text
      .slice(0, start)
      .split(/[,;:()\u2013\u2014]/)
      .pop() ?? '';
  return FUTURE_TENSE.test(clause);
}

function unitDays(unit: string | undefined): number {
  const key = (unit ?? '').toLowerCase();
  return key === 'month' ? 30 : key === 'week' ? 7 : 1;
}

/**
 * Every date the text gives, resolved against `published` (`YYYY-MM-DD`).
 *
 * @example resolveDates('On Saturday, the Houthis launched a missile.', '2024-09-30')
 * // [{ text: 'On Saturday', date: '2024-09-28', precision: 'day', afterPublication: false, ... }]
 */
export function resolveDates(text: string, published: string): ResolvedDate[] {
  const publishedMs = Date.parse(`${published}T00:00:00Z`);
  if (!Number.isFinite(publishedMs)) throw new Error(`"${published}" is not a date YYYY-MM-DD`);
  const found: ResolvedDate[] = [];
  const taken = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);

  for (const { pattern, days } of SPANS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = days(m);
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      found.push({
        start,
        end,
        text: m[0],
        date: isoDay(publishedMs - Math.max(0, span - 1) * DAY_MS),
        ...(span > 1 ? { dateEnd: published } : {}),
        precision: span === 0 ? 'day' : span <= 31 ? 'week' : 'month',
        afterPublication: false,
      });
    }
  }

  const reference = new Date(publishedMs + 12 * 3_600_000);
  for (const result of chrono.parse(text, { instant: reference, timezone: 0 })) {
    const start = result.index;
    const end = start + result.text.length;
    // "a cease-fire now" dates no event.
    if (taken(start, end) || /^(?:right )?now$/i.test(result.text)) continue;
    const components = result.start;
    const future = /\b(?:next|coming|tomorrow)\b/i.test(result.text);
    const planned = !future && futureClause(text, start);
    let ms = components.date().getTime();
    let precision: DatePrecision = 'day';
    if (components.isCertain('weekday') && !components.isCertain('day') && !future) {
      // "On Saturday" in the news is the Saturday just past (or today, for "Monday" on a
      // Monday); in a clause about the future, the coming one.
      const weekday = components.get('weekday') ?? 0;
      const today = new Date(publishedMs).getUTCDay();
      ms = planned
        ? publishedMs + ((weekday - today + 7) % 7) * DAY_MS
        : publishedMs - ((today - weekday + 7) % 7) * DAY_MS;
    } else if (!components.isCertain('year') && ms > publishedMs + DAY_MS && !future && !planned) {
      // "Oct. 7" without a year: the latest 7 October before publication.
      const date = new Date(ms);
      date.setUTCFullYear(date.getUTCFullYear() - 1);
      ms = date.getTime();
    }
    if (!components.isCertain('day') && !components.isCertain('weekday')) {
      precision = components.isCertain('month') ? 'month' : 'year';
    }
    if (/\bweek\b/i.test(result.text)) precision = 'week';
    const late = /\b(late|early)\s+$/i.exec(text.slice(Math.max(0, start - 6), start));
    const from = late ? start - late[0].length : start;
    const words = text.slice(from, end).replace(/[,.;:]$/, '');
    found.push({
      start: from,
      end: from + words.length,
      text: words,
      date: isoDay(ms),
      precision,
      afterPublication: isoDay(ms) > published,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
