/**
 * A form over one part of the story (its `story.json` fields, or one place): where each
 * field's problems are, the key the field carries, and the edit a change to it makes. The
 * story's form and every part of a place's read and write their fields this one way.
 */
import type { Edit } from './edits.ts';
import type { EventInput, MetaInput, PropertiesInput } from './document.ts';
import { fieldKey, type FileKind, type ProblemIndex } from './field-problems.ts';

/** What a form needs of the editor's session. */
export interface FormSession {
  readonly problemIndex: ProblemIndex;
  apply(edit: Edit, joinKey?: string | null): void;
  sealStep(): void;
}

export interface Form<Patch> {
  /** The validator's messages at a field ("properties.name"). */
  at(field: string): string[];
  /** The field's key (its `data-field`); its changes in a row are one undo step. */
  key(field: string): string;
  /** Writes a change the field made. */
  set(patch: Patch, field: string): void;
  /** Ends the field's typing step (it lost focus): the next change is a step of its own. */
  seal(): void;
}

/** `within`: the path the form's fields sit under ("properties.events[0]"), '' for none. */
function formOf<Patch>(
  session: FormSession,
  file: FileKind,
  feature: string | null,
  edit: (patch: Patch) => Edit,
  within = '',
): Form<Patch> {
  const path = (field: string) => (within ? `${within}.${field}` : field);
  const key = (field: string) => fieldKey(file, feature, path(field));
  return {
    at: (field) => session.problemIndex.at(file, feature, path(field)),
    key,
    set: (patch, field) => session.apply(edit(patch), key(field)),
    seal: () => session.sealStep(),
  };
}

/** The form of the story's own fields (`story.json`). */
export function storyForm(session: FormSession): Form<Partial<MetaInput>> {
  return formOf(session, 'story', null, (patch) => ({ type: 'set-meta', patch }));
}

/** The form of one place's properties (its feature in `places.geojson`). */
export function placeForm(session: FormSession, place: string): Form<Partial<PropertiesInput>> {
  return formOf(session, 'places', place, (patch) => ({ type: 'set-place', place, patch }));
}

/**
 * The form of one event of a place: its fields are named within the event ("what" is the
 * validator's "properties.events[0].what").
 */
export function eventForm(
  session: FormSession,
  place: string,
  index: number,
): Form<Partial<EventInput>> {
  return formOf(
    session,
    'places',
    place,
    (patch) => ({ type: 'set-event', place, index, patch }),
    `properties.events[${index}]`,
  );
}

/** A field's value as text: what a text field or a select holds ('' for none). */
export function fieldText(value: string | number | undefined): string {
  return String(value ?? '');
}

/** A field's value as an ISO country code, which is upper case ("lb" → "LB"). */
export function countryCode(value: string | number | undefined): string {
  return fieldText(value).toUpperCase();
}
