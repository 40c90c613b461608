import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFixture } from '../src/testing/editor-fixture.ts';
import { fixtureFiles, storyFixture } from '../src/testing/story-fixture.ts';
import { storyFiles } from '../src/lib/editor/document.ts';
import {
  endpointHandler,
  isLoopbackAddress,
  isLoopbackHost,
  refusal,
  sha256,
  storyFolder,
  type RequestFacts,
} from './editor-endpoint.ts';

const TOKEN = 'secret-token-of-this-run';
const allowed: RequestFacts = {
  method: 'PUT',
  remoteAddress: '127.0.0.1',
  host: '127.0.0.1:4173',
  origin: 'http://127.0.0.1:4173',
  secFetchSite: 'same-origin',
  token: TOKEN,
};

describe('refusal', () => {
  it.each<{ name: string; facts: Partial<RequestFacts>; refused: RegExp | null }>([
    { name: 'the editor page saving', facts: {}, refused: null },
    {
      name: 'the editor page reading (no Origin on a same-origin GET)',
      facts: { method: 'GET', origin: undefined },
      refused: null,
    },
    {
      name: 'over IPv6 loopback',
      facts: {
        remoteAddress: '::ffff:127.0.0.1',
        host: 'localhost:5173',
        origin: 'http://localhost:5173',
      },
      refused: null,
    },
    {
      name: 'another machine',
      facts: { remoteAddress: '192.168.1.20' },
      refused: /only this machine/,
    },
    {
      name: 'a rebound name (DNS rebinding)',
      facts: { host: 'evil.example:4173', origin: 'http://evil.example:4173' },
      refused: /loopback address/,
    },
    {
      name: 'another origin',
      facts: { origin: 'https://evil.example', secFetchSite: 'cross-site' },
      refused: /from https:\/\/evil\.example are refused/,
    },
    {
      name: 'another port of this machine',
      facts: { origin: 'http://127.0.0.1:4219', secFetchSite: 'same-site' },
      refused: /refused/,
    },
    {
      name: 'a cross-site request without Origin',
      facts: { method: 'GET', origin: undefined, secFetchSite: 'cross-site' },
      refused: /only the editor page/,
    },
    {
      name: 'a request that says nothing of where it comes from',
      facts: { method: 'GET', origin: undefined, secFetchSite: undefined },
      refused: /does not say where/,
    },
    {
      name: 'a change without Origin',
      facts: { origin: undefined },
      refused: /must carry its Origin/,
    },
    { name: 'no token', facts: { token: undefined }, refused: /token is missing or wrong/ },
    { name: 'a wrong token', facts: { token: 'guess' }, refused: /token is missing or wrong/ },
  ])('$name', ({ facts, refused }) => {
    const result = refusal({ ...allowed, ...facts }, TOKEN);
    if (refused === null) expect(result).toBeNull();
    else expect(result?.message).toMatch(refused);
  });
});

