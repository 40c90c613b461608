import { describe, expect, it } from 'vitest';
import { readParams } from './params.ts';

describe('readParams', () => {
  it.each([
    { search: '', expected: { story: null, place: null, units: null }, warnings: 0 },
    {
      search: '?story=npr-2024&place=hodeidah-port&units=km',
      expected: { story: 'npr-2024', place: 'hodeidah-port', units: 'km' },
      warnings: 0,
    },
    {
      search: '?story=<script>&place=Bad Id&units=furlongs',
      expected: { story: null, place: null, units: null },
      warnings: 3,
    },
    {
      search: '?units=mi&unknown=1',
      expected: { story: null, place: null, units: 'mi' },
      warnings: 0,
    },
  ])('reads "$search"', ({ search, expected, warnings }) => {
    const warned: string[] = [];
    expect(readParams(search, (message) => warned.push(message))).toEqual(expected);
    expect(warned).toHaveLength(warnings);
  });
});
