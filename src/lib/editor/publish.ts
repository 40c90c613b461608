/**
 * Publishing, the named step between a reviewed draft and a story the build puts on the site:
 * rejected places go (and every reference to them), the review blocks and the draft status
 * go, and what is left must pass the validator. The editor's preview shows the same reader's
 * form of the story, before every place is reviewed.
 *
 * The reader's form is then published as the story's next version (`planVersion`, through
 * the endpoint under `npm run dev` and `npm start`, or `npm run publish`).
 */
import { formatProblem } from '../data/problems.ts';
import { validateStory, type ValidateStoryOptions } from '../data/validate.ts';
import {
  reviewStatus,
  storyFiles,
  type EditorDocument,
  type MetaInput,
  type PlaceInput,
  type PlacesInput,
  type StoryFiles,
} from './document.ts';
import { withoutUndefined } from './edits.ts';

export interface ReaderForm {
  meta: MetaInput;
  places: PlacesInput;
  /** What could not be carried over, in words ("the dateline names a rejected place"). */
  problems: string[];
}

/**
 * The story as a reader would get it: without rejected places and what refers to them,
 * without review blocks or the draft status. Places still waiting stay (the preview shows
 * them; publishing refuses them).
 */
export function readerForm(doc: Pick<EditorDocument, 'meta' | 'places'>): ReaderForm {
  const kept = doc.places.features.filter((place) => reviewStatus(place) !== 'rejected');
  const rejected = new Set(
    doc.places.features.filter((place) => reviewStatus(place) === 'rejected').map((p) => p.id),
  );
  // Only references to rejected places go: one to a place that never existed is the
  // validator's to report.
  const gone = (id: string) => rejected.has(id);
  const problems: string[] = [];
  if (gone(doc.meta.dateline.place)) {
    problems.push(
      `the dateline names "${doc.meta.dateline.place}", a rejected place: choose the dateline's place`,
    );
  }
  const places: PlaceInput[] = kept.map((place) => {
    const { review: _review, ...properties } = place.properties;
    return {
      ...place,
      properties: {
        ...properties,
        events: properties.events.map((event) => {
          if (!event.related) return event;
          const related = event.related.filter((id) => !gone(id));
          return withoutUndefined({ ...event, related: related.length > 0 ? related : undefined });
        }),
      },
    };
  });
  const { status: _status, ...meta } = doc.meta;
  return {
    meta: withoutUndefined({
      ...meta,
      distances: meta.distances?.filter((d) => !gone(d.from) && !gone(d.to)),
      rings: meta.rings?.filter((ring) => !gone(ring.around)),
      steps: meta.steps?.map((step) => ({
        ...step,
        places: step.places.filter((id) => !gone(id)),
      })),
    }),
    places: { ...doc.places, features: places },
    problems,
  };
}

export type PublishResult =
  | { ok: true; meta: MetaInput; places: PlacesInput; files: StoryFiles }
  | { ok: false; reasons: string[] };

/**
 * The published story, or why it cannot be published yet: places awaiting review, or what
 * the validator finds in the reader's form.
 */
export function publishStory(
  doc: EditorDocument,
  options: Pick<ValidateStoryOptions, 'countryAt' | 'isCountryCode'> = {},
): PublishResult {
  const waiting = doc.places.features.filter((place) => reviewStatus(place) === 'waiting');
  if (waiting.length > 0) {
    const names = waiting.map((place) => place.properties.name);
    return {
      ok: false,
      reasons: [
        `${waiting.length} ${waiting.length === 1 ? 'place awaits' : 'places await'} review: ${names.join(', ')}`,
      ],
    };
  }
  const form = readerForm(doc);
  if (form.problems.length > 0) return { ok: false, reasons: form.problems };
  const files = storyFiles(form);
  const result = validateStory({ storyId: doc.storyId, files, ...options });
  if (!result.ok) return { ok: false, reasons: result.problems.map(formatProblem) };
  return { ok: true, meta: form.meta, places: form.places, files };
}
