import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../testing/editor-fixture.ts';
import { loadNaturalEarth } from '../basemap/natural-earth.ts';
import { shapeResolver } from '../story/shapes.ts';
import type { EditorDocument } from './document.ts';
import { applyEdit, type Edit } from './edits.ts';
import { previewStory } from './preview.ts';

const resolveShape = shapeResolver(loadNaturalEarth());

describe('previewStory', () => {
  it.each<{
    name: string;
    edits: Edit[];
    places: string[];
    distances: number;
    rings: number;
    omitted: RegExp | null;
  }>([
    {
      name: 'a draft, waiting places included',
      edits: [],
      places: ['beirut', 'tel-aviv', 'lebanon'],
      distances: 1,
      rings: 1,
      omitted: null,
    },
    {
      name: 'without a rejected place and what names it',
      edits: [{ type: 'review', place: 'lebanon', status: 'rejected' }],
      places: ['beirut', 'tel-aviv'],
      distances: 0,
      rings: 1,
      omitted: null,
    },
    {
      name: 'a distance half typed (to a place that does not exist) left out, said so',
      edits: [{ type: 'set-meta', patch: { distances: [{ id: 'd', from: 'beirut', to: 'bei' }] } }],
      places: ['beirut', 'tel-aviv', 'lebanon'],
      distances: 0,
      rings: 1,
      omitted: /the distance "d"/,
    },
    {
      name: 'a shape Natural Earth cannot make left out, said so',
      edits: [
        {
          type: 'set-place',
          place: 'lebanon',
          patch: { shape: { from: 'border', countries: ['LB', 'BR'] } },
        },
      ],
      places: ['beirut', 'tel-aviv', 'lebanon'],
      distances: 0,
      rings: 1,
      omitted: /the shape of Lebanon: "LB" and "BR" share no land boundary/,
    },
  ])('$name', ({ edits, places, distances, rings, omitted }) => {
    const doc = edits.reduce<EditorDocument>(applyEdit, draftFixture());
    const preview = previewStory(doc, resolveShape);
    expect(preview?.story.places.features.map((p) => p.id)).toEqual(places);
    expect(preview?.story.distances).toHaveLength(distances);
    expect(preview?.story.rings).toHaveLength(rings);
    if (omitted) expect(preview?.omitted.join('; ')).toMatch(omitted);
    else expect(preview?.omitted).toEqual([]);
  });

  it('has nothing to draw without a place', () => {
    const doc = ['beirut', 'tel-aviv', 'lebanon'].reduce<EditorDocument>(
      (d, place) => applyEdit(d, { type: 'review', place, status: 'rejected' }),
      draftFixture(),
    );
    expect(previewStory(doc, resolveShape)).toBeNull();
  });
});
