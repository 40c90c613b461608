import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from './params.ts';

const none = {
  story: null,
  place: null,
  view: null,
  units: null,
  theme: null,
  interactive: null,
  step: null,
  from: null,
  to: null,
  version: null,
};

describe('readParams', () => {
  it.each([
    { search: '', expected: none, warnings: 0 },
    {
      search: '?story=npr-2024&place=hodeidah-port&units=km&theme=dark&interactive=false',
      expected: {
        ...none,
        story: 'npr-2024',
        place: 'hodeidah-port',
        units: 'km',
        theme: 'dark',
        interactive: false,
      },
      warnings: 0,
    },
    { search: '?version=3', expected: { ...none, version: 3 }, warnings: 0 },
    { search: '?version=0', expected: none, warnings: 1 },
    { search: '?version=latest', expected: none, warnings: 1 },
    {
      search: '?view=33.5,13.8,54,34.8',
      expected: { ...none, view: [33.5, 13.8, 54, 34.8] },
      warnings: 0,
    },
    {
      search: '?story=<script>&place=Bad Id&units=furlongs&theme=neon&interactive=maybe',
      expected: none,
      warnings: 5,
    },
    { search: '?view=1,2', expected: none, warnings: 1 },
    { search: '?view=10,5,0,6', expected: none, warnings: 1 },
    { search: '?view=0,0,1,95', expected: none, warnings: 1 },
    { search: '?units=mi&unknown=1', expected: { ...none, units: 'mi' }, warnings: 0 },
    {
      search: '?step=strike-on-hodeidah',
      expected: { ...none, step: 'strike-on-hodeidah' },
      warnings: 0,
    },
    { search: '?step=Step 2', expected: none, warnings: 1 },
    {
      search: '?from=2024-09-28&to=2024-09-29',
      expected: { ...none, from: '2024-09-28', to: '2024-09-29' },
      warnings: 0,
    },
    { search: '?from=2024-09-28', expected: { ...none, from: '2024-09-28' }, warnings: 0 },
    { search: '?from=2024-02-30&to=yesterday', expected: none, warnings: 2 },
    { search: '?from=2024-09-29&to=2024-09-28', expected: none, warnings: 1 },
  ])('reads "$search"', ({ search, expected, warnings }) => {
    const warned: string[] = [];
    expect(readParams(search, (message) => warned.push(message))).toEqual(expected);
    expect(warned).toHaveLength(warnings);
  });
});

describe('writeParams', () => {
  it.each([
    { state: { story: 'a' }, expected: '?story=a' },
    {
      state: { story: 'a', place: 'b', units: 'km' as const, view: [1.23456, 2, 3, 4.00049] },
      expected: '?story=a&place=b&view=1.235,2,3,4&units=km',
    },
    {
      state: { story: 'a', units: 'mi' as const, theme: 'light' as const, interactive: true },
      expected: '?story=a',
    },
    {
      state: { story: 'a', theme: 'auto' as const, interactive: false },
      expected: '?story=a&theme=auto&interactive=false',
    },
    {
      state: { story: 'a', place: 'b', step: 'c', from: '2024-09-28', to: '2024-09-29' },
      expected: '?story=a&place=b&step=c&from=2024-09-28&to=2024-09-29',
    },
    { state: { story: 'a', step: null, from: null, to: null }, expected: '?story=a' },
  ])('writes $expected', ({ state, expected }) => {
    expect(writeParams(state as Parameters<typeof writeParams>[0])).toBe(expected);
  });

  it('reads back what it writes', () => {
    const state = {
      story: 'a',
      place: 'b',
      view: [1, 2, 3, 4] as [number, number, number, number],
      units: 'km' as const,
      theme: 'dark' as const,
      interactive: false,
      step: 'c',
      from: '2024-09-28',
      to: '2024-09-29',
      version: 2,
    };
    expect(readParams(writeParams(state))).toEqual(state);
  });
});
