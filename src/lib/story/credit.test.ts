import { describe, expect, it } from 'vitest';
import { bordersNote, creditLine } from './credit.ts';

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

describe('bordersNote', () => {
  it.each([
    {
      name: 'no disputed area in view',
      bounds: [174, -22, 189, -12],
      expected: 'Borders are Natural Earth’s de facto lines, not a view on disputed land.',
    },
    {
      name: 'one area',
      bounds: [27, 40, 42, 47],
      expected:
        'Borders are Natural Earth’s de facto lines, not a view on disputed land: Crimea is drawn inside Russia.',
    },
    {
      name: 'two areas in one country, and one in another',
      bounds: [33.33, 13.8, 54, 34.83],
      expected:
        'Borders are Natural Earth’s de facto lines, not a view on disputed land: the Golan Heights and the Shebaa Farms are drawn inside Israel; the Halaib Triangle inside Egypt.',
    },
  ] as const)('$name', ({ bounds, expected }) => {
    expect(bordersNote([...bounds])).toBe(expected);
  });
});
