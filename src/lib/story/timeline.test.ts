import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../data/schema.ts';
import { sampleStory } from '../../testing/sample-story.ts';
import {
  addDays,
  annotationsInRange,
  dateAfterKey,
  focusSpan,
  formatSpan,
  spanPosition,
  type DateKey,
  type TimelineEvent,
  eventSpan,
  normalizeRange,
  overlaps,
  placesInRange,
  timeDomain,
  timelineEvents,
  type DateRange,
} from './timeline.ts';

const event = (
  id: string,
  date: string,
  datePrecision: StoryEvent['datePrecision'] = 'day',
  dateEnd?: string,
): StoryEvent => ({
  id,
  date,
  datePrecision,
  ...(dateEnd ? { dateEnd } : {}),
  dateText: date,
  what: id,
  claims: [{ by: 'Test', says: id }],
});

/** The sample story (published 2024-09-30) with events like the seed story's. */
function storyWithEvents() {
  const story = sampleStory();
  const [alpha, beta, band] = story.places.features;
  alpha!.properties.events = [event('assault', '2023-10-07'), event('campaign', '2024-09-30')];
  beta!.properties.events = [event('missile', '2024-09-28')];
  band!.properties.events = [event('strikes', '2024-09-17', 'week', '2024-09-30')];
  return story;
}

describe('eventSpan', () => {
  it.each([
    {
      name: 'a day is that day',
      e: event('a', '2024-09-28'),
      expected: ['2024-09-28', '2024-09-28'],
    },
    {
      name: 'a period with an end is the period',
      e: event('a', '2024-09-17', 'week', '2024-09-30'),
      expected: ['2024-09-17', '2024-09-30'],
    },
    {
      name: 'a week is seven days',
      e: event('a', '2024-09-01', 'week'),
      expected: ['2024-09-01', '2024-09-07'],
    },
    {
      name: 'a month is the month',
      e: event('a', '2024-02-10', 'month'),
      expected: ['2024-02-01', '2024-02-29'],
    },
    {
      name: 'a year is the year',
      e: event('a', '2023-06-01', 'year'),
      expected: ['2023-01-01', '2023-12-31'],
    },
    {
      name: 'a week is cut at the article’s date',
      e: event('a', '2024-09-30', 'week'),
      until: '2024-09-30',
      expected: ['2024-09-30', '2024-09-30'],
    },
    {
      name: 'a month across a year’s end',
      e: event('a', '2023-12-25', 'month'),
      expected: ['2023-12-01', '2023-12-31'],
    },
  ])('$name', ({ e, until, expected }) => {
    expect(eventSpan(e, { until })).toEqual(expected);
  });
});

