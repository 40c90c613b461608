/**
 * What the editor keeps in the browser for each story (IndexedDB), and the check a record
 * read back must pass: storage can hold anything (an older format, a half-written record, a
 * hand edit), and a damaged record must be reported and kept, never opened or thrown away.
 */
import { PLACES_FILE, STORY_FILE } from '../data/schema.ts';
import type { DiskHashes } from './disk.ts';
import { storyFiles, type EditorDocument } from './document.ts';
import { readStoryFiles } from './files.ts';

export const STORED_DRAFT_FORMAT = 'dateline-editor-draft/1';

export interface StoredDraft {
  format: typeof STORED_DRAFT_FORMAT;
  storyId: string;
  /** Oldest first, as in `History`. */
  past: EditorDocument[];
  present: EditorDocument;
  future: EditorDocument[];
  /** The files' hashes as last read from or written to disk, or null if never on disk. */
  disk: DiskHashes | null;
  /** ISO time of the change last kept. */
  savedAt: string;
}

export type StoredDraftCheck = { ok: true; draft: StoredDraft } | { ok: false; message: string };

/**
 * The record if it is one this editor wrote and its story is whole; else why not. Undo steps
 * that are damaged are dropped (the story itself is what must not be lost).
 */
export function checkStoredDraft(raw: unknown): StoredDraftCheck {
  if (typeof raw !== 'object' || raw === null) return { ok: false, message: 'it is not a record' };
  const record = raw as Partial<Record<keyof StoredDraft, unknown>>;
  if (record.format !== STORED_DRAFT_FORMAT) {
    return { ok: false, message: `it is not in this editor's format (${String(record.format)})` };
  }
  if (typeof record.storyId !== 'string') return { ok: false, message: 'it has no story id' };
  const present = checkDocument(record.present);
  if (typeof present === 'string') return { ok: false, message: present };
  const steps = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((doc): doc is EditorDocument => typeof checkDocument(doc) !== 'string')
      : [];
  return {
    ok: true,
    draft: {
      format: STORED_DRAFT_FORMAT,
      storyId: record.storyId,
      past: steps(record.past),
      present,
      future: steps(record.future),
      disk: isHashes(record.disk) ? record.disk : null,
      savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
    },
  };
}

/** The document, or what is wrong with it in words. */
function checkDocument(value: unknown): EditorDocument | string {
  if (typeof value !== 'object' || value === null) return 'its story is missing';
  const doc = value as Partial<EditorDocument>;
  if (typeof doc.storyId !== 'string') return 'its story has no id';
  if (doc.article !== null && typeof doc.article !== 'string') return 'its article text is damaged';
  if (!Array.isArray(doc.warnings) || !doc.warnings.every((w) => typeof w === 'string')) {
    return 'its draft notes are damaged';
  }
  let files;
  try {
    files = storyFiles({
      meta: doc.meta as EditorDocument['meta'],
      places: doc.places as EditorDocument['places'],
    });
  } catch {
    return 'its story cannot be read';
  }
  const read = readStoryFiles(files);
  if (!read.ok) return `its story is damaged: ${read.message}`;
  return doc as EditorDocument;
}

function isHashes(value: unknown): value is DiskHashes {
  if (typeof value !== 'object' || value === null) return false;
  const hashes = value as Record<string, unknown>;
  const hash = (h: unknown) => h === null || typeof h === 'string';
  return hash(hashes[STORY_FILE]) && hash(hashes[PLACES_FILE]);
}

/** The time now, as a record's `savedAt`. */
export function nowIso(): string {
  return new Date().toISOString();
}
