/**
 * The editor's way to the story folders on disk, for the development and preview servers
 * (`npm run dev`, `npm start`): list, read and save `geodata/stories/<id>/`. It is a way into
 * the newsroom's disk, so it answers only on loopback, only the editor page this very server
 * served (same origin, and the per-run token put into that page), only story ids of the slug
 * pattern, and it writes only stories that validate and files unchanged since they were read.
 *
 *   GET  /__dateline/editor/stories                 { stories: [{ id, headline, status }] }
 *   GET  /__dateline/editor/stories/<id>            { id, files, hashes, latest }
 *   PUT  /__dateline/editor/stories/<id>            { files, base }  → { hashes } | 409 | 422
 *   POST /__dateline/editor/stories/<id>/versions   { files, base, note?, by?, dryRun? }
 *        → { version, published, changes, hashes } | 409 | 422
 *
 * `base` holds the SHA-256 of each file as the editor read it (null: a new file); a file on
 * disk that no longer has that hash was changed by someone else, and the save is refused.
 * `latest` is the story's latest good version (its number, when, and how many change-log
 * entries it had: those are published, and stay as they are), or null. A POST to `versions`
 * saves the working copy and publishes it as the next version, as `npm run publish` does;
 * with `dryRun` it only says what that version would record, or why there would be none.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/lib/data/problems.ts';
import { PLACES_FILE, STORY_FILE, isSlug } from '../src/lib/data/schema.ts';
import { readVersions } from '../src/lib/data/read-versions.ts';
import { validateStory } from '../src/lib/data/validate.ts';
import {
  EDITOR_ENDPOINT,
  EDITOR_TOKEN_HEADER,
  EDITOR_TOKEN_META,
} from '../src/lib/editor/endpoint-protocol.ts';
import { publishVersion } from './publish.ts';

/** Where stories are read and written; tests point it at a temporary folder. */
export const STORIES_DIR_VARIABLE = 'DATELINE_STORIES_DIR';
/** A story's two files together are far smaller; anything larger is refused unread. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const FILES = [STORY_FILE, PLACES_FILE] as const;

export interface RequestFacts {
  method: string;
  /** The connecting socket's address. */
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  token: string | undefined;
}

