import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../testing/editor-fixture.ts';
import { checkStoredDraft, STORED_DRAFT_FORMAT, type StoredDraft } from './stored-draft.ts';

function stored(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const present = draftFixture();
  const draft: StoredDraft = {
    format: STORED_DRAFT_FORMAT,
    storyId: present.storyId,
    past: [present],
    present,
    future: [],
    disk: null,
    savedAt: '2026-12-01T10:00:00.000Z',
  };
  return { ...draft, ...overrides };
}

describe('checkStoredDraft', () => {
  it.each<{ name: string; raw: unknown; message: RegExp | null }>([
    { name: 'a record this editor wrote', raw: stored(), message: null },
    { name: 'nothing', raw: undefined, message: /not a record/ },
    { name: 'a string', raw: 'garbage', message: /not a record/ },
    {
      name: 'another format',
      raw: stored({ format: 'v0' }),
      message: /not in this editor's format \(v0\)/,
    },
    { name: 'no story id', raw: stored({ storyId: 7 }), message: /no story id/ },
    { name: 'no story', raw: stored({ present: null }), message: /story is missing/ },
    {
      name: 'a story whose places are not a collection',
      raw: stored({ present: { ...draftFixture(), places: { type: 'Feature' } } }),
      message: /its story is damaged: places\.geojson is not a GeoJSON FeatureCollection/,
    },
    {
      name: 'a story with a field of the wrong type',
      raw: stored({
        present: { ...draftFixture(), meta: { ...draftFixture().meta, headline: 42 } },
      }),
      message: /its story is damaged: story\.json: headline: must be string, not 42/,
    },
    {
      name: 'damaged notes',
      raw: stored({ present: { ...draftFixture(), warnings: 'x' } }),
      message: /draft notes are damaged/,
    },
  ])('$name', ({ raw, message }) => {
    const result = checkStoredDraft(raw);
    if (message === null) expect(result.ok).toBe(true);
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });

  it('drops damaged undo steps but keeps the story', () => {
    const result = checkStoredDraft(
      stored({ past: [{ broken: true }, draftFixture()], future: 'x', disk: 'x' }),
    );
    expect(
      result.ok && [result.draft.past.length, result.draft.future.length, result.draft.disk],
    ).toEqual([1, 0, null]);
  });
});
