import { describe, expect, it } from 'vitest';
import { parseHostMessage } from './messages.ts';

describe('parseHostMessage', () => {
  it.each([
    {
      data: { type: 'dateline:focus', place: 'hodeidah-port' },
      expected: { type: 'dateline:focus', place: 'hodeidah-port' },
    },
    { data: { type: 'dateline:reset', extra: 1 }, expected: { type: 'dateline:reset' } },
    {
      data: { type: 'dateline:units', units: 'km' },
      expected: { type: 'dateline:units', units: 'km' },
    },
    { data: { type: 'dateline:focus', place: '<img src=x>' }, expected: null },
    { data: { type: 'dateline:focus' }, expected: null },
    { data: { type: 'dateline:units', units: 'furlongs' }, expected: null },
    { data: { type: 'dateline:height', height: 10 }, expected: null },
    { data: 'dateline:reset', expected: null },
    { data: null, expected: null },
  ])('reads $data', ({ data, expected }) => {
    expect(parseHostMessage(data)).toEqual(expected);
  });
});