describe('addDays', () => {
  it.each([
    { date: '2024-02-28', days: 1, expected: '2024-02-29' },
    { date: '2024-03-01', days: -1, expected: '2024-02-29' },
    { date: '2023-12-31', days: 1, expected: '2024-01-01' },
  ])('$date + $days = $expected', ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('overlaps', () => {
  const range: DateRange = ['2024-09-28', '2024-09-29'];
  it.each([
    { span: ['2024-09-28', '2024-09-28'], expected: true },
    { span: ['2024-09-29', '2024-09-30'], expected: true },
    { span: ['2024-09-17', '2024-09-30'], expected: true },
    { span: ['2024-09-30', '2024-09-30'], expected: false },
    { span: ['2023-10-07', '2023-10-07'], expected: false },
  ])('$span with 28–29 Sep: $expected', ({ span, expected }) => {
    expect(overlaps(range, span as DateRange)).toBe(expected);
  });
});

describe('timelineEvents and timeDomain', () => {
  it('lists every event, earliest first', () => {
    expect(timelineEvents(storyWithEvents()).map((item) => item.event.id)).toEqual([
      'assault',
      'strikes',
      'missile',
      'campaign',
    ]);
  });

  it('runs from the earliest event to the article’s date', () => {
    expect(timeDomain(storyWithEvents())).toEqual(['2023-10-07', '2024-09-30']);
  });

  it('is the article’s date alone for a story without events', () => {
    expect(timeDomain(sampleStory())).toEqual(['2024-09-30', '2024-09-30']);
  });

  it('runs to the latest update’s day, which may report what happened since', () => {
    const story = storyWithEvents();
    story.meta.changes = [{ type: 'update', date: '2024-10-02T09:20:00Z', text: 'Added.' }];
    expect(timeDomain(story)).toEqual(['2023-10-07', '2024-10-02']);
  });
});

describe('placesInRange', () => {
  it.each([
    { range: ['2023-10-07', '2024-09-30'], expected: ['alpha', 'beta', 'band'] },
    { range: ['2024-09-28', '2024-09-29'], expected: ['beta', 'band'] },
    { range: ['2023-10-07', '2023-10-07'], expected: ['alpha'] },
    { range: ['2024-01-01', '2024-06-30'], expected: [] },
  ])('keeps $expected in $range', ({ range, expected }) => {
    expect(placesInRange(storyWithEvents(), range as DateRange)).toEqual(expected);
  });

  it('always keeps places without events: they are context', () => {
    const story = storyWithEvents();
    story.places.features[0]!.properties.events = [];
    expect(placesInRange(story, ['2024-01-01', '2024-01-02'])).toEqual(['alpha']);
  });
});

describe('normalizeRange', () => {
  const domain: DateRange = ['2023-10-07', '2024-09-30'];
  it.each([
    { range: [null, null], expected: null },
    { range: ['2023-10-07', '2024-09-30'], expected: null },
    { range: ['2024-09-28', null], expected: ['2024-09-28', '2024-09-30'] },
    { range: ['2020-01-01', '2024-09-29'], expected: ['2023-10-07', '2024-09-29'] },
    { range: ['2024-09-29', '2024-09-28'], expected: ['2024-09-28', '2024-09-29'] },
  ])('$range → $expected', ({ range, expected }) => {
    expect(normalizeRange(range as [string | null, string | null], domain)).toEqual(expected);
  });
});

describe('the axis the timeline opens on, and its keys', () => {
  const event = (placeId: string, from: string, to = from): TimelineEvent => ({
    placeId,
    placeName: placeId,
    event: {
      id: `${placeId}-${from}`,
      date: from,
      datePrecision: 'day',
      dateText: from,
      what: '',
    },
    span: [from, to],
  });
  // One event a year back, four in the last fortnight: the seed story's shape.
  const events = [
    event('gaza', '2023-10-07'),
    event('beirut', '2024-09-17'),
    event('beirut', '2024-09-20'),
    event('hodeidah', '2024-09-29'),
    event('lebanon', '2024-09-30'),
  ];
  const domain: DateRange = ['2023-10-07', '2024-09-30'];

  it.each<{ name: string; events: TimelineEvent[]; expected: DateRange | null }>([
    {
      name: 'opens on the weeks where most events are',
      events,
      expected: ['2024-09-17', '2024-09-30'],
    },
    {
      name: 'the whole axis when the events spread over it',
      events: [event('a', '2023-10-07'), event('b', '2024-03-01'), event('c', '2024-09-30')],
      expected: null,
    },
    { name: 'the whole axis for one event', events: [event('a', '2024-09-30')], expected: null },
  ])('focusSpan: $name', ({ events, expected }) => {
    expect(focusSpan(events, domain)).toEqual(expected);
  });

  const axis: DateRange = ['2024-09-10', '2024-09-30'];
  it.each<{ key: DateKey; date: string; expected: string }>([
    { key: 'ArrowRight', date: '2024-09-10', expected: '2024-09-17' },
    { key: 'ArrowRight', date: '2024-09-17', expected: '2024-09-20' },
    { key: 'ArrowUp', date: '2024-09-30', expected: '2024-09-30' },
    { key: 'ArrowLeft', date: '2024-09-20', expected: '2024-09-17' },
    // The event before the axis is out of reach: the axis's first day.
    { key: 'ArrowDown', date: '2024-09-17', expected: '2024-09-10' },
    { key: 'PageUp', date: '2024-09-17', expected: '2024-09-24' },
    { key: 'PageUp', date: '2024-09-28', expected: '2024-09-30' },
    { key: 'PageDown', date: '2024-09-12', expected: '2024-09-10' },
    { key: 'Home', date: '2024-09-20', expected: '2024-09-10' },
    { key: 'End', date: '2024-09-20', expected: '2024-09-30' },
  ])('dateAfterKey: $key from $date goes to $expected', ({ key, date, expected }) => {
    expect(dateAfterKey({ date, key, events, axis })).toBe(expected);
  });

  it.each([
    { span: ['2024-09-10', '2024-09-10'] as DateRange, expected: { left: 0, width: 100 / 21 } },
    {
      span: ['2024-09-30', '2024-10-05'] as DateRange,
      expected: { left: (20 / 21) * 100, width: 100 / 21 },
    },
    { span: ['2023-10-07', '2023-10-07'] as DateRange, expected: { left: 0, width: 0 } },
  ])('spanPosition cuts $span to the axis', ({ span, expected }) => {
    const position = spanPosition(span, axis);
    expect(position.left).toBeCloseTo(expected.left, 9);
    expect(position.width).toBeCloseTo(expected.width, 9);
  });

  it.each([
    { span: ['2024-09-28', '2024-09-28'] as DateRange, expected: '28 Sep 2024' },
    { span: ['2024-09-28', '2024-09-30'] as DateRange, expected: '28 Sep 2024 to 30 Sep 2024' },
  ])('formatSpan $span', ({ span, expected }) => {
    expect(formatSpan(span)).toBe(expected);
  });
});

describe('annotationsInRange', () => {
  const story = {
    distances: [
      { id: 'a-b', from: 'a', to: 'b' },
      { id: 'a-c', from: 'a', to: 'c' },
    ],
    rings: [
      { id: 'round-a', around: 'a' },
      { id: 'round-c', around: 'c' },
    ],
  } as unknown as Parameters<typeof annotationsInRange>[0];
  it.each([
    {
      kept: ['a', 'b', 'c'],
      expected: { distances: ['a-b', 'a-c'], rings: ['round-a', 'round-c'] },
    },
    { kept: ['a', 'b'], expected: { distances: ['a-b'], rings: ['round-a'] } },
    { kept: ['c'], expected: { distances: [], rings: ['round-c'] } },
  ])('keeps what has all its places among $kept', ({ kept, expected }) => {
    expect(annotationsInRange(story, kept)).toEqual(expected);
  });
});
