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

  it.each([
    { ref: 'world-countries:SY', name: /Natural Earth.*world-atlas.*SY: a point in the northwest/ },
    { ref: 'us-atlas:state:39', name: /us-atlas.*state:39: a point in the south of its shape/ },
  ] as const)('$ref, a part of it: the shape the point was found in', ({ ref, name }) => {
    const part = ref.startsWith('us') ? 'south' : 'northwest';
    expect(sourceOfRef(ref, part).name).toMatch(name);
    expect(sourceOfRef(ref, part).name).not.toMatch(/latlng|centroid/);
  });
});
