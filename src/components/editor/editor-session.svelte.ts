/**
 * The editor's state that outlives any one component: the story being edited with its undo
 * history, the selected place, the validator's problems, what is on disk, and the keeping of
 * every change in the browser as it is made. The logic is in pure modules (`lib/editor/`);
 * this class holds their results in runes so the page follows them.
 */
import type { Problem } from '../../lib/data/problems.ts';
import { validateStory } from '../../lib/data/validate.ts';
import type { DiskHashes } from '../../lib/editor/disk.ts';
import { storyFiles, type EditorDocument } from '../../lib/editor/document.ts';
import { applyEdit, type Edit } from '../../lib/editor/edits.ts';
import { indexProblems, type ProblemIndex } from '../../lib/editor/field-problems.ts';
import { record, redo, seal, startHistory, undo, type History } from '../../lib/editor/history.ts';
import type { DraftStore } from '../../lib/editor/draft-store.ts';
import { nowIso, STORED_DRAFT_FORMAT, type StoredDraft } from '../../lib/editor/stored-draft.ts';
import { editorStrings } from '../../lib/i18n/editor.ts';

const words = editorStrings.bar.keep;

export type KeepState =
  | { state: 'kept'; /** Epoch milliseconds. */ at: number }
  | { state: 'keeping' }
  | { state: 'failed'; message: string }
  | { state: 'off'; message: string };

export class EditorSession {
  #history = $state.raw<History<EditorDocument> | null>(null);
  /** The files' hashes as last read from or written to disk; null: never on disk. */
  disk = $state.raw<DiskHashes | null>(null);
  selected = $state<string | null>(null);
  keep = $state.raw<KeepState>({ state: 'off', message: words.nothingYet });

  readonly doc = $derived(this.#history?.present ?? null);
  readonly canUndo = $derived((this.#history?.past.length ?? 0) > 0);
  readonly canRedo = $derived((this.#history?.future.length ?? 0) > 0);
  /** Every problem the validator finds in the story as it is now. */
  readonly problems: Problem[] = $derived(this.doc ? validate(this.doc) : []);
  readonly problemIndex: ProblemIndex = $derived(indexProblems(this.problems));
  readonly selectedPlace = $derived(
    this.doc?.places.features.find((place) => place.id === this.selected) ?? null,
  );

  #store: DraftStore | null;
  /** The key the open story is kept under (its id when it was last kept). */
  #keptAs: string | null = null;
  #pending: Promise<void> = Promise.resolve();

  constructor(store: DraftStore | null) {
    this.#store = store;
    if (!store) {
      this.keep = { state: 'off', message: words.cannot };
    }
  }

  /** Starts editing a story: its history from here, or the one kept in the browser. */
  open(
    doc: EditorDocument,
    {
      disk = null,
      past = [],
      future = [],
    }: Partial<Pick<StoredDraft, 'disk' | 'past' | 'future'>> = {},
  ): void {
    this.#history = { ...startHistory(doc), past, future };
    this.disk = disk;
    this.selected = null;
    this.#keptAs = doc.storyId;
    this.#keepNow();
  }

  /** Applies an edit. Edits with the same `joinKey` in a row are one undo step (typing). */
  apply(edit: Edit, joinKey: string | null = null): void {
    if (!this.#history) return;
    // Plain data only: what the browser keeps must not hold the components' reactive proxies.
    const next = applyEdit(this.#history.present, $state.snapshot(edit) as Edit);
    const history = record(this.#history, next, joinKey);
    if (history === this.#history) return;
    this.#history = history;
    if (edit.type === 'remove-place' && this.selected === edit.place) this.selected = null;
    this.#keepNow();
  }

  /** Ends a typing step (a field lost focus): the next edit is a step of its own. */
  sealStep(): void {
    if (this.#history) this.#history = seal(this.#history);
  }

  undo(): void {
    if (!this.#history || !this.canUndo) return;
    this.#history = undo(this.#history);
    this.#keepNow();
  }

  redo(): void {
    if (!this.#history || !this.canRedo) return;
    this.#history = redo(this.#history);
    this.#keepNow();
  }

  /** What was written to (or read from) disk: later saves compare the disk with these. */
  setDisk(hashes: DiskHashes | null): void {
    this.disk = hashes;
    this.#keepNow();
  }

  /** Resolves when every change so far has been kept (or failed to be). */
  kept(): Promise<void> {
    return this.#pending;
  }

  #keepNow(): void {
    const store = this.#store;
    const history = this.#history;
    if (!store || !history) return;
    const record: StoredDraft = {
      format: STORED_DRAFT_FORMAT,
      storyId: history.present.storyId,
      past: history.past,
      present: history.present,
      future: history.future,
      disk: this.disk,
      savedAt: nowIso(),
    };
    // $state.raw values are plain objects, which IndexedDB clones as they are.
    const previousKey = this.#keptAs;
    this.#keptAs = record.storyId;
    this.keep = { state: 'keeping' };
    this.#pending = this.#pending
      .then(async () => {
        await store.put(record.storyId, record);
        if (previousKey && previousKey !== record.storyId) await store.remove(previousKey);
        await store.setOpenStory(record.storyId);
        this.keep = { state: 'kept', at: Date.now() };
      })
      .catch((error: unknown) => {
        this.keep = { state: 'failed', message: words.failed((error as Error).message) };
      });
  }
}

function validate(doc: EditorDocument): Problem[] {
  const result = validateStory({ storyId: doc.storyId, files: storyFiles(doc) });
  return result.ok ? [] : result.problems;
}
