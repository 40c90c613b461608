/**
 * The basemap's names a locator map needs, most important first: oceans, large countries
 * (rank 1–2) the story does not name itself, seas, and the largest cities (rank 1), at the
 * sizes and from the zooms the live map's layers give them (marks.ts).
 */
import type { FeatureCollection, Position } from 'geojson';
import { LABELS, sizeAt } from '../marks.ts';
import { around, block, round, type Candidate, type LabelBoard, type Side } from './labels.ts';
import { wrap } from './text.ts';
import type { PictureLabel, Pixel } from './types.ts';

type BasemapKind = 'ocean' | 'sea' | 'country' | 'city';

export interface BasemapName {
  kind: BasemapKind;
  at: Pixel;
  candidates: Candidate[];
}

/** Which kind of name a basemap label is on the picture, or null for one it leaves out. */
function kindOf(
  { layer, rank, iso2, name }: { layer: unknown; rank: number; iso2: unknown; name: string },
  hidden: { countries: Set<string>; names: Set<string> },
) {
  if (layer === 'label-ocean') return rank === 1 ? 'ocean' : rank === 2 ? 'sea' : null;
  if (layer === 'label-country') {
    return rank <= 2 && !hidden.countries.has(String(iso2)) ? 'country' : null;
  }
  if (layer === 'label-city') return rank === 1 && !hidden.names.has(name) ? 'city' : null;
  return null;
}

/** Where each basemap name could go, most important first. */
export function basemapCandidates(
  basemap: FeatureCollection,
  zoom: number,
  project: (position: Position) => Pixel,
  /** Countries (ISO alpha-2) and places (by name) the story names itself. */
  hidden: { countries: Set<string>; names: Set<string> },
): BasemapName[] {
  const points = basemap.features.flatMap((feature) => {
    const { layer, name, rank = 4, iso2 } = (feature.properties ?? {}) as Record<string, unknown>;
    if (feature.geometry.type !== 'Point' || typeof name !== 'string') return [];
    const kind: BasemapKind | null = kindOf({ layer, rank: Number(rank), iso2, name }, hidden);
    if (!kind || zoom < LABELS[kind].minZoom) return [];
    const at = project(feature.geometry.coordinates);
    return Number.isFinite(at[0]) ? [{ kind, name, rank: Number(rank), at }] : [];
  });
  const priority: BasemapKind[] = ['ocean', 'country', 'sea', 'city'];
  points.sort((a, b) => priority.indexOf(a.kind) - priority.indexOf(b.kind) || a.rank - b.rank);
  return points.map(({ kind, name, at }) => {
    const mark = LABELS[kind];
    const size = round(sizeAt(mark.size, zoom));
    const lines = wrap(mark.uppercase ? name.toUpperCase() : name, mark, size);
    const sides: Side[] = kind === 'city' ? ['right', 'left', 'above', 'below'] : ['center'];
    const offset = kind === 'city' ? mark.offset * size : 0;
    return {
      kind,
      at,
      candidates: sides.map((side) => block(lines, size, mark, at, side, offset)),
    };
  });
}

/** Writes each basemap name that fits in the picture, clear of every name before it. */
export function placeBasemapNames(
  names: BasemapName[],
  board: LabelBoard,
  /** The radius a city's dot keeps clear, in px. */
  cityDotRadius: number,
): { labels: PictureLabel[]; cities: Pixel[] } {
  const labels: PictureLabel[] = [];
  const cities: Pixel[] = [];
  for (const { kind, at, candidates } of names) {
    const alsoTake = kind === 'city' ? [around(at, cityDotRadius + 1)] : [];
    const placed = board.place(candidates, { alsoTake, shy: false });
    if (!placed) continue;
    labels.push({ kind, ...placed });
    if (kind === 'city') cities.push([round(at[0]), round(at[1])]);
  }
  return { labels, cities };
}
