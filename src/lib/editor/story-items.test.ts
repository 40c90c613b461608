import { describe, expect, it } from 'vitest';
import { movedEarlier, newDistance, newRing, newStep, patchAt, withMember } from './story-items.ts';

describe('newDistance', () => {
  it.each([
    { places: [], expected: null },
    {
      places: ['gaza'],
      expected: {
        id: 'distance-1',
        from: 'gaza',
        fromPart: 'point',
        to: 'gaza',
        stated: { value: 1, unit: 'mi', qualifier: 'about', text: '' },
      },
    },
    {
      places: ['gaza', 'rafah', 'tel-aviv'],
      expected: {
        id: 'distance-1',
        from: 'gaza',
        fromPart: 'point',
        to: 'tel-aviv',
        stated: { value: 1, unit: 'mi', qualifier: 'about', text: '' },
      },
    },
  ])('from $places → $expected', ({ places, expected }) => {
    expect(newDistance('distance-1', places)).toEqual(expected);
  });
});

describe('newRing', () => {
  it.each([
    { places: [], expected: null },
    {
      places: ['gaza', 'rafah'],
      expected: {
        id: 'ring-1',
        around: 'gaza',
        aroundPart: 'point',
        radius: { value: 100, unit: 'km' },
        label: '100 km',
      },
    },
  ])('from $places → $expected', ({ places, expected }) => {
    expect(newRing('ring-1', places)).toEqual(expected);
  });
});

describe('newStep', () => {
  it('is empty but for its id', () => {
    expect(newStep('step-2')).toEqual({ id: 'step-2', title: '', text: '', places: [] });
  });
});

describe('patchAt', () => {
  const items = [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
  ];
  it.each([
    { index: 0, expected: [{ id: 'a', n: 9 }, items[1]] },
    { index: 1, expected: [items[0], { id: 'b', n: 9 }] },
    { index: 2, expected: items },
  ])('at $index → $expected', ({ index, expected }) => {
    expect(patchAt(items, index, { n: 9 })).toEqual(expected);
  });
});

describe('movedEarlier', () => {
  it.each([
    { index: 0, expected: ['a', 'b', 'c'] },
    { index: 1, expected: ['b', 'a', 'c'] },
    { index: 2, expected: ['a', 'c', 'b'] },
    { index: 3, expected: ['a', 'b', 'c'] },
  ])('$index → $expected', ({ index, expected }) => {
    expect(movedEarlier(['a', 'b', 'c'], index)).toEqual(expected);
  });
});

describe('withMember', () => {
  it.each([
    { ids: ['a'], id: 'b', member: true, expected: ['a', 'b'] },
    { ids: ['b', 'a'], id: 'b', member: true, expected: ['b', 'a'] },
    { ids: ['a', 'b', 'c'], id: 'b', member: false, expected: ['a', 'c'] },
    { ids: ['a'], id: 'b', member: false, expected: ['a'] },
  ])('$id in $ids: $member → $expected', ({ ids, id, member, expected }) => {
    expect(withMember(ids, id, member)).toEqual(expected);
  });
});