describe('loopback', () => {
  it.each([
    { address: '127.0.0.1', expected: true },
    { address: '127.1.2.3', expected: true },
    { address: '::1', expected: true },
    { address: '::ffff:127.0.0.1', expected: true },
    { address: '10.0.0.1', expected: false },
    { address: '::ffff:10.0.0.1', expected: false },
    { address: undefined, expected: false },
  ])('address $address → $expected', ({ address, expected }) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });

  it.each([
    { host: 'localhost:4173', expected: true },
    { host: '127.0.0.1', expected: true },
    { host: '[::1]:4173', expected: true },
    { host: 'localhost.evil.example:4173', expected: false },
    { host: '127.0.0.1.nip.io:4173', expected: false },
    { host: undefined, expected: false },
  ])('host $host → $expected', ({ host, expected }) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('storyFolder', () => {
  it.each([
    { id: 'npr-2024-09-30-x', ok: true },
    { id: '../etc', ok: false },
    { id: '..', ok: false },
    { id: 'a/b', ok: false },
    { id: 'A-Story', ok: false },
    { id: '', ok: false },
    { id: '/etc/passwd', ok: false },
  ])('"$id" → $ok', ({ id, ok }) => {
    expect(storyFolder('/stories', id) !== null).toBe(ok);
  });
});

describe('the endpoint over HTTP', () => {
  let server: Server;
  let root: string;
  let base: string;
  const headers = (extra: Record<string, string> = {}) => ({
    origin: base,
    'sec-fetch-site': 'same-origin',
    'x-dateline-token': TOKEN,
    'content-type': 'application/json',
    ...extra,
  });
  const files = storyFiles(draftFixture());
  const put = (id: string, body: unknown, extra?: Record<string, string>) =>
    fetch(`${base}/stories/${id}`, {
      method: 'PUT',
      headers: headers(extra),
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dateline-endpoint-'));
    const handle = endpointHandler({ root, token: TOKEN });
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('saves a new story, lists it, reads it back with the hashes of its files', async () => {
    const saved = await put('test-story', {
      files,
      base: { 'story.json': null, 'places.geojson': null },
    });
    expect(saved.status).toBe(200);
    const { hashes } = await saved.json();
    expect(hashes['places.geojson']).toBe(sha256(files['places.geojson']));
    expect(readFileSync(join(root, 'test-story', 'story.json'), 'utf8')).toBe(files['story.json']);
    const list = await (await fetch(`${base}/stories`, { headers: headers() })).json();
    expect(list.stories).toEqual([{ id: 'test-story', headline: 'A test story', status: 'draft' }]);
    const read = await (await fetch(`${base}/stories/test-story`, { headers: headers() })).json();
    expect(read.files).toEqual(files);
  });

  it('refuses to overwrite a file that changed on disk since it was read', async () => {
    const { hashes } = await (
      await fetch(`${base}/stories/test-story`, { headers: headers() })
    ).json();
    writeFileSync(
      join(root, 'test-story', 'places.geojson'),
      files['places.geojson'].replace('Beirut', 'Bayrut'),
    );
    const response = await put('test-story', { files, base: hashes });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(
      /test-story\/places\.geojson changed on disk since you opened it/,
    );
  });

  it('refuses a new story over one that exists', async () => {
    const response = await put('test-story', {
      files,
      base: { 'story.json': null, 'places.geojson': null },
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatch(/already exists on disk/);
  });

  it('refuses a story that does not validate, saying why', async () => {
    const broken = {
      ...files,
      'story.json': files['story.json'].replace('"2024-09-30"', '"2024-02-30"'),
    };
    const response = await put('other-story', {
      files: broken,
      base: { 'story.json': null, 'places.geojson': null },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).problems.join('\n')).toMatch(
      /published: is not a date that exists/,
    );
  });

  it.each([
    { name: 'a path outside the stories', id: '..%2F..%2Fetc', status: 400 },
    { name: 'an id that is not a slug', id: 'Not%20A%20Slug', status: 400 },
  ])('refuses $name', async ({ id, status }) => {
    const response = await put(id, { files, base: { 'story.json': null, 'places.geojson': null } });
    expect(response.status).toBe(status);
  });

  it.each<{ name: string; extra: Record<string, string> }>([
    {
      name: 'another origin',
      extra: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    },
    { name: 'no token', extra: { 'x-dateline-token': '' } },
  ])('refuses a write from $name and writes nothing', async ({ extra }) => {
    const response = await put(
      'from-elsewhere',
      { files, base: { 'story.json': null, 'places.geojson': null } },
      extra,
    );
    expect(response.status).toBe(403);
    const list = await (await fetch(`${base}/stories`, { headers: headers() })).json();
    expect(list.stories.map((s: { id: string }) => s.id)).not.toContain('from-elsewhere');
  });

  it('refuses a body that is not a save', async () => {
    const response = await put('x', { files: { 'story.json': 1 } });
    expect(response.status).toBe(400);
  });

  describe('publishing versions', () => {
    const none = { 'story.json': null, 'places.geojson': null };
    const post = (id: string, body: unknown, extra?: Record<string, string>) =>
      fetch(`${base}/stories/${id}/versions`, {
        method: 'POST',
        headers: headers(extra),
        body: JSON.stringify(body),
      });
    const read = async (id: string) =>
      (await fetch(`${base}/stories/${id}`, { headers: headers() })).json();
    /** The fixture with Beirut's point moved about 3 km, and the correction logged. */
    const corrected = () => {
      const story = storyFixture();
      story.places.features[0]!.geometry.coordinates = [35.5018, 33.8668];
      story.meta.changes = [
        {
          type: 'correction',
          date: '2030-01-01T10:00:00Z',
          text: 'An earlier version put the strike 3 km north of where it was.',
          places: ['beirut'],
        },
      ];
      return fixtureFiles(story);
    };

    it('publishes version 1, then a logged correction as version 2, saying what changed', async () => {
      const first = await post('versioned', { files: fixtureFiles(), base: none, by: 'A. Editor' });
      expect(first.status).toBe(200);
      expect((await first.json()).version).toBe(1);
      const opened = await read('versioned');
      expect(opened.latest).toMatchObject({ version: 1, changes: 0 });

      const files = corrected();
      const preview = await post('versioned', { files, base: opened.hashes, dryRun: true });
      const planned = await preview.json();
      expect(planned).toMatchObject({ version: 2, dryRun: true });
      expect(planned.changes.join('\n')).toMatch(/Beirut/);
      // A dry run writes nothing.
      expect(existsSync(join(root, 'versioned', 'versions', '2'))).toBe(false);
      expect((await read('versioned')).hashes).toEqual(opened.hashes);

      const second = await post('versioned', { files, base: opened.hashes, note: 'Beirut moved' });
      expect(second.status).toBe(200);
      expect(await second.json()).toMatchObject({ version: 2 });
      const info = JSON.parse(
        readFileSync(join(root, 'versioned', 'versions', '2', 'version.json'), 'utf8'),
      );
      expect(info).toMatchObject({ version: 2, note: 'Beirut moved' });
      expect(readFileSync(join(root, 'versioned', 'story.json'), 'utf8')).toBe(files['story.json']);
      expect((await read('versioned')).latest).toMatchObject({ version: 2, changes: 1 });
    });

    it('refuses a change the change log says nothing of, and writes nothing', async () => {
      const opened = await read('versioned');
      const story = storyFixture();
      // About 1 km from version 2's point, with the change log as version 2 left it.
      story.places.features[0]!.geometry.coordinates = [35.5118, 33.8668];
      story.meta.changes = JSON.parse(opened.files['story.json']).changes;
      const response = await post('versioned', { files: fixtureFiles(story), base: opened.hashes });
      expect(response.status).toBe(422);
      expect((await response.json()).problems.join('\n')).toMatch(/change log says nothing/);
      expect(existsSync(join(root, 'versioned', 'versions', '3'))).toBe(false);
      expect((await read('versioned')).hashes).toEqual(opened.hashes);
    });

    it('refuses a version over a working copy changed on disk since it was read', async () => {
      const response = await post('versioned', { files: corrected(), base: none });
      expect(response.status).toBe(409);
    });

    it('refuses another origin', async () => {
      const response = await post(
        'versioned',
        { files: corrected(), base: none },
        { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      );
      expect(response.status).toBe(403);
      expect(existsSync(join(root, 'versioned', 'versions', '3'))).toBe(false);
    });
  });
});
