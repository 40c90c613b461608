import { describe, expect, it } from 'vitest';
import { lastSeen, markSeen, sinceSeen, type SeenStorage } from './seen.ts';
import type { CompiledStory } from './types.ts';

function memory(
  initial: Record<string, string> = {},
): SeenStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
  };
}
const blocked: SeenStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('SecurityError');
  },
};

describe('lastSeen and markSeen', () => {
  it('remember the highest version seen, per story', () => {
    const storage = memory();
    expect(lastSeen(storage, 's')).toBeNull();
    markSeen(storage, 's', 2);
    markSeen(storage, 's', 1);
    expect(lastSeen(storage, 's')).toBe(2);
    expect(lastSeen(storage, 'other')).toBeNull();
  });

  it.each([
    { name: 'garbage', storage: memory({ 'dateline:seen:s': 'two' }) },
    { name: 'blocked storage', storage: blocked },
    { name: 'no storage', storage: null },
  ])('read $name as nothing seen, and never throw', ({ storage }) => {
    expect(lastSeen(storage, 's')).toBeNull();
    expect(() => markSeen(storage, 's', 3)).not.toThrow();
  });
});

describe('sinceSeen', () => {
  const story = {
    version: { version: 4, published: '2024-10-02T09:30:00Z' },
    since: { '1': { added: ['sanaa'], changed: ['port'] }, '2': { added: [], changed: [] } },
  } as unknown as CompiledStory;
  it.each([
    { seen: null, expected: null },
    { seen: 4, expected: null },
    { seen: 1, expected: { added: ['sanaa'], changed: ['port'] } },
    { seen: 2, expected: null },
    { seen: 3, expected: null },
  ])('after version $seen: $expected', ({ seen, expected }) => {
    expect(sinceSeen(story, seen)).toEqual(expected);
  });
});
