import { describe, expect, it } from 'vitest';
import type { StoryStep } from '../data/schema.ts';
import { clampStep, nextStep, previousStep, stepBounds, stepFromParam } from './steps.ts';
import type { PlaceFeature } from './types.ts';

const step = (id: string, places: string[], view?: StoryStep['view']): StoryStep => ({
  id,
  title: id,
  text: `About ${id}.`,
  places,
  ...(view ? { view } : {}),
});

const place = (id: string, coordinates: [number, number]) =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: { name: id },
  }) as unknown as PlaceFeature;

const places = [
  place('beirut', [35.5, 33.9]),
  place('tel-aviv', [34.8, 32.1]),
  place('fiji', [178, -18]),
  place('samoa', [-172, -14]),
];

describe('clampStep', () => {
  it.each([
    { index: 0, count: 7, expected: 0 },
    { index: 6, count: 7, expected: 6 },
    { index: 7, count: 7, expected: 6 },
    { index: -1, count: 7, expected: 0 },
    { index: 2.7, count: 7, expected: 2 },
    { index: Number.NaN, count: 7, expected: 0 },
    { index: 3, count: 0, expected: 0 },
  ])('clamps $index of $count to $expected', ({ index, count, expected }) => {
    expect(clampStep(index, count)).toBe(expected);
  });
});

describe('nextStep and previousStep', () => {
  it.each([
    { index: 0, count: 3, next: 1, previous: 0 },
    { index: 1, count: 3, next: 2, previous: 0 },
    { index: 2, count: 3, next: 2, previous: 1 },
    { index: 0, count: 1, next: 0, previous: 0 },
  ])('from $index of $count', ({ index, count, next, previous }) => {
    expect(nextStep(index, count)).toBe(next);
    expect(previousStep(index, count)).toBe(previous);
  });
});

describe('stepFromParam', () => {
  const steps = [step('region', ['beirut']), step('strike', ['tel-aviv'])];
  it.each([
    { id: null, expected: null, warnings: 0 },
    { id: 'region', expected: 0, warnings: 0 },
    { id: 'strike', expected: 1, warnings: 0 },
    { id: 'nowhere', expected: null, warnings: 1 },
  ])('reads step=$id', ({ id, expected, warnings }) => {
    const warned: string[] = [];
    expect(stepFromParam(steps, id, (message) => warned.push(message))).toBe(expected);
    expect(warned).toHaveLength(warnings);
  });

  it('says which step it ignored', () => {
    const warned: string[] = [];
    stepFromParam([], 'nowhere', (message) => warned.push(message));
    expect(warned[0]).toMatch(/ignoring step="nowhere"/);
  });
});

describe('stepBounds', () => {
  it.each([
    {
      name: 'its own view first',
      step: step('a', ['beirut'], { bounds: [16, 13, 56, 49] }),
      expected: [16, 13, 56, 49],
    },
    { name: 'one place, padded', step: step('a', ['beirut']), expected: [35, 33.4, 36, 34.4] },
    {
      name: 'two places, padded',
      step: step('a', ['beirut', 'tel-aviv']),
      expected: [34.3, 31.6, 36, 34.4],
    },
    {
      name: 'across the antimeridian, the short way',
      step: step('a', ['fiji', 'samoa']),
      expected: [177.5, -18.5, 188.5, -13.5],
    },
    {
      name: 'places not in the story are left out',
      step: step('a', ['beirut', 'atlantis']),
      expected: [35, 33.4, 36, 34.4],
    },
    { name: 'no place and no view', step: step('a', []), expected: null },
  ])('$name', ({ step, expected }) => {
    const bounds = stepBounds(step, places, { padding: 0.5 });
    if (expected === null) expect(bounds).toBeNull();
    else bounds!.forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, 6));
  });

  it('takes the padding asked for', () => {
    expect(stepBounds(step('a', ['beirut']), places, { padding: 0 })).toEqual([
      35.5, 33.9, 35.5, 33.9,
    ]);
  });
});
