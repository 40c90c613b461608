/**
 * The browser's keeping of the editor's drafts: one IndexedDB record per story, and which
 * story was open. Records are returned as stored (`unknown`): `checkStoredDraft` judges them.
 */

const DATABASE = 'dateline-editor';
const DRAFTS = 'drafts';
const SESSION = 'session';
const OPEN_KEY = 'open';

export class StorageError extends Error {
  override name = 'StorageError';
}

export interface DraftStore {
  get(storyId: string): Promise<unknown>;
  put(storyId: string, record: unknown): Promise<void>;
  remove(storyId: string): Promise<void>;
  /** Every record, keyed by story id. */
  all(): Promise<Map<string, unknown>>;
  /** The story open when the page was last used. */
  openStory(): Promise<string | null>;
  setOpenStory(storyId: string | null): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new StorageError(req.error?.message ?? 'storage failed'));
  });
}

export async function openDraftStore(factory: IDBFactory = indexedDB): Promise<DraftStore> {
  const open = factory.open(DATABASE, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(DRAFTS);
    open.result.createObjectStore(SESSION);
  };
  let db: IDBDatabase;
  try {
    db = await request(open);
  } catch (error) {
    throw new StorageError(
      `This browser does not let the editor keep drafts (${(error as Error).message}): export the story to keep it.`,
    );
  }
  const store = (name: string, mode: IDBTransactionMode) =>
    db.transaction(name, mode).objectStore(name);
  return {
    get: (storyId) => request(store(DRAFTS, 'readonly').get(storyId)),
    put: async (storyId, record) => {
      await request(store(DRAFTS, 'readwrite').put(record, storyId));
    },
    remove: async (storyId) => {
      await request(store(DRAFTS, 'readwrite').delete(storyId));
    },
    all: async () => {
      const drafts = store(DRAFTS, 'readonly');
      const [keys, values] = await Promise.all([
        request(drafts.getAllKeys()),
        request(drafts.getAll()),
      ]);
      return new Map(keys.map((key, i) => [String(key), values[i]]));
    },
    openStory: async () => {
      const id = await request(store(SESSION, 'readonly').get(OPEN_KEY));
      return typeof id === 'string' ? id : null;
    },
    setOpenStory: async (storyId) => {
      await request(store(SESSION, 'readwrite').put(storyId, OPEN_KEY));
    },
  };
}
