/** A gazetteer row for tests' tiny made-up worlds: what a test leaves out is empty. */
import type { GazetteerPlace } from '../lib/geoparse/gazetteer.ts';

export type GazetteerRow = Omit<GazetteerPlace, 'index'>;

export function gazetteerRow(
  row: Partial<GazetteerRow> & Pick<GazetteerRow, 'kind' | 'name' | 'lngLat'>,
): GazetteerRow {
  return {
    country: '',
    admin1: '',
    featureCode: '',
    population: 0,
    ref: `test:${row.name}`,
    aliases: [],
    demonyms: [],
    ...row,
  };
}
