/**
 * Miles and kilometres. Kept apart from the geodesy so that formatting a distance does not
 * bring geographiclib into the reader's first download.
 */

/** Kilometres in one international mile (exactly 1,609.344 m, by the 1959 agreement). */
export const KM_PER_MILE = 1.609344;

/** Kilometres to international miles. */
export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

/** International miles to kilometres. */
export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}

/** A length as the story states it (`{ value: 1000, unit: 'mi' }`), in km. */
export function toKm(length: { value: number; unit: 'km' | 'mi' }): number {
  return length.unit === 'mi' ? milesToKm(length.value) : length.value;
}

/**
 * A length in km or miles to a thousandth (a metre, or under two): what the build stores of
 * a measurement. The places it is measured between are known far less finely, and more
 * digits would only be bytes.
 */
export function toThousandths(length: number): number {
  return Math.round(length * 1000) / 1000;
}

/** A position to six decimals of a degree (under 0.12 m), as the build stores one. */
export function toMicrodegrees([lng, lat]: [number, number]): [number, number] {
  return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}
