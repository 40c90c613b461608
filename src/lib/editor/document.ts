/**
 * What the editor edits: a story folder's two files as the data they hold, with the article's
 * text the draft's spans point into. The data is the schema's *input* type, exactly what the
 * files hold (no defaults filled in), so a story written out is the story read in, byte for
 * byte; while it is being edited its values may break the validator's rules (an empty
 * headline), which the validator then reports at the field, but never its structure.
 */
import type * as v from 'valibot';
import type {
  PlaceCollection,
  PlaceFeature,
  PlaceReview,
  StoryEvent,
  StoryMeta,
} from '../data/schema.ts';
import { PLACES_FILE, STORY_FILE } from '../data/schema.ts';
import { slugify, uniqueId } from '../text/ids.ts';

export type MetaInput = v.InferInput<typeof StoryMeta>;
export type PlacesInput = v.InferInput<typeof PlaceCollection>;
export type PlaceInput = v.InferInput<typeof PlaceFeature>;
export type PropertiesInput = PlaceInput['properties'];
export type EventInput = v.InferInput<typeof StoryEvent>;
export type ReviewInput = v.InferInput<typeof PlaceReview>;
export type CandidateInput = ReviewInput['chosen'];
export type ReviewStatus = ReviewInput['status'];

/** One story being edited. */
export interface EditorDocument {
  /** The folder's name under `geodata/stories/`: a lowercase slug. */
  storyId: string;
  meta: MetaInput;
  places: PlacesInput;
  /** The article's text, when the editor has it: the draft's mention spans index into it. */
  article: string | null;
  /** What the draft asked its reviewer to check ("a name with 50 matches"). */
  warnings: string[];
}

/** The text of each file of a story folder. */
export interface StoryFiles {
  [STORY_FILE]: string;
  [PLACES_FILE]: string;
}

/** The files as the drafting command writes them: two-space JSON and a final newline. */
export function storyFiles(story: { meta: MetaInput; places: PlacesInput }): StoryFiles {
  return {
    [STORY_FILE]: `${JSON.stringify(story.meta, null, 2)}\n`,
    [PLACES_FILE]: `${JSON.stringify(story.places, null, 2)}\n`,
  };
}

/** Whether the story still has places awaiting a person's review, or is marked a draft. */
export function isDraft(doc: Pick<EditorDocument, 'meta'>): boolean {
  return doc.meta.status === 'draft';
}

/** The review state of a place: a place without a review block is a published one. */
export function reviewStatus(place: PlaceInput): ReviewStatus | null {
  return place.properties.review?.status ?? null;
}

/** A story id for an article: its date, outlet and headline ("2024-09-30-npr-israel-..."). */
export function suggestStoryId(meta: Pick<MetaInput, 'published' | 'outlet' | 'headline'>): string {
  return slugify([meta.published, meta.outlet, meta.headline].join(' '), 72) || 'story';
}

/** The id of a story newly drafted: its suggested id, or the next one no other story has. */
export function newStoryId(
  meta: Pick<MetaInput, 'published' | 'outlet' | 'headline'>,
  taken: Iterable<string>,
): string {
  return uniqueId(suggestStoryId(meta), new Set(taken));
}

/**
 * The place to review next: the first awaiting review that is not the one selected (null when
 * none is left). With nothing selected, the first of all, where a newly opened draft starts.
 */
export function nextWaiting(
  places: readonly PlaceInput[],
  selected: string | null,
): PlaceInput | null {
  return places.find((place) => reviewStatus(place) === 'waiting' && place.id !== selected) ?? null;
}
