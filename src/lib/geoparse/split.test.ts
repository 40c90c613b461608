import { describe, expect, it } from 'vitest';
import { HELD_OUT_EVERY, splitOf } from './split.ts';

describe('splitOf', () => {
  it('gives a document the same part on every run', () => {
    expect(['lgl-0', 'gwn-17', 'x'].map(splitOf)).toEqual(['lgl-0', 'gwn-17', 'x'].map(splitOf));
  });

  it(`holds out about one document in ${HELD_OUT_EVERY}`, () => {
    const ids = Array.from({ length: 600 }, (_, i) => `doc-${i}`);
    const heldOut = ids.filter((id) => splitOf(id) === 'held-out').length;
    expect(heldOut / ids.length).toBeGreaterThan(0.28);
    expect(heldOut / ids.length).toBeLessThan(0.39);
  });
});
