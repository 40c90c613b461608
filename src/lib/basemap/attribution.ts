/**
 * Credit for the data in the basemap. Plain text, so it can go into an attribution control,
 * a static picture's caption or a page footer alike.
 */
export interface Credit {
  /** The data's name, as the map's one credit line lists it. */
  name: string;
  /** The line to show where the source's data is credited on its own. */
  text: string;
  /** Where the data comes from. */
  url: string;
}

/**
 * Natural Earth is in the public domain (credit asked for, not required); GeoNames is
 * CC BY 4.0, which requires it. Sea and ocean names are Natural Earth's, keyed by Wikidata
 * ids (CC0).
 */
export const BASEMAP_ATTRIBUTION: readonly Credit[] = [
  {
    name: 'Natural Earth',
    text: 'Made with Natural Earth',
    url: 'https://www.naturalearthdata.com/',
  },
  { name: 'GeoNames', text: 'Cities: GeoNames (CC BY 4.0)', url: 'https://www.geonames.org/' },
];
