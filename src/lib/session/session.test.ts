import { describe, expect, it, vi } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import type { HostMessage } from '../embed/messages.ts';
import { splitStory } from '../story/details.ts';
import { readParams } from '../story/params.ts';
import { ReadingSession } from './session.svelte.ts';

/** A session with the sample story loaded, as `load` leaves it. */
function loadedSession(): ReadingSession {
  const session = new ReadingSession(readParams(''));
  session.story = sampleStory();
  return session;
}

describe('ReadingSession.hear: what the host page asks of an embed', () => {
  it.each<{ message: HostMessage; selected: string | null; units: string; resets: number }>([
    {
      message: { type: 'dateline:focus', place: 'alpha' },
      selected: 'alpha',
      units: 'mi',
      resets: 0,
    },
    {
      message: { type: 'dateline:focus', place: 'nowhere' },
      selected: null,
      units: 'mi',
      resets: 0,
    },
    { message: { type: 'dateline:units', units: 'km' }, selected: null, units: 'km', resets: 0 },
    { message: { type: 'dateline:reset' }, selected: null, units: 'mi', resets: 1 },
  ])('$message.type', ({ message, selected, units, resets }) => {
    const session = loadedSession();
    session.hear(message);
    expect({ selected: session.selected, units: session.units, resets: session.resets }).toEqual({
      selected,
      units,
      resets,
    });
  });

  it('a reset closes the card the host had opened', () => {
    const session = loadedSession();
    session.hear({ type: 'dateline:focus', place: 'alpha' });
    session.hear({ type: 'dateline:reset' });
    expect([session.selected, session.announcement]).toEqual([null, '']);
  });
});

describe('ReadingSession.placeNames', () => {
  it('names the loaded places in order, and nothing before the story', () => {
    const session = new ReadingSession(readParams(''));
    expect(session.placeNames).toBe('');
    session.story = sampleStory();
    expect(session.placeNames).toBe(
      sampleStory()
        .places.features.map((place) => place.properties.name)
        .join(', '),
    );
  });
});

describe('ReadingSession.wantDetails: the places’ details, once the story is here', () => {
  const entry = {
    id: 'sample',
    headline: 'Sample',
    outlet: 'Outlet',
    url: 'https://example.com/',
    published: '2024-01-01',
    dateline: { text: 'ALPHA', place: 'alpha' },
    summary: 'Summary.',
    bounds: [0, 0, 1, 1] as [number, number, number, number],
    padding: { top: 24, right: 24, bottom: 24, left: 24 },
  };
  const { outline, details } = splitStory(sampleStory());
  const { alpha: _alpha, ...withoutAlpha } = details.places;

  it.each<{ name: string; responses: (() => Response)[]; kept: boolean; failed: boolean }>([
    { name: 'keeps this story’s', responses: [() => json(details)], kept: true, failed: false },
    {
      name: 'refuses another build’s, which lack a place',
      responses: [() => json({ ...details, places: withoutAlpha })],
      kept: false,
      failed: true,
    },
    {
      name: 'says a failed download failed',
      responses: [() => new Response('', { status: 503 })],
      kept: false,
      failed: true,
    },
    {
      name: 'asks again after a failure',
      responses: [() => new Response('', { status: 503 }), () => json(details)],
      kept: true,
      failed: false,
    },
  ])('$name', async ({ responses, kept, failed }) => {
    const fetched: string[] = [];
    const fetch = vi.fn(async (url: string) => {
      fetched.push(url);
      return (responses[fetched.length - 1] ?? responses.at(-1)!)();
    });
    vi.stubGlobal('fetch', fetch);
    try {
      const session = new ReadingSession(readParams(''));
      session.entry = entry;
      session.story = outline;
      for (let i = 0; i < responses.length; i++) await session.wantDetails();
      // Asked once each time it is wanted until it has come, then never again.
      await session.wantDetails();
      expect({ kept: session.details !== null, failed: session.detailsFailed }).toEqual({
        kept,
        failed,
      });
      expect(fetched.every((url) => url === 'sample/details.json')).toBe(true);
      expect(fetched.length).toBe(kept ? responses.length : responses.length + 1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('waits for the story', async () => {
    const session = new ReadingSession(readParams(''));
    session.entry = entry;
    await session.wantDetails();
    expect(session.details).toBeNull();
    expect(session.detailsFailed).toBe(false);
  });
});

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}
