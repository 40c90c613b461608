import { describe, expect, it } from 'vitest';
import type { StatedLength } from '../data/schema.ts';
import { honoursStatedLength } from './stated.ts';

const stated = (
  value: number,
  unit: 'km' | 'mi',
  qualifier: StatedLength['qualifier'],
): StatedLength => ({ value, unit, qualifier, text: `${value} ${unit}` });

describe('honoursStatedLength', () => {
  it.each([
    { km: 1818.4, stated: stated(1000, 'mi', 'more-than'), expected: true },
    { km: 1609.3, stated: stated(1000, 'mi', 'more-than'), expected: false },
    { km: 1609.344, stated: stated(1000, 'mi', 'at-least'), expected: true },
    { km: 90, stated: stated(100, 'km', 'less-than'), expected: true },
    { km: 110, stated: stated(100, 'km', 'less-than'), expected: false },
    { km: 1151, stated: stated(1100, 'km', 'about'), expected: true },
    { km: 1400, stated: stated(1100, 'km', 'about'), expected: false },
    { km: 800, stated: stated(1100, 'km', 'about'), expected: false },
    { km: 1230, stated: stated(1200, 'km', 'exactly'), expected: true },
    { km: 1300, stated: stated(1200, 'km', 'exactly'), expected: false },
  ])(
    '$km km against $stated.qualifier $stated.value $stated.unit: $expected',
    ({ km, stated, expected }) => {
      expect(honoursStatedLength(km, stated)).toBe(expected);
    },
  );
});
