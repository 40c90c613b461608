/**
 * Distances and event dates as a reader sees them.
 */
import { strings } from '../i18n/index.ts';
import type { Units } from '../geo/types.ts';
import { kmToMiles } from '../geo/units.ts';
import { numberFormat } from './intl.ts';

export interface FormatOptions {
  /** BCP 47 locale for digits, grouping and names (default 'en-US'). */
  locale?: string;
}

/**
 * A measured distance for the reader: "1,990 km", "1,230 mi", "48 km", "3.2 km".
 *
 * The places in a story are known to "exact", "near" or "area" precision, so a figure
 * must not claim more than the ground truth: 3 significant figures from 100 up
 * (1,987 → "1,990"), whole units from 10 to 100 ("48"), one decimal below 10 ("3.2",
 * "4"), and "0" only for nothing at all (below 0.05 it says "< 0.1"). The unit is
 * formatted by Intl as the locale writes it ("1.990 km" in German).
 *
 * @example formatDistance(1987, 'km') // "1,990 km"
 */
export function formatDistance(
  km: number,
  unit: 'km' | 'mi',
  { locale = 'en-US' }: FormatOptions = {},
): string {
  const value = unit === 'mi' ? kmToMiles(km) : km;
  const style = { style: 'unit', unit: unit === 'mi' ? 'mile' : 'kilometer' } as const;
  if (value > 0 && value < 0.05) {
    return `< ${numberFormat(locale, { ...style, maximumFractionDigits: 1 }).format(0.1)}`;
  }
  const digits: Intl.NumberFormatOptions =
    value >= 100
      ? { maximumSignificantDigits: 3 }
      : value >= 9.95
        ? { maximumFractionDigits: 0 }
        : { maximumFractionDigits: 1 };
  return numberFormat(locale, { ...style, ...digits }).format(value);
}

/**
 * A length for the reader in one unit, or in both (miles first) where the reader cannot
 * choose, as on the still picture: "1,290 mi", "1,290 mi · 2,080 km".
 *
 * @example distanceText(2080, 'both') // "1,290 mi · 2,080 km"
 */
export function distanceText(
  km: number,
  units: Units | 'both',
  options: FormatOptions = {},
): string {
  if (units !== 'both') return formatDistance(km, units, options);
  return strings.measure.bothUnits(
    formatDistance(km, 'mi', options),
    formatDistance(km, 'km', options),
  );
}

/**
 * A figure the article states, as it states it: "more than 1,000 mi". No rounding: it
 * is the article's number, not ours. The qualifier words are the interface's (src/lib/i18n);
 * an article in another language keeps its own words in `stated.text`.
 *
 * @example formatStated({ value: 1000, unit: 'mi', qualifier: 'more-than' }) // "more than 1,000 mi"
 */
export function formatStated(
  stated: { value: number; unit: 'km' | 'mi'; qualifier: keyof typeof strings.distances.qualified },
  { locale = 'en-US' }: FormatOptions = {},
): string {
  const figure = numberFormat(locale, {
    style: 'unit',
    unit: stated.unit === 'mi' ? 'mile' : 'kilometer',
    maximumFractionDigits: 3,
  }).format(stated.value);
  return strings.distances.qualified[stated.qualifier](figure);
}

export interface EventDate {
  /** First day, `YYYY-MM-DD`. */
  date: string;
  /** Last day, for a span. */
  dateEnd?: string;
  datePrecision: 'day' | 'week' | 'month' | 'year';
}

/**
 * An event's date at the precision the article gives it:
 * - day: "Sun 29 Sep 2024"; a span: "17–30 Sep 2024", "28 Sep – 3 Oct 2024";
 * - week: "week of 16 Sep 2024";
 * - month: "Oct 2023", or "Sep–Oct 2024";
 * - year: "2023", or "2023–2024".
 *
 * Month and weekday names are the interface's (src/lib/i18n), read in UTC (a date is a
 * calendar day, and must not move with the reader's time zone); the order is day, month,
 * year everywhere, which no reader can misread (unlike 9/10/2024). Not Intl.DateTimeFormat:
 * making the first one costs tens of milliseconds, on the first view's critical path.
 *
 * @example formatEventDate({ date: '2024-09-29', datePrecision: 'day' }) // "Sun 29 Sep 2024"
 */
export function formatEventDate(event: EventDate): string {
  const start = partsOf(event.date);
  const end = event.dateEnd && event.dateEnd !== event.date ? partsOf(event.dateEnd) : null;
  switch (event.datePrecision) {
    case 'year':
      return end && end.year !== start.year ? `${start.year}–${end.year}` : start.year;
    case 'month':
      if (!end || (end.month === start.month && end.year === start.year)) {
        return `${start.month} ${start.year}`;
      }
      return end.year === start.year
        ? `${start.month}–${end.month} ${end.year}`
        : `${start.month} ${start.year} – ${end.month} ${end.year}`;
    case 'week':
      return strings.dates.weekOf(`${start.day} ${start.month} ${start.year}`);
    case 'day':
      if (!end) return `${start.weekday} ${start.day} ${start.month} ${start.year}`;
      if (end.year !== start.year) {
        return `${start.day} ${start.month} ${start.year} – ${end.day} ${end.month} ${end.year}`;
      }
      if (end.month !== start.month) {
        return `${start.day} ${start.month} – ${end.day} ${end.month} ${end.year}`;
      }
      return `${start.day}–${end.day} ${end.month} ${end.year}`;
  }
}

interface DateParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
}

function partsOf(isoDate: string): DateParts {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const { months, weekdays } = strings.dates;
  return {
    weekday: weekdays[date.getUTCDay()] ?? '',
    day: String(date.getUTCDate()),
    month: months[date.getUTCMonth()] ?? '',
    year: String(date.getUTCFullYear()),
  };
}
