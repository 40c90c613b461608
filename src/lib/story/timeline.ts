/**
 * The story's events in time: the days each event spans, the story's time domain, and the
 * places a chosen range of dates keeps. Dates are `YYYY-MM-DD` strings, compared as text
 * (which orders them as dates) and counted in whole UTC days, so no time zone can shift them.
 */
import type { DatePrecision, StoryEvent } from '../data/schema.ts';
import type { CompiledStory } from './types.ts';

/** A span of whole days, first and last day included. */
export type DateRange = [from: string, to: string];

export interface TimelineEvent {
  placeId: string;
  placeName: string;
  event: StoryEvent;
  /** The days the event may have happened on, as far as its date's precision says. */
  span: DateRange;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Days in the period a precision names, counted from its first day (a week: 7). */
function periodEnd(date: string, precision: DatePrecision): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  switch (precision) {
    case 'day':
      return date;
    case 'week':
      return addDays(date, 6);
    case 'month':
      return dateOfDay(Date.UTC(year, month, 0) / DAY_MS);
    case 'year':
      return `${year}-12-31`;
  }
}

function periodStart(date: string, precision: DatePrecision): string {
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  return date;
}

export interface SpanOptions {
  /** The last day the span may reach (the article's date: it cannot report later days). */
  until?: string;
}

/**
 * The days an event spans: `date` to `dateEnd` when the data gives an end; else the period
 * its precision names (a day; the week from `date`; the month or year holding it), cut at
 * `until` when given.
 *
 * @example eventSpan({ date: '2024-09-17', dateEnd: '2024-09-30', datePrecision: 'week', … })
 * // ['2024-09-17', '2024-09-30']
 */
export function eventSpan(
  event: Pick<StoryEvent, 'date' | 'dateEnd' | 'datePrecision'>,
  { until }: SpanOptions = {},
): DateRange {
  const from = event.dateEnd ? event.date : periodStart(event.date, event.datePrecision);
  let to = event.dateEnd ?? periodEnd(event.date, event.datePrecision);
  if (until && to > until) to = until > from ? until : from;
  return [from, to];
}

/** Every event of the story with its span, earliest first (then by place, for a stable order). */
export function timelineEvents(story: CompiledStory): TimelineEvent[] {
  const until = story.meta.published;
  return story.places.features
    .flatMap((place) =>
      place.properties.events.map((event) => ({
        placeId: place.id,
        placeName: place.properties.name,
        event,
        span: eventSpan(event, { until }),
      })),
    )
    .sort(
      (a, b) =>
        a.span[0].localeCompare(b.span[0]) ||
        a.span[1].localeCompare(b.span[1]) ||
        a.placeId.localeCompare(b.placeId),
    );
}

/** From the story's earliest event to the article's date (just that day when it has none). */
export function timeDomain(story: CompiledStory): DateRange {
  const published = story.meta.published;
  const starts = timelineEvents(story).map((item) => item.span[0]);
  const first = starts.reduce(
    (earliest, start) => (start < earliest ? start : earliest),
    published,
  );
  return [first, published];
}

/** Whether two day spans share at least one day. */
export function overlaps([from, to]: DateRange, [start, end]: DateRange): boolean {
  return start <= to && end >= from;
}

/**
 * The ids of the places a range keeps: those with an event overlapping it, and every place
 * without events, which is there for context and belongs to no time.
 */
export function placesInRange(story: CompiledStory, range: DateRange): string[] {
  const until = story.meta.published;
  return story.places.features
    .filter(
      (place) =>
        place.properties.events.length === 0 ||
        place.properties.events.some((event) => overlaps(range, eventSpan(event, { until }))),
    )
    .map((place) => place.id);
}

/** A range kept inside the domain and in order; null when it is the whole domain (no filter). */
export function normalizeRange(
  range: [from: string | null, to: string | null],
  domain: DateRange,
): DateRange | null {
  const clamp = (date: string) =>
    date < domain[0] ? domain[0] : date > domain[1] ? domain[1] : date;
  let from = clamp(range[0] ?? domain[0]);
  let to = clamp(range[1] ?? domain[1]);
  if (from > to) [from, to] = [to, from];
  return from === domain[0] && to === domain[1] ? null : [from, to];
}
