/**
 * Intl's formatters, each made once per locale and options. Making one costs far more than
 * using it (a tenth of a millisecond and up on a slow phone), and a story's first view formats
 * every distance: made afresh each time, they held the map's first paint back by tens of
 * milliseconds.
 */
const made = new Map<string, Intl.NumberFormat | Intl.DisplayNames>();

function once<T extends Intl.NumberFormat | Intl.DisplayNames>(
  kind: string,
  locales: string | readonly string[],
  options: object,
  make: () => T,
): T {
  const key = `${kind}\u0000${String(locales)}\u0000${JSON.stringify(options)}`;
  let formatter = made.get(key);
  if (!formatter) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter as T;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return once('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** Throws as `Intl.DisplayNames` does for a locale or options it cannot take. */
export function displayNames(
  locales: readonly string[],
  options: Intl.DisplayNamesOptions,
): Intl.DisplayNames {
  return once('names', locales, options, () => new Intl.DisplayNames([...locales], options));
}
