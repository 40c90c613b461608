/**
 * The editor's side of the endpoint that reads and writes story folders on disk (only under
 * `npm run dev` and `npm start`, whose servers put their token into the page). Every failure
 * becomes a message a person can act on.
 */
import type { StoryFiles } from './document.ts';
import { EDITOR_ENDPOINT, EDITOR_TOKEN_HEADER, EDITOR_TOKEN_META } from './endpoint-protocol.ts';

/** Each file's SHA-256 as last read from or written to disk; null for a file not there. */
export interface DiskHashes {
  'story.json': string | null;
  'places.geojson': string | null;
}

export interface DiskStory {
  id: string;
  headline: string;
  status: 'draft' | 'published' | 'unreadable';
}

export type SaveResult =
  | { ok: true; hashes: DiskHashes }
  | {
      ok: false;
      kind: 'conflict' | 'invalid' | 'refused' | 'offline';
      message: string;
      problems?: string[];
    };

export class DiskError extends Error {
  override name = 'DiskError';
}

export interface Disk {
  list(): Promise<DiskStory[]>;
  read(id: string): Promise<{ files: StoryFiles; hashes: DiskHashes }>;
  save(id: string, files: StoryFiles, base: DiskHashes): Promise<SaveResult>;
}

/** The disk, when the page was served by a server with the endpoint; else null. */
export function connectDisk(page: Document, base = './'): Disk | null {
  const token = page.querySelector<HTMLMetaElement>(`meta[name="${EDITOR_TOKEN_META}"]`)?.content;
  if (!token) return null;
  const url = (path: string) =>
    new URL(`.${EDITOR_ENDPOINT}${path}`, new URL(base, location.href)).href;
  const call = async (path: string, init: RequestInit = {}) => {
    try {
      return await fetch(url(path), {
        ...init,
        headers: {
          ...init.headers,
          [EDITOR_TOKEN_HEADER]: token,
          'Content-Type': 'application/json',
        },
        cache: 'no-store',
      });
    } catch {
      throw new DiskError(
        'The server is not answering: is npm run dev (or npm start) still running?',
      );
    }
  };
  const errorOf = async (response: Response) => {
    const body = (await response.json().catch(() => ({}))) as {
      error?: string;
      problems?: string[];
    };
    return {
      message: body.error ?? `the server answered HTTP ${response.status}`,
      problems: body.problems,
    };
  };
  return {
    async list() {
      const response = await call('/stories');
      if (!response.ok) throw new DiskError((await errorOf(response)).message);
      return ((await response.json()) as { stories: DiskStory[] }).stories;
    },
    async read(id) {
      const response = await call(`/stories/${encodeURIComponent(id)}`);
      if (!response.ok) throw new DiskError((await errorOf(response)).message);
      const body = (await response.json()) as {
        files: Record<string, string | null>;
        hashes: DiskHashes;
      };
      return {
        files: {
          'story.json': body.files['story.json'] ?? '',
          'places.geojson': body.files['places.geojson'] ?? '',
        },
        hashes: body.hashes,
      };
    },
    async save(id, files, base) {
      let response: Response;
      try {
        response = await call(`/stories/${encodeURIComponent(id)}`, {
          method: 'PUT',
          body: JSON.stringify({ files, base }),
        });
      } catch (error) {
        return { ok: false, kind: 'offline', message: (error as Error).message };
      }
      if (response.ok)
        return { ok: true, hashes: ((await response.json()) as { hashes: DiskHashes }).hashes };
      const { message, problems } = await errorOf(response);
      const kind =
        response.status === 409 ? 'conflict' : response.status === 422 ? 'invalid' : 'refused';
      return { ok: false, kind, message, problems };
    },
  };
}
