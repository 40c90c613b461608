/**
 * Ocean and sea labels. No npm package ships Natural Earth's marine polygons or label points,
 * so this is a short list, kept by hand, of the seas most often named in news. Each entry
 * carries the Wikidata id of the sea it names (the source of the name, checked against
 * Natural Earth's `ne_*_geography_marine_polys` naming), and each point is a place in open
 * water chosen to hold the label; the tests check that it lies off every coast. Add a sea
 * only with its Wikidata id.
 */
export interface Sea {
  name: string;
  /** The Wikidata item of the sea, e.g. "Q4918" (https://www.wikidata.org/wiki/Q4918). */
  wikidata: string;
  /** Where the label goes, `[lng, lat]`, in open water. */
  label: [number, number];
  /** 1 for an ocean, 2 for a sea, 3 for a gulf. */
  rank: 1 | 2 | 3;
}

export const SEAS: readonly Sea[] = [
  { name: 'Atlantic Ocean', wikidata: 'Q97', label: [-40, 30], rank: 1 },
  { name: 'Atlantic Ocean', wikidata: 'Q97', label: [-15, -20], rank: 1 },
  { name: 'Pacific Ocean', wikidata: 'Q98', label: [-140, 20], rank: 1 },
  { name: 'Pacific Ocean', wikidata: 'Q98', label: [170, 25], rank: 1 },
  { name: 'Pacific Ocean', wikidata: 'Q98', label: [-110, -25], rank: 1 },
  { name: 'Indian Ocean', wikidata: 'Q1239', label: [80, -20], rank: 1 },
  { name: 'Arctic Ocean', wikidata: 'Q788', label: [0, 84], rank: 1 },
  { name: 'Mediterranean Sea', wikidata: 'Q4918', label: [18, 34.2], rank: 2 },
  { name: 'Black Sea', wikidata: 'Q166', label: [34.5, 43.3], rank: 2 },
  { name: 'Caspian Sea', wikidata: 'Q5484', label: [50.7, 42], rank: 2 },
  { name: 'Red Sea', wikidata: 'Q23406', label: [38.5, 20.5], rank: 2 },
  { name: 'Arabian Sea', wikidata: 'Q58705', label: [63, 15], rank: 2 },
  { name: 'South China Sea', wikidata: 'Q37660', label: [114, 14], rank: 2 },
  { name: 'Caribbean Sea', wikidata: 'Q1247', label: [-75, 15], rank: 2 },
  { name: 'Persian Gulf', wikidata: 'Q34675', label: [51.5, 27.2], rank: 3 },
];
