/**
 * The editor's side of the endpoint that reads and writes story folders on disk (only under
 * `npm run dev` and `npm start`, whose servers put their token into the page). Every failure
 * becomes a message a person can act on.
 */
import type { StoryFiles } from './document.ts';
import { EDITOR_ENDPOINT, EDITOR_TOKEN_HEADER, EDITOR_TOKEN_META } from './endpoint-protocol.ts';
import { editorStrings } from '../i18n/editor.ts';

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

/** The story's latest published version on disk; its change-log entries are published. */
export interface LatestVersion {
  version: number;
  published: string;
  /** How many change-log entries it published: those stay as they are. */
  changes: number;
}

export interface VersionOptions {
  note?: string;
  by?: string;
  /** Only say what the version would record: nothing is written. */
  dryRun?: boolean;
}

export type VersionResult =
  | {
      ok: true;
      version: number;
      /** What changed since the latest version, one line each. */
      changes: string[];
      /** When it was published and the files' new hashes (absent on a dry run). */
      published?: string;
      hashes?: DiskHashes;
    }
  | Extract<SaveResult, { ok: false }>;

export class DiskError extends Error {
  override name = 'DiskError';
}

export interface Disk {
  list(): Promise<DiskStory[]>;
  read(
    id: string,
  ): Promise<{ files: StoryFiles; hashes: DiskHashes; latest: LatestVersion | null }>;
  save(id: string, files: StoryFiles, base: DiskHashes): Promise<SaveResult>;
  /** Saves the working copy and publishes it as the story's next version. */
  publish(
    id: string,
    files: StoryFiles,
    base: DiskHashes,
    options?: VersionOptions,
  ): Promise<VersionResult>;
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
      throw new DiskError(editorStrings.save.serverGone);
    }
  };
  const errorOf = async (response: Response) => {
    const body = (await response.json().catch(() => ({}))) as {
      error?: string;
      problems?: string[];
    };
    return {
      message: body.error ?? editorStrings.save.serverStatus(response.status),
      problems: body.problems,
    };
  };
  /** A write; a refusal becomes what the person can do about it. */
  const send = async (
    path: string,
    method: 'PUT' | 'POST',
    body: unknown,
  ): Promise<{ ok: true; response: Response } | Extract<SaveResult, { ok: false }>> => {
    let response: Response;
    try {
      response = await call(path, { method, body: JSON.stringify(body) });
    } catch (error) {
      return { ok: false, kind: 'offline', message: (error as Error).message };
    }
    if (response.ok) return { ok: true, response };
    const { message, problems } = await errorOf(response);
    const kind =
      response.status === 409 ? 'conflict' : response.status === 422 ? 'invalid' : 'refused';
    return { ok: false, kind, message, problems };
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
        latest?: LatestVersion | null;
      };
      return {
        files: {
          'story.json': body.files['story.json'] ?? '',
          'places.geojson': body.files['places.geojson'] ?? '',
        },
        hashes: body.hashes,
        latest: body.latest ?? null,
      };
    },
    async save(id, files, base) {
      const sent = await send(`/stories/${encodeURIComponent(id)}`, 'PUT', { files, base });
      if (!sent.ok) return sent;
      return { ok: true, hashes: ((await sent.response.json()) as { hashes: DiskHashes }).hashes };
    },
    async publish(id, files, base, options = {}) {
      const path = `/stories/${encodeURIComponent(id)}/versions`;
      const sent = await send(path, 'POST', { files, base, ...options });
      if (!sent.ok) return sent;
      const body = (await sent.response.json()) as Omit<Extract<VersionResult, { ok: true }>, 'ok'>;
      return { ok: true, ...body };
    },
  };
}
