import { describe, expect, it } from 'vitest';
import { creditLine } from './credit.ts';

describe('creditLine', () => {
  it.each([
    {
      meta: { outlet: 'NPR', published: '2024-09-30' },
      expected: 'Story: NPR, Mon 30 Sep 2024 · Map: Dateline · Natural Earth · GeoNames',
    },
    {
      meta: { outlet: 'Test Outlet', published: '2023-01-01' },
      expected: 'Story: Test Outlet, Sun 1 Jan 2023 · Map: Dateline · Natural Earth · GeoNames',
    },
  ])('credits $meta.outlet, the map and its data in one line', ({ meta, expected }) => {
    expect(creditLine(meta)).toBe(expected);
  });
});
