import { describe, expect, it } from 'vitest';
import { sourceOfRef } from './regions.ts';

describe('sourceOfRef', () => {
  it.each([
    { ref: 'geonames:293397', name: /^GeoNames 293397$/ },
    {
      ref: 'natural-earth:admin1:CAN-682',
      name: /Natural Earth admin-1.*CAN-682: its label point/,
    },
    {
      ref: 'natural-earth:admin1-region:FR:Hauts-de-France',
      name: /Natural Earth admin-1.*FR, Hauts-de-France: centroid of its provinces/,
    },
    { ref: 'country-coder:GB-SCT', name: /country-coder.*GB-SCT: centroid of its shape/ },
  ])('$ref', ({ ref, name }) => {
    expect(sourceOfRef(ref).name).toMatch(name);
  });
});