export interface Refusal {
  status: number;
  message: string;
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.replace(/^::ffff:/, '');
  return bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

/** `127.0.0.1:4173`, `localhost:5173`, `[::1]:4173`: a name that can only mean this machine. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name);
}

/**
 * Why a request must be refused, or null to serve it. The Host check stops DNS rebinding
 * (a page elsewhere whose name now points here), Origin and Sec-Fetch-Site stop other pages in
 * the browser, and the token, which only this server's editor page holds, stops everything else.
 */
export function refusal(facts: RequestFacts, token: string): Refusal | null {
  if (!isLoopbackAddress(facts.remoteAddress)) {
    return { status: 403, message: 'the editor endpoint answers only this machine (loopback)' };
  }
  if (!isLoopbackHost(facts.host)) {
    return {
      status: 403,
      message: 'the editor endpoint answers only requests to a loopback address',
    };
  }
  const ownOrigin = `http://${facts.host}`;
  if (facts.origin !== undefined && facts.origin !== ownOrigin) {
    return {
      status: 403,
      message: `requests from ${facts.origin} are refused: only the editor page may write`,
    };
  }
  if (facts.secFetchSite !== undefined && facts.secFetchSite !== 'same-origin') {
    return { status: 403, message: 'only the editor page of this server may use the endpoint' };
  }
  if (facts.origin === undefined && facts.secFetchSite === undefined) {
    return {
      status: 403,
      message: 'the request does not say where it comes from (Origin or Sec-Fetch-Site)',
    };
  }
  if (facts.method !== 'GET' && facts.origin === undefined) {
    return { status: 403, message: 'a change must carry its Origin' };
  }
  if (!facts.token || !sameSecret(facts.token, token)) {
    return { status: 403, message: 'the editor token is missing or wrong: reload the editor page' };
  }
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

type Hashes = Record<(typeof FILES)[number], string | null>;

/** The folder of a story id, or null when the id is not a slug or would leave the root. */
export function storyFolder(root: string, id: string): string | null {
  if (!isSlug(id)) return null;
  const folder = resolve(root, id);
  const inside = relative(resolve(root), folder);
  return inside === id && !isAbsolute(inside) ? folder : null;
}

function readHashes(folder: string): { files: Record<string, string | null>; hashes: Hashes } {
  const files: Record<string, string | null> = {};
  const hashes = {} as Hashes;
  for (const name of FILES) {
    const path = join(folder, name);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : null;
    files[name] = text;
    hashes[name] = text === null ? null : sha256(text);
  }
  return { files, hashes };
}

export interface EndpointOptions {
  /** The story folders' root (default `geodata/stories`, or `$DATELINE_STORIES_DIR`). */
  root: string;
  token: string;
}

/** The endpoint's request handler, for a Connect-style server (Vite's dev and preview). */
export function endpointHandler({ root, token }: EndpointOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(JSON.stringify(body));
    };
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const refused = refusal(
      {
        method: req.method ?? 'GET',
        remoteAddress: req.socket.remoteAddress,
        host: header('host'),
        origin: header('origin'),
        secFetchSite: header('sec-fetch-site'),
        token: header(EDITOR_TOKEN_HEADER),
      },
      token,
    );
    if (refused) return send(refused.status, { error: refused.message });

    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
    if (path === '/stories' && req.method === 'GET')
      return send(200, { stories: listStories(root) });
    const match = /^\/stories\/([^/]*)(\/versions)?$/.exec(path);
    if (!match) return send(404, { error: `no such endpoint: ${path}` });
    const id = decodeURIComponent(match[1] ?? '');
    const versions = match[2] !== undefined;
    const folder = storyFolder(root, id);
    if (!folder) {
      return send(400, {
        error: `"${id}" is not a story id: a lowercase slug like "npr-2024-09-30-beirut"`,
      });
    }
    if (req.method === 'GET' && !versions) {
      const { files, hashes } = readHashes(folder);
      if (files[STORY_FILE] === null && files[PLACES_FILE] === null) {
        return send(404, { error: `there is no story "${id}" on disk` });
      }
      return send(200, { id, files, hashes, latest: latestVersion(folder) });
    }
    const allowed = versions ? 'POST' : 'PUT';
    if (req.method !== allowed) return send(405, { error: `${req.method} is not allowed here` });

    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      return send(error instanceof BodyTooLarge ? 413 : 400, {
        error: error instanceof BodyTooLarge ? error.message : 'the request is not JSON',
      });
    }
    const save = saveRequest(body);
    if (!save)
      return send(400, { error: 'a save carries { files: { story.json, places.geojson }, base }' });
    const dir = `${relative(process.cwd(), root) || '.'}/${id}`;
    const result = validateStory({ storyId: id, files: save.files, dir });
    if (!result.ok) {
      return send(422, {
        error: 'the story does not validate',
        problems: result.problems.map(formatProblem),
      });
    }
    const conflict = conflictWith(folder, dir, save.base);
    if (conflict) return send(409, conflict);
    if (!versions) {
      writeStory(folder, save.files);
      return send(200, { id, hashes: readHashes(folder).hashes });
    }

    const { note, by, dryRun } = versionRequest(body);
    // Planned before anything is written: a refused version leaves the disk as it was.
    const planned = publishVersion({ folder, files: save.files, note, by, dryRun: true });
    if (!planned.ok || dryRun) {
      return planned.ok
        ? send(200, { id, version: planned.number, changes: planned.changes, dryRun: true })
        : send(422, { error: 'not published', problems: planned.reasons });
    }
    writeStory(folder, save.files);
    const outcome = publishVersion({ folder, note, by, at: planned.info.published });
    if (!outcome.ok) return send(422, { error: 'not published', problems: outcome.reasons });
    return send(200, {
      id,
      version: outcome.number,
      published: outcome.info.published,
      changes: outcome.changes,
      hashes: readHashes(folder).hashes,
    });
  };
}

/** Why a write must wait: a file on disk changed since the editor read it; or null. */
function conflictWith(
  folder: string,
  dir: string,
  base: Hashes,
): { error: string; conflict: string } | null {
  const { hashes: onDisk } = readHashes(folder);
  for (const name of FILES) {
    if (onDisk[name] === base[name]) continue;
    const error =
      base[name] === null
        ? `${dir}/${name} already exists on disk: open that story from disk, or give this one another id`
        : onDisk[name] === null
          ? `${dir}/${name} was deleted on disk since you opened it`
          : `${dir}/${name} changed on disk since you opened it`;
    return { error, conflict: name };
  }
  return null;
}

function writeStory(folder: string, files: Record<(typeof FILES)[number], string>): void {
  mkdirSync(folder, { recursive: true });
  for (const name of FILES) {
    // Written whole or not at all: a crash mid-write must not leave half a file.
    const temporary = join(folder, `.${name}.${process.pid}.tmp`);
    writeFileSync(temporary, files[name]);
    renameSync(temporary, join(folder, name));
  }
}

