import { describe, expect, it } from 'vitest';
import { inertJson } from './inert-json.ts';

describe('inertJson', () => {
  it.each([
    { value: { headline: '</script><script>alert(1)</script>' } },
    { value: { headline: '<!-- comment' } },
    { value: ['plain', 1, null] },
  ])('has no "<" and reads back as $value', ({ value }) => {
    const text = inertJson(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
