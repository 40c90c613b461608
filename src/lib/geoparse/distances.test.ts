import { describe, expect, it } from 'vitest';
import { findDistances } from './distances.ts';

describe('findDistances', () => {
  it.each([
    {
      sentence: 'jets flew more than 1,000 miles away to Yemen',
      value: 1000,
      unit: 'mi',
      qualifier: 'more-than',
      text: 'more than 1,000 miles',
    },
    {
      sentence: 'about 40 km from the border',
      value: 40,
      unit: 'km',
      qualifier: 'about',
      text: 'about 40 km',
    },
    {
      sentence: 'a 2.5-mile stretch',
      value: 2.5,
      unit: 'mi',
      qualifier: 'exactly',
      text: '2.5-mile',
    },
    {
      sentence: 'within 5 kilometers of the fence',
      value: 5,
      unit: 'km',
      qualifier: 'less-than',
      text: 'within 5 kilometers',
    },
  ])('$text', ({ sentence, ...expected }) => {
    expect(findDistances(sentence)[0]).toMatchObject(expected);
  });

  it('finds none in plain numbers', () => {
    expect(findDistances('1,000 people were killed')).toEqual([]);
  });
});
