/**
 * Ids made from words, for the places, distances and stories a draft or an editor makes:
 * readable slugs, kept unique within their story.
 */

/**
 * A lowercase slug of `text` (accents dropped, anything else a hyphen), at most `max`
 * characters and never ending in a hyphen; '' when nothing is left.
 *
 * @example slugify('Beyond Beirut: São Paulo', 20) // 'beyond-beirut-sao'
 */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-$/, '');
}

/** `base`, or `base-2`, `base-3`... whichever `taken` does not hold yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * `prefix-first`, or the first number after it that `taken` does not hold: ids numbered in
 * the order their items are added, so a story's third ring is "ring-3".
 */
export function numberedId(prefix: string, first: number, taken: ReadonlySet<string>): string {
  let n = first;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