/** The latest good version: its number, when, and how many change-log entries it published. */
function latestVersion(
  folder: string,
): { version: number; published: string; changes: number } | null {
  const latest = readVersions(folder).versions.at(-1);
  if (!latest) return null;
  return {
    version: latest.info.version,
    published: latest.info.published,
    changes: latest.meta.changes?.length ?? 0,
  };
}

function versionRequest(body: unknown): { note?: string; by?: string; dryRun: boolean } {
  const { note, by, dryRun } = body as { note?: unknown; by?: unknown; dryRun?: unknown };
  const words = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  return { note: words(note), by: words(by), dryRun: dryRun === true };
}

function saveRequest(
  body: unknown,
): { files: Record<(typeof FILES)[number], string>; base: Hashes } | null {
  if (typeof body !== 'object' || body === null) return null;
  const { files, base } = body as {
    files?: Record<string, unknown>;
    base?: Record<string, unknown>;
  };
  if (!files || !base) return null;
  const text = (value: unknown): value is string => typeof value === 'string';
  const hash = (value: unknown): value is string | null =>
    value === null || typeof value === 'string';
  if (!FILES.every((name) => text(files[name]) && hash(base[name]))) return null;
  return {
    files: {
      [STORY_FILE]: files[STORY_FILE] as string,
      [PLACES_FILE]: files[PLACES_FILE] as string,
    },
    base: {
      [STORY_FILE]: base[STORY_FILE] as string | null,
      [PLACES_FILE]: base[PLACES_FILE] as string | null,
    },
  };
}

function listStories(root: string): { id: string; headline: string; status: string }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isSlug(entry.name))
    .map((entry) => {
      let headline = entry.name;
      let status = 'published';
      try {
        const meta = JSON.parse(readFileSync(join(root, entry.name, STORY_FILE), 'utf8'));
        if (typeof meta.headline === 'string') headline = meta.headline;
        if (meta.status === 'draft') status = 'draft';
      } catch {
        status = 'unreadable';
      }
      return { id: entry.name, headline, status };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge(`a story is at most ${MAX_BODY_BYTES / 1024 / 1024} MB`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The token as a meta element, for the editor page this server sends. */
export function tokenMeta(token: string): string {
  return `<meta name="${EDITOR_TOKEN_META}" content="${token}" />`;
}

/** Whether a server's `host` setting keeps it on loopback (Vite's default, `localhost`, does). */
function listensOnLoopbackOnly(host: string | boolean | undefined): boolean {
  if (host === undefined || host === false) return true;
  if (host === true) return false;
  return host === 'localhost' || isLoopbackAddress(host);
}

export interface EditorEndpointOptions {
  /** The Content-Security-Policy of the built pages, sent with the editor page the preview serves. */
  contentSecurityPolicy: string;
}

/**
 * The Vite plugin: the endpoint and the token, in the dev server (the token injected into
 * editor.html as it is transformed) and the preview server (into the built editor.html as
 * it is sent). Static hosts have neither: there the editor exports the folder instead.
 */
export function editorEndpoint({ contentSecurityPolicy }: EditorEndpointOptions): Plugin {
  const token = randomBytes(32).toString('base64url');
  let root = '';
  let outDir = '';
  const warnOff = (log: (message: string) => void) =>
    log('dateline: the editor cannot save to disk: the server listens beyond loopback (--host)');
  return {
    name: 'dateline-editor-endpoint',
    apply: 'serve',
    configResolved(config) {
      root = resolve(config.root, process.env[STORIES_DIR_VARIABLE] ?? 'geodata/stories');
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      if (!listensOnLoopbackOnly(server.config.server.host))
        return warnOff(server.config.logger.warn);
      server.middlewares.use(EDITOR_ENDPOINT, endpointHandler({ root, token }));
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.server || !context.filename.endsWith('editor.html')) return html;
        if (!listensOnLoopbackOnly(context.server.config.server.host)) return html;
        return html.replace('</head>', `${tokenMeta(token)}\n</head>`);
      },
    },
    configurePreviewServer(server) {
      if (!listensOnLoopbackOnly(server.config.preview.host))
        return warnOff(server.config.logger.warn);
      server.middlewares.use(EDITOR_ENDPOINT, endpointHandler({ root, token }));
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (req.method !== 'GET' || !/\/editor(?:\.html)?$/.test(path)) return next();
        const page = join(outDir, 'editor.html');
        if (!existsSync(page)) return next();
        const html = readFileSync(page, 'utf8').replace('</head>', `${tokenMeta(token)}\n</head>`);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        // The page holds the token: no other page may frame it (and click Save in it).
        res.setHeader(
          'Content-Security-Policy',
          `${contentSecurityPolicy}; frame-ancestors 'none'`,
        );
        res.end(html);
      });
    },
  };
}
