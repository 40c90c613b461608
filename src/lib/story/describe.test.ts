import { describe, expect, it } from 'vitest';
import { placeFacts } from './describe.ts';

const event = {
  id: 'e',
  date: '2024-09-29',
  datePrecision: 'day' as const,
  dateText: 'Sunday',
  what: 'x',
  claims: [],
};

describe('placeFacts', () => {
  it.each([
    {
      place: {
        kind: 'city' as const,
        precision: 'exact' as const,
        origin: 'article' as const,
        events: [],
      },
      list: ['City'],
      detail: ['City', 'Exact location'],
    },
    {
      place: {
        kind: 'port' as const,
        precision: 'near' as const,
        origin: 'context' as const,
        events: [event],
      },
      list: ['Port', 'approximate location', '1 event'],
      detail: ['Port', 'Approximate location', 'added for context'],
    },
    {
      place: {
        kind: 'zone' as const,
        precision: 'area' as const,
        origin: 'article' as const,
        events: [event, event],
      },
      list: ['Zone', 'approximate area', '2 events'],
      detail: ['Zone', 'Approximate area'],
    },
  ])('describes a $place.kind', ({ place, list, detail }) => {
    expect(placeFacts(place, { for: 'list' })).toEqual(list);
    expect(placeFacts(place, { for: 'detail' })).toEqual(detail);
  });
});
