/**
 * A stand-in for the live map in the first view's guard's tests: a plate carrée view of
 * `width` × `height` px from `west`, `north`, that records the filters and data set on it.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { GuardedMap } from '../lib/map/first-view-guard.ts';
import { SOURCE } from '../lib/map/ids.ts';

export function fakeGuardedMap({
  width,
  height,
  west,
  north,
  pxPerDegree,
}: {
  width: number;
  height: number;
  west: number;
  north: number;
  pxPerDegree: number;
}) {
  const filters = new Map<string, FilterSpecification>();
  const layouts = new Map<string, unknown>();
  const labelLines: unknown[] = [];
  const map = {
    getZoom: () => 5,
    getContainer: () => ({ clientWidth: width, clientHeight: height }),
    unproject: ([x, y]: [number, number]) => ({
      lng: west + x / pxPerDegree,
      lat: north - y / pxPerDegree,
    }),
    setFilter: (id: string, filter: FilterSpecification) => filters.set(id, filter),
    setLayoutProperty: (id: string, name: string, value: unknown) =>
      layouts.set(`${id} ${name}`, value),
    getSource: (id: string) =>
      id === SOURCE.labelLines ? { setData: (data: unknown) => labelLines.push(data) } : undefined,
  } as unknown as GuardedMap;
  return { map, filters, layouts, labelLines };
}
