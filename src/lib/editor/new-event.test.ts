import { describe, expect, it } from 'vitest';
import { draftFixture, placeOf } from '../../testing/editor-fixture.ts';
import { storyFixture } from '../../testing/story-fixture.ts';
import type { EditorDocument } from './document.ts';
import { applyEdit } from './edits.ts';
import { newEvent } from './new-event.ts';

const SENTENCE = 'TEL AVIV, Israel — An air strike hit Beirut, Lebanon, on Friday.';

/** The draft with an event whose id the next one at Tel Aviv would otherwise take. */
function withTakenId(): EditorDocument {
  const doc = draftFixture();
  const event = newEvent({ doc, place: placeOf(doc, 'tel-aviv') });
  return applyEdit(doc, { type: 'add-event', place: 'lebanon', event });
}

describe('newEvent', () => {
  it.each([
    {
      name: 'a drafted place: its sentence in the article',
      doc: draftFixture,
      place: 'tel-aviv',
      id: 'tel-aviv-event-1',
      what: SENTENCE,
      quote: SENTENCE,
    },
    {
      name: 'a place with an event: numbered after it',
      doc: draftFixture,
      place: 'beirut',
      id: 'beirut-event-2',
      what: SENTENCE,
      quote: SENTENCE,
    },
    {
      name: 'an id another place holds: the next number',
      doc: withTakenId,
      place: 'tel-aviv',
      id: 'tel-aviv-event-2',
      what: SENTENCE,
      quote: SENTENCE,
    },
    {
      name: 'a published place: no mention, so no words and no quote',
      doc: () => ({ ...storyFixture(), storyId: 'x', article: null, warnings: [] }),
      place: 'tel-aviv',
      id: 'tel-aviv-event-1',
      what: '',
      quote: undefined,
    },
  ])('$name', ({ doc: makeDoc, place, id, what, quote }) => {
    const doc = makeDoc();
    const event = newEvent({ doc, place: placeOf(doc, place) });
    expect(event).toEqual({
      id,
      date: '2024-09-30',
      datePrecision: 'day',
      dateText: '',
      what,
      ...(quote ? { quote } : {}),
      claims: [{ by: 'Test Outlet', says: what }],
    });
  });
});
