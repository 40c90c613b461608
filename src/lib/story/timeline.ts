/**
 * The story's events in time: the days each event spans, the story's time domain, and the
 * places a chosen range of dates keeps. Dates are `YYYY-MM-DD` strings, compared as text
 * (which orders them as dates) and counted in whole UTC days, so no time zone can shift them.
 */
import { asOfDay, type DatePrecision } from '../data/schema.ts';
import { strings } from '../i18n/index.ts';
import type { EventOutline, StoryOutline } from './types.ts';

/** A span of whole days, first and last day included. */
export type DateRange = [from: string, to: string];

export interface TimelineEvent {
  placeId: string;
  placeName: string;
  event: EventOutline;
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
  event: Pick<EventOutline, 'date' | 'dateEnd' | 'datePrecision'>,
  { until }: SpanOptions = {},
): DateRange {
  const from = event.dateEnd ? event.date : periodStart(event.date, event.datePrecision);
  let to = event.dateEnd ?? periodEnd(event.date, event.datePrecision);
  if (until && to > until) to = until > from ? until : from;
  return [from, to];
}

/** Every event of the story with its span, earliest first (then by place, for a stable order). */
export function timelineEvents(story: StoryOutline): TimelineEvent[] {
  const until = asOfDay(story.meta);
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
export function timeDomain(story: StoryOutline): DateRange {
  // Up to the day the story speaks as of: an update may report what happened since.
  const published = asOfDay(story.meta);
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
export function placesInRange(story: StoryOutline, range: DateRange): string[] {
  const until = asOfDay(story.meta);
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

/** Days on an axis, its last one included. */
export function dayCount([from, to]: DateRange): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/** Where a span sits on an axis, in percent of the axis's width (cut to the axis). */
export function spanPosition(
  [from, to]: DateRange,
  axis: DateRange,
): { left: number; width: number } {
  const start = from < axis[0] ? axis[0] : from;
  const end = to > axis[1] ? axis[1] : to;
  return {
    left: ((dayNumber(start) - dayNumber(axis[0])) / dayCount(axis)) * 100,
    width: (Math.max(0, dayCount([start, end])) / dayCount(axis)) * 100,
  };
}

/** Share of the events the axis opens on. */
const FOCUS_SHARE = 0.8;
/** The opening axis is worth it only when it is this much shorter than the whole story. */
const FOCUS_MAX_FRACTION = 0.5;

/**
 * The span the timeline opens on: the shortest run of days holding most (80 %) of the
 * events, widened to whole weeks and ending no later than the domain; null when that is
 * most of the domain anyway. The seed story's events crowd its last three weeks, while one
 * reaches back a year: the axis opens on the weeks, and the year is one button away.
 *
 * @example focusSpan(eventsOn17To30Sep, ['2023-10-07', '2024-09-30']) // ['2024-09-17', '2024-09-30']
 */
export function focusSpan(events: readonly TimelineEvent[], domain: DateRange): DateRange | null {
  const starts = events.map((item) => dayNumber(item.span[0])).sort((a, b) => a - b);
  if (starts.length < 2) return null;
  const keep = Math.ceil(starts.length * FOCUS_SHARE);
  let best: [number, number] = [starts[0] as number, starts[starts.length - 1] as number];
  for (let i = 0; i + keep - 1 < starts.length; i++) {
    const window: [number, number] = [starts[i] as number, starts[i + keep - 1] as number];
    if (window[1] - window[0] < best[1] - best[0]) best = window;
  }
  const last = dayNumber(domain[1]);
  const weeks = Math.max(1, Math.ceil((last - best[0] + 1) / 7));
  const from = Math.max(dayNumber(domain[0]), last - weeks * 7 + 1);
  const span: DateRange = [dateOfDay(from), domain[1]];
  return dayCount(span) <= dayCount(domain) * FOCUS_MAX_FRACTION ? span : null;
}

/** The keys a date slider answers, beyond the browser's own. */
export type DateKey =
  'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

const DATE_KEYS: readonly string[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
];

export function isDateKey(key: string): key is DateKey {
  return DATE_KEYS.includes(key);
}

/**
 * Where a date slider goes on a key: the arrows to the previous or next event's first day
 * (the axis's end when there is none), PageUp and PageDown a week later or earlier, Home
 * and End the axis's ends; always within the axis.
 *
 * @example dateAfterKey({ date: '2024-09-20', key: 'ArrowRight', events, axis })
 * // the first day of the next event after 20 Sep
 */
export function dateAfterKey({
  date,
  key,
  events,
  axis,
}: {
  date: string;
  key: DateKey;
  events: readonly TimelineEvent[];
  axis: DateRange;
}): string {
  const clamp = (day: string) => (day < axis[0] ? axis[0] : day > axis[1] ? axis[1] : day);
  const starts = [...new Set(events.map((item) => item.span[0]))].sort();
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(starts.find((start) => start > date) ?? axis[1]);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp([...starts].reverse().find((start) => start < date) ?? axis[0]);
    case 'PageUp':
      return clamp(addDays(date, 7));
    case 'PageDown':
      return clamp(addDays(date, -7));
    case 'Home':
      return axis[0];
    case 'End':
      return axis[1];
  }
}

/** `2024-09-28` → "28 Sep 2024" (months written out: Intl's short ones differ by engine). */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return strings.timeline.date(day, strings.timeline.months[month - 1] ?? '', year);
}

/** A span as words: one date, or "28 Sep 2024 to 30 Sep 2024". */
export function formatSpan([from, to]: DateRange): string {
  return from === to ? formatDay(from) : strings.timeline.span(formatDay(from), formatDay(to));
}

/**
 * The story's distances and rings a range keeps: those whose places it keeps (a distance
 * needs both ends). A line to a place the reader filtered out would point at nothing.
 */
export function annotationsInRange(
  story: Pick<StoryOutline, 'distances' | 'rings'>,
  placeIds: readonly string[],
): { distances: string[]; rings: string[] } {
  const kept = new Set(placeIds);
  return {
    distances: story.distances
      .filter((distance) => kept.has(distance.from) && kept.has(distance.to))
      .map((distance) => distance.id),
    rings: story.rings.filter((ring) => kept.has(ring.around)).map((ring) => ring.id),
  };
}
