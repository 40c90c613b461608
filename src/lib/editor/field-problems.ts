/**
 * The validator's problems by where they belong on screen: each form field asks for the
 * problems at its own path, a place for all of its own, so every error shows at its field.
 */
import type { Problem } from '../data/problems.ts';
import { PLACES_FILE, STORY_FILE } from '../data/schema.ts';

/** Which part of the story a field belongs to: `story.json`, `places.geojson`, or the folder. */
export type FileKind = 'story' | 'places' | 'folder';

export interface ProblemIndex {
  /** Messages for exactly this field. */
  at(file: FileKind, feature: string | null, field: string): string[];
  /** Every problem of one place (its feature in `places.geojson`). */
  ofPlace(feature: string): Problem[];
  all: readonly Problem[];
}

export function fileKind(problem: Problem): FileKind {
  if (problem.file.endsWith(`/${STORY_FILE}`)) return 'story';
  if (problem.file.endsWith(`/${PLACES_FILE}`)) return 'places';
  return 'folder';
}

export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const byField = new Map<string, string[]>();
  const byPlace = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = fieldKey(fileKind(problem), problem.feature ?? null, problem.field);
    byField.set(key, [...(byField.get(key) ?? []), problem.message]);
    if (problem.feature !== undefined) {
      byPlace.set(problem.feature, [...(byPlace.get(problem.feature) ?? []), problem]);
    }
  }
  return {
    at: (file, feature, field) => byField.get(fieldKey(file, feature, field)) ?? [],
    ofPlace: (feature) => byPlace.get(feature) ?? [],
    all: problems,
  };
}

/** The id a form field carries (`data-field`), so a problem in the list can take focus to it. */
export function fieldKey(file: FileKind, feature: string | null, field: string): string {
  return `${file}|${feature ?? ''}|${field}`;
}
