/**
 * The editor's live preview: the reader's form of the story (see `publish.ts`) compiled as
 * the build compiles it, so the reader's own components draw it. While a field is half
 * typed the story may not validate; the preview then leaves out only what it cannot draw (a
 * distance to a place that does not exist, a shape Natural Earth cannot make) and says so.
 */
import type { Shape, StoryMeta, PlaceCollection } from '../data/schema.ts';
import { compileStory, type CompileOptions } from '../story/compile.ts';
import type { CompiledStory } from '../story/types.ts';
import type { EditorDocument, PlaceInput } from './document.ts';
import { readerForm } from './publish.ts';

export interface Preview {
  story: CompiledStory;
  /** What the preview leaves out, in words. */
  omitted: string[];
}

/**
 * @returns null when there is no place to draw yet.
 */
export function previewStory(
  doc: Pick<EditorDocument, 'storyId' | 'meta' | 'places'>,
  resolveShape: CompileOptions['resolveShape'],
): Preview | null {
  const form = readerForm(doc);
  const omitted: string[] = [];
  /** Each shape drawn once, here, so that one Natural Earth cannot make is left out alone. */
  const drawn = new Map<object, ReturnType<typeof resolveShape>>();
  const features = form.places.features
    .filter((place) => place.geometry.coordinates.every(Number.isFinite))
    .map((place): PlaceInput => {
      const shape = place.properties.shape;
      if (!shape) return place;
      try {
        drawn.set(shape, resolveShape(shape as Shape));
        return place;
      } catch (error) {
        omitted.push(`the shape of ${place.properties.name}: ${message(error)}`);
        const { shape: _shape, ...properties } = place.properties;
        return { ...place, properties };
      }
    });
  if (features.length === 0) return null;
  const ids = new Set(features.map((place) => place.id));
  const shaped = new Set(features.filter((p) => p.properties.shape).map((p) => p.id));
  const usable = (id: string, part: string | undefined) =>
    ids.has(id) && (part !== 'shape' || shaped.has(id));
  const distances = (form.meta.distances ?? [])
    .map((d) => ({ ...d, fromPart: d.fromPart ?? 'point' }))
    .filter((d) => {
      const ok =
        usable(d.from, d.fromPart) && ids.has(d.to) && (d.from !== d.to || d.fromPart === 'shape');
      if (!ok) omitted.push(`the distance "${d.id}"`);
      return ok;
    });
  const rings = (form.meta.rings ?? [])
    .map((r) => ({ ...r, aroundPart: r.aroundPart ?? 'point' }))
    .filter((r) => {
      const ok = usable(r.around, r.aroundPart) && r.radius.value > 0;
      if (!ok) omitted.push(`the ring "${r.id}"`);
      return ok;
    });
  const meta = { ...form.meta, distances, rings } as StoryMeta;
  const places = { ...form.places, features } as PlaceCollection;
  const story = compileStory({
    id: doc.storyId || 'preview',
    meta,
    places,
    resolveShape: (shape: Shape) => drawn.get(shape) ?? resolveShape(shape),
  });
  return { story, omitted };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
