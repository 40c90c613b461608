import { describe, expect, it } from 'vitest';
import { numberedId, slugify, uniqueId } from './ids.ts';

describe('slugify', () => {
  it.each([
    { text: 'Port of Hodeidah', max: 60, slug: 'port-of-hodeidah' },
    { text: 'São Paulo', max: 60, slug: 'sao-paulo' },
    { text: 'Ben Gurion Airport (TLV)', max: 60, slug: 'ben-gurion-airport-tlv' },
    // Cut at a word's end, never mid-word, and never ending in a hyphen.
    { text: 'Beyond Beirut: São Paulo', max: 20, slug: 'beyond-beirut-sao' },
    { text: 'Supercalifragilistic', max: 5, slug: 'super' },
    { text: 'تل أبيب', max: 60, slug: '' },
    { text: '  --  ', max: 60, slug: '' },
  ])('$text → "$slug"', ({ text, max, slug }) => {
    expect(slugify(text, max)).toBe(slug);
  });
});

describe('uniqueId', () => {
  it.each([
    { base: 'beirut', taken: [], id: 'beirut' },
    { base: 'beirut', taken: ['beirut'], id: 'beirut-2' },
    { base: 'beirut', taken: ['beirut', 'beirut-2'], id: 'beirut-3' },
  ])('$base with $taken taken → $id', ({ base, taken, id }) => {
    expect(uniqueId(base, new Set(taken))).toBe(id);
  });
});

describe('numberedId', () => {
  it.each([
    { prefix: 'ring', first: 1, taken: [], id: 'ring-1' },
    { prefix: 'ring', first: 3, taken: ['ring-1', 'ring-2'], id: 'ring-3' },
    // An item removed from the middle: the count is taken, the gap is not reused.
    { prefix: 'ring', first: 2, taken: ['ring-2', 'ring-3'], id: 'ring-4' },
    { prefix: 'beirut-event', first: 1, taken: ['tyre-event-1'], id: 'beirut-event-1' },
  ])('$prefix from $first with $taken taken → $id', ({ prefix, first, taken, id }) => {
    expect(numberedId(prefix, first, new Set(taken))).toBe(id);
  });
});
