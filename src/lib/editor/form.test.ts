import { describe, expect, it } from 'vitest';
import type { Edit } from './edits.ts';
import { indexProblems } from './field-problems.ts';
import {
  countryCode,
  eventForm,
  fieldText,
  placeForm,
  storyForm,
  type FormSession,
} from './form.ts';

/** A session that records what the form asks of it. */
function fakeSession() {
  const applied: { edit: Edit; joinKey: string | null | undefined }[] = [];
  let sealed = 0;
  const session: FormSession = {
    problemIndex: indexProblems([
      { file: 'x/story.json', field: 'headline', message: 'must not be empty' },
      { file: 'x/places.geojson', feature: 'beirut', field: 'properties.name', message: 'empty' },
      {
        file: 'x/places.geojson',
        feature: 'beirut',
        field: 'properties.events[1].what',
        message: 'must not be empty',
      },
    ]),
    apply: (edit, joinKey) => applied.push({ edit, joinKey }),
    sealStep: () => sealed++,
  };
  return { session, applied, sealed: () => sealed };
}

describe('storyForm', () => {
  it.each([
    { field: 'headline', expected: ['must not be empty'] },
    { field: 'summary', expected: [] },
  ])('at($field) → $expected', ({ field, expected }) => {
    expect(storyForm(fakeSession().session).at(field)).toEqual(expected);
  });

  it('sets a field of story.json, one undo step per field', () => {
    const { session, applied } = fakeSession();
    storyForm(session).set({ headline: 'Convoy' }, 'headline');
    expect(applied).toEqual([
      { edit: { type: 'set-meta', patch: { headline: 'Convoy' } }, joinKey: 'story||headline' },
    ]);
  });
});

describe('placeForm', () => {
  it.each([
    { place: 'beirut', field: 'properties.name', expected: ['empty'] },
    { place: 'tyre', field: 'properties.name', expected: [] },
    { place: 'beirut', field: 'properties.kind', expected: [] },
  ])('at($field) of $place → $expected', ({ place, field, expected }) => {
    expect(placeForm(fakeSession().session, place).at(field)).toEqual(expected);
  });

  it('sets properties of its own place only', () => {
    const { session, applied } = fakeSession();
    placeForm(session, 'beirut').set({ name: 'Bayrut' }, 'properties.name');
    expect(applied).toEqual([
      {
        edit: { type: 'set-place', place: 'beirut', patch: { name: 'Bayrut' } },
        joinKey: 'places|beirut|properties.name',
      },
    ]);
  });

  it('seals the typing step', () => {
    const fake = fakeSession();
    placeForm(fake.session, 'beirut').seal();
    expect(fake.sealed()).toBe(1);
  });
});

describe('eventForm', () => {
  it.each([
    { place: 'beirut', index: 1, field: 'what', expected: ['must not be empty'] },
    { place: 'beirut', index: 0, field: 'what', expected: [] },
    { place: 'tyre', index: 1, field: 'what', expected: [] },
    { place: 'beirut', index: 1, field: 'quote', expected: [] },
  ])('at($field) of event $index at $place → $expected', ({ place, index, field, expected }) => {
    expect(eventForm(fakeSession().session, place, index).at(field)).toEqual(expected);
  });

  it.each([
    { index: 0, field: 'what', expected: 'places|beirut|properties.events[0].what' },
    {
      index: 2,
      field: 'claims[1].by',
      expected: 'places|beirut|properties.events[2].claims[1].by',
    },
  ])('key($field) of event $index → $expected', ({ index, field, expected }) => {
    expect(eventForm(fakeSession().session, 'beirut', index).key(field)).toBe(expected);
  });

  it('sets fields of its own event only', () => {
    const { session, applied } = fakeSession();
    eventForm(session, 'beirut', 1).set({ what: 'Strike' }, 'what');
    expect(applied).toEqual([
      {
        edit: { type: 'set-event', place: 'beirut', index: 1, patch: { what: 'Strike' } },
        joinKey: 'places|beirut|properties.events[1].what',
      },
    ]);
  });
});

describe('fieldText and countryCode', () => {
  it.each([
    { value: 'lb', text: 'lb', code: 'LB' },
    { value: 12.5, text: '12.5', code: '12.5' },
    { value: undefined, text: '', code: '' },
  ])('$value → "$text", "$code"', ({ value, text, code }) => {
    expect(fieldText(value)).toBe(text);
    expect(countryCode(value)).toBe(code);
  });
});
