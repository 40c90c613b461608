import { describe, expect, it } from 'vitest';
import { matchSpans, scoreDocuments, type PredictedMention } from './score.ts';

const countryAt = ([lng]: [number, number]) => (lng > 30 ? 'LB' : 'FR');
const at = (start: number, end: number, lat: number, lon: number) => ({ start, end, lat, lon });
const predicted = (
  start: number,
  end: number,
  lat: number,
  lon: number,
  kind = 'city',
  country: string | null = null,
): PredictedMention => ({ start, end, lat, lon, kind, country });

describe('matchSpans', () => {
  it('pairs overlapping spans one to one, largest overlap first', () => {
    const gold = [at(0, 5, 0, 0), at(6, 10, 0, 0)];
    expect(matchSpans(gold, [predicted(0, 10, 0, 0), predicted(6, 10, 0, 0)])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(matchSpans(gold, [predicted(0, 10, 0, 0)])).toHaveLength(1);
  });
});

describe('scoreDocuments', () => {
  it.each([
    {
      name: 'perfect',
      gold: [at(0, 5, 48.86, 2.35)],
      predicted: [predicted(0, 5, 48.8, 2.3)],
      expected: { precision: 1, recall: 1, f1: 1, accuracy161: 1 },
    },
    {
      name: 'one false positive, one wrong place',
      gold: [at(0, 5, 48.86, 2.35)],
      predicted: [predicted(1, 4, 33.6, -95.6), predicted(10, 14, 0, 0)],
      expected: { precision: 0.5, recall: 1, accuracy161: 0 },
    },
    {
      name: 'a country holding the gold point counts as correct',
      gold: [at(0, 7, 33.27, 35.2)],
      predicted: [predicted(0, 7, 33.8, 35.8, 'country', 'LB')],
      expected: { accuracy161: 1 },
    },
    {
      name: 'nothing predicted',
      gold: [at(0, 5, 0, 0)],
      predicted: [],
      expected: { precision: 0, recall: 0, f1: 0, accuracy161: 0 },
    },
  ])('$name', ({ gold, predicted: mentions, expected }) => {
    const score = scoreDocuments([{ corpus: 't', gold, predicted: mentions }], countryAt);
    expect(score).toMatchObject(expected);
  });
});
