import { describe, expect, it } from 'vitest';
import { milesToKm } from '../geo/units.ts';
import { formatDistance, formatEventDate, formatStated, type EventDate } from './format.ts';

describe('formatDistance', () => {
  const cases: { km: number; unit: 'km' | 'mi'; locale?: string; expected: string }[] = [
    { km: 1987, unit: 'km', expected: '1,990 km' },
    { km: milesToKm(1234), unit: 'mi', expected: '1,230 mi' },
    { km: 12345, unit: 'km', expected: '12,300 km' },
    { km: 999.6, unit: 'km', expected: '1,000 km' },
    { km: 123.4, unit: 'km', expected: '123 km' },
    { km: 99.6, unit: 'km', expected: '100 km' },
    { km: 48.4, unit: 'km', expected: '48 km' },
    { km: 9.96, unit: 'km', expected: '10 km' },
    { km: 3.24, unit: 'km', expected: '3.2 km' },
    { km: 4, unit: 'km', expected: '4 km' },
    { km: 0.3, unit: 'km', expected: '0.3 km' },
    { km: 0.01, unit: 'km', expected: '< 0.1 km' },
    { km: 0, unit: 'km', expected: '0 km' },
    { km: 1987, unit: 'km', locale: 'de-DE', expected: '1.990 km' },
  ];

  it.each(cases)(
    '$km km in $unit ($locale) reads "$expected"',
    ({ km, unit, locale, expected }) => {
      expect(formatDistance(km, unit, { locale })).toBe(expected);
    },
  );
});

describe('formatStated', () => {
  it.each([
    { stated: { value: 1000, unit: 'mi', qualifier: 'more-than' }, expected: 'more than 1,000 mi' },
    { stated: { value: 2.5, unit: 'km', qualifier: 'about' }, expected: 'about 2.5 km' },
    { stated: { value: 40, unit: 'km', qualifier: 'exactly' }, expected: '40 km' },
    { stated: { value: 5, unit: 'km', qualifier: 'less-than' }, expected: 'less than 5 km' },
    { stated: { value: 120, unit: 'mi', qualifier: 'at-least' }, expected: 'at least 120 mi' },
  ] as const)('$expected', ({ stated, expected }) => {
    expect(formatStated(stated)).toBe(expected);
  });
});

describe('formatEventDate', () => {
  const cases: { event: EventDate; expected: string }[] = [
    { event: { date: '2024-09-29', datePrecision: 'day' }, expected: 'Sun 29 Sep 2024' },
    {
      event: { date: '2024-09-17', dateEnd: '2024-09-30', datePrecision: 'day' },
      expected: '17–30 Sep 2024',
    },
    {
      event: { date: '2024-09-28', dateEnd: '2024-10-03', datePrecision: 'day' },
      expected: '28 Sep – 3 Oct 2024',
    },
    {
      event: { date: '2024-12-28', dateEnd: '2025-01-03', datePrecision: 'day' },
      expected: '28 Dec 2024 – 3 Jan 2025',
    },
    {
      event: { date: '2024-09-29', dateEnd: '2024-09-29', datePrecision: 'day' },
      expected: 'Sun 29 Sep 2024',
    },
    { event: { date: '2024-09-16', datePrecision: 'week' }, expected: 'week of 16 Sep 2024' },
    { event: { date: '2023-10-01', datePrecision: 'month' }, expected: 'Oct 2023' },
    {
      event: { date: '2024-09-01', dateEnd: '2024-10-31', datePrecision: 'month' },
      expected: 'Sep–Oct 2024',
    },
    {
      event: { date: '2023-12-01', dateEnd: '2024-01-31', datePrecision: 'month' },
      expected: 'Dec 2023 – Jan 2024',
    },
    { event: { date: '2023-01-01', datePrecision: 'year' }, expected: '2023' },
    {
      event: { date: '2023-01-01', dateEnd: '2024-12-31', datePrecision: 'year' },
      expected: '2023–2024',
    },
    // 1 January at midnight UTC is still 1 January, whatever the reader's time zone.
    { event: { date: '2024-01-01', datePrecision: 'day' }, expected: 'Mon 1 Jan 2024' },
  ];

  it.each(cases)('$expected', ({ event, expected }) => {
    expect(formatEventDate(event)).toBe(expected);
  });
});
