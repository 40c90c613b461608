import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../data/schema.ts';
import { changeLine, changesTouching, formatChangeMoment } from './changes.ts';

describe('formatChangeMoment', () => {
  it.each([
    { iso: '2024-10-01T14:05:00Z', expected: '1 Oct 2024, 14:05 UTC' },
    { iso: '2024-10-01T10:05:00-04:00', expected: '1 Oct 2024, 14:05 UTC' },
    { iso: '2024-12-31T23:30+02:00', expected: '31 Dec 2024, 21:30 UTC' },
    { iso: '2025-01-01T01:00:00+03:00', expected: '31 Dec 2024, 22:00 UTC' },
  ])('$iso → $expected', ({ iso, expected }) => {
    expect(formatChangeMoment(iso)).toBe(expected);
  });
});

describe('changesTouching', () => {
  const port = {
    id: 'port',
    properties: { events: [{ id: 'strike' }] },
  } as unknown as PlaceFeature;
  const date = '2024-10-01T14:05:00Z';
  it('finds the entries naming the place or one of its events', () => {
    const entries = [
      { type: 'correction' as const, date, text: 'Moved.', places: ['port'] },
      { type: 'update' as const, date, text: 'Elsewhere.', places: ['city'] },
      { type: 'clarification' as const, date, text: 'Reworded.', events: ['strike'] },
    ];
    expect(changesTouching(entries, port).map((entry) => entry.text)).toEqual([
      'Moved.',
      'Reworded.',
    ]);
    expect(changeLine(entries[0]!)).toBe('Correction, 1 Oct 2024, 14:05 UTC: Moved.');
  });
});
