/**
 * A tiny static file server for the bench: one folder per URL prefix, correct MIME types,
 * no compression (the bench gzips bodies itself) and no caching, on 127.0.0.1 at a free port.
 * It remembers which paths it served and when, so the harness can check the browser reported
 * every one it asked for before the map was idle.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A URL prefix (starting and ending with `/`) served from a folder. */
export interface Mount {
  prefix: string;
  dir: string;
}

export interface StaticServer {
  /** The origin with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** Paths served since the last `served.length = 0`, in order, each with when (epoch ms). */
  served: { path: string; at: number }[];
  /** The file a URL path maps to, or null when it maps to none. */
  fileFor(pathname: string): Promise<string | null>;
  close(): Promise<void>;
}

export async function serveStatic({ mounts }: { mounts: Mount[] }): Promise<StaticServer> {
  // Longest prefix first, so `/data/` wins over `/`.
  const sorted = [...mounts]
    .map((mount) => ({ prefix: mount.prefix, dir: resolve(mount.dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const served: StaticServer['served'] = [];

  async function fileFor(pathname: string): Promise<string | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const mount = sorted.find((candidate) => decoded.startsWith(candidate.prefix));
    if (!mount) return null;
    let file = join(mount.dir, decoded.slice(mount.prefix.length));
    // No escaping the mounted folder with `..`.
    if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return null;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      return (await stat(file)).isFile() ? file : null;
    } catch {
      return null;
    }
  }

  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    void (async () => {
      const file = await fileFor(pathname);
      if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const body = await readFile(file);
      served.push({ path: pathname, at: Date.now() });
      response.writeHead(200, {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    fileFor,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
