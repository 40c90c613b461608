/**
 * Undo and redo over immutable values: the states before and after the present one. Edits
 * that share a key in a row (the letters typed into one field) make one step, so an undo
 * takes back the word, not the letter.
 */

export interface History<T> {
  /** Oldest first. */
  past: T[];
  present: T;
  /** Next first: what a redo brings back. */
  future: T[];
  /** The key of the edit that made `present`, while further edits with it may join it. */
  joinKey: string | null;
}

/** Steps kept to undo; older ones are forgotten. */
export const MAX_UNDO = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], joinKey: null };
}

/**
 * The history with `next` as the present. With the same `joinKey` as the edit before, it
 * replaces that edit's result instead of adding a step. A `next` identical to the present (an
 * edit that changed nothing) leaves the history as it is.
 */
export function record<T>(history: History<T>, next: T, joinKey: string | null = null): History<T> {
  if (next === history.present) return history;
  if (joinKey !== null && joinKey === history.joinKey) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, history.present].slice(-MAX_UNDO);
  return { past, present: next, future: [], joinKey };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    joinKey: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: rest,
    joinKey: null,
  };
}

/** Ends the step being joined, so the next edit, even with the same key, is a step of its own. */
export function seal<T>(history: History<T>): History<T> {
  return history.joinKey === null ? history : { ...history, joinKey: null };
}
