/**
 * Credit for the data in the basemap. Plain text, so it can go into an attribution control,
 * a static picture's caption or a page footer alike.
 */
export interface Credit {
  /** The line to show. */
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
  { text: 'Made with Natural Earth', url: 'https://www.naturalearthdata.com/' },
  { text: 'Cities: GeoNames (CC BY 4.0)', url: 'https://www.geonames.org/' },
];
