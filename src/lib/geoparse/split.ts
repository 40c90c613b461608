/**
 * The evaluation protocol's split of an annotated corpus into a tuning part and a held-out
 * part, by a hash of each document's id: stable across runs and machines, independent of the
 * order of the file, and the same within every corpus. Tune on `tuning` only; `held-out`
 * estimates how the geoparser does on news text it has never seen.
 */

export type Split = 'tuning' | 'held-out';

/** One document in this many is held out. */
export const HELD_OUT_EVERY = 3;

/**
 * @example splitOf('lgl-0') // 'tuning' or 'held-out', the same on every run
 */
export function splitOf(id: string): Split {
  return fnv1a(id) % HELD_OUT_EVERY === 0 ? 'held-out' : 'tuning';
}

/** FNV-1a, 32 bits: a fast, well-spread hash of a short string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
