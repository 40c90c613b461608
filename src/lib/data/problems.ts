/**
 * What the validator reports: a problem names the file, the feature and the field at fault,
 * in words a person can act on. Valibot's issues become problems here.
 */
import type * as v from 'valibot';

/** What is wrong, and exactly where. */
export interface Problem {
  /** The file, as `<dir>/story.json` or `<dir>/places.geojson` (or the folder itself). */
  file: string;
  /** The feature's `id`, or `#<index>` when it has no readable id. */
  feature?: string;
  /** Dot path inside the file (or the feature): `properties.events[0].date`; '' for all of it. */
  field: string;
  message: string;
}

/**
 * One line per problem, for a terminal:
 * `geodata/stories/x/places.geojson: feature "hodeidah-port": properties.events[0].date: is not a date that exists`.
 */
export function formatProblem(problem: Problem): string {
  const feature =
    problem.feature === undefined
      ? ''
      : problem.feature.startsWith('#')
        ? `feature ${problem.feature}`
        : `feature "${problem.feature}"`;
  return [problem.file, feature, problem.field, problem.message].filter(Boolean).join(': ');
}

/** `['properties', 'events', 0, 'date']` → `properties.events[0].date`. */
export function dotPath(keys: readonly (string | number)[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Issue = v.BaseIssue<unknown>;

/**
 * Valibot's issues as problems, the first for each field only ("yesterday" is both not
 * YYYY-MM-DD and not a real date; the first says enough). Paths under `features[i]` name
 * the feature (its id when the raw feature has a string id, else `#i`) and the field in it.
 */
export function issueProblems(
  issues: readonly Issue[],
  file: string,
  root?: Record<string, unknown>,
): Problem[] {
  const problems = new Map<string, Problem>();
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const message = issueMessage(issue);
    let problem: Problem = { file, field: dotPath(keys), message };
    if (root && keys[0] === 'features' && typeof keys[1] === 'number') {
      const raw = Array.isArray(root.features) ? root.features[keys[1]] : undefined;
      problem = {
        file,
        feature: featureLabel(raw, keys[1]),
        field: dotPath(keys.slice(2)),
        message,
      };
    }
    const key = `${problem.feature ?? ''} ${problem.field}`;
    if (!problems.has(key)) problems.set(key, problem);
  }
  return [...problems.values()];
}

function issueMessage(issue: Issue): string {
  if (issue.kind !== 'schema') return issue.message;
  // Checked first: a strict object reports a missing key with its own type, too.
  if (issue.received === 'undefined') return 'is required';
  if (issue.type === 'strict_object' || issue.type === 'strict_tuple') {
    return 'is an unknown field (a typo?)';
  }
  return `must be ${issue.expected ?? 'something else'}, not ${issue.received}`;
}

function featureLabel(raw: unknown, index: number): string {
  return isPlainObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : `#${index}`;
}
